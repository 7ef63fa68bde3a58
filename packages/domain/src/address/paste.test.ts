import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { splitPastedAddress, splitStreetAndNumber } from './paste.js';

const augsburg = { strasse: 'Hauptstraße', hausnummer: '5a', postleitzahl: '86150', ort: 'Augsburg', rest: [] };

describe('@blaupause/domain address: pasting a whole address', () => {
  const same: string[] = [
    'Hauptstraße 5a, 86150 Augsburg',
    'Hauptstraße 5a\n86150 Augsburg',
    'Hauptstraße 5a\r\n86150 Augsburg\r\n',
    'Hauptstraße 5a 86150 Augsburg',
    'Hauptstraße 5a, D-86150 Augsburg',
    'Hauptstraße 5a, D 86150 Augsburg',
    'Hauptstraße 5a D-86150 Augsburg',
    'Hauptstraße 5a - 86150 Augsburg',
    'Hauptstraße 5a,86150 Augsburg',
    'Hauptstr. 5a, 86150 Augsburg',
    '  Hauptstraße   5a ;  86150   Augsburg  ',
    'Hauptstraße 5a, 86150 Augsburg, Deutschland',
    'Hauptstraße 5a\n86150 Augsburg\nGermany',
    '86150 Augsburg, Hauptstraße 5a',
    'Hauptstrasse 5a, 86150 Augsburg'.replace('strasse', 'straße'),
  ];
  for (const text of same) {
    it(`splits ${JSON.stringify(text)}`, () => {
      expect(splitPastedAddress(text)).to.deep.equal(augsburg);
    });
  }

  const table: [string, object][] = [
    [
      'Straße des 17. Juni 135, 10623 Berlin',
      { strasse: 'Straße des 17. Juni', hausnummer: '135', postleitzahl: '10623', ort: 'Berlin' },
    ],
    ['Berliner Str. 12-14, 10713 Berlin', { strasse: 'Berliner Straße', hausnummer: '12-14' }],
    ['Am Stadtpark 16 1/7, 86150 Augsburg', { strasse: 'Am Stadtpark', hausnummer: '16 1/7' }],
    ['Marktplatz, 86405 Meitingen', { strasse: 'Marktplatz', hausnummer: '', ort: 'Meitingen' }],
    ['Rathausplatz 1\n82049 Pullach im Isartal', { ort: 'Pullach im Isartal', postleitzahl: '82049' }],
    ['Hauptstraße 1, 01067 Dresden', { postleitzahl: '01067' }],
    [
      'Max Mustermann\nc/o Firma GmbH\nHauptstraße 5\n86150 Augsburg',
      { strasse: 'Hauptstraße', hausnummer: '5', rest: ['Max Mustermann', 'c/o Firma GmbH'] },
    ],
  ];
  for (const [text, expected] of table) {
    it(`splits ${JSON.stringify(text)}`, () => {
      expect(splitPastedAddress(text)).to.deep.include(expected);
    });
  }

  for (const text of [
    'Hauptstraße 5a',
    '86150 Augsburg',
    'hallo',
    '',
    '12345',
    'Telefon 0821 324-0',
    'x'.repeat(10_000),
  ]) {
    it(`proposes nothing for ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(splitPastedAddress(text)).to.equal(null);
    });
  }

  it('splits a street and its number', () => {
    expect(splitStreetAndNumber('Hauptstraße 5a')).to.deep.equal(['Hauptstraße', '5a']);
    expect(splitStreetAndNumber('Straße des 17. Juni 135')).to.deep.equal(['Straße des 17. Juni', '135']);
    expect(splitStreetAndNumber('Am Stadtpark 3 - 5')).to.deep.equal(['Am Stadtpark', '3 - 5']);
    expect(splitStreetAndNumber('Marktplatz')).to.equal(null);
    expect(splitStreetAndNumber('5a')).to.equal(null);
  });

  it('property: never throws; a proposal has a 5-digit PLZ, a street with a letter, and text from the input', () => {
    const address = fc
      .tuple(
        fc.constantFrom('Hauptstraße', 'Am Markt', 'Straße des 17. Juni', 'Lange Str.'),
        fc.constantFrom('1', '5a', '12-14', ''),
        fc.constantFrom(', ', '\n', ' ', '; '),
        fc.stringMatching(/^\d{5}$/),
        fc.constantFrom('Augsburg', 'Pullach im Isartal', 'Frankfurt am Main'),
      )
      .map(([s, n, sep, plz, ort]) => `${s} ${n}${sep}${plz} ${ort}`);
    fc.assert(
      fc.property(fc.oneof(address, fc.string({ unit: 'grapheme', maxLength: 120 })), (text) => {
        const proposal = splitPastedAddress(text);
        if (proposal === null) return;
        expect(proposal.postleitzahl).to.match(/^\d{5}$/);
        expect(proposal.strasse).to.match(/\p{L}/u);
        expect(text).to.include(proposal.postleitzahl);
        expect(proposal.ort).to.not.equal('');
      }),
      { numRuns: 300 },
    );
  });
});
