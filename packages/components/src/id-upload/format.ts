/**
 * The few rules of `@blaupause/domain/upload` the control needs before the first file: the hint
 * ("JPG, PNG, HEIC oder PDF, je Datei höchstens 10 MB"), the form field names and the file-id
 * check of `value`. They are repeated here because importing any of them from the domain package's
 * one `./upload` entry would load all its checks with the page (about 9 KB gzip). A test holds
 * each to the domain's function (id-upload.test.ts, "the hint and the field names follow the
 * rules of the domain"); with a subpath export such as `@blaupause/domain/upload/format` this file goes.
 */
import type { AcceptedKind } from '@blaupause/domain/upload';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** The keys of formatted results: `n|de|10485760`, `l|de|jpeg,png,heic,heif,pdf`. */
function sizeKey(bytes: number, locale: string): string {
  return `n|${locale}|${bytes}`;
}
function kindsKey(kinds: readonly AcceptedKind[], locale: string): string {
  return `l|${locale}|${kinds.join()}`;
}

/**
 * The default hint's parts in German and English (all kinds, 10 MB), as `Intl` formats them: a page
 * whose uploads keep the defaults makes no `Intl` formatter for its first render. Making the first
 * `Intl.NumberFormat` and `Intl.ListFormat` of a page costs about 13 ms in Chromium (ICU loads its
 * data for each), more than rendering 100 controls. A test holds every entry equal to what `Intl`
 * gives in each engine (id-upload.test.ts, "the preset hint texts are Intl's own").
 */
export const PRESET_TEXTS: readonly (readonly [key: string, text: string])[] = [
  [kindsKey(['jpeg', 'png', 'heic', 'heif', 'pdf'], 'de'), 'JPG, PNG, HEIC oder PDF'],
  [kindsKey(['jpeg', 'png', 'heic', 'heif', 'pdf'], 'en'), 'JPG, PNG, HEIC, or PDF'],
  [sizeKey(10 * 1024 * 1024, 'de'), '10 MB'],
  [sizeKey(10 * 1024 * 1024, 'en'), '10 MB'],
];

/**
 * Results by locale and input, worked out once: a page of 200 controls would otherwise format the
 * same hint 200 times (`Intl` formatting is slow to call per render).
 */
const formatted = new Map<string, string>(PRESET_TEXTS);
function cached(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = make()));
  return text;
}

/** Forgets every result worked out, and the presets too unless `presets`, so a test sees what `Intl` gives. @internal */
export function resetFormatted(presets: boolean): void {
  formatted.clear();
  if (presets) for (const [key, text] of PRESET_TEXTS) formatted.set(key, text);
}

/** As the domain's `formatFileSize`: `10485760` → "10 MB"; `1572864` → de "1,5 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  return cached(sizeKey(bytes, locale), () => {
    let value = Math.max(0, bytes);
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: unit === 0 ? 'long' : 'short',
      maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
    }).format(value);
  });
}

/** The kinds in the domain's order (`ACCEPTED_KINDS`) and as users know them (`KIND_LABEL`). */
const LABELS: readonly [AcceptedKind, string][] = [
  ['jpeg', 'JPG'],
  ['png', 'PNG'],
  ['heic', 'HEIC'],
  ['heif', 'HEIC'],
  ['pdf', 'PDF'],
];

/** As the domain's `formatKinds(kindsParam(kinds))`: de "JPG, PNG, HEIC oder PDF". */
export function formatKinds(kinds: readonly AcceptedKind[], locale: string): string {
  return cached(kindsKey(kinds, locale), () =>
    new Intl.ListFormat(locale, { type: 'disjunction' }).format([
      ...new Set(LABELS.filter(([k]) => kinds.includes(k)).map(([, label]) => label)),
    ]),
  );
}

/** As the domain's `formFieldName`: `ausweis` + `vorderseite` → `ausweis[vorderseite]`. */
export const formFieldName = (name: string, slot: string): string => `${name}[${slot}]`;

/** As the domain's `isFileId`: letters, digits, `. _ ~ : -`, at most 200, starting with a letter or digit. */
export const isFileId = (id: unknown): id is string =>
  typeof id === 'string' && id.length <= 200 && /^[A-Za-z0-9][A-Za-z0-9._~:-]*$/.test(id);
