import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeCharacters, invalidCharacters, isDin91379Character } from './din91379.js';

describe('@blaupause/domain address: DIN 91379 characters', () => {
  const clean = [
    'Müller-Lüdenscheidt',
    'Straße des 17. Juni',
    'Łódź',
    'Ærøskøbing',
    'Žilina',
    'Œuvre',
    'Ștefan cel Mare',
    'Nguyễn',
    "O'Brien",
    'Rue de l’Église',
    'c/o Firma & Co. KG (3. OG)',
    '§ 5, 10 € <script>',
  ];
  for (const text of clean) {
    it(`accepts ${JSON.stringify(text)}`, () => {
      expect(invalidCharacters(text)).to.deep.equal([]);
    });
  }

  const table: [string, string[]][] = [
    ['Ж', ['Ж']],
    ['Жуков', ['Ж', 'у', 'к', 'о', 'в']],
    ['Athen Αθήνα', ['Α', 'θ', 'ή', 'ν', 'α']],
    ['Haus 😀', ['😀']],
    ['Familie 👨‍👩‍👧', ['👨‍👩‍👧']],
    ['שלום', ['ש', 'ל', 'ו', 'ם']],
    ['a\u200Fb', ['\u200F']],
    ['x\u0303', ['x\u0303']],
    ['„Zitat“', ['„', '“']],
    ['A – B', ['–']],
    ['½ Haus', ['½']],
  ];
  for (const [text, bad] of table) {
    it(`names the characters outside data type B in ${JSON.stringify(text)}`, () => {
      expect(invalidCharacters(text)).to.deep.equal(bad);
    });
  }

  it('normalises to NFC first: a decomposed ü is the letter ü', () => {
    expect(invalidCharacters('Mu\u0308ller')).to.deep.equal([]);
  });

  it('accepts the normative sequences of a letter and combining marks', () => {
    for (const seq of ['K\u035FH', 'k\u035Fh', 'L\u0325\u0304', 'C\u0328\u0306', 'Ž\u0326', 'ụ\u0308']) {
      expect(invalidCharacters(`${seq}ansen`), seq).to.deep.equal([]);
    }
  });

  it('data type A allows no digits, C allows ½ and line breaks', () => {
    expect(invalidCharacters('Straße 5', 'A')).to.deep.equal(['5']);
    expect(invalidCharacters('½\nHaus', 'C')).to.deep.equal([]);
    expect(invalidCharacters('½', 'B')).to.deep.equal(['½']);
    expect(isDin91379Character('\u00A0', 'B')).to.equal(false);
    expect(isDin91379Character('\u00A0', 'C')).to.equal(true);
  });

  it('has the 500 letters, 18 N1 and 60 N2 characters of the standard', () => {
    let letters = 0;
    let b = 0;
    for (let cp = 0; cp < 0x2100; cp++) {
      const char = String.fromCodePoint(cp);
      if (isDin91379Character(char, 'A')) letters++;
      if (isDin91379Character(char, 'B')) b++;
    }
    expect(letters).to.equal(500 + 18);
    expect(b - letters).to.equal(60);
  });

  it('describes invisible and right-to-left characters readably, at most five', () => {
    expect(describeCharacters(['\u200F'])).to.equal('U+200F');
    expect(describeCharacters(['ש'])).to.equal('\u2068ש\u2069');
    expect(describeCharacters(['a', 'b', 'c', 'd', 'e', 'f'])).to.equal('a b c d e …');
  });

  it('property: never throws; clean text stays clean, and what it names occurs in the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const bad = invalidCharacters(text);
        for (const c of bad) expect(text.normalize('NFC')).to.include(c);
        expect(new Set(bad).size).to.equal(bad.length);
        const cleaned = bad.reduce((t, c) => t.split(c).join(''), text.normalize('NFC'));
        // Removing every named character leaves text the check accepts, unless removing
        // joined two parts into something new (a base letter and a stray combining mark).
        if (!/\p{M}/u.test(cleaned)) expect(invalidCharacters(cleaned)).to.deep.equal([]);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with 10,000 characters', () => {
    expect(invalidCharacters('ä'.repeat(10_000))).to.deep.equal([]);
    expect(invalidCharacters('Ж'.repeat(10_000))).to.deep.equal(['Ж']);
  });
});
