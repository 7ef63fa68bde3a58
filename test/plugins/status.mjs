// Starts the local status backend (test/servers/status.mjs) with the test runner and stops it with
// it, and gives browser tests four commands (typed helpers: test/testing/status.ts):
//   bp-status-base      → the session's base URL, `http://127.0.0.1:<port>/session/<id>`
//   bp-status-requests  → the session's request log, oldest first
//   bp-status-reset     → forgets the session's request log and cases
//   bp-status-script    → the case's events in time order (what every scenario must end in)
// As with OpenPLZ (test/plugins/openplz.mjs), each test session has its own log and cases through
// the /session/<id> segment of its base URL.
import { SCRIPT, startStatusServer } from '../servers/status.mjs';

export function statusServerPlugin() {
  let server = null;
  return {
    name: 'bp-status',
    async serverStart() {
      server = await startStatusServer();
    },
    async serverStop() {
      await server?.close();
      server = null;
    },
    executeCommand({ command, session }) {
      if (!command.startsWith('bp-status-')) return undefined;
      if (!server) throw new Error(`${command}: the status backend is not running`);
      switch (command) {
        case 'bp-status-base':
          return `${server.origin}/session/${encodeURIComponent(session.id)}`;
        case 'bp-status-requests':
          return server.requests(session.id);
        case 'bp-status-script':
          return SCRIPT;
        case 'bp-status-reset':
          server.reset(session.id);
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
