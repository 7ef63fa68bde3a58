// Starts the XBezahldienste sandbox (test/servers/xbezahldienste.mjs) with the test runner and
// stops it with it, and gives browser tests these commands (typed helpers:
// test/testing/xbezahldienste.ts):
//   bp-xbezahldienste-base      → the session's base URL, `http://127.0.0.1:<port>/session/<id>`
//   bp-xbezahldienste-requests  → the session's request log, oldest first
//   bp-xbezahldienste-payments  → the payments created under the session's base URL
//   bp-xbezahldienste-mode      → sets how the interface answers the session ({ mode })
//   bp-xbezahldienste-reset     → forgets the session's request log, mode and payments
// Each test session (one test file in one browser) has its own log and mode through the
// /session/<id> segment of its base URL.
import { startXBezahldiensteServer } from '../servers/xbezahldienste.mjs';

export function xbezahldienstePlugin() {
  let server = null;
  return {
    name: 'bp-xbezahldienste',
    async serverStart() {
      server = await startXBezahldiensteServer();
    },
    async serverStop() {
      await server?.close();
      server = null;
    },
    executeCommand({ command, payload, session }) {
      if (!command.startsWith('bp-xbezahldienste-')) return undefined;
      if (!server) throw new Error(`${command}: the XBezahldienste sandbox is not running`);
      switch (command) {
        case 'bp-xbezahldienste-base':
          return `${server.origin}/session/${encodeURIComponent(session.id)}`;
        case 'bp-xbezahldienste-requests':
          return server.requests(session.id);
        case 'bp-xbezahldienste-payments':
          return server.payments(session.id);
        case 'bp-xbezahldienste-mode':
          server.setMode(session.id, payload?.mode);
          return true;
        case 'bp-xbezahldienste-reset':
          server.reset(session.id);
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
