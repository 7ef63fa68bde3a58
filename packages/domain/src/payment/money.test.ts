import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeeError, centsToDecimal, checkFees, feeTotal, formatCents, vatCents, type FeeItem } from './money.js';

const NBSP = '\u00A0';

describe('@blaupause/domain payment: fees in cents', () => {
  const formats: [number, string, string][] = [
    [12345, `123,45${NBSP}€`, '€123.45'],
    [0, `0,00${NBSP}€`, '€0.00'],
    [1, `0,01${NBSP}€`, '€0.01'],
    [100, `1,00${NBSP}€`, '€1.00'],
    [99999999, `999.999,99${NBSP}€`, '€999,999.99'],
  ];
  for (const [cents, de, en] of formats) {
    it(`formats ${cents} cents as "${de}" and "${en}"`, () => {
      expect(formatCents(cents, 'de-DE')).to.equal(de);
      expect(formatCents(cents, 'de')).to.equal(de);
      expect(formatCents(cents, 'en')).to.equal(en);
    });
  }

  it('formats amounts beyond 2^53 / 100 to the exact cent', () => {
    expect(formatCents(9007199254740991, 'en')).to.equal('€90,071,992,547,409.91');
    expect(centsToDecimal(9007199254740991)).to.equal('90071992547409.91');
  });

  it('writes decimal euros for interfaces', () => {
    expect([0, 1, 10, 99, 100, 12345, 99999999].map(centsToDecimal)).to.deep.equal([
      '0.00',
      '0.01',
      '0.10',
      '0.99',
      '1.00',
      '123.45',
      '999999.99',
    ]);
  });

  it('refuses to format what is not an amount in cents', () => {
    for (const bad of [1.5, -1, NaN, Infinity, 2 ** 53]) {
      expect(() => formatCents(bad, 'de'), String(bad)).to.throw(FeeError);
      expect(() => centsToDecimal(bad), String(bad)).to.throw(FeeError);
    }
  });

  const items: FeeItem[] = [
    { kind: 'gebuehr', cents: 5000, label: 'Ausstellung' },
    { kind: 'auslagen', cents: 350 },
    { kind: 'ermaessigung', cents: 500, label: 'Digitale Antragstellung' },
    { kind: 'ust', cents: 0 },
  ];

  it('adds Gebühr and Auslagen, subtracts the Ermäßigung, adds USt', () => {
    expect(feeTotal(items)).to.equal(4850);
    expect(feeTotal(items, 4850)).to.equal(4850);
    expect(
      feeTotal([
        { kind: 'gebuehr', cents: 10000 },
        { kind: 'ust', cents: 1900 },
      ]),
    ).to.equal(11900);
    expect(
      vatCents([
        { kind: 'gebuehr', cents: 10000 },
        { kind: 'ust', cents: 1900 },
      ]),
    ).to.equal(1900);
    expect(checkFees(items, 4850)).to.deep.equal([]);
  });

  it('takes the edge amounts 0, 1 cent and 999.999,99 €', () => {
    expect(feeTotal([{ kind: 'gebuehr', cents: 0 }], 0)).to.equal(0);
    expect(feeTotal([{ kind: 'gebuehr', cents: 1 }], 1)).to.equal(1);
    expect(feeTotal([{ kind: 'gebuehr', cents: 99999999 }], 99999999)).to.equal(99999999);
  });

  const bad: [string, FeeItem[], number | undefined, string[]][] = [
    ['a non-integer', [{ kind: 'gebuehr', cents: 12.5 }], undefined, ['notInteger']],
    ['euros given as a string', [{ kind: 'gebuehr', cents: '12.50' as unknown as number }], undefined, ['notInteger']],
    ['a negative amount', [{ kind: 'gebuehr', cents: -100 }], undefined, ['negative']],
    [
      'a negative Ermäßigung',
      [
        { kind: 'gebuehr', cents: 100 },
        { kind: 'ermaessigung', cents: -10 },
      ],
      undefined,
      ['negative'],
    ],
    ['NaN', [{ kind: 'auslagen', cents: NaN }], undefined, ['notInteger']],
    ['an unsafe integer', [{ kind: 'gebuehr', cents: 2 ** 53 }], undefined, ['unsafe']],
    ['an unknown kind', [{ kind: 'mwst' as FeeItem['kind'], cents: 100 }], undefined, ['unknownKind']],
    ['no items', [], undefined, ['noItems']],
    ['items not adding up to the total', items, 5000, ['totalMismatch']],
    ['a non-integer total', items, 48.5, ['notInteger']],
    [
      'an Ermäßigung above the fees',
      [
        { kind: 'gebuehr', cents: 100 },
        { kind: 'ermaessigung', cents: 200 },
      ],
      undefined,
      ['negativeTotal'],
    ],
    [
      'two bad items',
      [
        { kind: 'gebuehr', cents: -1 },
        { kind: 'auslagen', cents: 0.1 },
      ],
      undefined,
      ['negative', 'notInteger'],
    ],
  ];
  for (const [what, list, total, codes] of bad) {
    it(`reports ${what} as a developer error`, () => {
      const problems = checkFees(list, total);
      expect(problems.map((p) => p.code)).to.deep.equal(codes);
      for (const p of problems) expect(p.message).to.be.a('string').and.not.be.empty;
      expect(() => feeTotal(list, total)).to.throw(FeeError, /^Invalid fees: /);
    });
  }

  it('names the item of a bad amount', () => {
    const [problem] = checkFees([
      { kind: 'gebuehr', cents: 100 },
      { kind: 'auslagen', cents: -5 },
    ]);
    expect(problem).to.deep.equal({
      code: 'negative',
      index: 1,
      message: 'Item 1 (auslagen) must not be negative, got -5.',
    });
  });

  it('property: the total of valid items is their signed sum, and it checks against itself', () => {
    const item = fc.record({
      kind: fc.constantFrom<FeeItem['kind']>('gebuehr', 'auslagen', 'ust'),
      cents: fc.integer({ min: 0, max: 99999999 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 10 }), fc.nat(), (list, d) => {
        const sum = list.reduce((s, i) => s + i.cents, 0);
        const discount = sum === 0 ? 0 : d % (sum + 1);
        const all: FeeItem[] = [...list, { kind: 'ermaessigung', cents: discount }];
        return feeTotal(all) === sum - discount && checkFees(all, sum - discount).length === 0;
      }),
    );
  });

  it('property: the German form has exactly the digits of the cents, a comma before the last two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        const text = formatCents(cents, 'de');
        return (
          text.replace(/\D/g, '') === String(cents).padStart(3, '0') && /^\d{1,3}(?:\.\d{3})*,\d{2}\u00A0€$/.test(text)
        );
      }),
    );
  });
});
