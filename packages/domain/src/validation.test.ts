import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  characterCount,
  email,
  maxLength,
  maxWords,
  minLength,
  numeric,
  pattern,
  required,
  tel,
  url,
  validate,
  wordCount,
  type Validator,
} from './validation.js';

describe('@blaupause/domain validation', () => {
  const table: [string, Validator, string, boolean][] = [
    ['required: empty', required(), '', false],
    ['required: only spaces', required(), '   ', false],
    ['required: one character', required(), 'Y', true],
    ['minLength 2: one character', minLength(2), 'Y', false],
    ['minLength 2: empty passes (not required)', minLength(2), '', true],
    ['maxLength 3: three graphemes', maxLength(3), 'Äöü', true],
    ['maxLength 3: four', maxLength(3), 'Äöüß', false],
    ['maxLength 1: a family emoji is one character', maxLength(1), '👨‍👩‍👧', true],
    ['maxWords 2: two words across a line break', maxWords(2), 'Zwei\nWörter', true],
    ['maxWords 2: three words, extra spaces do not count', maxWords(2), '  drei   kleine Wörter ', false],
    ['pattern: anchored', pattern('[0-9]{5}'), '86150a', false],
    ['pattern: match', pattern('[0-9]{5}'), '01067', true],
    ['email: ok', email(), 'poststelle@augsburg.de', true],
    ['email: spaces around are ok', email(), ' a@b.de ', true],
    ['email: no domain', email(), 'poststelle@', false],
    ['email: two @', email(), 'a@b@c.de', false],
    ['tel: international', tel(), '+49 (821) 324-0', true],
    ['tel: letters', tel(), '0821 ABC', false],
    ['tel: too few digits', tel(), '+4', false],
    ['url: https', url(), 'https://www.pullach.de/rathaus', true],
    ['url: javascript: scheme', url(), 'javascript:alert(1)', false],
    ['url: no scheme', url(), 'www.kelheim.de', false],
    ['numeric: digits', numeric(), '0815', true],
    ['numeric: decimal', numeric(), '8,5', false],
  ];
  for (const [title, validator, value, ok] of table) {
    it(title, () => {
      expect(validator.test(value)).to.equal(ok);
    });
  }

  it('reports findings with name, type, params and flag, errors before warnings before infos', () => {
    const info: Validator = { name: 'hinweis', type: 'info', test: () => false };
    const warning: Validator = { name: 'ungewoehnlich', type: 'warning', test: () => false };
    const findings = validate('Ä', [info, warning, minLength(2), required()]);
    expect(findings.map((f) => [f.name, f.type])).to.deep.equal([
      ['minLength', 'error'],
      ['ungewoehnlich', 'warning'],
      ['hinweis', 'info'],
    ]);
    expect(findings[0]).to.deep.include({ flag: 'tooShort', params: { min: 2 } });
    expect(findings[1]?.flag).to.equal('customError');
  });

  it('counts words as runs of non-space characters', () => {
    expect(wordCount('')).to.equal(0);
    expect(wordCount(' \n\t ')).to.equal(0);
    expect(wordCount('Antrag auf\r\nAnwohnerparkausweis')).to.equal(3);
  });

  it('carries a custom message through', () => {
    const [finding] = validate('', [required({ message: 'Bitte ausfüllen.' })]);
    expect(finding?.message).to.equal('Bitte ausfüllen.');
  });

  it('rejects impossible lengths and invalid patterns at creation', () => {
    expect(() => maxLength(-1)).to.throw(RangeError);
    expect(() => minLength(1.5)).to.throw(RangeError);
    expect(() => maxWords(-2)).to.throw(RangeError);
    expect(() => pattern('(')).to.throw(SyntaxError);
  });

  it('property: maxLength(n) passes exactly the strings of at most n characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(40), (s, n) => {
        expect(maxLength(n).test(s)).to.equal(characterCount(s) <= n);
      }),
    );
  });

  it('property: every validator but required and maxLength lets a blank optional value pass', () => {
    // maxLength counts spaces, as the native attribute does: they are submitted.
    expect(maxLength(0).test('')).to.equal(true);
    const optional = [minLength(3), pattern('x+'), email(), tel(), url(), numeric()];
    fc.assert(
      fc.property(fc.constantFrom(...optional), fc.stringMatching(/^\s*$/), (v, blank) => {
        expect(v.test(blank)).to.equal(true);
      }),
    );
  });

  it('property: validate never throws and returns only failed validators', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const validators = [required(), minLength(2), maxLength(10), email(), numeric()];
        const findings = validate(s, validators);
        const failed = validators.filter((v) => !v.test(s)).map((v) => v.name);
        expect(findings.map((f) => f.name).sort()).to.deep.equal(failed.sort());
      }),
    );
  });
});
