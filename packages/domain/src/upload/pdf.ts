import { latin1, toBytes, type BytesInput } from './bytes.js';

/**
 * What a PDF holds that matters before it is accepted: active content (scripts, actions that run
 * on opening, launched programs, embedded files), encryption (password protection) and the page
 * count. Reads dictionaries, not streams: stream data is skipped (binary data could spell `/JS` by
 * chance), and compressed object streams (PDF 1.5 `/ObjStm`, where many writers keep the catalogue
 * and the pages) are inflated with `DecompressionStream` and read too.
 */

/** Names whose presence makes a PDF active. `/RichMedia` (Flash, video) and `/XFA` forms run code as well. */
export const ACTIVE_PDF_NAMES: readonly string[] = [
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
];

/** What {@link inspectPdf} finds. */
export interface PdfFacts {
  /** The header's version, e.g. `1.7`; `''` when unreadable. */
  readonly version: string;
  /** The active-content names found (each once, in {@link ACTIVE_PDF_NAMES} order). */
  readonly activeContent: readonly string[];
  /** An `/Encrypt` dictionary: the file is password-protected (or at least encrypted). */
  readonly encrypted: boolean;
  /** Pages (distinct page objects, the newest revision of each); `null` when none were found. */
  readonly pageCount: number | null;
  /** Whether `%%EOF` ends the file (within its last 1 KB): a cut-off PDF has none. */
  readonly complete: boolean;
  /** Compressed object streams that could not be read (no `DecompressionStream`, other filters, encrypted). */
  readonly unreadObjectStreams: number;
}

const NAME = /\/((?:[^\s/[\]()<>{}%#]|#[0-9A-Fa-f]{2})+)/g;
const STREAM = /stream\r?\n/g;

/** Decodes `#xx` escapes: `/J#61vaScript` is `/JavaScript`. */
const decodeName = (raw: string) =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The file's text with stream data cut out, and the dictionary + data of every stream. */
function splitStreams(text: string): { dictionaries: string; streams: { dict: string; data: [number, number] }[] } {
  const parts: string[] = [];
  const streams: { dict: string; data: [number, number] }[] = [];
  let from = 0;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    // "stream" as a keyword: right after a dictionary's ">>" (and white space).
    const before = text.slice(Math.max(from, m.index - 4), m.index).trimEnd();
    if (!before.endsWith('>>')) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    const stop = end < 0 ? text.length : end;
    const dict = text.slice(Math.max(from, text.lastIndexOf('obj', m.index)), m.index);
    // The data is /Length bytes when that is a number; else up to the end-of-line before "endstream".
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    let dataEnd = length ? start + Number(length[1]) : stop;
    if (dataEnd > stop) dataEnd = stop;
    if (!length) while (dataEnd > start && (text[dataEnd - 1] === '\n' || text[dataEnd - 1] === '\r')) dataEnd--;
    streams.push({ dict, data: [start, dataEnd] });
    parts.push(text.slice(from, start));
    from = stop;
    STREAM.lastIndex = stop;
  }
  parts.push(text.slice(from));
  return { dictionaries: parts.join(' '), streams };
}

function namesIn(text: string, into: Set<string>): void {
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) into.add(m[1].includes('#') ? decodeName(m[1]) : m[1]);
}

const IS_PAGE = /\/Type\s*\/Page(?![A-Za-z0-9#])/;

/** Object number → whether its newest definition is a page, from `n g obj … endobj` blocks. */
function pagesIn(text: string, into: Map<number, boolean>): void {
  const OBJ = /(\d+)\s+\d+\s+obj\b([\s\S]*?)endobj/g;
  for (let m = OBJ.exec(text); m; m = OBJ.exec(text)) into.set(Number(m[1]), IS_PAGE.test(m[2]));
}

/** The objects of an inflated object stream: `n₁ off₁ n₂ off₂ …` then the objects from `/First`. */
function pagesInObjectStream(text: string, first: number, into: Map<number, boolean>): void {
  const header = text.slice(0, first).trim().split(/\s+/).map(Number);
  for (let i = 0; i + 1 < header.length; i += 2) {
    const start = first + header[i + 1];
    const end = i + 3 < header.length ? first + header[i + 3] : text.length;
    if (!into.has(header[i])) into.set(header[i], IS_PAGE.test(text.slice(start, end)));
  }
}

type Inflate = (data: Uint8Array) => Promise<Uint8Array>;

interface DecompressionGlobals {
  DecompressionStream?: new (format: string) => unknown;
  Response?: new (body: unknown) => { body: { pipeThrough(t: unknown): unknown }; arrayBuffer(): Promise<ArrayBuffer> };
}

/** zlib inflation through the platform's `DecompressionStream` (browsers, workers, Node ≥ 18); `null` without one. */
function platformInflate(): Inflate | null {
  const g = globalThis as unknown as DecompressionGlobals;
  const DS = g.DecompressionStream;
  const R = g.Response;
  if (!DS || !R) return null;
  return async (data) => {
    const stream = new R(data).body.pipeThrough(new DS('deflate'));
    return new Uint8Array(await new R(stream).arrayBuffer());
  };
}

/**
 * Inspects a whole PDF. Never throws: unreadable parts are counted in `unreadObjectStreams`.
 * `inflate` replaces the platform's zlib (for tests, or a runtime without `DecompressionStream`).
 */
export async function inspectPdf(input: BytesInput, options: { inflate?: Inflate | null } = {}): Promise<PdfFacts> {
  const bytes = toBytes(input);
  const text = latin1(bytes);
  const version = /^%PDF-(\d\.\d)/.exec(text)?.[1] ?? '';
  const { dictionaries, streams } = splitStreams(text);
  const names = new Set<string>();
  namesIn(dictionaries, names);
  const pages = new Map<number, boolean>();
  pagesIn(dictionaries, pages);
  const encrypted = names.has('Encrypt');
  const inflate = options.inflate === undefined ? platformInflate() : options.inflate;
  let unread = 0;
  for (const { dict, data } of streams) {
    if (!/\/Type\s*\/ObjStm\b/.test(dict)) continue;
    const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? NaN);
    const filter = /\/Filter\s*(\[?\s*\/[A-Za-z]+\s*\]?)/.exec(dict)?.[1].replace(/[[\]\s]/g, '');
    if (
      encrypted ||
      !inflate ||
      !Number.isFinite(first) ||
      (filter && filter !== '/FlateDecode') ||
      /\/DecodeParms/.test(dict)
    ) {
      unread++;
      continue;
    }
    try {
      const inner = latin1(await inflate(bytes.subarray(data[0], data[1])));
      namesIn(inner, names);
      pagesInObjectStream(inner, first, pages);
    } catch {
      unread++;
    }
  }
  const pageCount = [...pages.values()].filter(Boolean).length;
  return {
    version,
    activeContent: ACTIVE_PDF_NAMES.filter((n) => names.has(n)),
    encrypted,
    pageCount: pageCount || null,
    complete: text.slice(-1024).includes('%%EOF'),
    unreadObjectStreams: unread,
  };
}
