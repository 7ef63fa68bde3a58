/**
 * The Blaupause validation model, free of the DOM so a portal's server runs the same checks.
 *
 * A validator has a `name` (also the key of its message in the localize catalogue), a `type`
 * (`error` blocks submission; `warning` and `info` are shown but never block), optional
 * `params` (interpolated into the message) and a pure `test`. Modelled on Lion's `Validator`
 * and Web Awesome's validators.
 */

/** How serious a failed check is. Only `error` blocks submission. */
export type ValidatorType = 'error' | 'warning' | 'info';

/** Parameters a message may interpolate, e.g. `{ max: 55 }` for "höchstens {max} Zeichen". */
export type ValidatorParams = Readonly<Record<string, string | number>>;

/**
 * The `ValidityState` flag an error maps to, so `el.validity.tooLong` etc. tell the truth.
 * Mirrors the DOM's `ValidityStateFlags` keys without depending on the DOM library.
 */
export type ValidityFlag =
  | 'valueMissing'
  | 'typeMismatch'
  | 'patternMismatch'
  | 'tooLong'
  | 'tooShort'
  | 'rangeUnderflow'
  | 'rangeOverflow'
  | 'stepMismatch'
  | 'badInput'
  | 'customError';

export interface Validator<V = string> {
  /** Stable name; the message key is `validation.<name>` unless `message` is given. */
  readonly name: string;
  readonly type: ValidatorType;
  readonly params?: ValidatorParams;
  /** Which `ValidityState` flag a failure sets (errors only). Default `customError`. */
  readonly flag?: ValidityFlag;
  /** A message that replaces the catalogue's, already in the page's language. */
  readonly message?: string;
  /** Returns true when the value passes. Empty values pass every validator but `required`. */
  test(value: V): boolean;
}

/** What a failed validator reports. */
export interface ValidationFinding {
  readonly name: string;
  readonly type: ValidatorType;
  readonly params: ValidatorParams;
  readonly flag: ValidityFlag;
  readonly message?: string;
}

const isEmpty = (value: string): boolean => value.trim() === '';

let segmenter: Intl.Segmenter | null | undefined;

/**
 * One grapheme segmenter for the whole library (creating one costs far more than using it), or
 * null where `Intl.Segmenter` does not exist.
 */
export function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

/** Counts user-perceived characters (grapheme clusters where `Intl.Segmenter` exists). */
export function characterCount(value: string): number {
  // Text without surrogates, combining marks or joiners has one grapheme per code unit.
  if (!/[^\u0020-\u02ff]/.test(value)) return value.length;
  const s = graphemeSegmenter();
  return s ? Array.from(s.segment(value)).length : Array.from(value).length;
}

/** Words as GOV.UK's character count counts them: runs of non-space characters. */
export function wordCount(value: string): number {
  return value.match(/\S+/gu)?.length ?? 0;
}

/** At most `max` words (GOV.UK `maxwords`); sets `tooLong`, message `validation.maxWords`. */
export function maxWords(max: number, options: { message?: string } = {}): Validator {
  assertCount('maxWords', max);
  return {
    name: 'maxWords',
    type: 'error',
    flag: 'tooLong',
    params: { max },
    ...options,
    test: (v) => wordCount(v) <= max,
  };
}

export function required(options: { message?: string } = {}): Validator {
  return { name: 'required', type: 'error', flag: 'valueMissing', ...options, test: (v) => !isEmpty(v) };
}

export function minLength(min: number, options: { message?: string } = {}): Validator {
  assertCount('minLength', min);
  return {
    name: 'minLength',
    type: 'error',
    flag: 'tooShort',
    params: { min },
    ...options,
    test: (v) => isEmpty(v) || characterCount(v) >= min,
  };
}

export function maxLength(max: number, options: { message?: string } = {}): Validator {
  assertCount('maxLength', max);
  return {
    name: 'maxLength',
    type: 'error',
    flag: 'tooLong',
    params: { max },
    ...options,
    test: (v) => characterCount(v) <= max,
  };
}

/**
 * The whole value must match `source` (like the HTML `pattern` attribute: anchored, `v` flag).
 * An invalid pattern throws at creation, so a developer learns of it at once.
 */
export function pattern(source: string, options: { message?: string } = {}): Validator {
  const re = new RegExp(`^(?:${source})$`, 'v');
  return {
    name: 'pattern',
    type: 'error',
    flag: 'patternMismatch',
    params: { pattern: source },
    ...options,
    test: (v) => isEmpty(v) || re.test(v),
  };
}

// The HTML living standard's "valid e-mail address" production (what <input type=email> checks).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function email(options: { message?: string } = {}): Validator {
  return {
    name: 'email',
    type: 'error',
    flag: 'typeMismatch',
    ...options,
    test: (v) => isEmpty(v) || EMAIL.test(v.trim()),
  };
}

/** A telephone number as people write it: digits, spaces, `+ ( ) / -`, at least 3 digits. */
export function tel(options: { message?: string } = {}): Validator {
  return {
    name: 'tel',
    type: 'error',
    flag: 'typeMismatch',
    ...options,
    test: (v) => isEmpty(v) || (/^\+?[\d\s()/-]+$/.test(v.trim()) && (v.match(/\d/g)?.length ?? 0) >= 3),
  };
}

/** The WHATWG URL parser, global in browsers and Node; typed here so the domain needs no DOM library. */
const WhatwgURL = (globalThis as unknown as { URL: new (input: string) => { protocol: string; hostname: string } }).URL;

/** An absolute http(s) web address. */
export function url(options: { message?: string } = {}): Validator {
  return {
    name: 'url',
    type: 'error',
    flag: 'typeMismatch',
    ...options,
    test: (v) => {
      if (isEmpty(v)) return true;
      try {
        const parsed = new WhatwgURL(v.trim());
        return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
      } catch {
        return false;
      }
    },
  };
}

/** Digits only (spaces around are ignored): Kassenzeichen, PLZ, numbers without sign or decimals. */
export function numeric(options: { message?: string } = {}): Validator {
  return {
    name: 'numeric',
    type: 'error',
    flag: 'typeMismatch',
    ...options,
    test: (v) => isEmpty(v) || /^\d+$/.test(v.trim()),
  };
}

/** Runs validators in order and returns every finding (errors first, then warnings, then infos). */
export function validate<V>(value: V, validators: readonly Validator<V>[]): ValidationFinding[] {
  const order: Record<ValidatorType, number> = { error: 0, warning: 1, info: 2 };
  return validators
    .filter((v) => !v.test(value))
    .map((v) => ({
      name: v.name,
      type: v.type,
      params: v.params ?? {},
      flag: v.flag ?? 'customError',
      ...(v.message !== undefined ? { message: v.message } : {}),
    }))
    .sort((a, b) => order[a.type] - order[b.type]);
}

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${name}: expected a whole number ≥ 0, got ${String(n)}`);
  }
}
