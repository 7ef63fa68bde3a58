import { expect } from '@open-wc/testing';
import { decodePlzTable, loadPlzTable, lookupPlz, ortPasstZu, type PlzMeta } from './plz.js';

const meta: PlzMeta = {
  format: 1,
  date: '2021-03-20',
  source: 'test',
  licence: 'ODbL-1.0',
  attribution: '© OpenStreetMap contributors (ODbL)',
  url: 'https://www.openstreetmap.org/copyright',
  count: 4,
  pairs: 5,
  places: 4,
};

describe('@blaupause/domain address: PLZ table', () => {
  it('decodes deltas and repeated lines', () => {
    const table = decodePlzTable('1067,2,85336,2\nDresden\n\nAugsburg\nA|B', meta);
    expect(table.size).to.equal(4);
    expect(lookupPlz(table, '01067')).to.deep.equal(['Dresden']);
    expect(lookupPlz(table, '01069')).to.deep.equal(['Dresden']);
    expect(lookupPlz(table, '86405')).to.deep.equal(['Augsburg']);
    expect(lookupPlz(table, '86407')).to.deep.equal(['A', 'B']);
    expect(lookupPlz(table, '01068')).to.deep.equal([]);
  });

  it('loads the embedded table once, with its date and attribution', async () => {
    const [a, b] = await Promise.all([loadPlzTable(), loadPlzTable()]);
    expect(a).to.equal(b);
    expect(a.meta.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.meta.licence).to.equal('ODbL-1.0');
    expect(a.meta.attribution).to.include('OpenStreetMap');
    expect(a.size).to.equal(a.meta.count);
    expect(a.size).to.be.greaterThan(8000);
  });

  it('knows the facts of DOMAIN.md: 86405 Meitingen, 54636 with 39 places, 01067 Dresden', async () => {
    const table = await loadPlzTable();
    expect(lookupPlz(table, '86405')).to.deep.equal(['Meitingen']);
    expect(lookupPlz(table, '82049')).to.deep.equal(['Pullach im Isartal']);
    expect(lookupPlz(table, '93309')).to.deep.equal(['Kelheim']);
    const eifel = lookupPlz(table, '54636');
    expect(eifel).to.have.length(39);
    expect(eifel).to.include('Biersdorf am See');
    expect(lookupPlz(table, '01067')).to.deep.equal(['Dresden']);
    expect(lookupPlz(table, 'D-86150')).to.deep.equal(['Augsburg']);
    expect(lookupPlz(table, '00000')).to.deep.equal([]);
    expect(lookupPlz(table, '8615')).to.deep.equal([]);
    expect(lookupPlz(table, '<script>')).to.deep.equal([]);
    let pairs = 0;
    const places = new Set<string>();
    for (const list of table.entries.values()) {
      pairs += list.length;
      list.forEach((p) => places.add(p));
      expect(list.length).to.be.greaterThan(0);
    }
    expect(pairs).to.equal(table.meta.pairs);
    expect(places.size).to.equal(table.meta.places);
    expect([...table.entries.keys()].filter((k) => k.startsWith('0')).length).to.equal(622);
  });

  it('matches an Ort to the places of a PLZ', () => {
    expect(ortPasstZu('augsburg', ['Augsburg'])).to.equal(true);
    expect(ortPasstZu('Frankfurt', ['Frankfurt am Main'])).to.equal(true);
    expect(ortPasstZu('Halle (Saale)', ['Halle'])).to.equal(true);
    expect(ortPasstZu('St. Ingbert', ['Sankt Ingbert'])).to.equal(true);
    expect(ortPasstZu('Muenchen', ['München'])).to.equal(true);
    expect(ortPasstZu('Augsburger', ['Augsburg'])).to.equal(false);
    expect(ortPasstZu('', ['Augsburg'])).to.equal(false);
  });
});
