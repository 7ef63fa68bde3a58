// A local stand-in for the OpenPLZ API (https://www.openplzapi.org), for browser tests of street
// lookup: a real HTTP server on 127.0.0.1 that answers GET /de/Streets and GET /de/Localities the
// way the real service does, from test/fixtures/openplz-streets.json, plus test scenarios chosen
// by a path prefix (slow, failing, broken and out-of-order answers). test/plugins/openplz.mjs starts
// it with the test runner; browser tests use it through test/testing/openplz.ts.
//
// How the real API answers, and where that is from:
//   Confirmed from the service's own source (openpotato/openplzapi: DEController.cs, Program.cs,
//   StreetResponse.cs), its documentation (openpotato/openplzapi.website: germany.md, paging.md,
//   regex.md, errors.md, change-log-webservice.md) and its official clients (openplzapi-client.net
//   Models/de/Street.cs, openplzapi-client.php de/Street.php and Pagination.php):
//   - GET /de/Streets?name=&postalCode=&locality=&page=&pageSize=. Each of name, postalCode and
//     locality is a regular expression; name and locality match case-insensitively, postalCode
//     case-sensitively; at least one must be given. Results are ordered by name, then postal code,
//     then locality. page ≥ 1, pageSize 1–50; out of range is HTTP 400 with an RFC 9457 problem
//     body ({ type, title: "One or more validation errors occurred.", status, errors, traceId }).
//   - A street is flat: { name, postalCode, locality, borough?, suburb?, municipality { key, name,
//     type }, district? { key, name, type }, federalState { key, name } }; null members are left out
//     (JsonIgnoreCondition.WhenWritingNull). Names are stored with "str."/"Str." for "straße".
//   - Paging metadata is in the headers x-page, x-page-size, x-total-pages, x-total-count.
//   - CORS: any origin, method GET, request header Accept only (AllowAnyOrigin / WithMethods(GET) /
//     WithHeaders(Accept)); since 1.0.0 "Access-Control-Expose-Headers" is sent.
//   - Content types offered: text/plain, text/json, application/json, text/csv; the documented
//     answer to a browser-like request is "text/json; charset=utf-8".
//   - GET /de/Localities?postalCode=&name=: { name, postalCode, municipality, district,
//     federalState }, ordered by postal code, then name.
//   Not confirmed, chosen here:
//   - Which headers Access-Control-Expose-Headers lists (the change log names the header, not its
//     value): the four paging headers.
//   - The default pageSize: the controller source read says 10, paging.md says 50; 50 here.
//   - The regex dialect: the docs say POSIX BRE, the service hands the pattern to PostgreSQL through
//     EF Core; here it is a JavaScript RegExp. Prefix patterns (^Haupt, ^St\.-Martin) behave the
//     same in all three; an invalid pattern answers 400 here.
//   - Requests with none of name/postalCode/locality, and 404s: a 400 / 404 problem body here.
//   - text/csv is not served; every answer is JSON.
//   - The data: street names, PLZ and towns are real streets of the pilot towns written the OpenPLZ
//     way; borough and suburb follow OpenStreetMap's districts as far as known; the regional keys of
//     Augsburg, Regensburg and Aschaffenburg are the official ones, those of Pullach, Meitingen and
//     Kelheim could not be checked offline. Nothing in the tests reads the keys.
//
// Scenarios: path segments before /de/ (they can be combined, e.g. /delay/300/status/503/de/…):
//   /session/<id>           whose request log this is (the test runner's session, set by the plugin)
//   /delay/<ms>             wait before answering
//   /slower-when-shorter/<ms>/<length>
//                           a name pattern of n characters (without ^ and backslashes) shorter than
//                           <length> waits (<length> − n) × <ms>: an earlier, shorter query answers
//                           after a later, longer one
//   /slow-body/<ms>         send status, headers and the body's first character at once, the rest
//                           <ms> later (a fetch resolves, reading the body waits)
//   /status/<code>          answer <code> with an RFC 9457 problem body (CORS headers present)
//   /maintenance            answer 503 with an HTML page and no CORS headers, as a proxy in front of
//                           the service does: a browser sees a network error
//   /broken-json            answer 200 with a JSON body cut off in the middle
//   /network-error          close the connection without answering
//   /hang                   never answer; the request ends when the client goes away
//
// Run alone for manual checks: `node test/servers/openplz.mjs [port]` prints the origin.
import { createServer, STATUS_CODES } from 'node:http';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const FIXTURE = new URL('../fixtures/openplz-streets.json', import.meta.url);
const PAGING_HEADERS = ['x-page', 'x-page-size', 'x-total-pages', 'x-total-count'];
const DEFAULT_PAGE_SIZE = 50;
const collator = new Intl.Collator('de');

const PROBLEM_TYPES = {
  400: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  404: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
  405: 'https://tools.ietf.org/html/rfc9110#section-15.5.6',
  429: 'https://tools.ietf.org/html/rfc6585#section-4',
  500: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
  502: 'https://tools.ietf.org/html/rfc9110#section-15.6.3',
  503: 'https://tools.ietf.org/html/rfc9110#section-15.6.4',
  504: 'https://tools.ietf.org/html/rfc9110#section-15.6.5',
};

/** An HTTP error answer: status, title and optional `errors`/`detail` of the problem body. */
class Problem extends Error {
  constructor(status, title, extra = {}) {
    super(title);
    this.status = status;
    this.extra = extra;
  }
}

const validation = (field, message) =>
  new Problem(400, 'One or more validation errors occurred.', { errors: { [field]: [message] } });

/** Reads the scenario prefix: `{ session, delay, slowerWhenShorter, bodyDelay, answer, endpoint }`. */
function parsePath(pathname) {
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const scenario = { session: '', delay: 0, slowerWhenShorter: null, bodyDelay: 0, answer: 'data', prefix: '' };
  const number = (i, what) => {
    const n = Number(segments[i]);
    if (!Number.isInteger(n) || n < 0) throw new Problem(404, 'Not Found', { detail: `${what}: not a number` });
    return n;
  };
  const setAnswer = (answer) => {
    if (scenario.answer !== 'data') {
      throw new Problem(404, 'Not Found', { detail: `scenario: ${scenario.answer} and ${answer} both given` });
    }
    scenario.answer = answer;
  };
  let i = 0;
  while (i < segments.length && segments[i].toLowerCase() !== 'de') {
    const from = i;
    switch (segments[i]) {
      case 'session':
        scenario.session = segments[i + 1] ?? '';
        i += 2;
        continue;
      case 'delay':
        scenario.delay += number(i + 1, 'delay');
        i += 2;
        break;
      case 'slower-when-shorter':
        scenario.slowerWhenShorter = {
          ms: number(i + 1, 'slower-when-shorter'),
          length: number(i + 2, 'slower-when-shorter'),
        };
        i += 3;
        break;
      case 'slow-body':
        scenario.bodyDelay = number(i + 1, 'slow-body');
        i += 2;
        break;
      case 'status': {
        const code = number(i + 1, 'status');
        if (code < 400 || code > 599) throw new Problem(404, 'Not Found', { detail: 'status: 400–599 only' });
        setAnswer(code);
        i += 2;
        break;
      }
      case 'maintenance':
      case 'broken-json':
      case 'network-error':
      case 'hang':
        setAnswer(segments[i]);
        i += 1;
        break;
      default:
        throw new Problem(404, 'Not Found', { detail: `unknown scenario segment "${segments[i]}"` });
    }
    scenario.prefix += `${scenario.prefix ? '/' : ''}${segments.slice(from, i).join('/')}`;
  }
  scenario.endpoint = segments.slice(i).join('/');
  return scenario;
}

function intParam(params, name, min, max, fallback) {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) {
    throw validation(name, `The value '${raw}' is not valid for ${name}.`);
  }
  if (n < min || n > max) throw validation(name, `The field ${name} must be between ${min} and ${max}.`);
  return n;
}

function matcher(params, name, flags) {
  const pattern = params.get(name);
  if (!pattern) return () => true;
  let re;
  try {
    re = new RegExp(pattern, flags);
  } catch (error) {
    throw new Problem(400, 'Bad Request', { detail: `invalid regular expression for ${name}: ${error.message}` });
  }
  return (value) => re.test(value ?? '');
}

function paged(list, params) {
  const page = intParam(params, 'page', 1, 2147483647, 1);
  const pageSize = intParam(params, 'pageSize', 1, 50, DEFAULT_PAGE_SIZE);
  return {
    items: list.slice((page - 1) * pageSize, page * pageSize),
    headers: {
      'x-page': String(page),
      'x-page-size': String(pageSize),
      'x-total-pages': String(Math.ceil(list.length / pageSize)),
      'x-total-count': String(list.length),
    },
  };
}

function streets(data, params) {
  if (!params.get('name') && !params.get('postalCode') && !params.get('locality')) {
    throw new Problem(400, 'Bad Request', { detail: "Value cannot be null. (Parameter 'name')" });
  }
  const name = matcher(params, 'name', 'i');
  const postalCode = matcher(params, 'postalCode', '');
  const locality = matcher(params, 'locality', 'i');
  const found = data
    .filter((s) => name(s.name) && postalCode(s.postalCode) && locality(s.locality))
    .sort(
      (a, b) =>
        collator.compare(a.name, b.name) ||
        a.postalCode.localeCompare(b.postalCode) ||
        collator.compare(a.locality, b.locality),
    );
  return paged(found, params);
}

function localities(data, params) {
  if (!params.get('name') && !params.get('postalCode')) {
    throw new Problem(400, 'Bad Request', { detail: "Value cannot be null. (Parameter 'name')" });
  }
  const name = matcher(params, 'name', 'i');
  const postalCode = matcher(params, 'postalCode', '');
  const seen = new Map();
  for (const s of data) {
    const key = `${s.postalCode}\u0000${s.locality}`;
    if (seen.has(key)) continue;
    const entry = { name: s.locality, postalCode: s.postalCode, municipality: s.municipality };
    if (s.district) entry.district = s.district;
    entry.federalState = s.federalState;
    seen.set(key, entry);
  }
  const found = [...seen.values()]
    .filter((l) => name(l.name) && postalCode(l.postalCode))
    .sort((a, b) => a.postalCode.localeCompare(b.postalCode) || collator.compare(a.name, b.name));
  return paged(found, params);
}

/** The name pattern's length as typed: without the ^ anchor and the escaping backslashes. */
const typedLength = (params) => [...(params.get('name') ?? '').replace(/^\^/, '').replace(/\\/g, '')].length;

/**
 * Starts the server. `streets` replaces the fixture (same form as test/fixtures/openplz-streets.json).
 * Resolves to { origin, requests(session), reset(session), close() }.
 */
export async function startOpenPlzServer({ streets: data, host = '127.0.0.1', port = 0 } = {}) {
  data ??= JSON.parse(readFileSync(FIXTURE, 'utf8'));
  /** session id → request log entries, oldest first. */
  const logs = new Map();
  let nextId = 1;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = req.headers.origin;
    const cors = origin ? { 'access-control-allow-origin': '*' } : {};
    let scenario;
    let problem = null;
    try {
      scenario = parsePath(url.pathname);
    } catch (error) {
      scenario = { session: '', delay: 0, slowerWhenShorter: null, bodyDelay: 0, answer: 'data', prefix: '' };
      scenario.endpoint = '';
      problem = error;
    }
    const entry = {
      id: nextId++,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      scenario: scenario.prefix,
      endpoint: scenario.endpoint,
      params: Object.fromEntries(url.searchParams),
      receivedAt: Date.now(),
      headersSentAt: null,
      endedAt: null,
      status: null,
      outcome: 'pending',
    };
    if (!logs.has(scenario.session)) logs.set(scenario.session, []);
    logs.get(scenario.session).push(entry);

    const timers = new Set();
    const later = (ms, fn) => {
      if (ms <= 0) return fn();
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
    };
    let dropped = false;
    res.on('close', () => {
      for (const t of timers) clearTimeout(t);
      entry.endedAt = Date.now();
      entry.outcome = res.writableFinished ? 'answered' : dropped ? 'dropped' : 'aborted';
    });

    const send = (status, headers, body) => {
      if (res.destroyed) return;
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
      entry.status = status;
      entry.headersSentAt = Date.now();
      if (req.method === 'HEAD') return res.end();
      // A slow body trickles: its first byte goes out with the headers (Firefox resolves a fetch
      // only once some of the body is in), the rest after bodyDelay.
      const first = scenario.bodyDelay > 0 && body ? 1 : 0;
      if (first) res.write(body.slice(0, first));
      later(scenario.bodyDelay, () => {
        if (!res.destroyed) res.end(body.slice(first));
      });
    };
    const sendProblem = (p) => {
      const body = JSON.stringify({
        type: PROBLEM_TYPES[p.status] ?? 'about:blank',
        title: p.message || STATUS_CODES[p.status],
        status: p.status,
        ...p.extra,
        traceId: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`,
      });
      send(p.status, { ...cors, 'content-type': 'application/problem+json; charset=utf-8' }, body);
    };

    // CORS preflight, answered at once by the CORS middleware: GET and the Accept header only.
    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      const asked = (req.headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      const allowed = req.headers['access-control-request-method'] === 'GET' && asked.every((h) => h === 'accept');
      const headers = allowed
        ? {
            ...cors,
            'access-control-allow-methods': 'GET',
            ...(asked.length ? { 'access-control-allow-headers': 'accept' } : {}),
          }
        : {};
      return send(204, headers, '');
    }
    if (problem) return sendProblem(problem);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendProblem(new Problem(405, 'Method Not Allowed'));

    const short = scenario.slowerWhenShorter;
    const wait = scenario.delay + (short ? Math.max(0, short.length - typedLength(url.searchParams)) * short.ms : 0);
    later(wait, () => {
      if (res.destroyed) return;
      switch (scenario.answer) {
        case 'hang':
          return;
        case 'network-error':
          dropped = true;
          return req.socket.destroy();
        case 'maintenance':
          return send(
            503,
            { 'content-type': 'text/html' },
            '<!DOCTYPE html><html lang="de"><title>Wartungsarbeiten</title><h1>Wartungsarbeiten</h1></html>\n',
          );
        default:
          if (typeof scenario.answer === 'number') return sendProblem(new Problem(scenario.answer, ''));
      }
      let result;
      try {
        const endpoint = scenario.endpoint.toLowerCase();
        if (endpoint === 'de/streets') result = streets(data, url.searchParams);
        else if (endpoint === 'de/localities') result = localities(data, url.searchParams);
        else throw new Problem(404, 'Not Found');
      } catch (error) {
        if (error instanceof Problem) return sendProblem(error);
        console.error(error);
        return sendProblem(new Problem(500, ''));
      }
      const json = (req.headers.accept ?? '').includes('application/json') ? 'application/json' : 'text/json';
      let body = JSON.stringify(result.items);
      if (scenario.answer === 'broken-json') body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
      send(
        200,
        {
          ...cors,
          ...(origin ? { 'access-control-expose-headers': PAGING_HEADERS.join(',') } : {}),
          'content-type': `${json}; charset=utf-8`,
          ...result.headers,
        },
        body,
      );
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    /** The log of one session (copies), oldest first. */
    requests: (session = '') => (logs.get(session) ?? []).map((e) => ({ ...e, params: { ...e.params } })),
    /** Forgets one session's log. */
    reset: (session = '') => void logs.delete(session),
    /** Stops listening and drops every open connection (hanging requests included). */
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startOpenPlzServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`OpenPLZ stand-in on ${server.origin} (e.g. ${server.origin}/de/Streets?name=^Haupt); Ctrl+C stops it`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
