import { graphemeSegmenter } from '../validation.js';

/**
 * File names from users' devices are data, not text to trust: they may carry path parts
 * (`../../etc/passwd`, `C:\Users\…`), markup (`<img src=x onerror=…>.jpg`), control characters and
 * bidirectional overrides (`Rechnung‮gpj.exe` shows as `Rechnungexe.jpg`). Two forms:
 * - {@link uploadFileName}: what goes to the server, a plain name safe on every file system;
 * - {@link displayFileName}: what the page shows (as text, never as HTML): the name as the user
 *   knows it, with invisible and direction-changing characters removed and long names shortened.
 */

/** Longest upload name in characters, extension included. */
export const UPLOAD_NAME_MAX = 100;
/** Longest display name in characters before it is shortened in the middle. */
export const DISPLAY_NAME_MAX = 60;

// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, marks, zero-width space (joiners
// stay: emoji and scripts such as Persian need them),
// line/paragraph separators, BOM, and the specials block's interlinear annotation/replacement marks.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
// Markup, quoting, path and Windows-reserved characters.
const UNSAFE = /[<>:"/\\|?*'`&;$%{}[\]#=^~!@+,]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/** The last part of a path, whichever separator the device used. */
export function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

/** Cuts `text` to at most `max` characters, never inside a grapheme (an emoji, a letter with accents). */
function cutGraphemes(text: string, max: number): string {
  const s = graphemeSegmenter();
  const units = s ? Array.from(s.segment(text), (g) => g.segment) : Array.from(text);
  return units.length <= max ? text : units.slice(0, max).join('');
}

/** The extension of a name, lower-case, without the dot (`''` for none). */
export function fileExtension(name: string): string {
  return EXTENSION.exec(baseName(name).trim())?.[1].toLowerCase() ?? '';
}

/**
 * A name safe to send: the last path part only, NFC, no control, invisible or bidi characters,
 * no markup or shell/path punctuation (each run becomes `_`), no leading dots or trailing dots and
 * spaces, no Windows device names, at most {@link UPLOAD_NAME_MAX} characters with the extension
 * kept (lower-cased). `extension` replaces a missing one (the type found by content, e.g. `pdf`).
 * A name with nothing left becomes `datei.<extension>`.
 */
export function uploadFileName(name: string, options: { extension?: string; maxLength?: number } = {}): string {
  const max = Math.max(16, options.maxLength ?? UPLOAD_NAME_MAX);
  const clean = baseName(name).normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  const found = EXTENSION.exec(clean);
  let ext = found ? found[1].toLowerCase() : '';
  let stem = found ? clean.slice(0, -found[0].length) : clean;
  if (!ext && options.extension)
    ext = options.extension
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 10);
  stem = stem
    .replace(/_+/g, '_')
    .replace(/^[\s._]+|[\s.]+$/g, '')
    .trim();
  if (!stem || /^_+$/.test(stem)) stem = 'datei';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  const room = max - (ext ? ext.length + 1 : 0);
  stem = cutGraphemes(stem, room).replace(/[\s.]+$/, '') || 'datei';
  return ext ? `${stem}.${ext}` : stem;
}

/**
 * A name to show as text: the last path part, NFC, without control, invisible or bidi characters,
 * white space collapsed, shortened in the middle to at most `max` characters ({@link
 * DISPLAY_NAME_MAX}) so the end and the extension stay visible. Render it as text; it may
 * contain `<` and `&`.
 */
export function displayFileName(name: string, max = DISPLAY_NAME_MAX): string {
  const clean = baseName(name).normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const s = graphemeSegmenter();
  const units = s ? Array.from(s.segment(clean), (g) => g.segment) : Array.from(clean);
  if (units.length <= max) return clean;
  const tail = Math.min(Math.floor((max - 1) / 3), 20);
  return `${units.slice(0, max - 1 - tail).join('')}…${units.slice(-tail).join('')}`;
}
