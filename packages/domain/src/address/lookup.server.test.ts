// OpenPlzLookup in the browser against the local OpenPLZ API stand-in (test/servers/openplz.mjs),
// which the test runner starts on another port: a cross-origin request, as to the real API.
import { expect } from '@open-wc/testing';
import {
  openPlzBaseUrl,
  openPlzRequests,
  resetOpenPlz,
  waitForOpenPlzRequests,
  type OpenPlzRequest,
} from '../../../../test/testing/openplz.js';
import { AddressLookupError, OpenPlzLookup, type StreetSuggestion } from './lookup.js';

const signal = () => new AbortController().signal;
const names = (list: readonly StreetSuggestion[]) => list.map((s) => `${s.name} ${s.postalCode} ${s.locality}`);

/** The reason `promise` rejects with; fails if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the lookup to reject');
}

function lookupError(error: unknown): AddressLookupError {
  expect(error).to.be.instanceOf(AddressLookupError);
  return error as AddressLookupError;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pending = (log: OpenPlzRequest[], n = 1) => log.filter((r) => r.outcome === 'pending').length === n;

describe('@blaupause/domain address: OpenPlzLookup against a local OpenPLZ API', () => {
  beforeEach(resetOpenPlz);

  it('asks the API cross-origin without a CORS preflight, and maps same-named streets of two towns', async () => {
    const baseUrl = await openPlzBaseUrl();
    expect(new URL(baseUrl).origin).to.not.equal(location.origin);
    const lookup = new OpenPlzLookup({ baseUrl });
    const found = await lookup.suggestStreets({ name: 'Maximilianstraße' }, { signal: signal() });
    expect(found).to.deep.equal([
      { name: 'Maximilianstraße', postalCode: '86150', locality: 'Augsburg', borough: 'Innenstadt' },
      { name: 'Maximilianstraße', postalCode: '93047', locality: 'Regensburg', borough: 'Innenstadt' },
    ]);
    const log = await openPlzRequests();
    expect(log.map((r) => `${r.method} ${r.endpoint} ${r.outcome}`)).to.deep.equal(['GET de/Streets answered']);
    expect(log[0].params).to.deep.equal({ name: '^Maximilianstr', page: '1', pageSize: '10' });
  });

  it('writes out "Str." and "str." in every position, and keeps the suburb', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl() });
    const ask = (name: string) => lookup.suggestStreets({ name }, { signal: signal() });
    expect(await ask('Dr.-Carl')).to.deep.equal([
      {
        name: 'Dr.-Carl-von-Linde-Straße',
        postalCode: '82049',
        locality: 'Pullach i. Isartal',
        suburb: 'Höllriegelskreuth',
      },
    ]);
    expect(names(await ask('Wolfratshauser Stra'))).to.deep.equal(['Wolfratshauser Straße 82049 Pullach i. Isartal']);
    expect(names(await ask('d.-martin'))).to.deep.equal(['D.-Martin-Luther-Straße 93047 Regensburg']);
    expect(names(await ask('ägidien'))).to.deep.equal(['Ägidienplatz 93047 Regensburg']);
    // The dot of "St." is sent escaped, so "St.-P" does not find "Stephansplatz" or "Steingasse".
    expect(names(await ask('St.-P'))).to.deep.equal(['St.-Peters-Weg 93047 Regensburg']);
  });

  it('narrows by PLZ: the same street name in three towns, then in one', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl() });
    expect(names(await lookup.suggestStreets({ name: 'Ludwigstr' }, { signal: signal() }))).to.deep.equal([
      'Ludwigstraße 63739 Aschaffenburg',
      'Ludwigstraße 86152 Augsburg',
      'Ludwigstraße 93047 Regensburg',
    ]);
    const one = await lookup.suggestStreets({ name: 'Ludwigstr', postalCode: '93047' }, { signal: signal() });
    expect(names(one)).to.deep.equal(['Ludwigstraße 93047 Regensburg']);
    const log = await openPlzRequests();
    expect(log[1].params).to.deep.include({ name: '^Ludwigstr', postalCode: '93047' });
    expect(log[1].params).to.not.have.property('locality');
  });

  it('narrows by Ort when there is no complete PLZ', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl() });
    const everywhere = await lookup.suggestStreets({ name: 'Heil' }, { signal: signal() });
    expect(names(everywhere)).to.deep.equal([
      'Heilig-Kreuz-Straße 86152 Augsburg',
      'Heilmannstraße 82049 Pullach i. Isartal',
    ]);
    const byOrt = await lookup.suggestStreets({ name: 'Heil', locality: 'pullach' }, { signal: signal() });
    expect(names(byOrt)).to.deep.equal(['Heilmannstraße 82049 Pullach i. Isartal']);
    const partPlz = { name: 'Heil', postalCode: '8204', locality: 'Pullach i. Isartal' };
    expect(names(await lookup.suggestStreets(partPlz, { signal: signal() }))).to.deep.equal([
      'Heilmannstraße 82049 Pullach i. Isartal',
    ]);
    const log = await openPlzRequests();
    expect(log[1].params).to.deep.include({ locality: '^pullach' });
    expect(log[2].params).to.deep.include({ locality: '^Pullach i\\. Isartal' });
    expect(log[2].params).to.not.have.property('postalCode');
  });

  it('asks for pageSize answers, and keeps a too large pageSize within the API limit of 50', async () => {
    const three = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl(), pageSize: 3 });
    expect(await three.suggestStreets({ name: 'S' }, { signal: signal() })).to.have.length(3);
    // The API answers pageSize=51 and more with HTTP 400; the lookup asks for 50.
    const many = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl(), pageSize: 500 });
    const found = await many.suggestStreets({ name: 'S' }, { signal: signal() });
    expect(found.length).to.be.within(11, 50);
    const log = await openPlzRequests();
    expect(log.map((r) => [r.params.pageSize, r.status])).to.deep.equal([
      ['3', 200],
      ['50', 200],
    ]);
  });

  it('sends nothing for an empty query or an already aborted signal', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl() });
    expect(await lookup.suggestStreets({ name: ' ()' }, { signal: signal() })).to.deep.equal([]);
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal }));
    expect((error as Error).name).to.equal('AbortError');
    await pause(200);
    expect(await openPlzRequests()).to.deep.equal([]);
  });

  it('rejects with AbortError when aborted in flight, and the request is cancelled on the wire', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ answer: 'hang' }) });
    const controller = new AbortController();
    const request = lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal });
    await waitForOpenPlzRequests((log) => pending(log), 'the request to reach the server');
    controller.abort();
    const error = await rejection(request);
    expect((error as Error).name).to.equal('AbortError');
    expect(error).to.not.be.instanceOf(AddressLookupError);
    const log = await waitForOpenPlzRequests((l) => l[0]?.outcome !== 'pending', 'the server to see the abort');
    expect(log.map((r) => [r.scenario, r.outcome, r.status])).to.deep.equal([['hang', 'aborted', null]]);
  });

  it('rejects with AbortError when aborted while the body is still arriving', async () => {
    let headersArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (headersArrived = resolve));
    const lookup = new OpenPlzLookup({
      baseUrl: await openPlzBaseUrl({ bodyDelay: 5000 }),
      // The browser's own fetch, watched: the test aborts only after the headers are in.
      fetch: async (input, init) => {
        const response = await fetch(input, { signal: init.signal as AbortSignal, headers: init.headers });
        headersArrived();
        return response;
      },
    });
    const controller = new AbortController();
    const request = lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal });
    await arrived;
    controller.abort();
    expect(((await rejection(request)) as Error).name).to.equal('AbortError');
    const log = await waitForOpenPlzRequests((l) => l[0]?.outcome === 'aborted', 'the server to see the abort');
    expect(log[0].status).to.equal(200);
  });

  it('rejects with AbortError, not the HTTP error, when aborted while an error answer is arriving', async () => {
    let headersArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (headersArrived = resolve));
    const lookup = new OpenPlzLookup({
      baseUrl: await openPlzBaseUrl({ answer: 503, bodyDelay: 5000 }),
      fetch: async (input, init) => {
        const response = await fetch(input, { signal: init.signal as AbortSignal, headers: init.headers });
        headersArrived();
        return response;
      },
    });
    const controller = new AbortController();
    const request = lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal });
    await arrived;
    controller.abort();
    const error = await rejection(request);
    expect(error).to.not.be.instanceOf(AddressLookupError);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('HTTP 503 from the API: AddressLookupError with status 503 and the URL', async () => {
    const baseUrl = await openPlzBaseUrl({ answer: 503 });
    const lookup = new OpenPlzLookup({ baseUrl });
    const error = lookupError(await rejection(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() })));
    expect(error.name).to.equal('AddressLookupError');
    expect(error.status).to.equal(503);
    expect(error.message).to.include('HTTP 503');
    expect(error.url).to.equal(`${baseUrl}/de/Streets?name=%5EHaupt&page=1&pageSize=10`);
  });

  it('a proxy’s 503 page without CORS headers is a network error to the page: status 0', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ answer: 'maintenance' }) });
    const error = lookupError(await rejection(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() })));
    expect(error.status).to.equal(0);
    expect(error.cause).to.be.instanceOf(TypeError);
    // The server did answer 503; the browser kept it from the page.
    expect((await openPlzRequests()).map((r) => r.status)).to.deep.equal([503]);
  });

  it('a dropped connection: AddressLookupError with status 0 and the network error as cause', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ answer: 'network-error' }) });
    const error = lookupError(await rejection(lookup.suggestStreets({ name: 'Haupt' }, { signal: signal() })));
    expect(error.status).to.equal(0);
    expect(error.message).to.include('network error');
    expect(error.cause).to.be.instanceOf(TypeError);
    // Browsers try a dropped GET again before giving up (Firefox several times): every try was dropped.
    const log = await openPlzRequests();
    expect(log.length).to.be.at.least(1);
    expect(log.map((r) => r.outcome)).to.deep.equal(log.map(() => 'dropped'));
  });

  it('malformed JSON: AddressLookupError with status 0', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ answer: 'broken-json' }) });
    const error = lookupError(await rejection(lookup.suggestStreets({ name: 'Maxi' }, { signal: signal() })));
    expect(error.status).to.equal(0);
    expect(error.message).to.include('not JSON');
    expect((await openPlzRequests()).map((r) => r.status)).to.deep.equal([200]);
  });

  it('a slow answer still arrives', async () => {
    const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ delay: 1500 }) });
    const started = Date.now();
    const found = await lookup.suggestStreets({ name: 'Habenschaden' }, { signal: signal() });
    expect(Date.now() - started).to.be.at.least(1400);
    expect(names(found)).to.deep.equal(['Habenschadenstraße 82049 Pullach i. Isartal']);
  });

  describe('out-of-order answers (an earlier, shorter query answers last)', () => {
    const scenario = { slowerWhenShorter: { msPerMissingChar: 500, fullLength: 8 } };

    it('each answer belongs to its own request, whatever the order they arrive in', async () => {
      const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl(scenario) });
      const order: string[] = [];
      const older = new AbortController();
      const newer = new AbortController();
      // "Maxi" (4 characters) waits 2 s; "^Maximilianstr" answers at once.
      const first = lookup.suggestStreets({ name: 'Maxi' }, { signal: older.signal }).then((r) => {
        order.push('older');
        return r;
      });
      await waitForOpenPlzRequests((log) => log.length === 1, 'the first request');
      const second = lookup
        .suggestStreets({ name: 'Maximilianstraße', postalCode: '93047' }, { signal: newer.signal })
        .then((r) => {
          order.push('newer');
          return r;
        });
      const [a, b] = await Promise.all([first, second]);
      expect(order).to.deep.equal(['newer', 'older']);
      expect(names(a)).to.deep.equal(['Maximilianstraße 86150 Augsburg', 'Maximilianstraße 93047 Regensburg']);
      expect(names(b)).to.deep.equal(['Maximilianstraße 93047 Regensburg']);
      const log = await openPlzRequests();
      expect(log.map((r) => r.params.name)).to.deep.equal(['^Maxi', '^Maximilianstr']);
      expect(log[1].endedAt!).to.be.below(log[0].endedAt!);
    });

    it('aborting the older request once the newer answer is in leaves only the newer answer', async () => {
      const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl(scenario) });
      const older = new AbortController();
      const newer = new AbortController();
      const first = lookup.suggestStreets({ name: 'Maxi' }, { signal: older.signal });
      await waitForOpenPlzRequests((log) => log.length === 1, 'the first request');
      const latest = await lookup.suggestStreets(
        { name: 'Maximilianstraße', postalCode: '93047' },
        { signal: newer.signal },
      );
      expect(names(latest)).to.deep.equal(['Maximilianstraße 93047 Regensburg']);
      expect(pending(await openPlzRequests())).to.equal(true);
      older.abort();
      expect(((await rejection(first)) as Error).name).to.equal('AbortError');
      const log = await waitForOpenPlzRequests((l) => !pending(l, 1), 'the server to see the abort');
      expect(log.map((r) => [r.params.name, r.outcome])).to.deep.equal([
        ['^Maxi', 'aborted'],
        ['^Maximilianstr', 'answered'],
      ]);
    });
  });
});
