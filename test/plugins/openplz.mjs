// Starts the OpenPLZ stand-in (test/servers/openplz.mjs) with the test runner and stops it with
// it, and gives browser tests three commands (typed helpers: test/testing/openplz.ts):
//   bp-openplz-base      → the session's base URL, `http://127.0.0.1:<port>/session/<id>`
//   bp-openplz-requests  → the session's request log, oldest first
//   bp-openplz-reset     → forgets the session's request log
// Up to three browsers run test files at once; each test session gets its own log through the
// /session/<id> segment of its base URL, so one browser's reset never touches another's log.
import { startOpenPlzServer } from '../servers/openplz.mjs';

export function openPlzPlugin() {
  let server = null;
  return {
    name: 'bp-openplz',
    async serverStart() {
      server = await startOpenPlzServer();
    },
    async serverStop() {
      await server?.close();
      server = null;
    },
    executeCommand({ command, session }) {
      if (!command.startsWith('bp-openplz-')) return undefined;
      if (!server) throw new Error(`${command}: the OpenPLZ stand-in is not running`);
      switch (command) {
        case 'bp-openplz-base':
          return `${server.origin}/session/${encodeURIComponent(session.id)}`;
        case 'bp-openplz-requests':
          return server.requests(session.id);
        case 'bp-openplz-reset':
          server.reset(session.id);
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
