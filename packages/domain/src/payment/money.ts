/**
 * Fees in integer cents. Kosten are Gebühren and Auslagen (BayKG Art. 1); an Ermäßigung (such as
 * the digital-procedure discount of KG Art. 5(2)) is entered as a positive amount and subtracted;
 * USt is added only where the official act is subject to VAT (Art. 10a; § 2b UStG). Amounts that
 * are not whole, non-negative, safe integers, and items that do not add up to a given total, are
 * developer errors: {@link checkFees} lists them, {@link feeTotal} throws a {@link FeeError}.
 */

/** The kinds of line item, in the order a summary shows them. */
export type FeeKind = 'gebuehr' | 'auslagen' | 'ermaessigung' | 'ust';
export const FEE_KINDS: readonly FeeKind[] = ['gebuehr', 'auslagen', 'ermaessigung', 'ust'];

/** One line of a fee summary. */
export interface FeeItem {
  readonly kind: FeeKind;
  /** Amount in cents, ≥ 0; an Ermäßigung is given positive and subtracted. */
  readonly cents: number;
  /** What the line is for ("Gebühr für die Ausstellung …"); the summary falls back to the kind's name. */
  readonly label?: string;
}

/** What can be wrong with a fee list. */
export type FeeProblemCode =
  'notInteger' | 'negative' | 'unsafe' | 'unknownKind' | 'noItems' | 'negativeTotal' | 'totalMismatch';

/** One developer error in a fee list; `index` is the item's, absent for the whole list. */
export interface FeeProblem {
  readonly code: FeeProblemCode;
  readonly index?: number;
  /** An English sentence for the console. */
  readonly message: string;
}

/** A fee list that cannot be shown or charged. */
export class FeeError extends Error {
  override readonly name = 'FeeError';
  constructor(readonly problems: readonly FeeProblem[]) {
    super(`Invalid fees: ${problems.map((p) => p.message).join(' ')}`);
  }
}

/** Whether `cents` is an amount: a whole number of cents, ≥ 0, exactly representable. */
export function isCents(cents: unknown): cents is number {
  return typeof cents === 'number' && Number.isSafeInteger(cents) && cents >= 0;
}

/** The problems of one amount (`what` names it in the message). */
export function centsProblems(cents: unknown, what: string, index?: number): FeeProblem[] {
  const at = index === undefined ? {} : { index };
  if (typeof cents !== 'number' || !Number.isFinite(cents) || !Number.isInteger(cents)) {
    return [{ code: 'notInteger', ...at, message: `${what} must be a whole number of cents, got ${String(cents)}.` }];
  }
  if (cents < 0) return [{ code: 'negative', ...at, message: `${what} must not be negative, got ${cents}.` }];
  if (!Number.isSafeInteger(cents)) {
    return [{ code: 'unsafe', ...at, message: `${what} is too large to count exactly, got ${cents}.` }];
  }
  return [];
}

const signOf = (kind: FeeKind) => (kind === 'ermaessigung' ? -1 : 1);

/**
 * Every developer error in a fee list: each amount, the sum (an Ermäßigung larger than the rest
 * makes it negative), and, when `total` is given, whether the items add up to it (what
 * XBezahldienste rejects as `CALCULATION_ERROR`).
 */
export function checkFees(items: readonly FeeItem[], total?: number): FeeProblem[] {
  const problems: FeeProblem[] = [];
  if (!Array.isArray(items) || items.length === 0) {
    problems.push({ code: 'noItems', message: 'A fee summary needs at least one item.' });
  }
  let sum = 0;
  const list: readonly (FeeItem | null | undefined)[] = Array.isArray(items) ? items : [];
  list.forEach((item, index) => {
    if (!item || !FEE_KINDS.includes(item.kind)) {
      problems.push({
        code: 'unknownKind',
        index,
        message: `Item ${index}: kind must be one of ${FEE_KINDS.join(', ')}, got ${String(item?.kind)}.`,
      });
      return;
    }
    const found = centsProblems(item.cents, `Item ${index} (${item.kind})`, index);
    problems.push(...found);
    if (!found.length) sum += signOf(item.kind) * item.cents;
  });
  if (total !== undefined) problems.push(...centsProblems(total, 'The total'));
  if (problems.length) return problems;
  if (sum < 0) {
    problems.push({ code: 'negativeTotal', message: `The items add up to ${sum} cents: the Ermäßigung is too large.` });
  } else if (total !== undefined && sum !== total) {
    problems.push({
      code: 'totalMismatch',
      message: `The items add up to ${sum} cents, the given total is ${total} cents.`,
    });
  }
  return problems;
}

/** The total of a fee list in cents; throws a {@link FeeError} for any problem of {@link checkFees}. */
export function feeTotal(items: readonly FeeItem[], total?: number): number {
  const problems = checkFees(items, total);
  if (problems.length) throw new FeeError(problems);
  return items.reduce((sum, item) => sum + signOf(item.kind) * item.cents, 0);
}

/** The USt part of a fee list in cents (0 when the act is not subject to VAT). */
export function vatCents(items: readonly FeeItem[]): number {
  return items.filter((i) => i.kind === 'ust').reduce((sum, i) => sum + i.cents, 0);
}

/** An amount as a decimal string with two places and a point: `12345` → `'123.45'`, `1` → `'0.01'`. */
export function centsToDecimal(cents: number): string {
  const problems = centsProblems(cents, 'The amount');
  if (problems.length) throw new FeeError(problems);
  const s = String(cents).padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in euros for people, by `Intl` in the page's language: `12345` → "123,45 €" in
 * German, "€123.45" in English (the space before € is a no-break space, U+00A0).
 */
export function formatCents(cents: number, locale: string): string {
  const problems = centsProblems(cents, 'The amount');
  if (problems.length) throw new FeeError(problems);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formats.set(locale, format);
  }
  // As a decimal string (Intl.NumberFormat v3 reads it exactly): cents / 100 as a double is off
  // by more than half a cent for amounts in the trillions.
  return format.format(centsToDecimal(cents) as `${number}`);
}
