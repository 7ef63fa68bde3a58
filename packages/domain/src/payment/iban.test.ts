import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate } from '../validation.js';
import {
  IBAN_LENGTHS,
  SEPA_COUNTRIES,
  checkIban,
  formatIban,
  hasValidIbanChecksum,
  ibanCheckDigits,
  ibanValidator,
  isValidIban,
  makeIban,
  normaliseIban,
} from './iban.js';
import { paymentMessages } from './messages.js';

// Examples of the SWIFT IBAN Registry, one per country, as printed (groups of four).
const VALID: [string, string][] = [
  ['DE', 'DE89 3704 0044 0532 0130 00'],
  ['GB', 'GB29 NWBK 6016 1331 9268 19'],
  ['FR', 'FR14 2004 1010 0505 0001 3M02 606'],
  ['NL', 'NL91 ABNA 0417 1643 00'],
  ['AT', 'AT61 1904 3002 3457 3201'],
  ['CH', 'CH93 0076 2011 6238 5295 7'],
  ['BE', 'BE68 5390 0754 7034'],
  ['IT', 'IT60 X054 2811 1010 0000 0123 456'],
  ['ES', 'ES91 2100 0418 4502 0005 1332'],
  ['NO', 'NO93 8601 1117 947'],
  ['MT', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S'],
  ['PL', 'PL61 1090 1014 0000 0712 1981 2874'],
  ['SE', 'SE45 5000 0000 0583 9825 7466'],
  ['LC', 'LC55 HEMM 0001 0001 0012 0012 0002 3015'],
  ['BR', 'BR18 0036 0305 0000 1000 9795 493C 1'],
];

describe('@blaupause/domain payment: IBAN', () => {
  for (const [country, iban] of VALID) {
    it(`accepts the registry example of ${country} (${IBAN_LENGTHS[country]} characters)`, () => {
      const result = checkIban(iban);
      expect(result).to.deep.equal({ valid: true, iban: iban.replace(/ /g, '') });
      expect(iban.replace(/ /g, '')).to.have.length(IBAN_LENGTHS[country]);
      expect(formatIban(iban)).to.equal(iban);
    });
  }

  it('normalises what people type: spaces of any kind, lower case, a tab from a spreadsheet', () => {
    expect(normaliseIban(' de89 3704\u00A00044\t0532 0130 00 ')).to.equal('DE89370400440532013000');
    expect(checkIban('de89370400440532013000').valid).to.equal(true);
    expect(checkIban('DE89\u202F3704 0044 0532 0130 00').valid).to.equal(true);
  });

  const INVALID: [string, string, string, Record<string, string | number>][] = [
    ['empty', '', 'required', {}],
    ['only spaces', '   ', 'required', {}],
    ['a hyphen', 'DE89-3704-0044-0532-0130-00', 'characters', { chars: '-', count: 1 }],
    ['an umlaut and a slash', 'DE89 3704 0044 0532 013Ö/00', 'characters', { chars: 'Ö /', count: 2 }],
    ['digits first', '8937 0400 4405 3201 3000', 'start', {}],
    ['letters as check digits', 'DEAB 3704 0044 0532 0130 00', 'start', {}],
    ['an unknown country', 'XX89 3704 0044 0532 0130 00', 'country', { country: 'XX' }],
    ['a DE IBAN one short', 'DE89 3704 0044 0532 0130 0', 'length', { country: 'DE', expected: 22, actual: 21 }],
    ['a DE IBAN one long', 'DE89 3704 0044 0532 0130 000', 'length', { country: 'DE', expected: 22, actual: 23 }],
    ['an AT IBAN of DE length', 'AT61 1904 3002 3457 3201 00', 'length', { country: 'AT', expected: 20, actual: 22 }],
    ['a NO IBAN one long', 'NO93 8601 1117 9470', 'length', { country: 'NO', expected: 15, actual: 16 }],
    ['the last DE digit changed (DOMAIN §7C.8)', 'DE89370400440532013001', 'checksum', { country: 'DE' }],
    ['check digits 00', 'DE00 3704 0044 0532 0130 00', 'checksum', { country: 'DE' }],
    ['two GB digits swapped', 'GB29 NWBK 6016 1331 9268 91', 'checksum', { country: 'GB' }],
    ['an FR letter changed', 'FR14 2004 1010 0505 0001 3N02 606', 'checksum', { country: 'FR' }],
  ];
  for (const [what, input, problem, params] of INVALID) {
    it(`rejects ${what}: iban.${problem}`, () => {
      const result = checkIban(input);
      expect(result.valid).to.equal(false);
      if (result.valid) return;
      expect(result.problem).to.equal(problem);
      expect(result.params).to.deep.equal(params);
    });
  }

  it('refuses accounts outside SEPA only when asked (direct debit)', () => {
    const lc = 'LC55 HEMM 0001 0001 0012 0012 0002 3015';
    expect(checkIban(lc).valid).to.equal(true);
    const sepa = checkIban(lc, { sepaOnly: true });
    expect(!sepa.valid && sepa.problem).to.equal('notSepa');
    expect(checkIban('CH93 0076 2011 6238 5295 7', { sepaOnly: true }).valid).to.equal(true);
    expect(checkIban('GB29 NWBK 6016 1331 9268 19', { sepaOnly: true }).valid).to.equal(true);
  });

  it('knows every SEPA country and the lengths of the German-speaking ones', () => {
    for (const country of SEPA_COUNTRIES) expect(IBAN_LENGTHS[country], country).to.be.a('number');
    expect(SEPA_COUNTRIES.size).to.be.at.least(36);
    expect([IBAN_LENGTHS.DE, IBAN_LENGTHS.AT, IBAN_LENGTHS.CH, IBAN_LENGTHS.LI, IBAN_LENGTHS.LU]).to.deep.equal([
      22, 20, 21, 21, 20,
    ]);
    expect(Math.min(...Object.values(IBAN_LENGTHS))).to.equal(15);
    expect(Math.max(...Object.values(IBAN_LENGTHS))).to.equal(33);
  });

  it('computes check digits', () => {
    expect(ibanCheckDigits('DE', '370400440532013000')).to.equal('89');
    expect(makeIban('gb', 'NWBK 6016 1331 9268 19')).to.equal('GB29NWBK60161331926819');
    expect(hasValidIbanChecksum('DE89 3704 0044 0532 0130 00')).to.equal(true);
    expect(hasValidIbanChecksum('DE88 3704 0044 0532 0130 00')).to.equal(false);
  });

  it('as a Validator: the finding names the problem and carries its params; empty passes', () => {
    const validator = ibanValidator();
    expect(validate('', [validator])).to.deep.equal([]);
    expect(validate('DE89 3704 0044 0532 0130 0', [validator])).to.deep.equal([
      {
        name: 'iban.length',
        type: 'error',
        params: { country: 'DE', expected: 22, actual: 21 },
        flag: 'patternMismatch',
      },
    ]);
    expect(validate('DE89370400440532013001', [validator])[0]).to.deep.include({
      name: 'iban.checksum',
      flag: 'badInput',
    });
    expect(validate('DE89 3704 0044 0532 0130 00', [validator])).to.deep.equal([]);
  });

  it('has a German and an English message for every problem, the checksum one as DOMAIN §7C.8 says', () => {
    const problems = ['required', 'characters', 'start', 'country', 'notSepa', 'length', 'checksum'];
    for (const lang of ['de', 'en']) {
      for (const problem of problems) {
        expect(paymentMessages[lang][`validation.iban.${problem}`], `${lang} ${problem}`).to.exist;
      }
    }
    expect(paymentMessages.de['validation.iban.checksum']).to.match(/^Die IBAN ist ungültig\. /);
    expect(paymentMessages.de['validation.iban.length']).to.contain('{expected} Zeichen');
    const chars = paymentMessages.de['validation.iban.characters'];
    expect(typeof chars === 'function' && chars({ chars: '- /', count: 2 })).to.contain('Zeichen, die');
  });

  describe('properties', () => {
    const countries = Object.keys(IBAN_LENGTHS);
    /** A valid IBAN of any registry country: a random alphanumeric BBAN of the right length, check digits computed. */
    const validIban = fc.constantFrom(...countries).chain((country) =>
      fc
        .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), {
          minLength: IBAN_LENGTHS[country] - 4,
          maxLength: IBAN_LENGTHS[country] - 4,
        })
        .map((chars) => makeIban(country, chars.join(''))),
    );

    it('any valid IBAN with one digit changed fails', () => {
      fc.assert(
        fc.property(validIban, fc.nat(), fc.integer({ min: 1, max: 9 }), (iban, at, delta) => {
          const digits = iban
            .split('')
            .map((ch, i) => (i >= 2 && /\d/.test(ch) ? i : -1))
            .filter((i) => i >= 0);
          const i = digits[at % digits.length];
          const changed = iban.slice(0, i) + String((Number(iban[i]) + delta) % 10) + iban.slice(i + 1);
          const result = checkIban(changed);
          return !result.valid && result.problem === 'checksum';
        }),
      );
    });

    // Mod 97 finds every swap of two adjacent different digits; a letter counts as two digits
    // (B = 11), so a swapped letter and digit can slip through ("B1" ↔ "1B" in UA67B1…).
    it('any two adjacent different digits swapped fails', () => {
      fc.assert(
        fc.property(validIban, fc.nat(), (iban, at) => {
          const i = 4 + (at % (iban.length - 5));
          fc.pre(/^\d\d$/.test(iban.slice(i, i + 2)) && iban[i] !== iban[i + 1]);
          const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
          return !isValidIban(swapped);
        }),
      );
    });

    it('normalising is idempotent', () => {
      fc.assert(fc.property(fc.string(), (s) => normaliseIban(normaliseIban(s)) === normaliseIban(s)));
    });

    it('the grouped form round-trips and stays valid', () => {
      fc.assert(
        fc.property(validIban, (iban) => {
          const printed = formatIban(iban);
          return (
            normaliseIban(printed) === iban &&
            formatIban(printed) === printed &&
            printed.split(' ').every((g, i, all) => g.length === 4 || (i === all.length - 1 && g.length <= 4)) &&
            isValidIban(printed.toLowerCase())
          );
        }),
      );
    });

    it('every generated IBAN is valid, with or without random spaces', () => {
      fc.assert(
        fc.property(validIban, fc.array(fc.nat()), (iban, cuts) => {
          let spaced = iban;
          for (const cut of cuts) {
            const i = cut % spaced.length;
            spaced = `${spaced.slice(0, i)} ${spaced.slice(i)}`;
          }
          return isValidIban(spaced);
        }),
      );
    });
  });
});
