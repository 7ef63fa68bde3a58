import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  emptyInlandsAnschrift,
  fromFormFields,
  hausnummerText,
  normaliseAnschrift,
  toFormFields,
  withHausnummer,
  type Anschrift,
  type InlandsAnschrift,
} from './types.js';

const augsburg: InlandsAnschrift = {
  inlandAusland: '001',
  strasse: 'Maximilianstraße',
  hausnummer: '12',
  hausnummerZusatz: 'a',
  postleitzahl: '86150',
  ort: 'Augsburg',
};

describe('@blaupause/domain address: value and form fields', () => {
  it('submits name[field] entries with XInneres names; the PLZ stays a string with its zero', () => {
    expect(toFormFields('anschrift', { ...augsburg, postleitzahl: '01067', ort: 'Dresden' })).to.deep.equal({
      'anschrift[inlandAusland]': '001',
      'anschrift[strasse]': 'Maximilianstraße',
      'anschrift[hausnummer]': '12',
      'anschrift[hausnummerZusatz]': 'a',
      'anschrift[postleitzahl]': '01067',
      'anschrift[ort]': 'Dresden',
    });
  });

  it('submits the range end, Adresszusatz and Ortsteil only when given', () => {
    const fields = toFormFields('a', { ...augsburg, hausnummerBis: '14', zusatz: 'Hinterhaus', ortsteil: '' });
    expect(fields['a[hausnummerBis]']).to.equal('14');
    expect(fields['a[zusatz]']).to.equal('Hinterhaus');
    expect('a[ortsteil]' in fields).to.equal(false);
  });

  it('submits the state and the lines abroad', () => {
    const value: Anschrift = { inlandAusland: '002', staat: 'it', zeilen: ['Via Roma 1', ' 20121 MILANO ', '', ''] };
    expect(toFormFields('anschrift', value)).to.deep.equal({
      'anschrift[inlandAusland]': '002',
      'anschrift[staat]': 'IT',
      'anschrift[zeilen][0]': 'Via Roma 1',
      'anschrift[zeilen][1]': '20121 MILANO',
    });
  });

  it('reads its own entries back (restore)', () => {
    const inland = { ...augsburg, hausnummerBis: '14', zusatz: 'c/o Müller' };
    expect(fromFormFields('anschrift', Object.entries(toFormFields('anschrift', inland)))).to.deep.equal(inland);
    const ausland: Anschrift = { inlandAusland: '002', staat: 'FR', zeilen: ['1 Rue de la Paix', '', '75002 PARIS'] };
    expect(fromFormFields('anschrift', toFormFields('anschrift', ausland))).to.deep.equal(ausland);
  });

  it('reads the no-JavaScript fallback: one house-number field is parsed into its parts', () => {
    const value = fromFormFields('anschrift', {
      'anschrift[strasse]': 'Hauptstraße',
      'anschrift[hausnummer]': '16 1/7',
      'anschrift[postleitzahl]': 'D-86150',
      'anschrift[ort]': 'Augsburg',
      'other[strasse]': 'ignored',
    });
    expect(value).to.deep.equal({
      inlandAusland: '001',
      strasse: 'Hauptstraße',
      hausnummer: '16',
      hausnummerZusatz: '1/7',
      postleitzahl: '86150',
      ort: 'Augsburg',
    });
    expect(fromFormFields('missing', { 'anschrift[ort]': 'x' })).to.equal(null);
  });

  it('normalises to NFC and folds whitespace', () => {
    const v = normaliseAnschrift({ ...augsburg, strasse: '  Mu\u0308hlen\u00a0weg ', ort: 'Augsburg\t' });
    expect(v).to.deep.include({ strasse: 'Mühlen weg', ort: 'Augsburg' });
    expect((v as InlandsAnschrift).strasse.normalize('NFC')).to.equal((v as InlandsAnschrift).strasse);
  });

  it('sets the house-number parts from typed text, keeping unparsable text whole', () => {
    expect(withHausnummer(emptyInlandsAnschrift(), '12-14')).to.deep.include({
      hausnummer: '12',
      hausnummerZusatz: '',
      hausnummerBis: '14',
    });
    const again = withHausnummer(withHausnummer(emptyInlandsAnschrift(), '12-14'), '7');
    expect('hausnummerBis' in again).to.equal(false);
    expect(withHausnummer(emptyInlandsAnschrift(), 'Haus B')).to.deep.include({
      hausnummer: 'Haus B',
      hausnummerZusatz: '',
    });
    expect(hausnummerText(withHausnummer(emptyInlandsAnschrift(), '12 a'))).to.equal('12a');
  });

  it('property: fromFormFields(toFormFields(x)) equals normaliseAnschrift(x), and normalising is idempotent', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const anschrift = fc.oneof(
      fc.record(
        {
          inlandAusland: fc.constant('001' as const),
          strasse: text,
          hausnummer: fc.stringMatching(/^\d{1,4}$/),
          hausnummerZusatz: fc.constantFrom('', 'a', '/1', '.5', '1/7'),
          hausnummerBis: fc.constantFrom('', '14', 'c'),
          zusatz: text,
          postleitzahl: fc.oneof(fc.stringMatching(/^\d{5}$/), text),
          ort: text,
        },
        { requiredKeys: ['inlandAusland', 'strasse', 'hausnummer', 'hausnummerZusatz', 'postleitzahl', 'ort'] },
      ),
      fc.record({
        inlandAusland: fc.constant('002' as const),
        staat: fc.constantFrom('FR', 'IT', 'TR'),
        zeilen: fc.array(text, { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(anschrift, (value) => {
        const normal = normaliseAnschrift(value);
        expect(normaliseAnschrift(normal)).to.deep.equal(normal);
        expect(fromFormFields('x', toFormFields('x', value))).to.deep.equal(normal);
      }),
      { numRuns: 300 },
    );
  });
});
