// A local status backend for browser tests of the status sources (@blaupause/domain/status): a
// real HTTP server on 127.0.0.1 that serves one case's events both ways the source contract
// (packages/domain/src/status/CONTRACT.md) describes, plus test scenarios chosen by path segments.
// test/plugins/status.mjs starts it with the test runner; browser tests use it through
// test/testing/status.ts.
//
//   GET /session/<id>/case/<case>/<scenario…>/events   polling: { "events": [ … ] }
//   GET /session/<id>/case/<case>/<scenario…>/stream   Server-Sent Events
//
// Every case has the same eight events (SCRIPT below: submitted … closed). What happens to a case
// is counted per session and case, so tests give each case their own name.
// - Polling releases the events step by step: the first answer has the first three (in delivery
//   order), the second six, the third and later all.
// - A stream first sends `retry: <ms>` (default 50), then the events after the one named by the
//   `Last-Event-ID` header or, when there is none, the `lastEventId` query parameter (all when
//   neither names a sent event), one every <gap> ms (default 20), and then stays open.
//
// Scenario segments (combinable, e.g. /fail/2/drop/):
//   /out-of-order   deliver the events in another order than their times (the terminal one last)
//   /duplicate      deliver the third event twice in a row
//   /drop           polling: the second answer stops in the middle of its body and the connection is
//                   closed; stream: the case's first stream that answers sends four events and half
//                   of the fifth, then the connection is closed
//   /fail/<n>       the case's first <n> requests to this endpoint answer HTTP 500
//   /fail-at/<k>/<n>  the case's requests number k to k+n−1 to this endpoint answer HTTP 500 (e.g.
//                   /drop/fail-at/2/1: the browser's own reconnect after the drop fails)
//   /gap/<ms>       stream: wait between events
//   /retry/<ms>     stream: the `retry:` sent
//
// The request log of a session records for each request: kind (poll, stream, preflight, or unknown
// for a path answered 404), case, scenario, Last-Event-ID header and query parameter, status, the
// ids sent, and the outcome.
//
// Run alone for manual checks: `node test/servers/status.mjs [port]` prints the origin.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** The case's events in time order (the truth every scenario must end in). */
export const SCRIPT = [
  { id: 'e1', code: 'submitted', time: '2026-11-20T08:15:00Z' },
  { id: 'e2', code: 'forwarded', time: '2026-11-20T08:16:30Z' },
  { id: 'e3', code: 'received', time: '2026-11-21T09:02:00Z' },
  { id: 'e4', code: 'in_progress', time: '2026-11-23T07:30:00Z' },
  { id: 'e5', code: 'query', time: '2026-11-23T13:03:00Z', data: { url: 'https://example.org/nachreichen' } },
  { id: 'e6', code: 'in_progress', time: '2026-11-24T10:00:00Z' },
  { id: 'e7', code: 'decided', time: '2026-11-26T14:45:00+01:00' },
  { id: 'e8', code: 'closed', time: '2026-11-26T14:46:00+01:00' },
];

const ORDERS = {
  plain: [0, 1, 2, 3, 4, 5, 6, 7],
  'out-of-order': [1, 0, 3, 2, 6, 4, 5, 7],
  duplicate: [0, 1, 2, 2, 3, 4, 5, 6, 7],
};

/** Reads `/session/<id>/case/<case>/<scenario…>/<endpoint>`. Throws a message for a 404. */
function parsePath(pathname) {
  const s = pathname
    .split('/')
    .filter(Boolean)
    .map((x) => decodeURIComponent(x));
  const scenario = {
    session: '',
    caseId: '',
    order: 'plain',
    drop: false,
    failFrom: 1,
    fail: 0,
    gap: 20,
    retry: 50,
    prefix: [],
  };
  let i = 0;
  if (s[i] === 'session') {
    scenario.session = s[i + 1] ?? '';
    i += 2;
  }
  if (s[i] !== 'case' || !s[i + 1]) throw new Error('expected /case/<case>/');
  scenario.caseId = s[i + 1];
  i += 2;
  const number = (j) => {
    const n = Number(s[j]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${s[j - 1]}: not a number`);
    return n;
  };
  while (i < s.length - 1) {
    const from = i;
    switch (s[i]) {
      case 'out-of-order':
      case 'duplicate':
        scenario.order = s[i];
        i += 1;
        break;
      case 'drop':
        scenario.drop = true;
        i += 1;
        break;
      case 'fail-at':
        scenario.failFrom = number(i + 1);
        scenario.fail = number(i + 2);
        i += 3;
        break;
      case 'fail':
      case 'gap':
      case 'retry':
        scenario[s[i]] = number(i + 1);
        i += 2;
        break;
      default:
        throw new Error(`unknown scenario segment "${s[i]}"`);
    }
    scenario.prefix.push(...s.slice(from, i));
  }
  scenario.endpoint = s[i] ?? '';
  if (scenario.endpoint !== 'events' && scenario.endpoint !== 'stream') throw new Error('expected /events or /stream');
  scenario.prefix = scenario.prefix.join('/');
  return scenario;
}

const sseMessage = (event) => `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;

/** Starts the server; `port` 0 picks a free one. */
export async function startStatusServer({ port = 0, host = '127.0.0.1' } = {}) {
  /** session → request log */
  const logs = new Map();
  /** `${session}\0${case}` → counters */
  const cases = new Map();
  let nextId = 1;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cors = { 'access-control-allow-origin': '*' };
    let scenario;
    try {
      scenario = parsePath(url.pathname);
    } catch (error) {
      // Logged under its session (if the path names one), as kind 'unknown'.
      const session = /^\/session\/([^/]+)\//.exec(url.pathname)?.[1];
      if (session !== undefined) {
        const key = decodeURIComponent(session);
        if (!logs.has(key)) logs.set(key, []);
        logs.get(key).push({
          id: nextId++,
          kind: 'unknown',
          caseId: '',
          scenario: '',
          url: req.url ?? '/',
          lastEventId: null,
          lastEventIdParam: null,
          status: 404,
          sent: [],
          outcome: 'answered',
        });
      }
      res.writeHead(404, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
      return res.end(`Not found: ${error.message}\n`);
    }
    const header = req.headers['last-event-id'];
    const entry = {
      id: nextId++,
      kind: req.method === 'OPTIONS' ? 'preflight' : scenario.endpoint === 'events' ? 'poll' : 'stream',
      caseId: scenario.caseId,
      scenario: scenario.prefix,
      url: req.url ?? '/',
      lastEventId: typeof header === 'string' ? header : null,
      lastEventIdParam: url.searchParams.get('lastEventId'),
      status: null,
      sent: [],
      outcome: 'pending',
    };
    if (!logs.has(scenario.session)) logs.set(scenario.session, []);
    logs.get(scenario.session).push(entry);
    const key = `${scenario.session}\u0000${scenario.caseId}`;
    if (!cases.has(key)) cases.set(key, { events: 0, stream: 0, answeredPolls: 0, answeredStreams: 0 });
    const counts = cases.get(key);

    const timers = new Set();
    let dropped = false;
    res.on('close', () => {
      for (const t of timers) clearTimeout(t);
      if (entry.outcome === 'pending')
        entry.outcome = res.writableFinished ? 'answered' : dropped ? 'dropped' : 'aborted';
    });
    const drop = () => {
      dropped = true;
      req.socket.destroy();
    };

    if (req.method === 'OPTIONS') {
      entry.status = 204;
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'accept, last-event-id, cache-control',
      });
      return res.end();
    }
    if (req.method !== 'GET') {
      entry.status = 405;
      res.writeHead(405, { ...cors, allow: 'GET' });
      return res.end();
    }
    const delivery = ORDERS[scenario.order].map((i) => SCRIPT[i]);
    const n = scenario.endpoint === 'events' ? ++counts.events : ++counts.stream;
    if (n >= scenario.failFrom && n < scenario.failFrom + scenario.fail) {
      entry.status = 500;
      res.writeHead(500, { ...cors, 'content-type': 'application/problem+json' });
      return res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
    }

    if (scenario.endpoint === 'events') {
      const answer = ++counts.answeredPolls;
      const events = delivery.slice(0, Math.min(delivery.length, answer * 3));
      const body = JSON.stringify({ events });
      entry.status = 200;
      res.writeHead(200, {
        ...cors,
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      if (scenario.drop && answer === 2) {
        entry.sent = [];
        res.write(body.slice(0, Math.floor(body.length / 2)));
        const t = setTimeout(drop, 30);
        timers.add(t);
        return;
      }
      entry.sent = events.map((e) => e.id);
      return res.end(body);
    }

    // Server-Sent Events
    const answer = ++counts.answeredStreams;
    const resumeFrom = entry.lastEventId ?? entry.lastEventIdParam;
    const at = resumeFrom === null ? -1 : delivery.map((e) => e.id).lastIndexOf(resumeFrom);
    const queue = delivery.slice(at + 1);
    entry.status = 200;
    res.writeHead(200, {
      ...cors,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.write(`retry: ${scenario.retry}\n\n`);
    const dropAfter = scenario.drop && answer === 1 ? 4 : Infinity;
    const next = () => {
      timers.clear();
      if (res.destroyed) return;
      if (entry.sent.length === dropAfter && queue.length) {
        res.write(sseMessage(queue[0]).slice(0, 20));
        const t = setTimeout(drop, 30);
        timers.add(t);
        return;
      }
      const event = queue.shift();
      if (!event) return; // all sent: stay open until the client goes away
      res.write(sseMessage(event));
      entry.sent.push(event.id);
      timers.add(setTimeout(next, scenario.gap));
    };
    timers.add(setTimeout(next, scenario.gap));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    /** The log of one session (copies), oldest first. */
    requests: (session = '') => (logs.get(session) ?? []).map((e) => ({ ...e, sent: [...e.sent] })),
    /** Forgets one session's log and cases. */
    reset: (session = '') => {
      logs.delete(session);
      for (const key of cases.keys()) if (key.startsWith(`${session}\u0000`)) cases.delete(key);
    },
    /** Stops listening and drops every open connection (open streams included). */
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startStatusServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Status backend on ${server.origin} (e.g. ${server.origin}/case/demo/stream); Ctrl+C stops it`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
