import { centsToDecimal } from './money.js';
import { checkIban, normaliseIban } from './iban.js';

/**
 * The payload of an EPC QR code ("GiroCode"), EPC069-12 "Quick Response Code: Guidelines to
 * Enable Data Capture for the Initiation of a SEPA Credit Transfer", version 002: a banking app
 * scans it and fills in a SEPA credit transfer. Lines, separated by LF, the last one without:
 *
 * | # | field | content |
 * |---|-------|---------|
 * | 1 | Service Tag | `BCD` |
 * | 2 | Version | `002` (`001` requires the BIC) |
 * | 3 | Character set | `1` = UTF-8 |
 * | 4 | Identification | `SCT` |
 * | 5 | BIC | 8 or 11 characters; may be empty in version 002 |
 * | 6 | Name of the beneficiary | at most 70 characters |
 * | 7 | IBAN of the beneficiary | at most 34 characters |
 * | 8 | Amount | `EUR` and 0.01 – 999999999.99, a point before the cents; may be empty |
 * | 9 | Purpose | four letters (ISO 20022 ExternalPurpose1Code, e.g. `GOVT`); may be empty |
 * | 10 | Structured remittance | an ISO 11649 creditor reference (`RF…`), at most 35 characters |
 * | 11 | Unstructured remittance | at most 140 characters; only when line 10 is empty |
 * | 12 | Beneficiary to originator information | at most 70 characters; may be empty |
 *
 * Trailing empty lines are left out; the whole payload is at most 331 bytes. A German authority
 * puts the Kassenzeichen into the unstructured remittance (line 11), which the transfer carries
 * as Verwendungszweck.
 *
 * Encode the payload in the QR code's byte mode as UTF-8, error correction level M, without an
 * ECI segment (EPC069-12 §3.3; several banking apps read no ECI).
 */

/** What goes into an EPC QR code. */
export interface EpcTransfer {
  /** Name of the beneficiary (the authority, as its account is named), ≤ 70 characters. */
  readonly name: string;
  /** The beneficiary's IBAN, spaces allowed; must be a SEPA IBAN. */
  readonly iban: string;
  /** The beneficiary's BIC; optional in version 002, required in 001. */
  readonly bic?: string;
  /** Amount in cents, 1 – 99999999999; leave it out to let the payer enter it. */
  readonly amountCents?: number;
  /** ISO 20022 purpose code, four capital letters (e.g. `GOVT`). */
  readonly purposeCode?: string;
  /** ISO 11649 creditor reference (`RF18 5390 0754 7034`); excludes `remittance`. */
  readonly creditorReference?: string;
  /** Unstructured remittance information (Verwendungszweck, e.g. the Kassenzeichen), ≤ 140 characters. */
  readonly remittance?: string;
  /** A note shown to the payer by the banking app, ≤ 70 characters. */
  readonly information?: string;
  /** `'002'` (default) or `'001'`. */
  readonly version?: '001' | '002';
}

/** What can be wrong with an {@link EpcTransfer}. */
export type EpcProblemCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'iban'
  | 'bicRequired'
  | 'bic'
  | 'amount'
  | 'purposeCode'
  | 'creditorReference'
  | 'remittanceTooLong'
  | 'bothRemittances'
  | 'informationTooLong'
  | 'lineBreak'
  | 'tooLarge';

export interface EpcProblem {
  readonly code: EpcProblemCode;
  /** The field concerned (`'payload'` for the total size). */
  readonly field: keyof EpcTransfer | 'payload';
  /** An English sentence for the console. */
  readonly message: string;
}

/** A transfer that cannot be put into an EPC QR code. */
export class EpcQrError extends Error {
  override readonly name = 'EpcQrError';
  constructor(readonly problems: readonly EpcProblem[]) {
    super(`Invalid EPC QR code data: ${problems.map((p) => p.message).join(' ')}`);
  }
}

/** Largest payload (EPC069-12 §3.3). */
export const EPC_MAX_BYTES = 331;
/** Largest amount in cents: 999,999,999.99 €. */
export const EPC_MAX_CENTS = 99_999_999_999;

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** Characters as EPC069-12 counts them (code points). */
const length = (s: string) => Array.from(s).length;

/** Bytes of a string in UTF-8 (the domain has no `TextEncoder` type). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Whether `reference` is an ISO 11649 creditor reference: `RF`, two check digits, 1–21 letters or digits, mod 97 = 1. */
export function isCreditorReference(reference: string): boolean {
  const r = normaliseIban(reference);
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(r)) return false;
  let rest = 0;
  for (const ch of r.slice(4) + r.slice(0, 4)) {
    const v = parseInt(ch, 36);
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

const text = (value: string | undefined) => (value ?? '').trim();

/** Every problem of a transfer, including the payload size. */
export function checkEpcTransfer(transfer: EpcTransfer): EpcProblem[] {
  const problems: EpcProblem[] = [];
  const add = (code: EpcProblemCode, field: EpcProblem['field'], message: string) =>
    problems.push({ code, field, message });
  const version = transfer.version ?? '002';
  for (const field of ['name', 'bic', 'purposeCode', 'creditorReference', 'remittance', 'information'] as const) {
    if (/[\r\n\u2028\u2029]/.test(transfer[field] ?? '')) {
      add('lineBreak', field, `${field} must not contain a line break: lines separate the fields.`);
    }
  }
  const name = text(transfer.name);
  if (!name) add('nameRequired', 'name', 'name (the beneficiary) is required.');
  else if (length(name) > 70) add('nameTooLong', 'name', `name must be at most 70 characters, got ${length(name)}.`);
  const iban = checkIban(transfer.iban ?? '', { sepaOnly: true });
  if (!iban.valid) add('iban', 'iban', `iban is not a valid SEPA IBAN (${iban.problem}).`);
  const bic = text(transfer.bic).toUpperCase();
  if (!bic && version === '001') add('bicRequired', 'bic', 'bic is required in version 001.');
  else if (bic && !BIC.test(bic)) add('bic', 'bic', `bic must have 8 or 11 letters and digits, got "${bic}".`);
  const cents = transfer.amountCents;
  if (cents !== undefined && (!Number.isSafeInteger(cents) || cents < 1 || cents > EPC_MAX_CENTS)) {
    add(
      'amount',
      'amountCents',
      `amountCents must be a whole number from 1 to ${EPC_MAX_CENTS}, got ${String(cents)}.`,
    );
  }
  const purpose = text(transfer.purposeCode);
  if (purpose && !/^[A-Z]{4}$/.test(purpose)) {
    add('purposeCode', 'purposeCode', `purposeCode must be four capital letters, got "${purpose}".`);
  }
  const reference = text(transfer.creditorReference);
  const remittance = text(transfer.remittance);
  if (reference && remittance) {
    add('bothRemittances', 'remittance', 'Give either creditorReference or remittance, not both.');
  }
  if (reference && !isCreditorReference(reference)) {
    add('creditorReference', 'creditorReference', `creditorReference is not an ISO 11649 reference: "${reference}".`);
  }
  if (length(remittance) > 140) {
    add('remittanceTooLong', 'remittance', `remittance must be at most 140 characters, got ${length(remittance)}.`);
  }
  const information = text(transfer.information);
  if (length(information) > 70) {
    add('informationTooLong', 'information', `information must be at most 70 characters, got ${length(information)}.`);
  }
  if (!problems.length) {
    const bytes = utf8Length(payload(transfer));
    if (bytes > EPC_MAX_BYTES) {
      add('tooLarge', 'payload', `The payload has ${bytes} bytes, at most ${EPC_MAX_BYTES} are allowed.`);
    }
  }
  return problems;
}

function payload(transfer: EpcTransfer): string {
  const cents = transfer.amountCents;
  const lines = [
    'BCD',
    transfer.version ?? '002',
    '1',
    'SCT',
    text(transfer.bic).toUpperCase(),
    text(transfer.name),
    normaliseIban(transfer.iban),
    cents === undefined ? '' : `EUR${centsToDecimal(cents)}`,
    text(transfer.purposeCode),
    normaliseIban(text(transfer.creditorReference)),
    text(transfer.remittance),
    text(transfer.information),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** The EPC QR payload of a transfer; throws an {@link EpcQrError} listing every problem. */
export function epcQrPayload(transfer: EpcTransfer): string {
  const problems = checkEpcTransfer(transfer);
  if (problems.length) throw new EpcQrError(problems);
  return payload(transfer);
}
