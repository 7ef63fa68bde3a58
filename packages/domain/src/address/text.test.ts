import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { expandStreetAbbreviation, foldName, normaliseText } from './text.js';

describe('@blaupause/domain address: text', () => {
  it('normalises to NFC, folds whitespace and trims', () => {
    expect(normaliseText(' Mu\u0308ller \u00a0\t Weg\n')).to.equal('Müller Weg');
  });

  it('folds names for comparison', () => {
    expect(foldName('Hauptstraße')).to.equal(foldName('hauptstr.'));
    expect(foldName('Hauptstraße')).to.equal(foldName('HAUPTSTRASSE'));
    expect(foldName('Müller-Weg')).to.equal(foldName('Mueller Weg'));
    expect(foldName('Sankt Ingbert')).to.equal(foldName('St. Ingbert'));
    expect(foldName('Queich')).to.equal('queich');
  });

  it('writes out Str.', () => {
    expect(expandStreetAbbreviation('Hauptstr.')).to.equal('Hauptstraße');
    expect(expandStreetAbbreviation('Berliner Str.')).to.equal('Berliner Straße');
    expect(expandStreetAbbreviation('Str. des 17. Juni')).to.equal('Straße des 17. Juni');
    expect(expandStreetAbbreviation('Karl-Marx-Str.-Ecke')).to.equal('Karl-Marx-Straße-Ecke');
    expect(expandStreetAbbreviation('Strandweg')).to.equal('Strandweg');
  });

  it('property: normaliseText is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).to.equal(once);
        foldName(s);
      }),
    );
  });
});
