/**
 * Files for upload tests, generated in code (no binary fixtures): well-formed JPEG, PNG, HEIC and
 * PDF structures with the header facts the checks read, and a hostile corpus (spoofed types, zero
 * bytes, cut-off images, a PNG claiming 30000 × 30000 pixels, PDFs with JavaScript or encryption,
 * names with markup and path parts, a JPEG with GPS data). The images are structurally complete
 * (every marker, chunk and box where it belongs) but their pixel data is filler: they are for the
 * header checks, not for decoders. `realJpeg()` draws a decodable one in the browser.
 */

const enc = new TextEncoder();
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** Concatenates byte arrays. */
export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const all = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** A JPEG marker segment: FF, marker, length, payload. */
export const segment = (marker: number, payload: Uint8Array | number[]) =>
  concat([0xff, marker, ...be16(payload.length + 2)], payload);

/** A little-endian TIFF/EXIF block with IFD0 (orientation) and, when asked, a GPS IFD (latitude reference). */
export function exifBlock({ orientation = 1, gps = false }: { orientation?: number; gps?: boolean } = {}): Uint8Array {
  const entries = gps ? 2 : 1;
  const ifd0 = 8;
  const gpsAt = ifd0 + 2 + entries * 12 + 4;
  const ifd = [
    ...le16(entries),
    ...le16(0x0112),
    ...le16(3),
    ...le32(1),
    ...le16(orientation),
    0,
    0,
    ...(gps ? [...le16(0x8825), ...le16(4), ...le32(1), ...le32(gpsAt)] : []),
    ...le32(0),
  ];
  // GPS IFD: GPSLatitudeRef "N", GPSLatitude 48/1 8/1 0/1 as a rational triple after the IFD.
  const gpsIfd = gps
    ? [
        ...le16(2),
        ...le16(0x0001),
        ...le16(2),
        ...le32(2),
        0x4e,
        0,
        0,
        0,
        ...le16(0x0002),
        ...le16(5),
        ...le32(3),
        ...le32(gpsAt + 2 + 24 + 4),
        ...le32(0),
        ...le32(48),
        ...le32(1),
        ...le32(8),
        ...le32(1),
        ...le32(0),
        ...le32(1),
      ]
    : [];
  return concat(bytesOf('II'), [0x2a, 0, ...le32(ifd0)], ifd, gpsIfd);
}

/** Options of {@link jpeg}. */
export interface JpegOptions {
  readonly width?: number;
  readonly height?: number;
  /** An APP1 EXIF segment with this orientation and optionally GPS. */
  readonly exif?: { orientation?: number; gps?: boolean };
  /** A large APPn segment before SOF (as cameras write thumbnails and maker notes). */
  readonly padding?: number;
  /** Progressive (SOF2) instead of baseline (SOF0). */
  readonly progressive?: boolean;
  /** Bytes of filler scan data (default 256). */
  readonly scanBytes?: number;
}

/** A structurally complete JPEG: SOI, APP0 JFIF, [APP1 EXIF], [APP2 filler], DQT, SOFn, DHT, SOS, scan, EOI. */
export function jpeg(options: JpegOptions = {}): Uint8Array {
  const { width = 640, height = 480, exif, padding = 0, progressive = false, scanBytes = 256 } = options;
  const scan = new Uint8Array(scanBytes).map((_, i) => (i * 37 + 11) & 0x7f);
  return concat(
    [0xff, 0xd8],
    segment(0xe0, concat(bytesOf('JFIF\0'), [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    exif ? segment(0xe1, concat(bytesOf('Exif\0\0'), exifBlock(exif))) : [],
    padding ? segment(0xe2, concat(bytesOf('ICC_PROFILE\0'), new Uint8Array(padding))) : [],
    segment(0xdb, concat([0], new Uint8Array(64).fill(1))),
    segment(progressive ? 0xc2 : 0xc0, [8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]),
    segment(0xc4, concat([0], new Uint8Array(16).fill(0), [])),
    segment(0xda, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]),
    scan,
    [0xff, 0xd9],
  );
}

/** CRC-32 (PNG, zip). */
export function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const chunk = (type: string, data: Uint8Array | number[]) => {
  const body = concat(bytesOf(type), data);
  return concat(be32(body.length - 4), body, be32(crc32(body)));
};

/** A PNG: signature, IHDR (the claimed size), [eXIf], IDAT filler, IEND. */
export function png({
  width = 640,
  height = 480,
  exif,
}: { width?: number; height?: number; exif?: { orientation?: number; gps?: boolean } } = {}): Uint8Array {
  return concat(
    [0x89, ...bytesOf('PNG\r\n\x1a\n')],
    chunk('IHDR', [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    exif ? chunk('eXIf', exifBlock(exif)) : [],
    chunk('IDAT', [0x78, 0x9c, 0x03, 0, 0, 0, 0, 1]),
    chunk('IEND', []),
  );
}

const box = (type: string, ...payload: (Uint8Array | number[])[]) => {
  const body = concat(...payload);
  return concat(be32(body.length + 8), bytesOf(type), body);
};
const fullBox = (type: string, version: number, ...payload: (Uint8Array | number[])[]) =>
  box(type, [version, 0, 0, 0], ...payload);

/**
 * A HEIF file as iPhones write them: `ftyp` (major brand, compatible brands), `meta` with `hdlr`,
 * `pitm` (item 1), `iprp` → `ipco` (a tile's `ispe` 512 × 512 first, then the image's `ispe` and
 * an `irot`) and `ipma` associating item 1 with the image's properties, then `mdat` filler.
 */
export function heif({
  width = 4032,
  height = 3024,
  brand = 'heic',
  compatible = ['mif1', 'heic'],
  rotation = 0,
}: { width?: number; height?: number; brand?: string; compatible?: string[]; rotation?: number } = {}): Uint8Array {
  const ipco = box(
    'ipco',
    fullBox('ispe', 0, be32(512), be32(512)),
    fullBox('ispe', 0, be32(width), be32(height)),
    box('irot', [rotation & 3]),
  );
  // Item 1 → properties 2 (ispe) and 3 (irot); item 2 (a tile) → property 1.
  const ipma = fullBox('ipma', 0, be32(2), be16(1), [2, 2, 3], be16(2), [1, 1]);
  const meta = fullBox(
    'meta',
    0,
    fullBox('hdlr', 0, be32(0), bytesOf('pict'), new Uint8Array(12), [0]),
    fullBox('pitm', 0, be16(1)),
    box('iprp', ipco, ipma),
  );
  return concat(
    box('ftyp', bytesOf(brand), be32(0), ...compatible.map(bytesOf)),
    meta,
    box('mdat', new Uint8Array(64)),
  );
}

/** Options of {@link pdf}. */
export interface PdfOptions {
  readonly pages?: number;
  /** Extra entries in the catalogue, e.g. `/OpenAction 9 0 R`. */
  readonly catalog?: string;
  /** Extra objects, `n 0 obj … endobj` written out, numbered from 20. */
  readonly objects?: readonly string[];
  /** A trailer `/Encrypt` dictionary (RC4 40-bit, as `qpdf --encrypt` writes). */
  readonly encrypted?: boolean;
  /** A content stream whose binary data happens to contain `/JS ` and `/AA ` (must not count). */
  readonly binaryStream?: boolean;
  /** Leave out `%%EOF` and the trailer (a cut-off download). */
  readonly truncated?: boolean;
}

/** A PDF 1.7 text file with a catalogue, a page tree, `pages` pages, xref table and trailer. */
export function pdf(options: PdfOptions = {}): Uint8Array {
  const { pages = 1, catalog = '', objects = [], encrypted = false, binaryStream = false, truncated = false } = options;
  const kids = Array.from({ length: pages }, (_, i) => `${10 + i} 0 R`).join(' ');
  const body: string[] = [
    `1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalog}>>\nendobj\n`,
    `2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages} >>\nendobj\n`,
    `3 0 obj\n<< /Length 12 >>\nstream\n${binaryStream ? '\u0001/JS \u0002/AA ' : 'BT /F1 12 Tf'}\nendstream\nendobj\n`,
    ...Array.from(
      { length: pages },
      (_, i) => `${10 + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>\nendobj\n`,
    ),
    ...objects.map((o, i) => `${20 + i} 0 obj\n${o}\nendobj\n`),
  ];
  let text = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (const o of body) {
    offsets.push(text.length);
    text += o;
  }
  if (truncated) return bytesOf(text.slice(0, Math.floor(text.length * 0.8)));
  const xref = text.length;
  text += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = encrypted
    ? ' /Encrypt << /Filter /Standard /V 1 /R 2 /O <6a0e0b2d> /U <2f4e3c1a> /P -44 >> /ID [<0123456789abcdef> <0123456789abcdef>]'
    : '';
  text += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(text);
}

/** zlib-deflates bytes with the browser's CompressionStream. */
export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A PDF 1.5 whose catalogue and pages live in a compressed object stream, as Word, LibreOffice
 * and most scanners write them: nothing of them is visible without inflating. `catalog` adds
 * entries to the hidden catalogue (e.g. `/OpenAction << /S /JavaScript /JS (app.alert(1)) >>`).
 */
export async function pdfWithObjectStream({
  pages = 3,
  catalog = '',
  filter = '/FlateDecode',
}: {
  pages?: number;
  catalog?: string;
  /** The stream's filter: anything but `/FlateDecode` stores the objects as they are, unreadable to the checks. */
  filter?: string;
} = {}): Promise<Uint8Array> {
  const kids = Array.from({ length: pages }, (_, i) => `${10 + i} 0 R`).join(' ');
  const objects: [number, string][] = [
    [1, `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`],
    [2, `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`],
    ...Array.from({ length: pages }, (_, i): [number, string] => [
      10 + i,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ]),
  ];
  let data = '';
  const header: string[] = [];
  for (const [n, o] of objects) {
    header.push(`${n} ${data.length}`);
    data += `${o}\n`;
  }
  const head = `${header.join(' ')}\n`;
  const packed = filter === '/FlateDecode' ? await deflate(enc.encode(head + data)) : enc.encode(head + data);
  const start = bytesOf(
    `%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n5 0 obj\n<< /Type /ObjStm /N ${objects.length} /First ${head.length} /Filter ${filter} /Length ${packed.length} >>\nstream\n`,
  );
  const end = bytesOf(`\nendstream\nendobj\ntrailer\n<< /Size 20 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n`);
  return concat(start, packed, end);
}

/** A local ZIP file header (an empty stored entry "a.txt") and end of central directory. */
export function zip(): Uint8Array {
  return concat(
    bytesOf('PK\x03\x04'),
    [20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le32(0), ...le32(0), ...le32(0), ...le16(5), ...le16(0)],
    bytesOf('a.txt'),
    bytesOf('PK\x05\x06'),
    new Uint8Array(18),
  );
}

/** The start of a Windows program: "MZ", the DOS stub text and a PE header offset. */
export function exe(): Uint8Array {
  const b = new Uint8Array(256);
  b.set(bytesOf('MZ'), 0);
  b.set(le32(0x80), 0x3c);
  b.set(bytesOf('This program cannot be run in DOS mode.'), 0x4e);
  b.set(bytesOf('PE\0\0'), 0x80);
  return b;
}

/** One entry of the hostile corpus: a file and the finding it must draw (`null`: taken). */
export interface HostileFile {
  readonly label: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly finding: string | null;
}

/** The hostile-file corpus of issue 6, each with the finding the checks must give. */
export async function hostileCorpus(): Promise<HostileFile[]> {
  const full = jpeg({ width: 1200, height: 800, scanBytes: 4096 });
  return [
    { label: 'a ZIP named .jpg', name: 'ausweis.jpg', bytes: zip(), finding: 'upload.type' },
    { label: 'a Windows program named .jpg', name: 'ausweis.jpg', bytes: exe(), finding: 'upload.type' },
    { label: 'a PDF named .jpg', name: 'ausweis.jpg', bytes: pdf(), finding: 'upload.type' },
    { label: 'a JPEG named .exe', name: 'ausweis.exe', bytes: full, finding: 'upload.type' },
    {
      label: 'HTML named .png',
      name: 'bild.png',
      bytes: enc.encode('<html><script>alert(1)</script></html>'),
      finding: 'upload.type',
    },
    {
      label: 'an SVG with script named .png',
      name: 'bild.png',
      bytes: enc.encode('<svg onload="alert(1)"/>'),
      finding: 'upload.type',
    },
    { label: 'zero bytes', name: 'leer.jpg', bytes: new Uint8Array(0), finding: 'upload.empty' },
    {
      label: 'a JPEG cut off in its header',
      name: 'abgeschnitten.jpg',
      bytes: full.subarray(0, 30),
      finding: 'upload.damaged',
    },
    {
      label: 'a JPEG cut off in its scan data',
      name: 'abgeschnitten.jpg',
      bytes: full.subarray(0, full.length - 1000),
      finding: 'upload.damaged',
    },
    {
      label: 'a PNG whose header claims 30000 × 30000',
      name: 'bombe.png',
      bytes: png({ width: 30000, height: 30000 }),
      finding: 'upload.tooManyPixels',
    },
    {
      label: 'a JPEG whose header claims 10000 × 6000 after a 60 KB APP2',
      name: 'gross.jpg',
      bytes: jpeg({ width: 10000, height: 6000, padding: 60_000 }),
      finding: 'upload.tooManyPixels',
    },
    {
      label: 'a HEIC whose header claims 12000 × 9000',
      name: 'gross.heic',
      bytes: heif({ width: 12000, height: 9000 }),
      finding: 'upload.tooManyPixels',
    },
    {
      label: 'a PDF with JavaScript on opening',
      name: 'formular.pdf',
      bytes: pdf({ catalog: '/OpenAction 20 0 R ', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }),
      finding: 'upload.activeContent',
    },
    {
      label: 'a PDF with an escaped /J#61vaScript name',
      name: 'formular.pdf',
      bytes: pdf({ catalog: '/Names << /J#61vaScript 20 0 R >> ', objects: ['<< /Names [(a) 21 0 R] >>'] }),
      finding: 'upload.activeContent',
    },
    {
      label: 'a PDF with JavaScript hidden in a compressed object stream',
      name: 'word-export.pdf',
      bytes: await pdfWithObjectStream({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ' }),
      finding: 'upload.activeContent',
    },
    {
      label: 'a PDF whose object stream has a filter the checks cannot read',
      name: 'scanner.pdf',
      bytes: await pdfWithObjectStream({ filter: '/LZWDecode' }),
      finding: 'upload.uninspectable',
    },
    {
      label: 'a PDF that launches a program',
      name: 'rechnung.pdf',
      bytes: pdf({ catalog: '/OpenAction << /S /Launch /F (cmd.exe) >> ' }),
      finding: 'upload.activeContent',
    },
    {
      label: 'a PDF with an embedded file',
      name: 'anlage.pdf',
      bytes: pdf({ catalog: '/Names << /EmbeddedFiles 20 0 R >> ', objects: ['<< /Names [(x.exe) 21 0 R] >>'] }),
      finding: 'upload.activeContent',
    },
    {
      label: 'a page with an additional action',
      name: 'seite.pdf',
      bytes: pdf({ objects: ['<< /Type /Page /AA << /O << /S /JavaScript /JS (x) >> >> >>'] }),
      finding: 'upload.activeContent',
    },
    {
      label: 'an encrypted PDF',
      name: 'geschuetzt.pdf',
      bytes: pdf({ encrypted: true }),
      finding: 'upload.passwordProtected',
    },
    { label: 'a cut-off PDF', name: 'halb.pdf', bytes: pdf({ pages: 4, truncated: true }), finding: 'upload.damaged' },
    {
      label: 'an AVIF (shares mif1 with HEIF)',
      name: 'foto.heic',
      bytes: heif({ brand: 'avif', compatible: ['mif1', 'avif'] }),
      finding: 'upload.type',
    },
    {
      label: 'a JPEG named <img src=x onerror=alert(1)>../../etc/passwd.jpg',
      name: '<img src=x onerror=alert(1)>../../etc/passwd.jpg',
      bytes: full,
      finding: null,
    },
    {
      label: 'a JPEG with GPS EXIF',
      name: 'IMG_0001.JPG',
      bytes: jpeg({ exif: { orientation: 6, gps: true } }),
      finding: null,
    },
    {
      label: 'a PDF whose stream data spells /JS',
      name: 'scan.pdf',
      bytes: pdf({ binaryStream: true }),
      finding: null,
    },
  ];
}

/** A decodable JPEG drawn with a canvas in the browser (`OffscreenCanvas` where there is one). */
export async function realJpeg(width = 320, height = 200): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#1a5fb4';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(width / 4, height / 4, width / 2, height / 2);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/jpeg', 0.9),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

/** Inserts an APP1 EXIF segment right after SOI (as a camera would have written it). */
export function withExif(jpegBytes: Uint8Array, exif: { orientation?: number; gps?: boolean }): Uint8Array {
  return concat(
    jpegBytes.subarray(0, 2),
    segment(0xe1, concat(bytesOf('Exif\0\0'), exifBlock(exif))),
    jpegBytes.subarray(2),
  );
}
