// The OpenPLZ API stand-in (test/servers/openplz.mjs) as a browser sees it, cross-origin: the
// answers, headers and CORS rules of the real API, and the test scenarios the lookups rely on.
import { expect } from '@open-wc/testing';
import { openPlzBaseUrl, openPlzRequests, resetOpenPlz } from './testing/openplz.js';

interface Street {
  name: string;
  postalCode: string;
  locality: string;
  borough?: string;
  suburb?: string;
  municipality: { key: string; name: string; type: string };
  district?: { key: string; name: string; type: string };
  federalState: { key: string; name: string };
}

async function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${await openPlzBaseUrl()}${path}`, init);
}

const streetNames = async (response: Response) => ((await response.json()) as Street[]).map((s) => s.name);

describe('OpenPLZ API stand-in', () => {
  beforeEach(resetOpenPlz);

  it('answers /de/Streets in the API’s form, with paging headers readable cross-origin', async () => {
    const response = await get('/de/Streets?name=%5EMaximilianstr&page=1&pageSize=10');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/json; charset=utf-8');
    expect(response.headers.get('x-page')).to.equal('1');
    expect(response.headers.get('x-page-size')).to.equal('10');
    expect(response.headers.get('x-total-count')).to.equal('2');
    expect(response.headers.get('x-total-pages')).to.equal('1');
    const [augsburg] = (await response.json()) as Street[];
    expect(augsburg).to.deep.equal({
      name: 'Maximilianstr.',
      postalCode: '86150',
      locality: 'Augsburg',
      borough: 'Innenstadt',
      municipality: { key: '09761000', name: 'Augsburg', type: 'Kreisfreie Stadt' },
      district: { key: '09761', name: 'Augsburg', type: 'Kreisfreie Stadt' },
      federalState: { key: '09', name: 'Bayern' },
    });
  });

  it('matches name and locality as case-insensitive regular expressions, postalCode as one too', async () => {
    expect(await streetNames(await get('/de/Streets?name=%5Ehoher'))).to.deep.equal(['Hoher Weg']);
    expect(await streetNames(await get('/de/Streets?name=gasse%24&postalCode=%5E9304'))).to.have.length(11);
    expect(await streetNames(await get('/de/Streets?name=%5EK&locality=%5Ekelheim'))).to.deep.equal([]);
    expect(await streetNames(await get('/de/Streets?name=%5ER&locality=%5Ekelheim'))).to.deep.equal([
      'Regensburger Str.',
      'Riedenburger Str.',
    ]);
  });

  it('pages: page 2 at 2 per page, in German order of the names', async () => {
    const response = await get('/de/Streets?name=%5EL&page=2&pageSize=2');
    expect(response.headers.get('x-page')).to.equal('2');
    expect(Number(response.headers.get('x-total-pages'))).to.equal(
      Math.ceil(Number(response.headers.get('x-total-count')) / 2),
    );
    const page = (await response.json()) as Street[];
    expect(page.map((s) => `${s.name} ${s.postalCode}`)).to.deep.equal([
      'Langenmantelstr. 86153',
      'Leitershofer Str. 86157',
    ]);
  });

  it('refuses pageSize over 50 and a request without any search field with an RFC 9457 problem', async () => {
    const tooMany = await get('/de/Streets?name=a&pageSize=99');
    expect(tooMany.status).to.equal(400);
    expect(tooMany.headers.get('content-type')).to.equal('application/problem+json; charset=utf-8');
    expect(await tooMany.json()).to.deep.include({
      status: 400,
      title: 'One or more validation errors occurred.',
      errors: { pageSize: ['The field pageSize must be between 1 and 50.'] },
    });
    expect((await get('/de/Streets')).status).to.equal(400);
  });

  it('allows GET with an Accept header only: another request header fails its CORS preflight', async () => {
    const plain = await get('/de/Streets?name=%5EHaupt', { headers: { accept: 'application/json' } });
    expect(plain.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    let error: unknown;
    await get('/de/Streets?name=%5EHaupt', { headers: { 'x-requested-with': 'test' } }).catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(TypeError);
    const log = await openPlzRequests();
    expect(log.map((r) => r.method)).to.deep.equal(['GET', 'OPTIONS']);
  });

  it('answers /de/Localities by PLZ pattern', async () => {
    const response = await get('/de/Localities?postalCode=%5E9304');
    const list = (await response.json()) as { name: string; postalCode: string }[];
    expect(list.map((l) => `${l.postalCode} ${l.name}`)).to.deep.equal(['93047 Regensburg']);
  });

  it('scenarios: a readable HTTP status, and a log per request with its scenario and outcome', async () => {
    const response = await fetch(`${await openPlzBaseUrl({ delay: 50, answer: 429 })}/de/Streets?name=x`);
    expect(response.status).to.equal(429);
    expect(await response.json()).to.deep.include({ status: 429, title: 'Too Many Requests' });
    const [entry] = await openPlzRequests();
    expect(entry.scenario).to.equal('delay/50/status/429');
    expect(entry.outcome).to.equal('answered');
    expect(entry.endedAt! - entry.receivedAt).to.be.at.least(45);
  });
});
