import { expect } from '@open-wc/testing';
import { formatAnschrift } from './format.js';

describe('@blaupause/domain address: DIN 5008 lines', () => {
  it('in Germany: Zusatz, street and number, PLZ and Ort, no blank line', () => {
    expect(
      formatAnschrift({
        inlandAusland: '001',
        strasse: 'Maximilianstraße',
        hausnummer: '12',
        hausnummerZusatz: 'a',
        zusatz: 'c/o Müller',
        postleitzahl: '86150',
        ort: 'Augsburg',
      }),
    ).to.deep.equal(['c/o Müller', 'Maximilianstraße 12a', '86150 Augsburg']);
    expect(
      formatAnschrift({
        inlandAusland: '001',
        strasse: 'Marktplatz',
        hausnummer: '',
        hausnummerZusatz: '',
        postleitzahl: '86405',
        ort: 'Meitingen',
      }),
    ).to.deep.equal(['Marktplatz', '86405 Meitingen']);
  });

  it('writes ranges and fractions of house numbers in their canonical form', () => {
    const lines = formatAnschrift({
      inlandAusland: '001',
      strasse: 'Am Stadtpark',
      hausnummer: '12',
      hausnummerZusatz: '',
      hausnummerBis: '14',
      postleitzahl: '01067',
      ort: 'Dresden',
    });
    expect(lines).to.deep.equal(['Am Stadtpark 12-14', '01067 Dresden']);
  });

  it('abroad: the lines as written, then the state in German capitals', () => {
    const value = { inlandAusland: '002', staat: 'AT', zeilen: ['Stephansplatz 1', '', '1010 WIEN'] } as const;
    expect(formatAnschrift(value, { staatName: 'Österreich' })).to.deep.equal([
      'Stephansplatz 1',
      '1010 WIEN',
      'ÖSTERREICH',
    ]);
    expect(formatAnschrift(value)).to.deep.equal(['Stephansplatz 1', '1010 WIEN', 'AT']);
  });

  it('keeps markup as text (the component renders it as text)', () => {
    const lines = formatAnschrift({ inlandAusland: '002', staat: 'FR', zeilen: ['<script>alert(1)</script>'] });
    expect(lines[0]).to.equal('<script>alert(1)</script>');
  });
});
