/** One suggestion of a `bp-combobox`. */
export interface ComboboxOption {
  /** What the form submits when the user chooses this option. */
  value: string;
  /** What the option shows and what the field then contains. */
  label: string;
  /** A second line, e.g. the postcode of a street; read as the option's description. */
  description?: string;
}

/**
 * An asynchronous source of suggestions for the text `query`. It must give up when `signal`
 * aborts (pass it to `fetch`); a rejected promise shows the error state.
 */
export type ComboboxSource = (query: string, init: { signal: AbortSignal }) => Promise<readonly ComboboxOption[]>;

const MARKS = /\p{M}/gu;
const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Two foldings of a text for prefix matching, so that German spellings without umlauts find
 * their place names: case-insensitive, without accents ("München" → "munchen"), ß as "ss", and
 * a second form with umlauts spelled out ("München" → "muenchen").
 */
function fold(text: string, locale: string): [string, string] {
  const lower = text.trim().normalize('NFC').toLocaleLowerCase(locale).replace(/ß/g, 'ss');
  const plain = lower.normalize('NFD').replace(MARKS, '');
  const spelled = lower
    .replace(/[äöü]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFD')
    .replace(MARKS, '');
  return [plain, spelled];
}

/** Whether `label` starts with `query`, ignoring case and accents, with ä = a = ae (see `fold`). */
export function startsWith(label: string, query: string, locale: string): boolean {
  const [labelPlain, labelSpelled] = fold(label, locale);
  const [queryPlain, querySpelled] = fold(query, locale);
  return labelPlain.startsWith(queryPlain) || labelSpelled.startsWith(querySpelled);
}

/** Whether two texts are the same apart from case and surrounding spaces. */
export function sameText(a: string, b: string, locale: string): boolean {
  const norm = (s: string) => s.trim().normalize('NFC').toLocaleLowerCase(locale);
  return norm(a) === norm(b);
}

/**
 * The options to show for `text`, as APG's list-autocomplete example filters them: those whose
 * label starts with the text; all of them when the text is empty or is exactly one option's label
 * (so that after choosing, Down shows the whole list again). Text that is the label of several
 * options (two places called "Neustadt") narrows to them, so the user picks one.
 */
export function filterOptions(
  options: readonly ComboboxOption[],
  text: string,
  locale: string,
): readonly ComboboxOption[] {
  if (text.trim() === '' || uniqueLabelMatch(options, text, locale)) return options;
  return options.filter((o) => startsWith(o.label, text, locale));
}

/**
 * The one option whose label is `text` (apart from case and surrounding spaces), or null when none
 * or several are: typing a label that several options share chooses none of them, so a form never
 * submits the first "Neustadt" when the user meant another.
 */
export function uniqueLabelMatch(
  options: readonly ComboboxOption[],
  text: string,
  locale: string,
): ComboboxOption | null {
  const matches = options.filter((o) => sameText(o.label, text, locale));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
