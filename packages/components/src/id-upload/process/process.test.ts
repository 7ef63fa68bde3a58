// The image pipeline of bp-id-upload in three engines, on images drawn in the test (canvas → JPEG
// or PNG, then EXIF orientation and GPS spliced into the bytes): no metadata segment survives,
// orientations 1–8, scaling, redactions, the mark, the thumbnail, HEIC handling, abort, and
// refusals before decoding.
import { expect } from '@open-wc/testing';
import { jpegSegments } from '@blaupause/domain/upload';
import { concat, heif, jpeg, png, withExif } from '../../../../../test/testing/hostile-files.js';
import { elementSurfaces, offscreenSurfaces, runPipeline } from './pipeline.js';
import { ImageProcessError, orientedPreview, processImage, type ProcessedImage } from './process.js';

type Rgb = [number, number, number];
const RED: Rgb = [255, 0, 0];
const GREEN: Rgb = [0, 255, 0];
const BLUE: Rgb = [0, 0, 255];
const YELLOW: Rgb = [255, 255, 0];
const NAMES = new Map([
  [RED, 'red'],
  [GREEN, 'green'],
  [BLUE, 'blue'],
  [YELLOW, 'yellow'],
]);

/** A canvas drawn by `paint`, encoded as JPEG or PNG. */
async function drawn(
  width: number,
  height: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
  type = 'image/jpeg',
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d')!);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), type, 0.95),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

const css = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

/** Four quadrants as stored: red top left, green top right, blue bottom left, yellow bottom right. */
const quadrants = (width: number, height: number, type?: string) =>
  drawn(
    width,
    height,
    (ctx) => {
      const w = width / 2;
      const h = height / 2;
      for (const [colour, x, y] of [
        [RED, 0, 0],
        [GREEN, w, 0],
        [BLUE, 0, h],
        [YELLOW, w, h],
      ] as const) {
        ctx.fillStyle = css(colour);
        ctx.fillRect(x, y, w, h);
      }
    },
    type,
  );

const grey = (width: number, height: number) =>
  drawn(width, height, (ctx) => {
    ctx.fillStyle = css([200, 200, 200]);
    ctx.fillRect(0, 0, width, height);
  });

const file = (bytes: Uint8Array, type = 'image/jpeg') => new Blob([new Uint8Array(bytes)], { type });

async function pixels(blob: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => Rgb }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x, y) => {
      const i = (y * bitmap.width + x) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

/** The name of the quadrant colour nearest to a pixel. */
function nearest(pixel: Rgb): string {
  let best = '';
  let distance = Infinity;
  for (const [colour, name] of NAMES) {
    const d = colour.reduce((sum, c, i) => sum + (c - pixel[i]) ** 2, 0);
    if (d < distance) [best, distance] = [name, d];
  }
  return best;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function rejection(promise: Promise<unknown>): Promise<ImageProcessError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(ImageProcessError);
    return e as ImageProcessError;
  }
  throw new Error('expected a rejection');
}

describe('id-upload image pipeline', function () {
  this.timeout(30_000);

  describe('metadata', () => {
    it('a JPEG with GPS EXIF comes out with no APPn segment but JFIF (output bytes parsed)', async () => {
      const input = withExif(await quadrants(160, 96), { orientation: 1, gps: true });
      const inputSegments = jpegSegments(input);
      expect(Array.isArray(inputSegments) && inputSegments.some((s) => s.id === 'Exif')).to.equal(true);
      const result = await processImage(file(input));
      expect(result.blob.type).to.equal('image/jpeg');
      expect(result.source).to.include({ hadExif: true, hadGps: true, type: 'image/jpeg', orientation: 1 });
      const out = await bytesOf(result.blob);
      const segments = jpegSegments(out);
      if (!Array.isArray(segments)) throw new Error(`output JPEG ${segments}`);
      const metadata = segments.filter((s) => s.marker >= 0xe1 && s.marker <= 0xef);
      expect(metadata, 'APP1–APP15 segments').to.deep.equal([]);
      const app0 = segments.filter((s) => s.marker === 0xe0);
      for (const s of app0) expect(s.id).to.equal('JFIF');
      // Nothing of the GPS block anywhere in the file (the latitude reference IFD entry).
      const text = String.fromCharCode(...out.subarray(0, Math.min(out.length, 4096)));
      expect(text).not.to.include('Exif');
      const thumbSegments = jpegSegments(await bytesOf(result.thumbnail!));
      if (!Array.isArray(thumbSegments)) throw new Error('thumbnail not a JPEG');
      expect(thumbSegments.filter((s) => s.marker >= 0xe1 && s.marker <= 0xef)).to.deep.equal([]);
    });

    it('a PNG with an eXIf chunk comes out as a JPEG without one, oriented by it', async () => {
      const plain = await quadrants(160, 96, 'image/png');
      // Splice an eXIf chunk (orientation 6, GPS) from the structural PNG of the test corpus after IHDR.
      const withChunk = png({ width: 1, height: 1, exif: { orientation: 6, gps: true } });
      const exifStart = 8 + 25;
      const exifEnd = withChunk.length - 12 - 20; // before IDAT (20 bytes) and IEND (12 bytes)
      const input = concat(plain.subarray(0, 33), withChunk.subarray(exifStart, exifEnd), plain.subarray(33));
      const result = await processImage(file(input, 'image/png'), { thumbnailEdge: 0 });
      expect(result.source).to.include({ hadExif: true, hadGps: true, orientation: 6, type: 'image/png' });
      expect([result.width, result.height]).to.deep.equal([96, 160]);
      const img = await pixels(result.blob);
      expect(nearest(img.at(4, 4))).to.equal('blue');
      expect(nearest(img.at(91, 4))).to.equal('red');
    });
  });

  describe('orientation', () => {
    // Stored: red top left, green top right, blue bottom left, yellow bottom right; 160 × 96.
    // Where each lands when the image is shown upright (TIFF 6.0 / EXIF 2.32, tag 0x0112).
    const upright: Record<number, [string, string, string, string]> = {
      1: ['red', 'green', 'blue', 'yellow'],
      2: ['green', 'red', 'yellow', 'blue'],
      3: ['yellow', 'blue', 'green', 'red'],
      4: ['blue', 'yellow', 'red', 'green'],
      5: ['red', 'blue', 'green', 'yellow'],
      6: ['blue', 'red', 'yellow', 'green'],
      7: ['yellow', 'green', 'blue', 'red'],
      8: ['green', 'yellow', 'red', 'blue'],
    };
    for (let orientation = 1; orientation <= 8; orientation++) {
      it(`orientation ${orientation}: size and corners upright`, async () => {
        const input = withExif(await quadrants(160, 96), { orientation, gps: false });
        const result = await processImage(file(input), { thumbnailEdge: 0 });
        const [w, h] = orientation >= 5 ? [96, 160] : [160, 96];
        expect([result.width, result.height]).to.deep.equal([w, h]);
        expect(result.source).to.include({ width: 160, height: 96, orientation, hadExif: true, hadGps: false });
        const img = await pixels(result.blob);
        expect([img.width, img.height]).to.deep.equal([w, h]);
        const corners = [img.at(6, 6), img.at(w - 7, 6), img.at(6, h - 7), img.at(w - 7, h - 7)].map(nearest);
        expect(corners).to.deep.equal(upright[orientation]);
      });
    }

    it('the oriented preview is upright and within its edge', async () => {
      const input = withExif(await quadrants(160, 96), { orientation: 8 });
      const preview = await orientedPreview(file(input), 80);
      expect([preview.width, preview.height]).to.deep.equal([48, 80]);
      const img = await pixels(preview.blob);
      expect([img.width, img.height]).to.deep.equal([48, 80]);
      expect(nearest(img.at(4, 4))).to.equal('green');
      expect(nearest(img.at(43, 75))).to.equal('blue');
    });
  });

  describe('scaling', () => {
    it('scales the long edge to maxEdge, keeping the aspect ratio', async () => {
      const result = await processImage(file(await quadrants(1200, 800)), { maxEdge: 300 });
      expect([result.width, result.height]).to.deep.equal([300, 200]);
      const img = await pixels(result.blob);
      expect([img.width, img.height]).to.deep.equal([300, 200]);
      expect(nearest(img.at(10, 10))).to.equal('red');
      expect(nearest(img.at(289, 189))).to.equal('yellow');
    });

    it('defaults to 3000 pixels on the long edge', async () => {
      const result = await processImage(file(await grey(3200, 1800)), { thumbnailEdge: 0 });
      expect([result.width, result.height]).to.deep.equal([3000, 1688]);
    });

    it('never enlarges a small image', async () => {
      const result = await processImage(file(await grey(320, 200)), { maxEdge: 3000 });
      expect([result.width, result.height]).to.deep.equal([320, 200]);
    });

    it('makes a thumbnail of the result (240 pixels on the long edge by default), none for 0', async () => {
      const input = withExif(await quadrants(1200, 800), { orientation: 6 });
      const result = await processImage(file(input), { redactions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] });
      const thumb = await pixels(result.thumbnail!);
      expect([thumb.width, thumb.height]).to.deep.equal([160, 240]);
      expect(thumb.at(20, 20), 'the redaction is in the thumbnail too').to.satisfy((p: Rgb) => Math.max(...p) < 24);
      expect(nearest(thumb.at(140, 20))).to.equal('red');
      const none = await processImage(file(input), { thumbnailEdge: 0 });
      expect(none.thumbnail).to.equal(undefined);
      const bigger = await processImage(file(input), { thumbnailEdge: 100 });
      expect([(await pixels(bigger.thumbnail!)).width, (await pixels(bigger.thumbnail!)).height]).to.deep.equal([
        67, 100,
      ]);
    });

    it('keeps fine detail when shrinking a lot (halving steps, no aliasing to one colour)', async () => {
      // One-pixel black and white stripes average to mid grey; a single nearest-ish draw would
      // pick mostly one of them.
      const stripes = await drawn(2400, 1600, (ctx) => {
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 2400, 1600);
        ctx.fillStyle = '#000';
        for (let x = 0; x < 2400; x += 2) ctx.fillRect(x, 0, 1, 1600);
      });
      const result = await processImage(file(stripes), { maxEdge: 150, thumbnailEdge: 0 });
      const img = await pixels(result.blob);
      const [r] = img.at(75, 50);
      expect(r).to.be.within(90, 170);
    });
  });

  describe('redactions and mark', () => {
    const isBlack = (p: Rgb) => Math.max(...p) <= 16;

    it('burns the redactions in as opaque black, in fractions of the oriented image', async () => {
      // Stored 400 × 240, orientation 6: upright 240 × 400. Black out the upright top right quarter.
      const input = withExif(await grey(400, 240), { orientation: 6, gps: true });
      const result = await processImage(file(input), {
        quality: 0.95,
        redactions: [{ x: 0.5, y: 0, width: 0.5, height: 0.25 }],
      });
      expect([result.width, result.height]).to.deep.equal([240, 400]);
      const img = await pixels(result.blob);
      let black = 0;
      let checked = 0;
      // Inside (4 px away from the edges, where JPEG blocks blur): black.
      for (let y = 4; y < 96; y += 3) {
        for (let x = 124; x < 236; x += 3) {
          checked++;
          if (isBlack(img.at(x, y))) black++;
        }
      }
      expect(black, `${black} of ${checked} pixels black`).to.equal(checked);
      // Outside: untouched grey.
      for (const [x, y] of [
        [20, 20],
        [100, 50],
        [200, 120],
        [120, 300],
      ]) {
        expect(img.at(x, y)[0], `pixel ${x},${y}`).to.be.within(180, 220);
      }
    });

    it('ignores rectangles outside the image and cuts those that overhang', async () => {
      const input = await grey(200, 100);
      const result = await processImage(file(input), {
        redactions: [
          { x: 1.2, y: 0, width: 0.5, height: 0.5 },
          { x: 0.9, y: 0.9, width: 0.5, height: 0.5 },
        ],
      });
      const img = await pixels(result.blob);
      expect(isBlack(img.at(196, 96))).to.equal(true);
      expect(img.at(100, 50)[0]).to.be.within(180, 220);
    });

    it('draws the mark visibly over the whole image, after the redactions', async () => {
      const input = await grey(600, 400);
      const plain = await pixels((await processImage(file(input), { thumbnailEdge: 0 })).blob);
      const marked = await pixels((await processImage(file(input), { mark: 'KOPIE', thumbnailEdge: 0 })).blob);
      let reddish = 0;
      let unchanged = 0;
      const cells = { total: 0, hit: 0 };
      // Every 100 × 100 cell of the image carries part of the mark.
      for (let cy = 0; cy < 400; cy += 100) {
        for (let cx = 0; cx < 600; cx += 100) {
          cells.total++;
          let hit = false;
          for (let y = cy; y < cy + 100; y += 2) {
            for (let x = cx; x < cx + 100; x += 2) {
              const [r, g, b] = marked.at(x, y);
              const [pr] = plain.at(x, y);
              if (r - g > 40 && r - b > 40) {
                reddish++;
                hit = true;
              }
              if (Math.abs(r - pr) < 6) unchanged++;
            }
          }
          if (hit) cells.hit++;
        }
      }
      expect(reddish, 'pixels of the mark').to.be.above(2000);
      expect(unchanged, 'most of the image is still the document').to.be.above(15_000);
      expect(cells.hit, `cells with part of the mark (${cells.hit}/${cells.total})`).to.equal(cells.total);
      // Without a mark nothing is reddish.
      const [r, g] = plain.at(300, 200);
      expect(r - g).to.be.below(10);
    });
  });

  describe('refusals', () => {
    it('refuses an image over the pixel cap from its header, before decoding', async () => {
      // The corpus JPEG's scan data is filler no decoder takes: were it decoded, it would fail as decode-failed.
      const bomb = jpeg({ width: 10000, height: 6000, padding: 60_000 });
      expect((await rejection(processImage(file(bomb)))).code).to.equal('too-many-pixels');
      const pngBomb = png({ width: 30000, height: 30000 });
      expect((await rejection(processImage(file(pngBomb, 'image/png')))).code).to.equal('too-many-pixels');
      const heicBomb = heif({ width: 12000, height: 9000 });
      expect((await rejection(processImage(file(heicBomb, 'image/heic')))).code).to.equal('too-many-pixels');
      // A decodable image over a lower cap.
      const small = await grey(320, 200);
      expect((await rejection(processImage(file(small), { maxPixels: 320 * 200 - 1 }))).code).to.equal(
        'too-many-pixels',
      );
      expect((await processImage(file(small), { maxPixels: 320 * 200 })).width).to.equal(320);
    });

    it('refuses a truncated JPEG as decode-failed (engines would show it half grey)', async () => {
      const whole = await quadrants(640, 480);
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      expect((await rejection(processImage(file(cut)))).code).to.equal('decode-failed');
      expect((await rejection(processImage(file(whole.subarray(0, 40))))).code).to.equal('decode-failed');
    });

    it('refuses undecodable data behind valid headers, and what is not an image', async () => {
      expect((await rejection(processImage(file(jpeg({ width: 640, height: 480 }))))).code).to.equal('decode-failed');
      const text = new TextEncoder().encode('%PDF-1.7\n');
      expect((await rejection(processImage(file(text)))).code).to.equal('decode-failed');
      expect((await rejection(processImage(new Blob([])))).code).to.equal('decode-failed');
    });

    it('HEIC this browser cannot decode: refuse → heic-unsupported, pass-through → the file unchanged', async () => {
      const heic = file(heif({ width: 400, height: 300 }), 'image/heic');
      expect((await rejection(processImage(heic, { heic: 'refuse' }))).code).to.equal('heic-unsupported');
      const passed = await processImage(heic, { heic: 'pass-through' });
      expect(passed).to.include({ passedThrough: true, converted: false, width: 400, height: 300 });
      expect(passed.source.type).to.equal('image/heic');
      expect(await bytesOf(passed.blob)).to.deep.equal(await bytesOf(heic));
    });
  });

  describe('abort', () => {
    it('rejects with aborted at once, and the next file is processed as usual', async () => {
      const big = file(await quadrants(4000, 3000));
      const controller = new AbortController();
      const running = processImage(big, { signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      expect((await rejection(running)).code).to.equal('aborted');
      const aborted = new AbortController();
      aborted.abort();
      expect((await rejection(processImage(big, { signal: aborted.signal }))).code).to.equal('aborted');
      const next: ProcessedImage = await processImage(file(await quadrants(160, 96)));
      expect(next.width).to.equal(160);
    });

    it('aborting one of two files leaves the other to finish', async () => {
      const a = new AbortController();
      const first = processImage(file(await quadrants(2000, 1500)), { signal: a.signal });
      const second = processImage(file(await quadrants(200, 150)));
      a.abort();
      expect((await rejection(first)).code).to.equal('aborted');
      expect((await second).width).to.equal(200);
    });
  });

  describe('threads', () => {
    it('runs in a module worker', async () => {
      const Original = window.Worker;
      const started: string[] = [];
      class Watched extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(`${String(url)} ${options?.type}`);
        }
      }
      // A fresh copy of the module, so it starts its own worker through the watched constructor.
      window.Worker = Watched;
      try {
        const fresh = (await import(`./process.js?fresh=${Date.now()}`)) as typeof import('./process.js');
        const result = await fresh.processImage(file(await quadrants(160, 96)));
        expect(result.width).to.equal(160);
      } finally {
        window.Worker = Original;
      }
      expect(started).to.have.length(1);
      expect(started[0]).to.match(/\/worker\.js module$/);
    });

    it('the main-thread fallback (canvas element, and OffscreenCanvas) gives the same result', async () => {
      const input = file(withExif(await quadrants(160, 96), { orientation: 6, gps: true }));
      for (const surfaces of [elementSurfaces, offscreenSurfaces]) {
        const result = await runPipeline(
          input,
          { redactions: [{ x: 0, y: 0.5, width: 1, height: 0.5 }] },
          { surfaces, checkAborted: () => {} },
        );
        expect([result.width, result.height]).to.deep.equal([96, 160]);
        const img = await pixels(result.blob);
        expect(nearest(img.at(4, 4))).to.equal('blue');
        expect(Math.max(...img.at(48, 120))).to.be.below(16);
        const segments = jpegSegments(await bytesOf(result.blob));
        expect(Array.isArray(segments) && segments.some((s) => s.marker === 0xe1)).to.equal(false);
      }
    });
  });
});
