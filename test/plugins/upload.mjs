// Starts the local upload servers (test/servers/upload.mjs: a multipart endpoint and a real tus
// server) with the test runner and stops them with it, and gives browser tests these commands
// (typed helpers: test/testing/upload.ts):
//   bp-upload-base          → the session's base URL, `http://127.0.0.1:<port>/session/<id>`
//   bp-upload-requests      → the session's request log, oldest first
//   bp-upload-file          → a stored multipart file's facts ({ id }) or null
//   bp-upload-reset         → forgets the session's log, files and scenarios
//   bp-upload-fail-next     → the next multipart POSTs fail ({ count, status, retryAfter })
//   bp-upload-throttle      → multipart bodies are read at most this fast ({ bytesPerSecond })
//   bp-upload-hang          → the next multipart POST is never answered
//   bp-upload-cut-tus-after → the next tus PATCH is cut after this many stored bytes ({ bytes })
// Each test session (one test file in one browser) has its own log through /session/<id>.
//
// It also resolves `tus-js-client` to its browser build and serves that build's one CommonJS
// dependency, url-parse, as an ES module (bundled by esbuild on first request), so tests can import
// tus-js-client as the component will, lazily, without a CommonJS plugin for the whole dev server.
import { build } from 'esbuild';
import { startUploadServer } from '../servers/upload.mjs';

const COMMONJS = [/\/node_modules\/url-parse\/index\.js$/];

export function uploadPlugin() {
  let server = null;
  const bundled = new Map();
  return {
    name: 'bp-upload',
    async serverStart() {
      server = await startUploadServer();
    },
    async serverStop() {
      await server?.close();
      server = null;
    },
    // The dev server resolves packages without their "browser" field; tus-js-client's main entry is
    // its Node build (fs, crypto), so point the bare import at the browser build, as bundlers do.
    resolveImport({ source }) {
      if (source === 'tus-js-client') return '/node_modules/tus-js-client/lib.esm/browser/index.js';
      return undefined;
    },
    async serve(context) {
      if (!COMMONJS.some((re) => re.test(context.path))) return undefined;
      if (!bundled.has(context.path)) {
        const entry = decodeURIComponent(context.path.replace(/^\/__wds-outside-root__\/\d+\//, '/'));
        const result = await build({
          entryPoints: [`.${entry}`],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        });
        bundled.set(context.path, result.outputFiles[0].text);
      }
      return { body: bundled.get(context.path), type: 'js' };
    },
    executeCommand({ command, session, payload }) {
      if (!command.startsWith('bp-upload-')) return undefined;
      if (!server) throw new Error(`${command}: the upload servers are not running`);
      const id = session.id;
      switch (command) {
        case 'bp-upload-base':
          return `${server.origin}/session/${encodeURIComponent(id)}`;
        case 'bp-upload-requests':
          return server.requests(id);
        case 'bp-upload-file':
          return server.file(id, payload.id);
        case 'bp-upload-reset':
          server.reset(id);
          return true;
        case 'bp-upload-fail-next':
          server.failNext(id, payload);
          return true;
        case 'bp-upload-throttle':
          server.throttle(id, payload.bytesPerSecond);
          return true;
        case 'bp-upload-hang':
          server.hang(id);
          return true;
        case 'bp-upload-cut-tus-after':
          server.cutTusAfter(id, payload.bytes);
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
