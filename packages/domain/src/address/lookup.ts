import { isPlz, normalisePlz } from './plz-format.js';
import { expandStreetAbbreviation, foldName, normaliseText } from './text.js';

/**
 * Street suggestions for `bp-address-input`, from a pluggable provider. Debouncing, the minimum
 * query length and keeping one request in flight are the component's job; a provider answers
 * one query and honours its abort signal. The public Nominatim server must never be a provider
 * (its usage policy forbids autocomplete).
 */

/**
 * The parts of an `AbortSignal` a provider uses. A DOM or Node `AbortSignal` is one; the domain
 * package builds without the DOM library, so it names the shape itself.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}

/** The parts of a `fetch` `Response` a provider reads. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** A `fetch` as a provider calls it (the global `fetch` is one). */
export type FetchLike = (
  input: string,
  init: { signal?: AbortSignalLike; headers?: Record<string, string> },
) => Promise<FetchResponseLike>;

const globalFetch: FetchLike = (input, init) => (globalThis as unknown as { fetch: FetchLike }).fetch(input, init);

/** One suggested street. */
export interface StreetSuggestion {
  /** Street name, abbreviations written out ("Hauptstraße", not "Hauptstr."). */
  readonly name: string;
  readonly postalCode: string;
  readonly locality: string;
  /** Borough or city district (Stadtbezirk), when the source has it. */
  readonly borough?: string;
  /** Suburb (Stadtteil), when the source has it. */
  readonly suburb?: string;
}

/** What the user typed, and what narrows it. */
export interface StreetQuery {
  /** The start of the street name, as typed. */
  readonly name: string;
  /** A five-digit PLZ narrows the search. */
  readonly postalCode?: string;
  /** The Ort narrows the search when there is no PLZ. */
  readonly locality?: string;
}

/** The credit a data source requires, shown next to its suggestions. */
export interface LookupAttribution {
  /** Language-neutral credit, e.g. "OpenPLZ API · © OpenStreetMap contributors (ODbL)". */
  readonly text: string;
  /** Where the credit links to. */
  readonly url?: string;
}

/** A source of street suggestions. */
export interface AddressLookup {
  /** The credit to show with the suggestions; `null` when the source needs none. */
  readonly attribution: LookupAttribution | null;
  /**
   * Streets matching the query, best first. Rejects with the signal's `AbortError` when aborted,
   * and with an {@link AddressLookupError} when the source fails.
   */
  suggestStreets(query: StreetQuery, init: { signal: AbortSignalLike }): Promise<StreetSuggestion[]>;
}

/** A lookup failed: HTTP status (0 for a network error or an unreadable answer) and the URL. */
export class AddressLookupError extends Error {
  override readonly name = 'AddressLookupError';
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Options of {@link OpenPlzLookup}. */
export interface OpenPlzLookupOptions {
  /** Base URL of the API (default `https://openplzapi.org`); point it at your own instance or proxy. */
  readonly baseUrl?: string;
  /** Suggestions per request, 1–50 (default 10). */
  readonly pageSize?: number;
  /** The `fetch` to use (default the global one). */
  readonly fetch?: FetchLike;
}

// The API takes regular expressions; street names need only the dot escaped, everything else
// that could act as an operator is dropped (it never belongs in a street name).
const REGEX_OPERATORS = /[\\^$|?*+()[\]{}]/g;

function toPattern(text: string): string {
  return normaliseText(text).replace(REGEX_OPERATORS, '').replace(/\./g, '\\.');
}

/**
 * The OpenPLZ API street search (`GET /de/Streets?name=&postalCode=`, or `&locality=` when no
 * PLZ is known): prefix search on the street name, at most `pageSize` answers. OpenPLZ stores
 * every "straße" as "str.", so a query ending in "stra", "straß", "straße" … searches "str",
 * and answers are written out again ("Hauptstr." → "Hauptstraße").
 *
 * Data: OpenPLZ API, © OpenStreetMap contributors, ODbL; free of charge, no key.
 */
export class OpenPlzLookup implements AddressLookup {
  readonly attribution: LookupAttribution = {
    text: 'OpenPLZ API · © OpenStreetMap contributors (ODbL)',
    url: 'https://www.openplzapi.org',
  };
  readonly #baseUrl: string;
  readonly #pageSize: number;
  readonly #fetch: FetchLike;

  constructor(options: OpenPlzLookupOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? 'https://openplzapi.org').replace(/\/+$/, '');
    this.#pageSize = Math.min(50, Math.max(1, Math.trunc(options.pageSize ?? 10)));
    this.#fetch = options.fetch ?? globalFetch;
  }

  /** The request URL for a query (exposed for tests and logging). */
  url(query: StreetQuery): string {
    const name = toPattern(query.name).replace(/str(?:a(?:ß(?:e)?|s(?:s(?:e)?)?)?)?$/i, 'str');
    const params: [string, string][] = [['name', `^${name}`]];
    const plz = query.postalCode === undefined ? '' : normalisePlz(query.postalCode);
    if (isPlz(plz)) params.push(['postalCode', plz]);
    else if (query.locality && toPattern(query.locality)) params.push(['locality', `^${toPattern(query.locality)}`]);
    params.push(['page', '1'], ['pageSize', String(this.#pageSize)]);
    const search = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    return `${this.#baseUrl}/de/Streets?${search}`;
  }

  async suggestStreets(query: StreetQuery, init: { signal: AbortSignalLike }): Promise<StreetSuggestion[]> {
    init.signal.throwIfAborted();
    if (toPattern(query.name) === '') return [];
    const url = this.url(query);
    let response: FetchResponseLike;
    try {
      response = await this.#fetch(url, { signal: init.signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (init.signal.aborted) throw init.signal.reason;
      throw new AddressLookupError('Street lookup failed: network error', 0, url, { cause: error });
    }
    if (!response.ok) {
      // Drain the body so the connection can be reused; its text does not matter.
      await response.text().catch(() => undefined);
      // Aborted while the error body was arriving: the caller asked for the abort, not the error.
      init.signal.throwIfAborted();
      throw new AddressLookupError(`Street lookup failed: HTTP ${response.status}`, response.status, url);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (init.signal.aborted) throw init.signal.reason;
      throw new AddressLookupError('Street lookup failed: the answer is not JSON', 0, url, { cause: error });
    }
    init.signal.throwIfAborted();
    if (!Array.isArray(body)) throw new AddressLookupError('Street lookup failed: unexpected answer', 0, url);
    return dedupe(body.map(fromOpenPlz).filter((s): s is StreetSuggestion => s !== null));
  }
}

const text = (v: unknown): string => (typeof v === 'string' ? normaliseText(v) : '');

/** Maps one OpenPLZ street; accepts the flat form and the older one with a nested `locality`. */
function fromOpenPlz(item: unknown): StreetSuggestion | null {
  if (typeof item !== 'object' || item === null) return null;
  const o = item as Record<string, unknown>;
  const nested = typeof o.locality === 'object' && o.locality !== null ? (o.locality as Record<string, unknown>) : {};
  const name = expandStreetAbbreviation(text(o.name));
  const postalCode = text(o.postalCode) || text(o.postalcode) || text(nested.postalCode);
  const locality = text(o.locality) || text(nested.name);
  if (!name) return null;
  const borough = text(o.borough);
  const suburb = text(o.suburb);
  return {
    name,
    postalCode,
    locality,
    ...(borough ? { borough } : {}),
    ...(suburb ? { suburb } : {}),
  };
}

function dedupe(list: StreetSuggestion[]): StreetSuggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.name}\u0000${s.postalCode}\u0000${s.locality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One street of a municipality's register. */
export interface StreetRegisterEntry {
  readonly name: string;
  readonly postalCode: string;
  readonly locality: string;
}

/** Options of {@link StaticStreetLookup}. */
export interface StaticStreetLookupOptions {
  /** The most suggestions per query (default 10). */
  readonly limit?: number;
  /** The credit to show, if the register needs one. */
  readonly attribution?: LookupAttribution | null;
}

interface IndexedStreet {
  readonly entry: StreetSuggestion;
  readonly folded: string;
  readonly locality: string;
}

/**
 * Suggestions from a street register held in memory, e.g. a municipality's own list as JSON
 * (`[{ "name": "Hauptstraße", "postalCode": "82049", "locality": "Pullach im Isartal" }]`): no
 * network call. Matching ignores case and accents, treats `ß`/`ss`, `ä`/`ae` and `Str.`/`Straße`
 * alike; names that start with the query come first, then names with a word that starts with it
 * ("Bahnhof" finds "Am Bahnhof"), then names that contain it, each group in German order.
 */
export class StaticStreetLookup implements AddressLookup {
  readonly attribution: LookupAttribution | null;
  readonly #streets: readonly IndexedStreet[];
  readonly #limit: number;

  constructor(register: readonly StreetRegisterEntry[], options: StaticStreetLookupOptions = {}) {
    this.attribution = options.attribution ?? null;
    this.#limit = Math.max(1, Math.trunc(options.limit ?? 10));
    const collator = new Intl.Collator('de');
    // A register read from JSON may hold numbers or nulls: read every field as text.
    const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
    this.#streets = (register as readonly Partial<Record<keyof StreetRegisterEntry, unknown>>[])
      .map((r) => ({
        entry: {
          name: expandStreetAbbreviation(normaliseText(str(r.name))),
          postalCode: normalisePlz(str(r.postalCode)),
          locality: normaliseText(str(r.locality)),
        },
        folded: foldName(str(r.name)),
        locality: foldName(str(r.locality)),
      }))
      .filter((s) => s.entry.name !== '')
      .sort((a, b) => collator.compare(a.entry.name, b.entry.name));
  }

  /** Reads a register from a URL (JSON array of entries). */
  static async fromUrl(
    url: string,
    init: { signal?: AbortSignalLike; fetch?: FetchLike } = {},
    options?: StaticStreetLookupOptions,
  ): Promise<StaticStreetLookup> {
    const response = await (init.fetch ?? globalFetch)(url, init.signal ? { signal: init.signal } : {});
    if (!response.ok) throw new AddressLookupError(`Street register: HTTP ${response.status}`, response.status, url);
    const data: unknown = await response.json();
    if (!Array.isArray(data)) throw new AddressLookupError('Street register: not a JSON array', 0, url);
    return new StaticStreetLookup(data as StreetRegisterEntry[], options);
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async so an abort rejects, never throws
  async suggestStreets(query: StreetQuery, init: { signal: AbortSignalLike }): Promise<StreetSuggestion[]> {
    init.signal.throwIfAborted();
    return this.search(query);
  }

  /** The synchronous search behind {@link suggestStreets}. */
  search(query: StreetQuery): StreetSuggestion[] {
    const q = foldName(query.name);
    if (!q) return [];
    const plz = query.postalCode === undefined ? '' : normalisePlz(query.postalCode);
    const locality = isPlz(plz) ? '' : foldName(query.locality ?? '');
    const groups: StreetSuggestion[][] = [[], [], []];
    for (const s of this.#streets) {
      if (isPlz(plz) && s.entry.postalCode !== plz) continue;
      if (locality && s.locality !== locality && !s.locality.startsWith(`${locality} `)) continue;
      const rank = s.folded.startsWith(q) ? 0 : s.folded.includes(` ${q}`) ? 1 : s.folded.includes(q) ? 2 : -1;
      if (rank >= 0) groups[rank].push(s.entry);
    }
    return dedupe(groups.flat()).slice(0, this.#limit);
  }
}
