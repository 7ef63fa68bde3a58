import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OpenPlzLookup, StaticStreetLookup, type StreetRegisterEntry } from './lookup.js';

const pullach: StreetRegisterEntry[] = [
  { name: 'Hauptstraße', postalCode: '82049', locality: 'Pullach im Isartal' },
  { name: 'Am Bahnhof', postalCode: '82049', locality: 'Pullach im Isartal' },
  { name: 'Bahnhofstr.', postalCode: '82049', locality: 'Pullach im Isartal' },
  { name: 'Münchner Straße', postalCode: '82049', locality: 'Pullach im Isartal' },
  { name: 'Habenschadenstraße', postalCode: '82049', locality: 'Pullach im Isartal' },
  { name: 'Hauptstraße', postalCode: '86405', locality: 'Meitingen' },
  { name: 'Kirchplatz', postalCode: '86405', locality: 'Meitingen' },
];

const never = new AbortController().signal;
const names = (list: readonly { name: string }[]) => list.map((s) => s.name);

describe('@blaupause/domain address: street lookup', () => {
  const lookup = new StaticStreetLookup(pullach);

  it('finds by prefix, then word prefix, then substring, in German order', () => {
    expect(names(lookup.search({ name: 'bahnhof' }))).to.deep.equal(['Bahnhofstraße', 'Am Bahnhof']);
    expect(names(lookup.search({ name: 'haupt' }))).to.deep.equal(['Hauptstraße', 'Hauptstraße']);
    expect(names(lookup.search({ name: 'schaden' }))).to.deep.equal(['Habenschadenstraße']);
  });

  it('ignores case and accents, and treats ß/ss, ü/ue and Str./Straße alike', () => {
    expect(names(lookup.search({ name: 'MUENCHNER' }))).to.deep.equal(['Münchner Straße']);
    expect(names(lookup.search({ name: 'munchner strasse' }))).to.deep.equal(['Münchner Straße']);
    expect(names(lookup.search({ name: 'Hauptstr.', postalCode: '82049' }))).to.deep.equal(['Hauptstraße']);
    expect(names(lookup.search({ name: 'Bahnhofstraße' }))).to.deep.equal(['Bahnhofstraße']);
  });

  it('narrows by PLZ, or by Ort when there is no PLZ', async () => {
    const byPlz = await lookup.suggestStreets({ name: 'Haupt', postalCode: '86405' }, { signal: never });
    expect(byPlz).to.deep.equal([{ name: 'Hauptstraße', postalCode: '86405', locality: 'Meitingen' }]);
    const byOrt = await lookup.suggestStreets({ name: 'Haupt', locality: 'pullach' }, { signal: never });
    expect(byOrt.map((s) => s.locality)).to.deep.equal(['Pullach im Isartal']);
  });

  it('answers nothing for an empty query and at most `limit`', async () => {
    expect(await lookup.suggestStreets({ name: '  ' }, { signal: never })).to.deep.equal([]);
    const one = new StaticStreetLookup(pullach, { limit: 1 });
    expect(one.search({ name: 'a' })).to.have.length(1);
  });

  it('rejects with the abort reason when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let error: unknown;
    await lookup.suggestStreets({ name: 'Haupt' }, { signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
  });

  it('reads a register from a URL', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(pullach)], { type: 'application/json' }));
    const fromUrl = await StaticStreetLookup.fromUrl(url);
    expect(names(fromUrl.search({ name: 'kirch' }))).to.deep.equal(['Kirchplatz']);
    URL.revokeObjectURL(url);
  });

  it('builds OpenPLZ requests: prefix regex, str for straße, PLZ or Ort, escaped', () => {
    const openplz = new OpenPlzLookup({ baseUrl: 'http://127.0.0.1:1/' });
    const query = (url: string) => Object.fromEntries(new URL(url).searchParams);
    expect(openplz.url({ name: 'Hauptstraße', postalCode: '86150' })).to.match(
      /^http:\/\/127\.0\.0\.1:1\/de\/Streets\?/,
    );
    expect(query(openplz.url({ name: 'Hauptstraße', postalCode: '86150' }))).to.deep.equal({
      name: '^Hauptstr',
      postalCode: '86150',
      page: '1',
      pageSize: '10',
    });
    expect(query(openplz.url({ name: 'Hauptstra' })).name).to.equal('^Hauptstr');
    expect(query(openplz.url({ name: 'Strand' })).name).to.equal('^Strand');
    expect(query(openplz.url({ name: 'St. Martin (a|b)*' })).name).to.equal('^St\\. Martin ab');
    expect(query(openplz.url({ name: 'Haupt', locality: 'Pullach' }))).to.deep.include({ locality: '^Pullach' });
    expect(query(openplz.url({ name: 'Haupt', postalCode: '861' }))).to.not.have.property('postalCode');
    expect(new OpenPlzLookup().attribution.text).to.include('OpenStreetMap');
  });

  it('property: the static search never throws and only returns register streets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        fc.option(fc.string({ maxLength: 6 })),
        (name, plz) => {
          const found = lookup.search(plz === null ? { name } : { name, postalCode: plz });
          for (const s of found) expect(pullach.some((p) => p.postalCode === s.postalCode)).to.equal(true);
        },
      ),
    );
  });
});
