import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EPC_MAX_BYTES,
  EpcQrError,
  checkEpcTransfer,
  epcQrPayload,
  isCreditorReference,
  utf8Length,
  type EpcTransfer,
} from './epc-qr.js';

const base: EpcTransfer = {
  name: 'Stadt Augsburg Stadtkasse',
  iban: 'DE89 3704 0044 0532 0130 00',
  amountCents: 12345,
  remittance: 'Kassenzeichen 6.0123.456789.1',
};

const codes = (t: EpcTransfer) => checkEpcTransfer(t).map((p) => p.code);

describe('@blaupause/domain payment: EPC QR (GiroCode) payload', () => {
  it('builds the example of EPC069-12 (version 001, with BIC, purpose and remittance)', () => {
    // EPC069-12 §4 example: the Belgian Red Cross. The guideline writes the amount "EUR1";
    // two decimals ("EUR1.00") are the same amount in the same format.
    const payload = epcQrPayload({
      version: '001',
      bic: 'BPOTBEB1',
      name: 'Red Cross of Belgium',
      iban: 'BE72000000001616',
      amountCents: 100,
      purposeCode: 'CHAR',
      remittance: 'Urgency fund',
      information: 'Sample EPC QR code',
    });
    expect(payload).to.equal(
      'BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1.00\nCHAR\n\nUrgency fund\nSample EPC QR code',
    );
  });

  it('builds a version 002 payload without BIC, trailing empty lines left out', () => {
    expect(epcQrPayload(base)).to.equal(
      'BCD\n002\n1\nSCT\n\nStadt Augsburg Stadtkasse\nDE89370400440532013000\nEUR123.45\n\n\nKassenzeichen 6.0123.456789.1',
    );
    expect(epcQrPayload({ name: 'Stadtkasse', iban: 'DE89370400440532013000' })).to.equal(
      'BCD\n002\n1\nSCT\n\nStadtkasse\nDE89370400440532013000',
    );
  });

  it('puts a creditor reference into line 10, and takes amounts of 1 cent and 999999999.99 €', () => {
    const lines = epcQrPayload({ ...base, remittance: undefined, creditorReference: 'rf18 5390 0754 7034' }).split(
      '\n',
    );
    expect(lines[9]).to.equal('RF18539007547034');
    expect(lines).to.have.length(10);
    expect(epcQrPayload({ ...base, amountCents: 1 }).split('\n')[7]).to.equal('EUR0.01');
    expect(epcQrPayload({ ...base, amountCents: 99999999999 }).split('\n')[7]).to.equal('EUR999999999.99');
    expect(epcQrPayload({ ...base, amountCents: 99999999 }).split('\n')[7]).to.equal('EUR999999.99');
  });

  it('checks ISO 11649 creditor references', () => {
    expect(isCreditorReference('RF18 5390 0754 7034')).to.equal(true);
    expect(isCreditorReference('RF18 5390 0754 7035')).to.equal(false);
    expect(isCreditorReference('RF18')).to.equal(false);
  });

  const bad: [string, Partial<EpcTransfer>, string[]][] = [
    ['no name', { name: ' ' }, ['nameRequired']],
    ['a name of 71 characters', { name: 'A'.repeat(71) }, ['nameTooLong']],
    ['an invalid IBAN', { iban: 'DE89370400440532013001' }, ['iban']],
    ['an IBAN outside SEPA', { iban: 'LC55 HEMM 0001 0001 0012 0012 0002 3015' }, ['iban']],
    ['version 001 without BIC', { version: '001' }, ['bicRequired']],
    ['a BIC of 9 characters', { bic: 'BPOTBEB1X' }, ['bic']],
    ['0 cents', { amountCents: 0 }, ['amount']],
    ['a non-integer amount', { amountCents: 12.5 }, ['amount']],
    ['a negative amount', { amountCents: -1 }, ['amount']],
    ['more than 999999999.99 €', { amountCents: 100000000000 }, ['amount']],
    ['a purpose code of 3 letters', { purposeCode: 'GOV' }, ['purposeCode']],
    ['both remittances', { creditorReference: 'RF18539007547034' }, ['bothRemittances']],
    [
      'a wrong creditor reference',
      { remittance: undefined, creditorReference: 'RF00539007547034' },
      ['creditorReference'],
    ],
    ['a remittance of 141 characters', { remittance: 'x'.repeat(141) }, ['remittanceTooLong']],
    ['information of 71 characters', { information: 'x'.repeat(71) }, ['informationTooLong']],
    ['a line break in the name', { name: 'Stadt\nAugsburg' }, ['lineBreak']],
    ['a line break in the remittance', { remittance: 'KZ 1\r\nKZ 2' }, ['lineBreak']],
  ];
  for (const [what, change, expected] of bad) {
    it(`refuses ${what}`, () => {
      const transfer: EpcTransfer = { ...base, ...change };
      expect(codes(transfer)).to.deep.equal(expected);
      expect(() => epcQrPayload(transfer)).to.throw(EpcQrError);
    });
  }

  it('counts characters, not bytes, for the field limits, and bytes for the total of 331', () => {
    expect(codes({ ...base, name: 'Ä'.repeat(70) })).to.deep.equal([]);
    // 70 + 140 + 70 characters of two bytes each go over 331 bytes in total.
    const big: EpcTransfer = {
      ...base,
      name: 'Ä'.repeat(70),
      remittance: 'Ö'.repeat(140),
      information: 'Ü'.repeat(70),
    };
    expect(codes(big)).to.deep.equal(['tooLarge']);
    expect(utf8Length('aÄ€😀')).to.equal(1 + 2 + 3 + 4);
  });

  it('property: every payload of valid fields is at most 331 bytes or refused, and has 7–12 lines', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'abcXYZ 0189-.,/äöüß€'.split('')), maxLength: 160 });
    fc.assert(
      fc.property(
        printable,
        printable,
        printable,
        fc.integer({ min: 1, max: 99999999999 }),
        (name, remittance, information, amountCents) => {
          const transfer: EpcTransfer = {
            ...base,
            amountCents,
            name: name.slice(0, 70).trim() || 'X',
            remittance: remittance.slice(0, 140),
            information: information.slice(0, 70),
          };
          const problems = checkEpcTransfer(transfer);
          if (problems.length) return problems.every((p) => p.code === 'tooLarge');
          const payload = epcQrPayload(transfer);
          const lines = payload.split('\n').length;
          return (
            utf8Length(payload) <= EPC_MAX_BYTES &&
            lines >= 7 &&
            lines <= 12 &&
            !payload.endsWith('\n') &&
            payload.split('\n')[7] ===
              `EUR${Math.floor(amountCents / 100)}.${String(amountCents % 100).padStart(2, '0')}`
          );
        },
      ),
    );
  });
});
