import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate, type Validator } from '../validation.js';
import type { Anschrift, InlandsAnschrift } from './types.js';
import {
  din91379,
  fieldValidators,
  hausnummerDigit,
  hausnummerFormat,
  maxCharacters,
  ortMatchesPlz,
  plzFormat,
  plzKnown,
  staatNotGermany,
  staatKnown,
  validateAnschrift,
  zeilenMax,
  zeilenNoGap,
  type PlzLookupFn,
} from './validators.js';
import { missingParts, requiredPart, zeilenRequired } from './required.js';
import { normaliseAnschrift } from './types.js';

// A small table standing in for the PLZ table: the rules only see a lookup function.
const TABLE: Record<string, string[]> = {
  '86150': ['Augsburg'],
  '86405': ['Meitingen'],
  '82049': ['Pullach im Isartal'],
  '01067': ['Dresden'],
  '54636': ['Altscheid', 'Baustert', 'Bickendorf', 'Biersdorf am See'],
};
const lookup: PlzLookupFn = (plz) => TABLE[plz] ?? [];
const notLoaded: PlzLookupFn = () => null;

const inland = (over: Partial<InlandsAnschrift> = {}): InlandsAnschrift => ({
  inlandAusland: '001',
  strasse: 'Maximilianstraße',
  hausnummer: '1',
  hausnummerZusatz: '',
  postleitzahl: '86150',
  ort: 'Augsburg',
  ...over,
});

const names = (findings: readonly { name: string }[]) => findings.map((f) => f.name);

describe('@blaupause/domain address: validators', () => {
  const table: [string, Validator, string, boolean][] = [
    ['PLZ: 5 digits', plzFormat(), '86150', true],
    ['PLZ: leading zero', plzFormat(), '01067', true],
    ['PLZ: 4 digits', plzFormat(), '8615', false],
    ['PLZ: letter', plzFormat(), '86150a', false],
    ['PLZ: 6 digits', plzFormat(), '861500', false],
    ['PLZ: with spaces', plzFormat(), ' 86 150 ', true],
    ['PLZ: D-', plzFormat(), 'D-86150', true],
    ['PLZ: D and space', plzFormat(), 'D 86150', true],
    ['PLZ: DE-', plzFormat(), 'DE-86150', true],
    ['PLZ: A- is not German', plzFormat(), 'A-1010', false],
    ['PLZ: empty passes (required is separate)', plzFormat(), '', true],
    ['house number: no digit', hausnummerDigit(), 'abc', false],
    ['house number: 12a', hausnummerDigit(), '12a', true],
    ['house number: empty passes', hausnummerDigit(), '', true],
    ['house number: letter first', hausnummerFormat(), 'a12', false],
    ['house number: 16 1/7', hausnummerFormat(), '16 1/7', true],
    ['house number: no digit is the digit rule’s', hausnummerFormat(), 'abc', true],
    ['Straße: 55 characters', maxCharacters('strasse', 55), 'S'.repeat(55), true],
    ['Straße: 56 characters', maxCharacters('strasse', 55), 'S'.repeat(56), false],
    ['Ort: 40 characters', maxCharacters('ort', 40), 'O'.repeat(40), true],
    ['Ort: 41 characters', maxCharacters('ort', 40), 'O'.repeat(41), false],
    ['Ort: one character (Y) is fine', maxCharacters('ort', 40), 'Y', true],
    ['Ort: 40 decomposed umlauts are 40 characters', maxCharacters('ort', 40), 'u\u0308'.repeat(40), true],
    ['Ort: surrounding spaces do not count', maxCharacters('ort', 40), `  ${'O'.repeat(40)}  `, true],
    ['characters: Cyrillic', din91379(), 'Жуков', false],
    ['characters: Latin with accents', din91379(), 'Łódź', true],
    ['characters: no-break space is folded, not reported', din91379(), 'Am\u00a0Markt', true],
    ['required: blank', requiredPart('strasse'), '  ', false],
    ['required: one letter', requiredPart('ort'), 'Y', true],
    ['Staat: Germany', staatNotGermany(), 'DE', false],
    ['Staat: Destatis 000', staatNotGermany(), '000', false],
    ['Staat: France', staatNotGermany(), 'FR', true],
    ['Staat: known code', staatKnown((c) => c === 'FR'), 'fr', true],
    ['Staat: text that names no state', staatKnown((c) => c === 'FR'), 'Frankreich', false],
    ['Staat: list not loaded', staatKnown(() => null), 'Frankreich', true],
    ['PLZ known: 86150', plzKnown(lookup), '86150', true],
    ['PLZ known: 99999 unknown', plzKnown(lookup), '99999', false],
    ['PLZ known: table not loaded', plzKnown(notLoaded), '99999', true],
    ['PLZ known: malformed is the format rule’s', plzKnown(lookup), '999', true],
  ];
  for (const [title, validator, value, ok] of table) {
    it(title, () => {
      expect(validator.test(value)).to.equal(ok);
    });
  }

  it('uses finding names that are message keys, with flags and params', () => {
    expect(validate('8615', [plzFormat()])[0]).to.deep.include({
      name: 'address.postleitzahl.format',
      type: 'error',
      flag: 'patternMismatch',
    });
    expect(validate('S'.repeat(56), [maxCharacters('strasse', 55)])[0]).to.deep.include({
      name: 'address.strasse.tooLong',
      flag: 'tooLong',
      params: { max: 55 },
    });
    expect(validate('', [requiredPart('ort')])[0]).to.deep.include({ flag: 'valueMissing' });
  });

  it('names the offending characters in the finding', () => {
    const [finding] = validate('Жуков 😀', [din91379()]);
    expect(finding).to.deep.include({ name: 'address.characters', params: { chars: 'Ж у к о в …', count: 6 } });
    expect(validate('Haus 😀', [din91379()])[0]?.params).to.deep.equal({ chars: '😀', count: 1 });
  });

  it('warns, never errs, for an unknown PLZ and a PLZ that does not fit the Ort', () => {
    const [unknown] = validate('99999', [plzKnown(lookup)]);
    expect(unknown).to.deep.include({
      name: 'address.postleitzahl.unknown',
      type: 'warning',
      params: { plz: '99999' },
    });
    const [mismatch] = validate({ postleitzahl: '86150', ort: 'München' }, [ortMatchesPlz(lookup)]);
    expect(mismatch).to.deep.include({
      name: 'address.ort.mismatch',
      type: 'warning',
      params: { plz: '86150', ort: 'München', places: 'Augsburg' },
    });
  });

  const pairs: [string, string, boolean][] = [
    ['86150', 'Augsburg', true],
    ['86150', 'augsburg', true],
    ['86150', 'Augsburg-Haunstetten', true],
    ['86150', 'Augsburg Haunstetten', true],
    ['82049', 'Pullach', true],
    ['82049', 'Pullach i. Isartal', false],
    ['82049', 'Pullach im Isartal', true],
    ['54636', 'Biersdorf am See', true],
    ['54636', 'Baustert', true],
    ['86150', 'München', false],
    ['86150', 'Augsburger', false],
    ['99999', 'Irgendwo', true],
    ['86150', '', true],
    ['8615', 'München', true],
  ];
  for (const [plz, ort, ok] of pairs) {
    it(`PLZ ${plz} and Ort ${JSON.stringify(ort)} ${ok ? 'fit' : 'do not fit'}`, () => {
      expect(ortMatchesPlz(lookup).test({ postleitzahl: plz, ort })).to.equal(ok);
    });
  }

  it('abroad: at least one line, no gap, at most five', () => {
    expect(zeilenRequired().test(['', ' '])).to.equal(false);
    expect(zeilenRequired().test(['Via Roma 1'])).to.equal(true);
    expect(zeilenNoGap().test(['Via Roma 1', '', '20121 Milano'])).to.equal(false);
    expect(zeilenNoGap().test(['', 'Via Roma 1'])).to.equal(false);
    expect(zeilenNoGap().test(['Via Roma 1', '20121 Milano', '', ''])).to.equal(true);
    expect(validate(['a', '', 'b'], [zeilenNoGap()])[0]?.params).to.deep.equal({ line: 2 });
    expect(zeilenMax().test(['1', '2', '3', '4', '5', ''])).to.equal(true);
    expect(zeilenMax().test(['1', '2', '3', '4', '5', '6'])).to.equal(false);
  });

  it('validateAnschrift: a complete address in Germany passes', () => {
    expect(validateAnschrift(inland(), { lookup })).to.deep.equal([]);
    expect(validateAnschrift(inland({ postleitzahl: 'D-86150' }), { lookup })).to.deep.equal([]);
  });

  it('validateAnschrift: the findings of a broken address, with their fields, errors first', () => {
    const findings = validateAnschrift(
      inland({ strasse: '', hausnummer: 'abc', postleitzahl: '8615', ort: 'Ж'.repeat(41) }),
      { lookup },
    );
    expect(findings.map((f) => [f.field, f.name])).to.deep.equal([
      ['strasse', 'address.strasse.required'],
      ['hausnummer', 'address.hausnummer.digit'],
      ['postleitzahl', 'address.postleitzahl.format'],
      ['ort', 'address.ort.tooLong'],
      ['ort', 'address.characters'],
    ]);
    expect(findings.every((f) => f.type === 'error')).to.equal(true);
  });

  it('validateAnschrift: warnings for an unknown PLZ and a mismatched Ort come after errors', () => {
    const findings = validateAnschrift(inland({ postleitzahl: '86150', ort: 'München', strasse: '' }), { lookup });
    expect(findings.map((f) => [f.type, f.name])).to.deep.equal([
      ['error', 'address.strasse.required'],
      ['warning', 'address.ort.mismatch'],
    ]);
    expect(names(validateAnschrift(inland({ postleitzahl: '99999' }), { lookup }))).to.deep.equal([
      'address.postleitzahl.unknown',
    ]);
    expect(validateAnschrift(inland({ postleitzahl: '99999' }), { lookup: notLoaded })).to.deep.equal([]);
  });

  it('validateAnschrift: an optional address may be empty, but not half filled', () => {
    const empty = inland({ strasse: '', hausnummer: '', postleitzahl: '', ort: '' });
    expect(validateAnschrift(empty, { required: false })).to.deep.equal([]);
    expect(names(validateAnschrift(empty))).to.deep.equal([
      'address.strasse.required',
      'address.postleitzahl.required',
      'address.ort.required',
    ]);
    expect(names(validateAnschrift({ ...empty, ort: 'Augsburg' }, { required: false }))).to.deep.equal([
      'address.strasse.required',
      'address.postleitzahl.required',
    ]);
  });

  it('validateAnschrift: abroad, Staat and lines with line numbers', () => {
    const ausland: Anschrift = { inlandAusland: '002', staat: 'DE', zeilen: ['Via Roma 1', '', 'Ж'.repeat(41)] };
    const findings = validateAnschrift(ausland);
    expect(findings.map((f) => [f.field, f.name, f.line])).to.deep.equal([
      ['staat', 'address.staat.germany', undefined],
      ['zeilen', 'address.zeilen.gap', undefined],
      ['zeilen', 'address.zeile.tooLong', 2],
      ['zeilen', 'address.characters', 2],
    ]);
    expect(findings[2]?.params).to.deep.equal({ max: 40, line: 3 });
    expect(names(validateAnschrift({ inlandAusland: '002', staat: '', zeilen: [] }))).to.deep.equal([
      'address.staat.required',
      'address.zeilen.required',
    ]);
    expect(
      validateAnschrift({ inlandAusland: '002', staat: 'IT', zeilen: ['Via Roma 1', '20121 MILANO'] }),
    ).to.deep.equal([]);
  });

  it('fieldValidators: the rules of each field', () => {
    expect(names(fieldValidators('strasse'))).to.deep.equal([
      'address.strasse.required',
      'address.strasse.tooLong',
      'address.characters',
    ]);
    expect(names(fieldValidators('strasse', { required: false }))).to.deep.equal([
      'address.strasse.tooLong',
      'address.characters',
    ]);
    expect(names(fieldValidators('postleitzahl', { lookup }))).to.deep.equal([
      'address.postleitzahl.required',
      'address.postleitzahl.format',
      'address.postleitzahl.unknown',
    ]);
  });

  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.constantFrom('<script>alert(1)</script>', 'שלום עולם', '👨‍👩‍👧 😀', 'x'.repeat(10_000), '\u200F\u202E', ''),
  );

  it('property: no validator throws on any text, 10,000 characters, emoji, RTL or markup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const fields = ['strasse', 'hausnummer', 'zusatz', 'postleitzahl', 'ort', 'staat', 'zeile'] as const;
        for (const field of fields) validate(text, fieldValidators(field, { lookup }));
        validate({ postleitzahl: text, ort: text }, [ortMatchesPlz(lookup)]);
        validate([text, '', text], [zeilenRequired(), zeilenNoGap(), zeilenMax()]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: validateAnschrift never throws, and errors always come before warnings', () => {
    const anschrift = fc.oneof(
      fc.record({
        inlandAusland: fc.constant('001' as const),
        strasse: hostile,
        hausnummer: hostile,
        hausnummerZusatz: hostile,
        postleitzahl: fc.oneof(hostile, fc.constantFrom('86150', '54636', '99999', 'D-86150')),
        ort: hostile,
      }),
      fc.record({
        inlandAusland: fc.constant('002' as const),
        staat: fc.oneof(hostile, fc.constantFrom('FR', 'DE', '000')),
        zeilen: fc.array(hostile, { maxLength: 7 }),
      }),
    );
    fc.assert(
      fc.property(anschrift, fc.boolean(), (value, required) => {
        const findings = validateAnschrift(value, { lookup, required });
        const rank = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.type]);
        expect(rank).to.deep.equal([...rank].sort((a, b) => a - b));
        for (const f of findings) expect(f.name).to.match(/^address\./);
      }),
      { numRuns: 200 },
    );
  });

  it('property: missingParts reports exactly the required findings of validateAnschrift', () => {
    const part = fc.oneof(fc.constant(''), fc.constant('  '), hostile);
    const anschrift = fc.oneof(
      fc.record({
        inlandAusland: fc.constant('001' as const),
        strasse: part,
        hausnummer: part,
        hausnummerZusatz: part,
        zusatz: part,
        postleitzahl: part,
        ort: part,
      }),
      fc.record({
        inlandAusland: fc.constant('002' as const),
        staat: part,
        zeilen: fc.array(part, { maxLength: 5 }),
      }),
    );
    const required = (list: readonly { name: string; field: string }[]) =>
      list.filter((f) => f.name.endsWith('.required')).map((f) => `${f.field} ${f.name}`);
    fc.assert(
      fc.property(anschrift, fc.boolean(), (value, isRequired) => {
        const v = normaliseAnschrift(value);
        expect(required(missingParts(v, isRequired))).to.deep.equal(
          required(validateAnschrift(v, { required: isRequired })),
        );
        expect(missingParts(v, isRequired).every((f) => f.name.endsWith('.required'))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a PLZ passes the format rule exactly when it is 5 digits after removing spaces and D-', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(?:D-|D |DE-)?[\d ]{0,7}[a-z]?$/), (input) => {
        const compact = input.replace(/^DE?[- ]/, '').replace(/ /g, '');
        expect(plzFormat().test(input)).to.equal(input.trim() === '' || /^\d{5}$/.test(compact));
      }),
    );
  });
});
