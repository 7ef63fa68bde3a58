// Local upload servers for browser tests of bp-id-upload's transports: one real HTTP server on
// 127.0.0.1 (cross-origin to the test page, as a portal's upload endpoint is) with
//   POST /session/<id>/files          a multipart/form-data endpoint (parsed with busboy) that stores
//                                     each file in memory and answers 201 {"id", "name", "size",
//                                     "sha256", "mime", "slot"} with a Location header: the server
//                                     contract of the `http` transport;
//   GET  /session/<id>/files/<fileId> the stored bytes;
//   /session/<id>/tus/…               a real tus 1.0 server (@tus/server with @tus/file-store in a
//                                     temporary folder): creation, HEAD, PATCH, termination.
// test/plugins/upload.mjs starts it with the test runner; browser tests reach it through
// test/testing/upload.ts.
//
// Scenarios, set per session by the plugin's commands (they apply to the next requests):
//   failNext({ count, status, retryAfter })  the next `count` multipart POSTs read the whole body and
//                                     answer `status` (default 500; 'network' closes the connection
//                                     instead), with `Retry-After` when given;
//   throttle(bytesPerSecond)          multipart bodies are read at most this fast (TCP back-pressure
//                                     makes the browser's upload progress follow);
//   hang()                            the next multipart POST reads its body and never answers;
//   cutTusAfter(bytes)                the next tus PATCH of the session has its connection cut once
//                                     the server has stored `bytes` bytes of it.
// Every request is logged per session: method, path, status, outcome, bytes received (multipart)
// or, for tus, the request's Upload-Offset and Content-Length and the bytes the store kept.
//
// Run alone for manual checks: `node test/servers/upload.mjs [port]` prints the origin.
import { createServer } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { fileURLToPath } from 'node:url';
import busboy from 'busboy';
import { Server as TusServer } from '@tus/server';
import { FileStore } from '@tus/file-store';

/** Largest multipart file accepted (larger answers 413). */
const MAX_FILE = 64 * 1024 * 1024;
const EXPOSED = 'Location, Retry-After';

/**
 * A FileStore that tells, chunk by chunk, how many bytes of a write it has been handed. Each write
 * is bound to the request that started it (`onWrite(id)` returns that request's counter): a cut
 * request's buffered bytes may still arrive while the next request for the same upload comes in.
 */
class WatchedFileStore extends FileStore {
  /** @param {(id: string) => ((bytes: number) => void) | undefined} onWrite */
  constructor(options, onWrite) {
    super(options);
    this.onWrite = onWrite;
  }

  write(readable, id, offset) {
    const count = this.onWrite(id);
    const counter = new Transform({
      transform: (chunk, _, done) => {
        count?.(chunk.length);
        done(null, chunk);
      },
    });
    readable.on('error', (e) => counter.destroy(e));
    return super.write(readable.pipe(counter), id, offset);
  }
}

/** Resolves to { origin, requests(session), file(session, id), reset(session), failNext, throttle, hang, cutTusAfter, close() }. */
export async function startUploadServer({ host = '127.0.0.1', port = 0 } = {}) {
  const tusDir = mkdtempSync(join(tmpdir(), 'bp-tus-'));
  /** session → { log, files: Map, failNext: [], throttle, hang, cutTusAfter } */
  const sessions = new Map();
  const session = (id) => {
    if (!sessions.has(id)) {
      sessions.set(id, { log: [], files: new Map(), failNext: [], throttle: 0, hang: false, cutTusAfter: 0 });
    }
    return sessions.get(id);
  };
  /** tus upload id → { entry, req, cutAfter } of its latest PATCH (read when the store starts writing). */
  const writing = new Map();
  let nextId = 1;

  const tus = new TusServer({
    path: '/tus',
    datastore: new WatchedFileStore({ directory: tusDir }, (id) => {
      const current = writing.get(id);
      if (!current) return undefined;
      const { entry, req, cutAfter } = current;
      return (bytes) => {
        entry.stored += bytes;
        if (cutAfter && entry.stored >= cutAfter && !entry.cut) {
          entry.cut = true;
          req.socket.destroy();
        }
      };
    }),
    // Locations keep the session segment, so every request of an upload lands in its session's log.
    generateUrl: (req, { proto, host: h, path, id }) =>
      `${proto}://${h}/session/${encodeURIComponent(req.runtime?.node?.req?.bpSession ?? '')}${path}/${id}`,
    // A cut connection releases the upload's lock at once instead of after the default 3 s.
    lockDrainTimeout: 100,
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/session\/([^/]*)(\/.*)?$/.exec(url.pathname);
    const sessionId = match ? decodeURIComponent(match[1]) : '';
    const rest = match?.[2] ?? url.pathname;
    const state = session(sessionId);
    const entry = {
      id: nextId++,
      protocol: rest.startsWith('/tus') ? 'tus' : 'multipart',
      method: req.method ?? 'GET',
      path: rest,
      status: null,
      outcome: 'pending',
      receivedAt: Date.now(),
      endedAt: null,
      received: 0,
      files: [],
      fields: {},
      uploadOffset: req.headers['upload-offset'] === undefined ? null : Number(req.headers['upload-offset']),
      contentLength: req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']),
      stored: 0,
      cut: false,
    };
    state.log.push(entry);
    res.on('close', () => {
      entry.endedAt = Date.now();
      entry.status = res.headersSent ? res.statusCode : null;
      entry.outcome = res.writableFinished ? 'answered' : entry.cut ? 'cut' : 'aborted';
    });

    if (entry.protocol === 'tus') {
      req.bpSession = sessionId;
      req.url = rest + url.search;
      const uploadId = /^\/tus\/([^/]+)/.exec(rest)?.[1];
      if (uploadId) {
        entry.uploadId = decodeURIComponent(uploadId);
        if (req.method === 'PATCH') {
          writing.set(entry.uploadId, { entry, req, cutAfter: state.cutTusAfter });
          state.cutTusAfter = 0;
        }
      }
      tus.handle(req, res).catch(() => res.destroy());
      return;
    }

    const cors = req.headers.origin
      ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED }
      : {};
    const json = (status, body, headers = {}) => {
      if (res.destroyed) return;
      const text = JSON.stringify(body);
      res.writeHead(status, {
        ...cors,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        ...headers,
      });
      res.end(text);
    };

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST, GET',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '0',
      });
      return res.end();
    }
    const fileMatch = /^\/files\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && fileMatch) {
      const file = state.files.get(decodeURIComponent(fileMatch[1]));
      if (!file) return json(404, { title: 'Not Found' });
      res.writeHead(200, { ...cors, 'content-type': file.mime, 'content-length': file.bytes.length });
      return res.end(file.bytes);
    }
    if (rest !== '/files') return json(404, { title: 'Not Found' });
    if (req.method !== 'POST') return json(405, { title: 'Method Not Allowed' });

    // The body passes a counter (and the throttle) on its way to the parser.
    const rate = state.throttle;
    const meter = new Transform({
      transform(chunk, _, done) {
        entry.received += chunk.length;
        if (!rate) return done(null, chunk);
        setTimeout(() => done(null, chunk), Math.ceil((chunk.length / rate) * 1000));
      },
    });
    const failure = state.failNext.shift();
    const hang = state.hang;
    state.hang = false;
    if (failure || hang) {
      req.pipe(meter).resume();
      meter.on('end', () => {
        if (hang) return;
        if (failure.status === 'network') {
          entry.cut = true;
          return req.socket.destroy();
        }
        json(
          failure.status,
          { title: 'Injected failure' },
          failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {},
        );
      });
      return;
    }

    let parser;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_FILE, files: 1, fields: 20 } });
    } catch (error) {
      return json(400, { title: 'Bad Request', detail: String(error.message) });
    }
    let tooLarge = false;
    const pending = [];
    parser.on('field', (name, value) => {
      entry.fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      const parts = [];
      const hash = createHash('sha256');
      stream.on('data', (d) => {
        parts.push(d);
        hash.update(d);
      });
      stream.on('limit', () => {
        tooLarge = true;
      });
      pending.push(
        new Promise((resolve) =>
          stream.on('close', () => {
            const bytes = Buffer.concat(parts);
            resolve({ field, name: info.filename ?? '', mime: info.mimeType, bytes, sha256: hash.digest('hex') });
          }),
        ),
      );
    });
    parser.on('error', (error) => json(400, { title: 'Bad Request', detail: String(error.message) }));
    parser.on('close', async () => {
      const files = await Promise.all(pending);
      if (tooLarge) return json(413, { title: 'Payload Too Large' });
      const file = files.find((f) => f.field === 'file');
      if (!file) return json(400, { title: 'Bad Request', detail: 'no file in field "file"' });
      const id = randomUUID();
      const stored = { ...file, id, slot: entry.fields.slot ?? null };
      state.files.set(id, stored);
      entry.files.push({
        field: file.field,
        name: file.name,
        mime: file.mime,
        size: file.bytes.length,
        sha256: file.sha256,
        id,
      });
      json(
        201,
        { id, name: file.name, size: file.bytes.length, sha256: file.sha256, mime: file.mime, slot: stored.slot },
        { location: `/session/${encodeURIComponent(sessionId)}/files/${id}` },
      );
    });
    req.pipe(meter).pipe(parser);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    /** One session's request log (copies), oldest first. */
    requests: (id = '') =>
      (sessions.get(id)?.log ?? []).map((e) => ({
        ...e,
        files: e.files.map((f) => ({ ...f })),
        fields: { ...e.fields },
      })),
    /** A stored multipart file: { id, name, mime, size, sha256, slot } or null. */
    file: (id, fileId) => {
      const f = sessions.get(id)?.files.get(fileId);
      return f ? { id: f.id, name: f.name, mime: f.mime, size: f.bytes.length, sha256: f.sha256, slot: f.slot } : null;
    },
    /** Forgets a session's log, files and scenarios. */
    reset: (id = '') => void sessions.delete(id),
    failNext: (id, { count = 1, status = 500, retryAfter = null } = {}) => {
      for (let i = 0; i < count; i++) session(id).failNext.push({ status, retryAfter });
    },
    throttle: (id, bytesPerSecond) => {
      session(id).throttle = bytesPerSecond;
    },
    hang: (id) => {
      session(id).hang = true;
    },
    cutTusAfter: (id, bytes) => {
      session(id).cutTusAfter = bytes;
    },
    /** Stops listening, drops open connections and removes the tus folder. */
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          rmSync(tusDir, { recursive: true, force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startUploadServer({ port: Number(process.argv[2] ?? 0) });
  console.log(
    `Upload servers on ${server.origin}: POST /session/x/files (multipart), /session/x/tus (tus); Ctrl+C stops them`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
