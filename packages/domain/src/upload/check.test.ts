// The checks every file goes through, on the hostile corpus of issue 6, and their messages.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hostileCorpus, jpeg, pdf, pdfWithObjectStream, png, heif } from '../../../../test/testing/hostile-files.js';
import type { FileLike } from './bytes.js';
import {
  checkFile,
  checkFileBytes,
  checkFileCount,
  checkRequired,
  DEFAULT_MAX_BYTES,
  type UploadFindingName,
} from './check.js';
import { formatFileSize, formatKinds, formatMegapixels } from './format.js';
import { uploadMessages } from './messages.js';

/** A File-like over bytes that records what was read (a real File in the browser underneath). */
function fileOf(bytes: Uint8Array, name: string, size = bytes.length) {
  const reads: [number, number][] = [];
  const file = new File([new Uint8Array(bytes)], name);
  const like: FileLike = {
    name,
    size,
    type: '',
    slice(start = 0, end = size) {
      reads.push([start, end]);
      return file.slice(start, end);
    },
    arrayBuffer() {
      reads.push([0, size]);
      return file.arrayBuffer();
    },
  };
  return { file: like, reads };
}

const message = (lang: 'de' | 'en', name: string, params: Record<string, string | number>) => {
  const m = uploadMessages[lang][`validation.${name}`];
  return typeof m === 'function' ? m(params) : m;
};

describe('@blaupause/domain upload: the hostile-file corpus', () => {
  it('refuses each hostile file with its own finding, and takes the harmless ones', async () => {
    const corpus = await hostileCorpus();
    expect(corpus.length).to.be.at.least(20);
    const seen: string[] = [];
    for (const entry of corpus) {
      const { file } = fileOf(entry.bytes, entry.name);
      const check = await checkFile(file);
      seen.push(`${entry.label}: ${check.finding?.name ?? 'taken'}`);
      if (entry.finding) {
        expect(check.finding?.type).to.equal('error');
        for (const lang of ['de', 'en'] as const) {
          expect(message(lang, entry.finding, check.finding!.params), `${lang} text for ${entry.label}`).to.be.a(
            'string',
          ).and.not.be.empty;
        }
      }
    }
    expect(seen).to.deep.equal(corpus.map((e) => `${e.label}: ${e.finding ?? 'taken'}`));
  });

  it('sends the markup-and-path name as a plain name and shows it as text', async () => {
    const corpus = await hostileCorpus();
    const entry = corpus.find((e) => e.name.startsWith('<img'))!;
    const check = await checkFileBytes(entry.name, entry.bytes);
    expect(check.uploadName).to.equal('passwd.jpg');
    expect(check.displayName).to.equal('passwd.jpg');
    expect(check).to.deep.include({ kind: 'jpeg', mime: 'image/jpeg', finding: null });
  });

  it('takes the JPEG with GPS and reports the location and orientation for the worker to strip and apply', async () => {
    const corpus = await hostileCorpus();
    const entry = corpus.find((e) => e.label === 'a JPEG with GPS EXIF')!;
    const check = await checkFileBytes(entry.name, entry.bytes);
    expect(check.finding).to.equal(null);
    expect(check.image).to.deep.include({ exif: true, gps: true, orientation: 6 });
    expect(check.uploadName).to.equal('IMG_0001.jpg');
  });

  it('states the pixel count and the limit of an image bomb, per language', async () => {
    const check = await checkFileBytes('bombe.png', png({ width: 30000, height: 30000 }));
    expect(check.finding?.params).to.deep.include({
      max: 50_000_000,
      pixels: 900_000_000,
      width: 30000,
      height: 30000,
    });
    expect(message('de', 'upload.tooManyPixels', check.finding!.params)).to.equal(
      'Das Bild „bombe.png“ hat 900 Megapixel, erlaubt sind höchstens 50. Wählen Sie ein kleineres Bild aus.',
    );
    expect(message('en', 'upload.tooManyPixels', check.finding!.params)).to.equal(
      'The image “bombe.png” has 900 megapixels, the most allowed is 50. Select a smaller image.',
    );
  });

  it('never throws for random bytes under any name, and always gives a known finding or none', async () => {
    const names: UploadFindingName[] = [
      'upload.empty',
      'upload.type',
      'upload.damaged',
      'upload.tooManyPixels',
      'upload.passwordProtected',
      'upload.activeContent',
    ];
    const starts = [
      [],
      [0xff, 0xd8, 0xff],
      Array.from(png().subarray(0, 24)),
      Array.from(new TextEncoder().encode('%PDF-1.7\n')),
      Array.from(heif().subarray(0, 32)),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...starts),
        fc.uint8Array({ maxLength: 800 }),
        fc.string({ maxLength: 40 }),
        async (start, tail, name) => {
          const check = await checkFileBytes(name, Uint8Array.from([...start, ...tail]));
          if (check.finding) expect(names).to.include(check.finding.name);
          expect(check.uploadName).to.not.match(/[/\\<>]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('@blaupause/domain upload: size, count and rules', () => {
  it('refuses a file over the limit by its size alone, without reading it', async () => {
    const { file, reads } = fileOf(jpeg(), 'riesig.jpg', DEFAULT_MAX_BYTES + 1);
    const check = await checkFile(file);
    expect(check.finding).to.deep.include({ name: 'upload.tooLarge', flag: 'rangeOverflow' });
    expect(check.finding?.params).to.deep.include({ max: DEFAULT_MAX_BYTES, size: DEFAULT_MAX_BYTES + 1 });
    expect(reads).to.deep.equal([]);
    expect(message('de', 'upload.tooLarge', check.finding!.params)).to.equal(
      '„riesig.jpg“ muss kleiner als 10 MB sein.',
    );
    expect(message('en', 'upload.tooLarge', { max: 1.5 * 1024 * 1024 })).to.equal(
      'The selected file must be smaller than 1.5 MB.',
    );
    expect(message('de', 'upload.tooLarge', { max: 1.5 * 1024 * 1024 })).to.equal(
      'Die ausgewählte Datei muss kleiner als 1,5 MB sein.',
    );
  });

  it('refuses an empty file without reading it', async () => {
    const { file, reads } = fileOf(new Uint8Array(0), 'leer.pdf');
    expect((await checkFile(file)).finding?.name).to.equal('upload.empty');
    expect(reads).to.deep.equal([]);
  });

  it('takes only the kinds a control accepts, and names them in the message', async () => {
    const check = await checkFileBytes('scan.pdf', pdf(), { accept: ['jpeg', 'png'] });
    expect(check.finding).to.deep.include({ name: 'upload.type', flag: 'typeMismatch' });
    expect(message('de', 'upload.type', { types: check.finding!.params.types })).to.equal(
      'Die ausgewählte Datei muss ein JPG oder PNG sein.',
    );
    expect(message('de', 'upload.type', { types: 'jpeg,png,heic,heif,pdf' })).to.equal(
      'Die ausgewählte Datei muss ein JPG, PNG, HEIC oder PDF sein.',
    );
    expect(message('en', 'upload.type', { types: 'jpeg,png,heic,heif,pdf' })).to.equal(
      'The selected file must be a JPG, PNG, HEIC or PDF.',
    );
  });

  it('takes a PDF with active content only when a portal allows it', async () => {
    const active = pdf({ catalog: '/OpenAction << /S /JavaScript /JS (x) >> ' });
    expect((await checkFileBytes('a.pdf', active)).finding?.name).to.equal('upload.activeContent');
    const allowed = await checkFileBytes('a.pdf', active, { allowActivePdf: true });
    expect(allowed.finding).to.equal(null);
    expect(allowed.pdf).to.deep.include({ pageCount: 1 });
  });

  it('refuses a PDF whose object streams it cannot read, unless active content is allowed', async () => {
    const lzw = await pdfWithObjectStream({ filter: '/LZWDecode' });
    const refused = await checkFileBytes('scan.pdf', lzw);
    expect(refused.finding?.name).to.equal('upload.uninspectable');
    expect(refused.pdf?.unreadObjectStreams).to.equal(1);
    expect(message('de', 'upload.uninspectable', { file: 'scan.pdf' })).to.equal(
      'Die PDF-Datei „scan.pdf“ konnte nicht auf aktive Inhalte geprüft werden und kann nicht angenommen werden. Speichern Sie sie neu, zum Beispiel mit „Drucken als PDF“.',
    );
    expect((await checkFileBytes('scan.pdf', lzw, { allowActivePdf: true })).finding).to.equal(null);
    // The same objects Flate-compressed are read and taken.
    expect((await checkFileBytes('scan.pdf', await pdfWithObjectStream())).finding).to.equal(null);
  });

  it('gives a lower pixel cap its own limit and keeps HEIC', async () => {
    expect((await checkFileBytes('f.heic', heif({ width: 4032, height: 3024 }))).finding).to.equal(null);
    const capped = await checkFileBytes('f.heic', heif({ width: 4032, height: 3024 }), { maxPixels: 12_000_000 });
    expect(capped.finding?.name).to.equal('upload.tooManyPixels');
  });

  it('adds the content’s extension where the name has none', async () => {
    expect((await checkFileBytes('scan', pdf())).uploadName).to.equal('scan.pdf');
    expect((await checkFileBytes('Foto.data', jpeg())).uploadName).to.equal('Foto.data');
  });

  it('counts files: up to the maximum, and one required', () => {
    expect(checkFileCount(0, 1)).to.equal(null);
    expect(checkFileCount(1, 1)).to.deep.include({ name: 'upload.tooManyFiles', params: { max: 1 } });
    expect(checkFileCount(8, 2, { maxFiles: 10 })).to.equal(null);
    const tooMany = checkFileCount(8, 3, { maxFiles: 10 })!;
    expect(message('de', tooMany.name, tooMany.params)).to.equal('Sie können höchstens 10 Dateien auswählen.');
    expect(message('en', tooMany.name, tooMany.params)).to.equal(
      'You can only select up to 10 files at the same time.',
    );
    expect(message('de', 'upload.tooManyFiles', { max: 1 })).to.equal('Sie können nur eine Datei auswählen.');
    expect(checkRequired(0)).to.deep.include({ name: 'upload.required', flag: 'valueMissing' });
    expect(checkRequired(1)).to.equal(null);
  });
});

describe('@blaupause/domain upload: messages', () => {
  it('has the same keys in German and English, each giving text for empty params', () => {
    const keys = Object.keys(uploadMessages.de).sort();
    expect(Object.keys(uploadMessages.en).sort()).to.deep.equal(keys);
    expect(keys).to.have.length(12);
    for (const lang of ['de', 'en'] as const) {
      for (const key of keys) expect(message(lang, key.replace('validation.', ''), {}), key).to.match(/\.$/);
    }
  });

  it('follows GOV.UK’s wording', () => {
    expect(message('en', 'upload.empty', {})).to.equal('The selected file is empty. Select a file with content.');
    expect(message('de', 'upload.failed', {})).to.equal(
      'Die ausgewählte Datei konnte nicht hochgeladen werden – bitte versuchen Sie es erneut.',
    );
    expect(message('en', 'upload.failed', { file: 'a.pdf' })).to.equal('“a.pdf” could not be uploaded – try again.');
    expect(message('de', 'upload.passwordProtected', {})).to.match(/^Die ausgewählte Datei ist passwortgeschützt\./);
    expect(message('de', 'upload.activeContent', {})).to.match(
      /^Die PDF-Datei enthält aktive Inhalte und kann nicht angenommen werden\./,
    );
  });

  it('formats sizes, megapixels and type lists per language', () => {
    expect(formatFileSize(10 * 1024 * 1024, 'de')).to.equal('10 MB');
    expect(formatFileSize(1536, 'de')).to.equal('1,5 kB');
    expect(formatFileSize(1536, 'en')).to.equal('1.5 kB');
    expect(formatFileSize(500, 'de')).to.equal('500 Byte');
    expect(formatFileSize(500, 'en')).to.equal('500 bytes');
    expect(formatMegapixels(12_192_768, 'de')).to.equal('12,2');
    expect(formatKinds('jpeg,pdf', 'en')).to.equal('JPG or PDF');
  });
});
