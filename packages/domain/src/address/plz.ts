import { isPlz, normalisePlz } from './plz-format.js';
import { foldName } from './text.js';

/** Where a PLZ table comes from, how old it is, and the attribution its licence requires. */
export interface PlzMeta {
  /** Payload format version. */
  readonly format: number;
  /** The data's own date (ISO 8601), not the build date. */
  readonly date: string;
  /** Where the data comes from, for people. */
  readonly source: string;
  /** SPDX identifier of the data licence (`ODbL-1.0`). */
  readonly licence: string;
  /** The attribution to show wherever the data is used. */
  readonly attribution: string;
  /** Where the attribution links to. */
  readonly url: string;
  /** Number of PLZ. */
  readonly count: number;
  /** Number of PLZ–place pairs. */
  readonly pairs: number;
  /** Number of distinct place names. */
  readonly places: number;
}

/** A decoded PLZ table: every German PLZ with the places (municipalities) it serves. */
export interface PlzTable {
  readonly meta: PlzMeta;
  /** Number of PLZ in the table. */
  readonly size: number;
  /** PLZ → places, sorted as in the source. Use {@link lookupPlz}. */
  readonly entries: ReadonlyMap<string, readonly string[]>;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Decodes the compact payload written by `packages/domain/scripts/build-plz.mjs`:
 *
 * - line 1: the PLZ in ascending order as decimal differences from the previous one
 *   (the first from 0), comma-separated;
 * - then one line per PLZ: its places separated by `|`; an empty line repeats the line before
 *   (Berlin's 190 PLZ cost one byte each).
 */
export function decodePlzTable(payload: string, meta: PlzMeta): PlzTable {
  const lines = payload.split('\n');
  const deltas = lines[0].split(',');
  const entries = new Map<string, readonly string[]>();
  let plz = 0;
  let places: readonly string[] = NONE;
  for (let i = 0; i < deltas.length; i++) {
    plz += Number(deltas[i]);
    const line = lines[i + 1] ?? '';
    if (line !== '') places = Object.freeze(line.split('|'));
    entries.set(String(plz).padStart(5, '0'), places);
  }
  return { meta, size: entries.size, entries };
}

/**
 * The places of a PLZ (`86405` → `['Meitingen']`, `54636` → 39 places), `[]` for an unknown or
 * malformed PLZ. Accepts what {@link normalisePlz} accepts (`D-86405`, `86 405`).
 */
export function lookupPlz(table: PlzTable, plz: string): readonly string[] {
  const key = normalisePlz(plz);
  return (isPlz(key) && table.entries.get(key)) || NONE;
}

let pending: Promise<PlzTable> | undefined;

/**
 * Loads the embedded PLZ table on first use (a dynamic import: bundlers split it into its own
 * chunk, so it costs nothing until a PLZ is typed) and decodes it once. Works in browsers and
 * Node. A failed load is not cached, so a later call tries again.
 */
export function loadPlzTable(): Promise<PlzTable> {
  pending ??= import('./plz-data.js').then((m) => decodePlzTable(m.payload, m.meta));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/**
 * True when `ort` names one of `places`: equal after folding case, accents, `ß`, `Str.`,
 * `Sankt`/`St.` and hyphens, or one is the other followed by more words (the Ortsteil form
 * "Augsburg-Haunstetten" for "Augsburg"; "Pullach" for "Pullach im Isartal").
 */
export function ortPasstZu(ort: string, places: readonly string[]): boolean {
  const a = foldName(ort);
  if (!a) return false;
  return places.some((place) => {
    const b = foldName(place);
    return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  });
}
