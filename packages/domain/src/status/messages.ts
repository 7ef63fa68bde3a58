/**
 * German and English texts of the status vocabulary, keyed `status.<code>.label` (the state's
 * name), `status.<code>.next` (in plain words, what happens next and whether the citizen has to
 * do anything) and `status.<code>.action` (the call to action, for states that need the
 * citizen). GOV.UK style, the citizen addressed as "Sie". `{code}`, `{label}` and `{days}` are
 * placeholders. A portal overrides any text, and names its own codes, through `overrides`.
 */
import { statusDefinition, type StatusCodes } from './codes.js';
import { de } from './messages.de.js';
import { en } from './messages.en.js';

/** One language's status texts. */
export type StatusCatalogue = Readonly<Record<string, string>>;
/** Texts by language (`de`, `en`, …), each a full or partial catalogue. */
export type StatusOverrides = Readonly<Record<string, StatusCatalogue>>;

export { de, en };

/** The status texts in every language Blaupause ships. */
export const statusMessages: Readonly<Record<string, StatusCatalogue>> = { de, en };

/** The catalogue language for a BCP 47 tag: its primary language if shipped or overridden, else German. */
function language(lang: string, overrides: StatusOverrides): string {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return primary in statusMessages || primary in overrides ? primary : 'de';
}

/**
 * One text by key in the language of `lang` (`de`, `de-DE`, `en-GB` …), overrides first, then
 * Blaupause's texts in that language, then German; `{name}` placeholders filled from `params`.
 * `undefined` when no catalogue has the key.
 */
export function statusMessage(
  key: string,
  lang: string,
  params: Readonly<Record<string, string | number>> = {},
  overrides: StatusOverrides = {},
): string | undefined {
  const l = language(lang, overrides);
  const template = overrides[l]?.[key] ?? statusMessages[l]?.[key] ?? overrides.de?.[key] ?? de[key];
  return template?.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** What the citizen reads about one code. */
export interface StatusText {
  readonly label: string;
  /** What happens next, in plain words. */
  readonly next: string;
  /** The call to action's text, for codes that have one. */
  readonly action?: string;
}

/**
 * The label, next-step sentence and call to action of a code. An unknown code (no label in any
 * catalogue) reads "Unbekannter Status (code)" / "Unknown status (code)".
 */
export function statusText(
  code: string,
  lang: string,
  overrides: StatusOverrides = {},
  codes?: StatusCodes,
): StatusText {
  const message = (key: string) => statusMessage(key, lang, { code }, overrides);
  const label = message(`status.${code}.label`);
  if (label === undefined) {
    return { label: message('status.unknown.label')!, next: message('status.unknown.next')! };
  }
  const next = message(`status.${code}.next`) ?? message('status.unknown.next')!;
  const action = statusDefinition(code, codes).action ? message(`status.${code}.action`) : undefined;
  return action === undefined ? { label, next } : { label, next, action };
}
