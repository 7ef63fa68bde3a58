import { normaliseText } from './text.js';

/**
 * A house number split the way XInneres stores it.
 *
 * - `nummer`: the leading digits (XInneres `hausnummer`: "digits only").
 * - `zusatz`: what follows the number, with its separator where it has one: `a` (12a, 12 a),
 *   `A` (124 A), `.5` (109.5), `/1` (116/1), `1/7` (16 1/7, XInneres `teilnummerDerHausnummer`),
 *   or any other text after the number ("12 Hinterhaus"). Empty when there is none.
 * - `bis`: the end of a range (`12-14` → `14`, `12a-c` → `c`, `3-5b` → `5b`); empty when none
 *   (XInneres `hausnummer.bis`, only in `Gebaeudeanschrift`).
 * - `raw`: the input as typed, normalised (NFC, single spaces).
 */
export interface HausnummerParts {
  readonly nummer: string;
  readonly zusatz: string;
  readonly bis: string;
  readonly raw: string;
}

const DASHES = /\s*[-‐‑‒–—]\s*/g;
// Optional "Nr." / "Nr" / "No." in front: "Nr. 12" is 12.
const PREFIX = /^n[ro]\.?\s*(?=\d)/i;
// Leading number, then everything else.
const LEADING = /^(\d+)(.*)$/su;
// A range end: "14", "14a", "14 a", or a letter ("12a-c").
const RANGE_END = /^(?:\d+\s?\p{L}?|\p{L})$/u;
// A letter suffix: one letter (12a, 12 a, 124 A), possibly two (12aa is rare but real).
const LETTER = /^\p{L}{1,2}$/u;
// Zusatzziffer with separator: ".5", "/1", ". 44", "/ 1a".
const SEPARATED = /^([./])\s?(\d+\p{L}?)$/u;
// Teilnummer: "1/7" after a space.
const FRACTION = /^(\d+)\s?\/\s?(\d+)$/;

/**
 * Parses a house number. Returns `null` when the input has no digit or does not start with one
 * (after an optional "Nr."). Never throws, whatever the input.
 */
export function parseHausnummer(input: string): HausnummerParts | null {
  const raw = normaliseText(input);
  if (!/\d/.test(raw)) return null;
  const text = raw.replace(PREFIX, '').replace(DASHES, '-');
  const match = LEADING.exec(text);
  if (!match) return null;
  const nummer = match[1];
  const rest = match[2].trim();
  if (rest === '') return { nummer, zusatz: '', bis: '', raw };

  // A range: "12-14", "12a-12c", "12a-c", "3-5b". The start may carry a letter.
  const range = /^(\p{L}?)-(.+)$/u.exec(rest);
  if (range && RANGE_END.test(range[2])) {
    return { nummer, zusatz: range[1], bis: range[2].replace(/\s/g, ''), raw };
  }
  if (LETTER.test(rest)) return { nummer, zusatz: rest, bis: '', raw };
  const separated = SEPARATED.exec(rest);
  if (separated) return { nummer, zusatz: `${separated[1]}${separated[2]}`, bis: '', raw };
  const fraction = FRACTION.exec(rest);
  if (fraction) {
    // "16 1/7": the digits after the number always follow a space (the number is greedy).
    return { nummer, zusatz: `${fraction[1]}/${fraction[2]}`, bis: '', raw };
  }
  return { nummer, zusatz: rest, bis: '', raw };
}

/**
 * Writes parts back in the canonical form: `12a`, `12-14`, `12a-c`, `109.5`, `116/1`, `16 1/7`,
 * `12 Hinterhaus`. `parseHausnummer(formatHausnummer(p))` gives the same parts back.
 */
export function formatHausnummer(parts: Pick<HausnummerParts, 'nummer' | 'zusatz' | 'bis'>): string {
  const { nummer, zusatz, bis } = parts;
  if (bis) return `${nummer}${zusatz}-${bis}`;
  if (!zusatz) return nummer;
  // A letter or a separated Zusatzziffer joins the number; anything else takes a space.
  const joins = LETTER.test(zusatz) || SEPARATED.test(zusatz);
  return joins ? `${nummer}${zusatz}` : `${nummer} ${zusatz}`;
}
