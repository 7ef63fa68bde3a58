import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { displayFileName, fileExtension, uploadFileName, UPLOAD_NAME_MAX } from './names.js';

// Control characters a sanitised name must not hold (what the test looks for, written as a class).
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const FORBIDDEN_UPLOAD = /[/\\<>\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_DISPLAY = /[/\\\u0000-\u001f\u202a-\u202e]/;

describe('@blaupause/domain upload: file names', () => {
  const upload: [string, string][] = [
    ['Personalausweis Vorderseite.JPG', 'Personalausweis Vorderseite.jpg'],
    ['../../etc/passwd.jpg', 'passwd.jpg'],
    ['C:\\Users\\Anna\\Desktop\\ausweis.png', 'ausweis.png'],
    ['<img src=x onerror=alert(1)>.jpg', 'img src_x onerror_alert(1)_.jpg'],
    ['Rechnung\u202egpj.exe', 'Rechnunggpj.exe'],
    ['zeile\nzwei\u0000.pdf', 'zeilezwei.pdf'],
    ['..', 'datei'],
    ['.htaccess', 'datei.htaccess'],
    ['CON.pdf', '_CON.pdf'],
    ['   ', 'datei'],
    ['Müller–Lüdenscheidt (Kopie).pdf', 'Müller–Lüdenscheidt (Kopie).pdf'],
    ['Mu\u0308ller.pdf', 'Müller.pdf'],
  ];
  for (const [name, expected] of upload) {
    it(`uploads ${JSON.stringify(name)} as ${JSON.stringify(expected)}`, () => {
      expect(uploadFileName(name)).to.equal(expected);
    });
  }

  it('adds the type found by content where the name has no extension', () => {
    expect(uploadFileName('scan', { extension: 'pdf' })).to.equal('scan.pdf');
    expect(uploadFileName('foto.jpg', { extension: 'png' })).to.equal('foto.jpg');
  });

  it('caps the length and keeps the extension, never cutting an emoji apart', () => {
    const long = `${'👨‍👩‍👧'.repeat(150)}.jpeg`;
    const name = uploadFileName(long);
    expect(name.endsWith('.jpeg')).to.equal(true);
    expect(
      name
        .replace('.jpeg', '')
        .split('👨‍👩‍👧')
        .every((part) => part === ''),
    ).to.equal(true);
    expect(Array.from(new Intl.Segmenter().segment(name)).length).to.be.at.most(UPLOAD_NAME_MAX);
  });

  it('shows names as the user knows them, shortened in the middle', () => {
    expect(displayFileName('../a/<b>&c.pdf')).to.equal('<b>&c.pdf');
    expect(displayFileName('Rechnung\u202egpj.exe')).to.equal('Rechnunggpj.exe');
    const shown = displayFileName(`${'Sehr lange Bezeichnung '.repeat(8)}Ende.pdf`);
    expect(shown).to.have.length(60);
    expect(shown).to.match(/…[^…]*Ende\.pdf$/);
  });

  it('reads extensions lower-case', () => {
    expect(fileExtension('A.JPEG')).to.equal('jpeg');
    expect(fileExtension('archiv.tar.gz')).to.equal('gz');
    expect(fileExtension('kein-punkt')).to.equal('');
  });

  it('sanitised names never contain / \\ < > or control characters, and are never empty or dot-led', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.constantFrom('jpg', 'pdf')),
        (raw, ext) => {
          const name = uploadFileName(raw, ext ? { extension: ext } : {});
          expect(name).to.not.match(FORBIDDEN_UPLOAD);
          expect(name.length).to.be.greaterThan(0);
          expect(name.startsWith('.')).to.equal(false);
          expect(Array.from(name).length).to.be.at.most(UPLOAD_NAME_MAX * 8);
          expect(displayFileName(raw)).to.not.match(FORBIDDEN_DISPLAY);
        },
      ),
      { numRuns: 500 },
    );
  });
});
