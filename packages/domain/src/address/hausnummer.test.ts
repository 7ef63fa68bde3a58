import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatHausnummer, parseHausnummer } from './hausnummer.js';

const digits = (s: string) => s.replace(/\D/g, '');

describe('@blaupause/domain address: house numbers', () => {
  // input → [nummer, zusatz, bis]
  const table: [string, [string, string, string]][] = [
    ['12', ['12', '', '']],
    ['12a', ['12', 'a', '']],
    ['12 a', ['12', 'a', '']],
    ['12A', ['12', 'A', '']],
    ['124 A', ['124', 'A', '']],
    ['12-14', ['12', '', '14']],
    ['12 - 14', ['12', '', '14']],
    ['12–14', ['12', '', '14']],
    ['12a-c', ['12', 'a', 'c']],
    ['12a-12c', ['12', 'a', '12c']],
    ['3-5b', ['3', '', '5b']],
    ['12/1', ['12', '/1', '']],
    ['116/1', ['116', '/1', '']],
    ['109.5', ['109', '.5', '']],
    ['135.44', ['135', '.44', '']],
    ['16 1/7', ['16', '1/7', '']],
    ['16 1 / 7', ['16', '1/7', '']],
    ['Nr. 7', ['7', '', '']],
    ['  8 ', ['8', '', '']],
    ['01', ['01', '', '']],
    ['12 Hinterhaus', ['12', 'Hinterhaus', '']],
  ];
  for (const [input, [nummer, zusatz, bis]] of table) {
    it(`parses ${JSON.stringify(input)}`, () => {
      const parts = parseHausnummer(input);
      expect(parts).to.deep.include({ nummer, zusatz, bis });
    });
  }

  for (const input of ['', '   ', 'abc', 'o. Nr.', 'a12', 'Haus B', '١٢', '<script>']) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(parseHausnummer(input)).to.equal(null);
    });
  }

  it('keeps the input as typed (normalised) in raw', () => {
    expect(parseHausnummer(' 12\u00a0a ')?.raw).to.equal('12 a');
    expect(parseHausnummer('12 a')?.raw).to.equal('12 a');
  });

  it('formats the canonical form', () => {
    const canonical: [string, string][] = [
      ['12 a', '12a'],
      ['12 - 14', '12-14'],
      ['16 1/7', '16 1/7'],
      ['109.5', '109.5'],
      ['12/1', '12/1'],
      ['12a-c', '12a-c'],
      ['12 Hinterhaus', '12 Hinterhaus'],
    ];
    for (const [input, out] of canonical) expect(formatHausnummer(parseHausnummer(input)!)).to.equal(out);
  });

  const realistic = fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom('', 'a', 'B', ' c', '.5', '/1', ' 1/7', '-14', 'a-c', ' - 20b', ' Rückgebäude'),
    )
    .map(([n, tail]) => `${n}${tail}`);

  it('property: parse(format(parse(x))) gives the same parts', () => {
    fc.assert(
      fc.property(fc.oneof(realistic, fc.string({ maxLength: 30 })), (input) => {
        const parts = parseHausnummer(input);
        if (parts === null) return;
        const again = parseHausnummer(formatHausnummer(parts));
        expect(again).to.not.equal(null);
        expect({ ...again, raw: '' }).to.deep.equal({ ...parts, raw: '' });
      }),
      { numRuns: 500 },
    );
  });

  it('property: never throws, and returns null exactly when there is no leading number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const parts = parseHausnummer(input);
        const startsWithNumber = /^(?:n[ro]\.?\s*)?\d/i.test(input.normalize('NFC').replace(/^\s+/u, ''));
        expect(parts !== null).to.equal(startsWithNumber && /\d/.test(input));
      }),
      { numRuns: 500 },
    );
  });

  it('property: every digit of the input ends up in the parts, in order', () => {
    fc.assert(
      fc.property(fc.oneof(realistic, fc.string({ maxLength: 30 })), (input) => {
        const parts = parseHausnummer(input);
        if (parts === null) return;
        expect(digits(parts.nummer + parts.zusatz + parts.bis)).to.equal(digits(parts.raw));
        expect(parts.nummer).to.match(/^\d+$/);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with 10,000 characters, emoji, right-to-left text and markup', () => {
    expect(parseHausnummer('1'.repeat(10_000))?.nummer).to.have.length(10_000);
    expect(parseHausnummer(`12 ${'x'.repeat(10_000)}`)?.zusatz).to.have.length(10_000);
    expect(parseHausnummer('12 😀')).to.deep.include({ nummer: '12', zusatz: '😀' });
    expect(parseHausnummer('12 שלום')).to.deep.include({ nummer: '12', zusatz: 'שלום' });
    expect(parseHausnummer('12<script>alert(1)</script>')).to.deep.include({
      nummer: '12',
      zusatz: '<script>alert(1)</script>',
    });
  });
});
