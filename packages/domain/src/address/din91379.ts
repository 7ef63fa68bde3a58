/**
 * DIN 91379 (String.Latin+ 1.3): which characters a German authority's systems must accept, and
 * the check that finds the ones they will not.
 *
 * The character groups follow DIN 91379:2022-08 as published, with code points, in
 * "DIN-91379-Characters-and-Sequences" (String-Latin on GitHub, CC BY 4.0): normative Latin
 * letters (500 characters and 149 sequences of a base letter with combining marks), non-letters
 * N1–N4. The extended groups (Greek, Cyrillic, E1) are not accepted: XÖV address fields are
 * String.Latin+, and Cyrillic or Arabic input fails further down the chain.
 *
 * Data types (our reading of DIN 91379, see docs/address-data.md):
 * - `A` names of natural persons: letters + N1 (space ' , - . ` ~ ¨ ´ · ʹ ʺ ʾ ʿ ˈ ˌ ’ ‡)
 * - `B` names of legal persons, places and streets: A + N2 (digits, ASCII punctuation, § € …)
 * - `C` other text: B + N3 (¤ ¦ ¸ ¼ ½ ¾) + N4 (tab, line feed, carriage return, no-break space)
 *
 * Addresses use `B`.
 */

import { graphemeSegmenter } from '../validation.js';

/** Which DIN 91379 data type a field holds. */
export type Din91379DataType = 'A' | 'B' | 'C';

// Normative Latin letters (group bll), single code points, as inclusive ranges.
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0041, 0x005a],
  [0x0061, 0x007a],
  [0x00c0, 0x00d6],
  [0x00d8, 0x00f6],
  [0x00f8, 0x017e],
  [0x0187, 0x0188],
  [0x018f, 0x018f],
  [0x0197, 0x0197],
  [0x01a0, 0x01a1],
  [0x01af, 0x01b0],
  [0x01b7, 0x01b7],
  [0x01cd, 0x01dc],
  [0x01de, 0x01df],
  [0x01e2, 0x01f0],
  [0x01f4, 0x01f5],
  [0x01f8, 0x01ff],
  [0x0212, 0x0213],
  [0x0218, 0x021b],
  [0x021e, 0x021f],
  [0x0227, 0x0233],
  [0x0259, 0x0259],
  [0x0268, 0x0268],
  [0x0292, 0x0292],
  [0x1e02, 0x1e03],
  [0x1e06, 0x1e07],
  [0x1e0a, 0x1e11],
  [0x1e17, 0x1e17],
  [0x1e1c, 0x1e2b],
  [0x1e2f, 0x1e37],
  [0x1e3a, 0x1e3b],
  [0x1e40, 0x1e49],
  [0x1e52, 0x1e5b],
  [0x1e5e, 0x1e63],
  [0x1e6a, 0x1e6f],
  [0x1e80, 0x1e87],
  [0x1e8c, 0x1e97],
  [0x1e9e, 0x1e9e],
  [0x1ea0, 0x1ef9],
];

// Normative sequences (group bll): a base letter followed by one or two combining marks, or
// K/k + COMBINING DOUBLE MACRON BELOW + H/h. Space-separated.
const SEQUENCES =
  'A\u030B C\u0300 C\u0304 C\u0306 C\u0308 C\u0315 C\u0323 C\u0326 C\u0328\u0306 D\u0302 F\u0300 F\u0304 G\u0300 H\u0304 H\u0326 H\u0331 J\u0301 J\u030C K\u0300 K\u0302 K\u0304 K\u0307 K\u0315 K\u031B K\u0326 K\u035FH K\u035Fh L\u0302 L\u0325 L\u0325\u0304 L\u0326 M\u0300 M\u0302 M\u0306 M\u0310 N\u0302 N\u0304 N\u0306 N\u0326 P\u0300 P\u0304 P\u0315 P\u0323 R\u0306 R\u0325 R\u0325\u0304 S\u0300 S\u0304 S\u031B\u0304 S\u0331 T\u0300 T\u0304 T\u0308 T\u0315 T\u031B U\u0307 Z\u0300 Z\u0304 Z\u0306 Z\u0308 Z\u0327 a\u030B c\u0300 c\u0304 c\u0306 c\u0308 c\u0315 c\u0323 c\u0326 c\u0328\u0306 d\u0302 f\u0300 f\u0304 g\u0300 h\u0304 h\u0326 j\u0301 k\u0300 k\u0302 k\u0304 k\u0307 k\u0315 k\u031B k\u0326 k\u035Fh l\u0302 l\u0325 l\u0325\u0304 l\u0326 m\u0300 m\u0302 m\u0306 m\u0310 n\u0302 n\u0304 n\u0306 n\u0326 p\u0300 p\u0304 p\u0315 p\u0323 r\u0306 r\u0325 r\u0325\u0304 s\u0300 s\u0304 s\u031B\u0304 s\u0331 t\u0300 t\u0304 t\u0315 t\u031B u\u0307 z\u0300 z\u0304 z\u0306 z\u0308 z\u0327 \u00C7\u0306 \u00DB\u0304 \u00E7\u0306 \u00FB\u0304 \u00FF\u0301 \u010C\u0315 \u010C\u0323 \u010D\u0315 \u010D\u0323 \u0113\u030D \u012A\u0301 \u012B\u0301 \u014D\u030D \u017D\u0326 \u017D\u0327 \u017E\u0326 \u017E\u0327 \u1E32\u0304 \u1E33\u0304 \u1E62\u0304 \u1E63\u0304 \u1E6C\u0304 \u1E6D\u0304 \u1EA0\u0308 \u1EA1\u0308 \u1ECC\u0308 \u1ECD\u0308 \u1EE4\u0304 \u1EE4\u0308 \u1EE5\u0304 \u1EE5\u0308';

const N1 = " '-,.`~\u00A8\u00B4\u00B7\u02B9\u02BA\u02BE\u02BF\u02C8\u02CC\u2019\u2021";
const N2 =
  '!"#$%&()*+/0123456789:;<=>?@[\\]^_{|}\u00A1\u00A2\u00A3\u00A5\u00A7\u00A9\u00AA\u00AB\u00AC\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B5\u00B6\u00B9\u00BA\u00BB\u00BF\u00D7\u00F7\u20AC';
const N3 = '\u00A4\u00A6\u00B8\u00BC\u00BD\u00BE';
const N4 = '\t\n\r\u00A0';

const NON_LETTERS: Readonly<Record<Din91379DataType, ReadonlySet<string>>> = {
  A: new Set(N1),
  B: new Set(N1 + N2),
  C: new Set(N1 + N2 + N3 + N4),
};
const SEQUENCE_SET: ReadonlySet<string> = new Set(SEQUENCES.split(' '));

function isLetter(codePoint: number): boolean {
  for (const [from, to] of LETTER_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** True when a single character (code point) belongs to the data type. */
export function isDin91379Character(char: string, dataType: Din91379DataType = 'B'): boolean {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined || char.length > (codePoint > 0xffff ? 2 : 1)) return false;
  return isLetter(codePoint) || NON_LETTERS[dataType].has(char);
}

/** Splits into user-perceived characters (grapheme clusters where `Intl.Segmenter` exists). */
function graphemes(text: string): string[] {
  const segmenter = graphemeSegmenter();
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * The characters of `value` (after NFC) that DIN 91379 does not allow in the data type, each
 * once, as user-perceived characters (an emoji family or a letter with an unknown accent is one),
 * in order of first appearance. Empty when the value is clean. Never throws.
 */
export function invalidCharacters(value: string, dataType: Din91379DataType = 'B'): string[] {
  const text = value.normalize('NFC');
  const points = Array.from(text);
  const bad = new Set<number>();
  for (let i = 0; i < points.length;) {
    const three = points.slice(i, i + 3).join('');
    if (points.length - i >= 3 && SEQUENCE_SET.has(three)) {
      i += 3;
      continue;
    }
    if (points.length - i >= 2 && SEQUENCE_SET.has(points[i] + points[i + 1])) {
      i += 2;
      continue;
    }
    if (!isDin91379Character(points[i], dataType)) bad.add(i);
    i += 1;
  }
  if (bad.size === 0) return [];
  const found: string[] = [];
  let index = 0;
  for (const cluster of graphemes(text)) {
    const length = Array.from(cluster).length;
    let hit = false;
    for (let k = index; k < index + length; k++) if (bad.has(k)) hit = true;
    if (hit && !found.includes(cluster)) found.push(cluster);
    index += length;
  }
  return found;
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const INVISIBLE = /^[\p{C}\p{Z}\p{M}]+$/u;

/**
 * Makes a list of characters readable inside a sentence: invisible ones (controls, format
 * characters, spaces, lone combining marks) as `U+200F`, right-to-left ones isolated with FSI/PDI
 * so they do not reorder the sentence, at most `max` of them, then "…".
 */
export function describeCharacters(chars: readonly string[], max = 5): string {
  const shown = chars.slice(0, max).map((c) => {
    if (INVISIBLE.test(c)) {
      return Array.from(c, (p) => `U+${p.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    }
    return RTL.test(c) ? `\u2068${c}\u2069` : c;
  });
  return chars.length > max ? `${shown.join(' ')} …` : shown.join(' ');
}
