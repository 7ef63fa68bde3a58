// OpenPlzLookup against a real HTTP server on 127.0.0.1 that speaks the OpenPLZ street
// endpoint (GET /de/Streets?name=&postalCode=&locality=&page=&pageSize=): regular expressions
// on the fields, "straße" stored as "str.", paging headers, RFC 9457 problem details on errors.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { compileAddress } from './compile.mjs';

const STREETS = [
  { name: 'Hauptstr.', postalCode: '86150', locality: 'Augsburg', borough: 'Innenstadt', suburb: 'Altstadt' },
  { name: 'Hauptstr.', postalCode: '86405', locality: 'Meitingen', borough: null, suburb: null },
  { name: 'Halderstr.', postalCode: '86150', locality: 'Augsburg', borough: null, suburb: null },
  { name: 'Hallstr.', postalCode: '86150', locality: 'Augsburg', borough: null, suburb: null },
  { name: 'St.-Martin-Str.', postalCode: '81541', locality: 'München', borough: null, suburb: null },
  { name: 'Maximilianstr.', postalCode: '86150', locality: 'Augsburg', borough: null, suburb: null },
];

let address;
let cleanup;
let server;
let base;
/** Every request the server saw: { url, closedEarly }. */
let requests = [];
/** How the next requests are answered; reset before each test. */
let behaviour = {};

function streets(url) {
  const q = url.searchParams;
  const match = (value, pattern, flags) => !pattern || new RegExp(pattern, flags).test(value);
  const pageSize = Number(q.get('pageSize') ?? 10);
  const found = STREETS.filter(
    (s) =>
      match(s.name, q.get('name'), 'i') &&
      match(s.postalCode, q.get('postalCode'), '') &&
      match(s.locality, q.get('locality'), 'i'),
  ).sort((a, b) => a.name.localeCompare(b.name) || a.postalCode.localeCompare(b.postalCode));
  return { total: found.length, page: found.slice(0, pageSize) };
}

const problem = (status, title) => JSON.stringify({ type: 'https://tools.ietf.org/html/rfc9110', title, status });

before(async () => {
  ({ module: address, cleanup } = await compileAddress());
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const record = { url, closedEarly: false };
    requests.push(record);
    res.on('close', () => (record.closedEarly = !res.writableFinished));
    const answer = () => {
      if (res.destroyed) return;
      if (url.pathname === '/register.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify([{ name: 'Kirchplatz', postalCode: '82049', locality: 'Pullach im Isartal' }]));
        return;
      }
      if (url.pathname !== '/de/Streets') {
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end(problem(404, 'Not Found'));
        return;
      }
      if (behaviour.status) {
        res.writeHead(behaviour.status, { 'content-type': 'application/problem+json' });
        res.end(problem(behaviour.status, 'One or more validation errors occurred.'));
        return;
      }
      if (behaviour.body !== undefined) {
        res.writeHead(200, { 'content-type': 'text/json; charset=utf-8' }).end(behaviour.body);
        return;
      }
      const { total, page } = streets(url);
      res.writeHead(200, {
        'content-type': 'text/json; charset=utf-8',
        'x-page': '1',
        'x-page-size': url.searchParams.get('pageSize') ?? '10',
        'x-total-count': String(total),
      });
      res.end(JSON.stringify(page));
    };
    const delay = typeof behaviour.delay === 'function' ? behaviour.delay(url) : (behaviour.delay ?? 0);
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  cleanup();
});

beforeEach(() => {
  requests = [];
  behaviour = {};
});

const signal = () => new AbortController().signal;

describe('OpenPlzLookup against a local OpenPLZ server', () => {
  it('asks /de/Streets with a prefix pattern and the PLZ, and maps the answer', async () => {
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    const found = await lookup.suggestStreets({ name: 'Hauptstraße', postalCode: '86150' }, { signal: signal() });
    assert.deepEqual(found, [
      { name: 'Hauptstraße', postalCode: '86150', locality: 'Augsburg', borough: 'Innenstadt', suburb: 'Altstadt' },
    ]);
    assert.equal(requests.length, 1);
    const q = requests[0].url.searchParams;
    assert.equal(requests[0].url.pathname, '/de/Streets');
    assert.equal(q.get('name'), '^Hauptstr');
    assert.equal(q.get('postalCode'), '86150');
    assert.equal(q.get('pageSize'), '10');
  });

  it('searches by Ort when there is no PLZ, and prefix-matches as the user types', async () => {
    const lookup = new address.OpenPlzLookup({ baseUrl: base, pageSize: 2 });
    const found = await lookup.suggestStreets({ name: 'Hal', locality: 'Augsburg' }, { signal: signal() });
    assert.deepEqual(
      found.map((s) => s.name),
      ['Halderstraße', 'Hallstraße'],
    );
    assert.equal(requests[0].url.searchParams.get('locality'), '^Augsburg');
    assert.equal(requests[0].url.searchParams.get('pageSize'), '2');
  });

  it('treats the dot of "St." literally', async () => {
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    const found = await lookup.suggestStreets({ name: 'St.-Martin' }, { signal: signal() });
    assert.deepEqual(
      found.map((s) => s.name),
      ['St.-Martin-Straße'],
    );
  });

  it('sends no request for an empty query', async () => {
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    assert.deepEqual(await lookup.suggestStreets({ name: '  ' }, { signal: signal() }), []);
    assert.equal(requests.length, 0);
  });

  it('throws AddressLookupError with the status on a server error', async () => {
    behaviour = { status: 500 };
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    await assert.rejects(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() }), (error) => {
      assert.ok(error instanceof address.AddressLookupError);
      assert.equal(error.name, 'AddressLookupError');
      assert.equal(error.status, 500);
      assert.match(error.url, /\/de\/Streets\?name=/);
      return true;
    });
  });

  it('throws AddressLookupError on a 400 problem answer and on a wrong base path (404)', async () => {
    behaviour = { status: 400 };
    await assert.rejects(
      new address.OpenPlzLookup({ baseUrl: base }).suggestStreets({ name: 'Haupt' }, { signal: signal() }),
      { name: 'AddressLookupError', status: 400 },
    );
    behaviour = {};
    await assert.rejects(
      new address.OpenPlzLookup({ baseUrl: `${base}/wrong` }).suggestStreets({ name: 'Haupt' }, { signal: signal() }),
      { name: 'AddressLookupError', status: 404 },
    );
  });

  it('throws AddressLookupError with status 0 for an answer that is not JSON or not a list', async () => {
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    behaviour = { body: '<html>maintenance</html>' };
    await assert.rejects(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() }), {
      name: 'AddressLookupError',
      status: 0,
    });
    behaviour = { body: '{"streets":[]}' };
    await assert.rejects(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() }), {
      name: 'AddressLookupError',
      status: 0,
    });
  });

  it('throws AddressLookupError with status 0 when nothing listens', async () => {
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = probe.address().port;
    await new Promise((resolve) => probe.close(resolve));
    const lookup = new address.OpenPlzLookup({ baseUrl: `http://127.0.0.1:${closedPort}` });
    await assert.rejects(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() }), (error) => {
      assert.equal(error.name, 'AddressLookupError');
      assert.equal(error.status, 0);
      assert.ok(error.cause, 'keeps the network error as cause');
      return true;
    });
  });

  it('rejects with AbortError when aborted during a slow answer, and the request is cancelled', async () => {
    behaviour = { delay: 2000 };
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    const controller = new AbortController();
    const pending = lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(requests.length, 1);
    assert.equal(requests[0].closedEarly, true, 'the server saw the connection go before it answered');
  });

  it('rejects with AbortError at once when the signal is already aborted, without a request', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      new address.OpenPlzLookup({ baseUrl: base }).suggestStreets({ name: 'Haupt' }, { signal: controller.signal }),
      { name: 'AbortError' },
    );
    assert.equal(requests.length, 0);
  });

  it('answers each query with its own streets when answers arrive out of order', async () => {
    // "Hau" is slow, "Haupt" fast: the later query's answer arrives first. The provider keeps no
    // state between calls, so each promise resolves with the streets of its own query.
    behaviour = { delay: (url) => (url.searchParams.get('name') === '^Hau' ? 300 : 10) };
    const lookup = new address.OpenPlzLookup({ baseUrl: base });
    const order = [];
    const slow = lookup.suggestStreets({ name: 'Hau' }, { signal: signal() }).then((r) => (order.push('Hau'), r));
    const fast = lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() }).then((r) => (order.push('Haupt'), r));
    const [slowResult, fastResult] = await Promise.all([slow, fast]);
    assert.deepEqual(order, ['Haupt', 'Hau']);
    assert.ok(slowResult.every((s) => s.name.startsWith('Hau')));
    assert.ok(fastResult.every((s) => s.name.startsWith('Haupt')));
    assert.equal(fastResult.length, 2);
  });

  it('maps the older answer shape with a nested locality', async () => {
    behaviour = {
      body: JSON.stringify([
        { name: 'Hauptstr.', locality: { name: 'Augsburg', postalCode: '86150' } },
        { bad: 1 },
        null,
      ]),
    };
    const found = await new address.OpenPlzLookup({ baseUrl: base }).suggestStreets(
      { name: 'Haupt' },
      { signal: signal() },
    );
    assert.deepEqual(found, [{ name: 'Hauptstraße', postalCode: '86150', locality: 'Augsburg' }]);
  });

  it('StaticStreetLookup reads a municipality register over HTTP', async () => {
    const lookup = await address.StaticStreetLookup.fromUrl(`${base}/register.json`);
    assert.deepEqual(await lookup.suggestStreets({ name: 'kirch' }, { signal: signal() }), [
      { name: 'Kirchplatz', postalCode: '82049', locality: 'Pullach im Isartal' },
    ]);
    await assert.rejects(address.StaticStreetLookup.fromUrl(`${base}/missing.json`), { status: 404 });
  });
});

describe('@blaupause/domain/address in Node', () => {
  it('loads the PLZ table lazily and looks up PLZ', async () => {
    const table = await address.loadPlzTable();
    assert.equal(address.lookupPlz(table, '54636').length, 39);
    assert.deepEqual(address.lookupPlz(table, '86405'), ['Meitingen']);
    assert.equal(table.meta.licence, 'ODbL-1.0');
  });

  it('loads the country list lazily', async () => {
    const { countryName } = await address.loadCountries();
    assert.equal(countryName('FR'), 'Frankreich');
    assert.equal(countryName('FR', 'en'), 'France');
  });
});
