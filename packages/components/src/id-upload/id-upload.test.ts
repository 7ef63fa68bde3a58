// bp-id-upload in three engines: presets and labels, the three ways in (button, camera, drop and
// paste through the same checks), the hostile corpus, the per-file list, consent and the PAuswG
// notice, the form transport, keyboard-only use, axe and the accessibility tree. The network
// transports are tested in id-upload.transport.test.ts against the local servers.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as domain from '@blaupause/domain/upload';
import { formatFileSize, formatKinds, formFieldName, isFileId, PRESET_TEXTS, resetFormatted } from './format.js';
import { idUploadTranslations } from './strings.js';
import { redactionEditorTranslations } from './redact/strings.js';
import { listTranslations } from './list.strings.js';
import type { Catalogue, CatalogueSource } from '../core/localize.js';
import { heif, hostileCorpus, pdf, realJpeg, withExif, zip } from '../../../../test/testing/hostile-files.js';
import './define.js';
import type { IdUpload } from './id-upload.js';
import type { FileSelectedEvent, UploadCompleteEvent } from './events.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, clearAnnouncements, rendered } from '../core/testing/helpers.js';
import { announcerRegions } from '../core/announcer.js';
import {
  activatedInputs,
  byId,
  deepActive,
  dropFiles,
  dropZone,
  entries,
  fileOf,
  noisyJpeg,
  offerFiles,
  pasteFiles,
  differingShare,
  pixelAt,
  refusalOf,
  settled,
  shadow,
  text,
} from './testing/helpers.js';

const announced = (message: string) =>
  waitUntil(() => announcerRegions().polite.textContent === message, `announced: ${message}`, { timeout: 5000 });

let photoBytes: Uint8Array | undefined;
/** A decodable JPEG (drawn once per file run). */
const photo = async (name = 'foto.jpg') => fileOf((photoBytes ??= await realJpeg(320, 200)), name, 'image/jpeg');

/** Presses Tab until the focused element has `id` (at most `max` times). */
async function tabTo(id: string, max = 12): Promise<void> {
  for (let i = 0; i < max && deepActive()?.id !== id; i++) await sendKeys({ press: 'Tab' });
  expect(deepActive()?.id, `focus reached #${id}`).to.equal(id);
}

async function inForm(template = html`<bp-id-upload name="ausweis" document="personalausweis"></bp-id-upload>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Absenden</button></form>`);
  const el = form.querySelector('bp-id-upload')!;
  await el.updateComplete;
  return { form, el };
}

/** The key of the newest file in the list (from its remove button's id). */
const lastKey = (el: IdUpload) => {
  const buttons = [...shadow(el).querySelectorAll<HTMLElement>('[id^="remove-"]')];
  return buttons.at(-1)?.id.slice('remove-'.length) ?? '';
};

// ── the shared suite ─────────────────────────────────────────────────────────────────────────

runFormControlSuite<IdUpload>({
  tag: 'bp-id-upload',
  // A file control has no default value (as <input type=file>): `defaultValue` is ignored.
  render: ({ name, id, required, disabled, readonly }) =>
    html`<bp-id-upload
      name=${name}
      id=${ifDefined(id)}
      document="nachweis"
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-id-upload>`,
  async fillByKeyboard(el) {
    // Focus is on "Datei auswählen": Enter opens the dialog, the user picks a photo.
    offerFiles(await photo());
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.files.length > 0, 'a file in the list');
    await settled(el, ['done']);
    await tabTo(`remove-${lastKey(el)}`);
  },
  filledEntries: [['field[nachweis]', 'foto.jpg']],
  defaultEntries: [],
  setValue(el) {
    el.value = [{ slot: 'nachweis', id: 'datei-1', name: 'bescheid.pdf', size: 2048, mime: 'application/pdf' }];
  },
  setEntries: [['field[nachweis]', 'datei-1']],
  restore: {
    state: JSON.stringify([{ slot: 'nachweis', id: 'f-77', name: 'scan.pdf', size: 10, mime: 'application/pdf' }]),
    entries: [['field[nachweis]', 'f-77']],
  },
  focusTarget: (el) => byId(el, 'pick-nachweis'),
  enterSubmits: false,
});

// ── presets, labels, notice ──────────────────────────────────────────────────────────────────

describe('bp-id-upload: presets and labels', () => {
  it('Personalausweis: a group with the notice, two labelled slots, each with both buttons, and the consent', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload id="up" document="personalausweis"></bp-id-upload>`);
    expect(text(shadow(el).querySelector('legend'))).to.equal('Personalausweis');
    expect([...shadow(el).querySelectorAll('.slot-label')].map(text)).to.deep.equal([
      'Vorderseite des Personalausweises',
      'Rückseite des Personalausweises',
    ]);
    const notice = text(shadow(el).querySelector('[part="notice"]'));
    expect(notice).to.contain('nur mit Ihrer Einwilligung');
    expect(notice).to.contain('Zugangsnummer (CAN) und die Seriennummer');
    expect(notice).to.contain('§ 20 Absatz 2 Personalausweisgesetz');
    const expected: [string, { role: string; name: string }][] = [
      ['fieldset', { role: 'group', name: 'Personalausweis' }],
      ['#pick-vorderseite', { role: 'button', name: 'Datei auswählen Vorderseite des Personalausweises' }],
      ['#camera-vorderseite', { role: 'button', name: 'Foto aufnehmen Vorderseite des Personalausweises' }],
      ['#pick-rueckseite', { role: 'button', name: 'Datei auswählen Rückseite des Personalausweises' }],
      ['#camera-rueckseite', { role: 'button', name: 'Foto aufnehmen Rückseite des Personalausweises' }],
      [
        '#consent',
        {
          role: 'checkbox',
          name: 'Ich bin damit einverstanden, dass eine Kopie meines Ausweisdokuments übermittelt wird.',
        },
      ],
    ];
    for (const [selector, node] of expected) {
      expect(await accessible(['#up', selector], node), selector).to.deep.equal(node);
    }
    await expect(el).to.be.accessible();
  });

  it('Reisepass: one slot, the data page; Aufenthaltstitel: front and back', async () => {
    const pass = await fixture<IdUpload>(html`<bp-id-upload document="reisepass"></bp-id-upload>`);
    expect([...shadow(pass).querySelectorAll('.slot-label')].map(text)).to.deep.equal([
      'Datenseite des Reisepasses (die Seite mit Ihrem Foto)',
    ]);
    expect(text(shadow(pass).querySelector('legend'))).to.equal('Reisepass');
    // The PAuswG names only the Personalausweis: the notice on consent and black-out stays, the § line goes.
    expect(text(shadow(pass).querySelector('[part="notice"]'))).not.to.contain('Personalausweisgesetz');
    await expect(pass).to.be.accessible();
    const titel = await fixture<IdUpload>(html`<bp-id-upload document="aufenthaltstitel"></bp-id-upload>`);
    expect([...shadow(titel).querySelectorAll('.slot-label')].map(text)).to.deep.equal([
      'Vorderseite des Aufenthaltstitels',
      'Rückseite des Aufenthaltstitels',
    ]);
    expect(byId(titel, 'consent')).to.exist;
  });

  it('Nachweis: several files, no notice and no consent; a label replaces the default legend', async () => {
    const el = await fixture<IdUpload>(
      html`<bp-id-upload id="nw" document="nachweis" label="Meldebescheinigung" max-files="3"></bp-id-upload>`,
    );
    expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    expect(byId(el, 'consent')).to.equal(null);
    activatedInputs.length = 0;
    byId(el, 'pick-nachweis').click();
    expect(
      activatedInputs.map((i) => i.multiple),
      'several files at once',
    ).to.deep.equal([true]);
    expect(
      shadow(el).querySelectorAll('input[type="file"]').length,
      'no input stays behind a cancelled dialog',
    ).to.be.at.most(1);
    expect(text(byId(el, 'hint'))).to.equal('Bis zu 3 Dateien: JPG, PNG, HEIC oder PDF, je Datei höchstens 10 MB.');
    const node = { role: 'button', name: 'Datei auswählen Meldebescheinigung' };
    expect(await accessible(['#nw', '#pick-nachweis'], node)).to.deep.equal(node);
    await expect(el).to.be.accessible();
  });

  it('speaks English where the page does', async () => {
    const el = await fixture<IdUpload>(
      html`<div lang="en"><bp-id-upload document="personalausweis"></bp-id-upload></div>`,
    ).then((d) => d.querySelector('bp-id-upload')!);
    await el.updateComplete;
    expect(text(shadow(el).querySelector('legend'))).to.equal('Identity card');
    expect(text(byId(el, 'pick-vorderseite'))).to.equal('Choose file');
    expect(text(byId(el, 'camera-vorderseite'))).to.equal('Take photo');
    expect(text(shadow(el).querySelector('[part="notice"]'))).to.contain('card access number (CAN)');
    dropFiles(el, 'vorderseite', fileOf(zip(), 'ausweis.jpg', 'image/jpeg'));
    await waitUntil(() => refusalOf(el, 'vorderseite') !== '', 'a refusal');
    expect(refusalOf(el, 'vorderseite')).to.equal('Error: “ausweis.jpg” must be a JPG, PNG, HEIC or PDF.');
    clearAnnouncements();
    dropFiles(el, 'vorderseite', await photo('front.jpg'));
    await settled(el, ['done']);
    expect(text(shadow(el).querySelector('.status'))).to.equal('Ready');
    expect(text(byId(el, `remove-${lastKey(el)}`))).to.equal('Remove');
    await announced('“front.jpg” is ready.');
    await expect(el).to.be.accessible();
  });
});

// ── three ways in, one set of checks ─────────────────────────────────────────────────────────

describe('bp-id-upload: picking, the camera, drop and paste', () => {
  it('"Datei auswählen" opens a native file input without capture; "Foto aufnehmen" one with capture=environment', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="reisepass"></bp-id-upload>`);
    activatedInputs.length = 0;
    byId(el, 'pick-datenseite').click();
    byId(el, 'camera-datenseite').click();
    expect(activatedInputs.map((i) => i.getAttribute('capture'))).to.deep.equal([null, 'environment']);
    expect(
      activatedInputs.map((i) => i.multiple),
      'one file per side',
    ).to.deep.equal([false, false]);
    expect(activatedInputs.every((i) => i.tabIndex === -1 && i.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(activatedInputs[0].accept).to.equal(
      'image/jpeg,.jpg,.jpeg,image/png,.png,image/heic,.heic,image/heif,.heif,application/pdf,.pdf',
    );
    expect(activatedInputs[1].accept).not.to.contain('pdf');
  });

  it('a photo taken with the camera goes through the checks and into the list', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="reisepass"></bp-id-upload>`);
    offerFiles(await photo('image.jpg'));
    byId(el, 'camera-datenseite').click();
    await settled(el, ['done']);
    expect(el.files.map((f) => [f.slot, f.name, f.mime])).to.deep.equal([['datenseite', 'image.jpg', 'image/jpeg']]);
  });

  it('a dropped file is checked like a picked one: a ZIP named .jpg is refused, a photo taken', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis"></bp-id-upload>`);
    const refused = dropFiles(el, 'nachweis', fileOf(zip(), 'ausweis.jpg', 'image/jpeg'));
    // The browser must not open a file dropped on the zone.
    expect(refused).to.deep.equal({ dragoverPrevented: true, dropPrevented: true });
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(refusalOf(el, 'nachweis')).to.equal('Fehler: „ausweis.jpg“ muss ein JPG, PNG, HEIC oder PDF sein.');
    expect(el.files).to.deep.equal([]);
    await expect(el).to.be.accessible();
    dropFiles(el, 'nachweis', await photo('scan.jpg'));
    await settled(el, ['done']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['scan.jpg']);
    expect(refusalOf(el, 'nachweis'), 'the refusal goes with the next good file').to.equal('');
  });

  it('a pasted file is checked like a picked one, into the slot that has focus', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="personalausweis"></bp-id-upload>`);
    pasteFiles(
      byId(el, 'pick-rueckseite'),
      fileOf(pdf({ catalog: '/OpenAction 20 0 R ', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }), 'x.pdf'),
    );
    await waitUntil(() => refusalOf(el, 'rueckseite') !== '', 'a refusal');
    expect(refusalOf(el, 'rueckseite')).to.contain('Die PDF-Datei „x.pdf“ enthält aktive Inhalte');
    expect(refusalOf(el, 'vorderseite')).to.equal('');
    pasteFiles(byId(el, 'pick-rueckseite'), await photo('rueck.jpg'));
    await settled(el, ['done']);
    expect(el.files.map((f) => [f.slot, f.name])).to.deep.equal([['rueckseite', 'rueck.jpg']]);
  });

  it('accepts nothing while disabled: no pick, no drop, no paste; the buttons are disabled', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis" disabled></bp-id-upload>`);
    expect(byId(el, 'pick-nachweis').matches(':disabled')).to.equal(true);
    expect(byId(el, 'camera-nachweis').matches(':disabled')).to.equal(true);
    activatedInputs.length = 0;
    offerFiles(await photo());
    byId(el, 'pick-nachweis').click();
    expect(activatedInputs, 'no dialog opens').to.deep.equal([]);
    offerFiles();
    const { dropPrevented } = dropFiles(el, 'nachweis', await photo());
    expect(dropPrevented, 'the browser does not open the dropped file either').to.equal(true);
    pasteFiles(byId(el, 'pick-nachweis'), await photo());
    await new Promise((r) => setTimeout(r, 300));
    expect(el.files).to.deep.equal([]);
    expect(refusalOf(el, 'nachweis')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a file that cannot be read (gone from the device after picking) is refused with a message, nothing taken', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis"></bp-id-upload>`);
    /** A picked file whose contents the browser can no longer read (NotReadableError, as after a revoked permission). */
    class GoneFile extends File {
      override slice(): Blob {
        const gone = new Blob([]);
        Object.defineProperty(gone, 'arrayBuffer', {
          value: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')),
        });
        return gone;
      }
    }
    // Handed over as it is (a DataTransfer would copy it into a plain File in some engines).
    const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(paste, 'clipboardData', {
      value: { files: [new GoneFile([new Uint8Array(100)], 'scan.pdf')] },
    });
    byId(el, 'pick-nachweis').dispatchEvent(paste);
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(refusalOf(el, 'nachweis')).to.equal(
      'Fehler: Die Datei konnte nicht gelesen oder geprüft werden. Wählen Sie sie erneut aus. Besteht das Problem weiter, prüfen Sie Ihre Internetverbindung.',
    );
    expect(el.files).to.deep.equal([]);
  });

  it('accepts nothing inside a disabled fieldset either', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><bp-id-upload name="n" document="nachweis"></bp-id-upload></fieldset>
      </form>`,
    );
    const el = form.querySelector('bp-id-upload')!;
    await el.updateComplete;
    dropFiles(el, 'nachweis', await photo());
    await new Promise((r) => setTimeout(r, 300));
    expect(el.files).to.deep.equal([]);
  });

  it('refuses more files than max-files as a whole, and keeps the ones it had', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis" max-files="2"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('a.jpg'));
    await settled(el, ['done']);
    dropFiles(el, 'nachweis', await photo('b.jpg'), await photo('c.jpg'));
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(refusalOf(el, 'nachweis')).to.equal('Fehler: Sie können höchstens 2 Dateien auswählen.');
    expect(el.files.map((f) => f.name)).to.deep.equal(['a.jpg']);
  });

  it('an identity slot takes one file: two dropped at once are refused', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="personalausweis"></bp-id-upload>`);
    dropFiles(el, 'vorderseite', await photo('a.jpg'), await photo('b.jpg'));
    await waitUntil(() => refusalOf(el, 'vorderseite') !== '', 'a refusal');
    expect(refusalOf(el, 'vorderseite')).to.equal('Fehler: Sie können nur eine Datei auswählen.');
  });

  it('a file over max-size is refused by its size', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis" max-size="1024"></bp-id-upload>`);
    dropFiles(el, 'nachweis', fileOf(new Uint8Array(4096).fill(1), 'gross.pdf'));
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(refusalOf(el, 'nachweis')).to.equal('Fehler: „gross.pdf“ muss kleiner als 1 kB sein.');
  });

  it('accept narrows the kinds, by content: a PNG is refused where only PDF is taken', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis" accept=".pdf"></bp-id-upload>`);
    expect(byId(el, 'camera-nachweis'), 'no camera where no image is taken').to.equal(null);
    const png = await new Promise<Blob>((resolve) => {
      const c = document.createElement('canvas');
      c.width = c.height = 8;
      c.toBlob((b) => resolve(b!), 'image/png');
    });
    dropFiles(el, 'nachweis', new File([png], 'bescheid.pdf', { type: 'application/pdf' }));
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(refusalOf(el, 'nachweis')).to.equal('Fehler: „bescheid.pdf“ muss ein PDF sein.');
  });
});

// ── the hostile corpus ───────────────────────────────────────────────────────────────────────

/** What each refusal must say (German), by finding. */
const REFUSAL_TEXT: Record<string, RegExp> = {
  'upload.type': /^Fehler: „[^“]+“ muss ein JPG, PNG, HEIC oder PDF sein\.$/,
  'upload.empty': /^Fehler: „leer\.jpg“ ist leer\. Wählen Sie eine Datei mit Inhalt aus\.$/,
  'upload.damaged': /^Fehler: „[^“]+“ ist beschädigt oder unvollständig\./,
  'upload.tooManyPixels':
    /^Fehler: Das Bild „[^“]+“ hat [\d.,]+ Megapixel, erlaubt sind höchstens 50\. Wählen Sie ein kleineres Bild aus\.$/,
  'upload.activeContent': /^Fehler: Die PDF-Datei „[^“]+“ enthält aktive Inhalte und kann nicht angenommen werden\./,
  'upload.uninspectable': /^Fehler: Die PDF-Datei „[^“]+“ konnte nicht auf aktive Inhalte geprüft werden/,
  'upload.passwordProtected': /^Fehler: „geschuetzt\.pdf“ ist passwortgeschützt\./,
};

describe('bp-id-upload: the hostile corpus', () => {
  it('refuses each hostile file with its own message, adds nothing and keeps the file it had', async function () {
    this.timeout(60_000);
    const el = await fixture<IdUpload>(html`<bp-id-upload document="reisepass"></bp-id-upload>`);
    dropFiles(el, 'datenseite', await photo('gut.jpg'));
    await settled(el, ['done']);
    const corpus = (await hostileCorpus()).filter((f) => f.finding);
    expect(corpus.length).to.be.greaterThan(18);
    for (const item of corpus) {
      const before = refusalOf(el, 'datenseite');
      // Alternate the ways in: all must refuse alike.
      const file = fileOf(item.bytes, item.name);
      if (corpus.indexOf(item) % 2) pasteFiles(byId(el, 'pick-datenseite'), file);
      else dropFiles(el, 'datenseite', file);
      await waitUntil(
        () => refusalOf(el, 'datenseite') !== before || refusalOf(el, 'datenseite').includes(item.name),
        `${item.label}: a refusal`,
        { timeout: 5000 },
      );
      await el.updateComplete;
      expect(refusalOf(el, 'datenseite'), item.label).to.match(REFUSAL_TEXT[item.finding!]);
      expect(
        el.files.map((f) => f.name),
        item.label,
      ).to.deep.equal(['gut.jpg']);
      // A refusal clears before the next file, so each one is seen to change.
      dropFiles(el, 'datenseite', fileOf(new Uint8Array(0), 'leer.jpg'));
      await waitUntil(() => refusalOf(el, 'datenseite').includes('leer.jpg'), 'reset refusal');
    }
    await expect(el).to.be.accessible();
  });

  it('an accepted image that cannot be decoded is refused as damaged after processing; the earlier file stays', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="reisepass"></bp-id-upload>`);
    dropFiles(el, 'datenseite', await photo('gut.jpg'));
    await settled(el, ['done']);
    // Structurally complete, header fine, pixel data filler: only the decoder can tell.
    const filler = (await hostileCorpus()).find((f) => f.label === 'a JPEG with GPS EXIF')!;
    dropFiles(el, 'datenseite', fileOf(filler.bytes, 'IMG_0001.JPG'));
    await waitUntil(() => refusalOf(el, 'datenseite') !== '', 'a refusal', { timeout: 8000 });
    expect(refusalOf(el, 'datenseite')).to.match(/„IMG_0001\.JPG“ ist beschädigt oder unvollständig/);
    expect(el.files.map((f) => f.name)).to.deep.equal(['gut.jpg']);
  });

  it('shows a name with markup as text and sends it sanitised', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('a<b onmouseover=alert(1)>"x".jpg'));
    await settled(el, ['done']);
    const name = shadow(el).querySelector('.name')!;
    expect(name.textContent).to.equal('a<b onmouseover=alert(1)>"x".jpg');
    expect(name.children.length, 'no element made from the name').to.equal(0);
    expect(shadow(el).querySelector('b')).to.equal(null);
    const sent = new FormData(form).get('belege[nachweis]') as File;
    expect(sent.name).to.equal('a_b onmouseover_alert(1)_x_.jpg');
  });

  it('a path in the name is dropped: only the last part is shown and sent', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('<img src=x onerror=alert(1)>../../etc/passwd.jpg'));
    await settled(el, ['done']);
    expect(el.files[0].name).to.equal('passwd.jpg');
    expect((new FormData(form).get('belege[nachweis]') as File).name).to.equal('passwd.jpg');
  });
});

// ── processing ───────────────────────────────────────────────────────────────────────────────

describe('bp-id-upload: what is sent', () => {
  it('a JPEG with GPS EXIF is sent without any EXIF segment (output bytes parsed)', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    const source = withExif(await realJpeg(320, 200), { orientation: 6, gps: true });
    expect(
      (domain.jpegSegments(source) as { marker: number }[]).some((s) => s.marker === 0xe1),
      'the source has EXIF',
    ).to.equal(true);
    dropFiles(el, 'nachweis', fileOf(source, 'IMG_0001.JPG', 'image/jpeg'));
    await settled(el, ['done']);
    const sent = new FormData(form).get('belege[nachweis]') as File;
    expect(sent.type).to.equal('image/jpeg');
    expect(sent.name).to.equal('IMG_0001.jpg');
    const bytes = new Uint8Array(await sent.arrayBuffer());
    const segments = domain.jpegSegments(bytes);
    expect(Array.isArray(segments)).to.equal(true);
    const markers = (segments as { marker: number }[]).map((s) => s.marker);
    expect(
      markers.filter((m) => m >= 0xe1 && m <= 0xef),
      'APP1–APP15',
    ).to.deep.equal([]);
    expect(new TextDecoder('latin1').decode(bytes)).not.to.contain('Exif');
    // Orientation 6 applied: the stored 320 × 200 is sent upright as 200 × 320.
    const bitmap = await createImageBitmap(sent);
    expect([bitmap.width, bitmap.height]).to.deep.equal([200, 320]);
  });

  it('tells what was selected and what is ready: bp-file-selected, then bp-upload-complete with type, size and SHA-256', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    const selected = oneEvent(el, 'bp-file-selected');
    const complete = oneEvent(el, 'bp-upload-complete');
    const source = await photo('scan.jpg');
    dropFiles(el, 'nachweis', source);
    const s = (await selected) as unknown as FileSelectedEvent;
    expect([s.slot, s.fileName, s.mime, s.size]).to.deep.equal(['nachweis', 'scan.jpg', 'image/jpeg', source.size]);
    const c = (await complete) as unknown as UploadCompleteEvent;
    const sent = new FormData(form).get('belege[nachweis]') as File;
    const digest = await crypto.subtle.digest('SHA-256', await sent.arrayBuffer());
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    expect([c.slot, c.fileName, c.id, c.mime, c.size, c.sha256]).to.deep.equal([
      'nachweis',
      'scan.jpg',
      '',
      'image/jpeg',
      sent.size,
      hex,
    ]);
  });

  it('scales the long edge down to max-edge', async () => {
    const { form, el } = await inForm(
      html`<bp-id-upload name="belege" document="nachweis" max-edge="160"></bp-id-upload>`,
    );
    dropFiles(el, 'nachweis', await photo());
    await settled(el, ['done']);
    const bitmap = await createImageBitmap(new FormData(form).get('belege[nachweis]') as File);
    expect([bitmap.width, bitmap.height]).to.deep.equal([160, 100]);
  });

  it('a HEIC the browser cannot decode is refused with its own message, or passed on unchanged when configured', async () => {
    const bytes = heif({ width: 4032, height: 3024 });
    const refusing = await fixture<IdUpload>(html`<bp-id-upload document="nachweis"></bp-id-upload>`);
    dropFiles(refusing, 'nachweis', fileOf(bytes, 'IMG_4711.HEIC'));
    await waitUntil(() => refusalOf(refusing, 'nachweis') !== '', 'a refusal', { timeout: 8000 });
    expect(refusalOf(refusing, 'nachweis')).to.equal(
      'Fehler: „IMG_4711.HEIC“ ist ein HEIC-Bild, das hier nicht umgewandelt werden kann. Wählen Sie ein JPG, PNG oder PDF aus.',
    );
    expect(refusing.files).to.deep.equal([]);
    const { form, el } = await inForm(
      html`<bp-id-upload name="belege" document="nachweis" heic="pass-through"></bp-id-upload>`,
    );
    dropFiles(el, 'nachweis', fileOf(bytes, 'IMG_4711.HEIC'));
    await settled(el, ['done']);
    expect(text(shadow(el).querySelector('.note'))).to.equal(
      'Als HEIC übernommen: nicht verkleinert, Metadaten wie der Aufnahmeort bleiben enthalten.',
    );
    const sent = new FormData(form).get('belege[nachweis]') as File;
    expect([sent.name, sent.type]).to.deep.equal(['IMG_4711.heic', 'image/heic']);
    expect(new Uint8Array(await sent.arrayBuffer())).to.deep.equal(bytes);
  });

  it('a PDF is sent as it came, with its page count in the list', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    const bytes = pdf({ pages: 3 });
    dropFiles(el, 'nachweis', fileOf(bytes, 'Bescheid 2024.PDF'));
    await settled(el, ['done']);
    expect(text(shadow(el).querySelector('.meta'))).to.match(/^[\d,]+ (Byte|KB) · 3 Seiten · Bereit$/);
    const sent = new FormData(form).get('belege[nachweis]') as File;
    expect(sent.name).to.equal('Bescheid 2024.pdf');
    expect(sent.type).to.equal('application/pdf');
    expect(new Uint8Array(await sent.arrayBuffer())).to.deep.equal(bytes);
  });
});

// ── the list ─────────────────────────────────────────────────────────────────────────────────

describe('bp-id-upload: the list of files', () => {
  it('shows thumbnail, name, size and status; announces the file ready', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis"></bp-id-upload>`);
    clearAnnouncements();
    dropFiles(el, 'nachweis', await photo('scan.jpg'));
    // „hinzugefügt“ comes first; the announcer lets a newer polite message replace one not yet spoken.
    await settled(el, ['done']);
    await announced('„scan.jpg“ ist bereit.');
    const item = shadow(el).querySelector('[part="file"]')!;
    expect(item.querySelector('img[part="thumbnail"]')?.getAttribute('alt')).to.equal('');
    expect(text(item.querySelector('.name'))).to.equal('scan.jpg');
    expect(text(item.querySelector('.status'))).to.equal('Bereit');
    await expect(el).to.be.accessible();
  });

  it('names each file action after the file, in the accessibility tree', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload id="acts" document="personalausweis"></bp-id-upload>`);
    dropFiles(el, 'vorderseite', await photo('vorne.jpg'));
    await settled(el, ['done']);
    const key = lastKey(el);
    for (const [id, name] of [
      [`remove-${key}`, 'Entfernen vorne.jpg'],
      [`replace-${key}`, 'Ersetzen vorne.jpg'],
      [`redact-${key}`, 'Schwärzen vorne.jpg'],
    ]) {
      const node = { role: 'button', name };
      expect(await accessible(['#acts', `#${id}`], node), id).to.deep.equal(node);
    }
  });

  it('a file being prepared when the element is moved is prepared again, not lost', async () => {
    const { form, el } = await inForm(
      html`<bp-id-upload name="b" document="nachweis" max-size="67108864"></bp-id-upload>`,
    );
    // Large enough to be still in the worker when it is moved.
    dropFiles(el, 'nachweis', fileOf(await noisyJpeg(3000, 2000), 'scan.jpg', 'image/jpeg'));
    await waitUntil(() => el.files.length === 1, 'in the list');
    expect(el.files[0].status).to.equal('processing');
    const other = document.createElement('div');
    form.append(other);
    other.append(el);
    await settled(el, ['done']);
    expect(entries(form)).to.deep.equal([['b[nachweis]', 'scan.jpg']]);
  });

  it('remove: the file goes, it is announced and focus moves to "Datei auswählen"', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('scan.jpg'));
    await settled(el, ['done']);
    const changes = oneEvent(el, 'change');
    byId(el, `remove-${lastKey(el)}`).focus();
    clearAnnouncements();
    await sendKeys({ press: 'Enter' });
    await changes;
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(entries(form)).to.deep.equal([]);
    await announced('„scan.jpg“ entfernt.');
    await waitUntil(() => deepActive()?.id === 'pick-nachweis', 'focus on Datei auswählen');
  });

  it('replace: the old file stays until the new one is ready, and a refused replacement keeps it', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('alt.jpg'), await photo('bleibt.jpg'));
    await settled(el, ['done']);
    const oldKey = shadow(el).querySelector('[id^="replace-"]')!.id.slice('replace-'.length);
    offerFiles(fileOf(new Uint8Array(0), 'leer.pdf'));
    byId(el, `replace-${oldKey}`).click();
    await waitUntil(() => refusalOf(el, 'nachweis') !== '', 'a refusal');
    expect(el.files.map((f) => f.name)).to.deep.equal(['alt.jpg', 'bleibt.jpg']);
    offerFiles(await photo('neu.jpg'));
    byId(el, `replace-${oldKey}`).click();
    await waitUntil(() => el.files.some((f) => f.name === 'neu.jpg' && f.status === 'done'), 'replaced');
    expect(el.files.map((f) => f.name)).to.deep.equal(['bleibt.jpg', 'neu.jpg']);
    expect(entries(form)).to.deep.equal([
      ['belege[nachweis]', 'bleibt.jpg'],
      ['belege[nachweis]', 'neu.jpg'],
    ]);
  });

  it('an identity slot replaces its file with the next one picked', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="personalausweis"></bp-id-upload>`);
    dropFiles(el, 'vorderseite', await photo('erst.jpg'));
    await settled(el, ['done']);
    dropFiles(el, 'vorderseite', await photo('zweit.jpg'));
    await waitUntil(() => el.files.length === 1 && el.files[0].name === 'zweit.jpg', 'replaced');
  });

  it('is required: "Wählen Sie eine Datei aus." after a submit attempt, on the slot', async () => {
    const { form, el } = await inForm(
      html`<bp-id-upload name="ausweis" document="personalausweis" required></bp-id-upload>`,
    );
    expect(el.validationMessage).to.equal('Wählen Sie eine Datei aus.');
    form.requestSubmit();
    await el.updateComplete;
    expect(text(byId(el, 'error-vorderseite'))).to.equal('Fehler: Wählen Sie eine Datei aus.');
    expect(text(byId(el, 'error-rueckseite'))).to.equal('Fehler: Wählen Sie eine Datei aus.');
    expect(byId(el, 'pick-vorderseite').getAttribute('aria-describedby')).to.equal('error-vorderseite');
    await expect(el).to.be.accessible();
  });

  it('readonly shows the files without a way to change them, and still submits them', async () => {
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis" readonly></bp-id-upload>`);
    el.value = [{ slot: 'nachweis', id: 'f-9', name: 'bescheid.pdf', size: 2048, mime: 'application/pdf' }];
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.name'))).to.equal('bescheid.pdf');
    expect(shadow(el).querySelector('[part~="drop-zone"]'), 'no drop zone').to.equal(null);
    expect(shadow(el).querySelectorAll('button').length, 'no buttons').to.equal(0);
    dropFiles(el, 'nachweis', await photo());
    await new Promise((r) => setTimeout(r, 200));
    expect(el.files.map((f) => f.name)).to.deep.equal(['bescheid.pdf']);
    expect(entries(form)).to.deep.equal([['belege[nachweis]', 'f-9']]);
    await expect(el).to.be.accessible();
  });

  it('offers files the portal already has (value), submitted by their ids', async () => {
    const { form, el } = await inForm();
    el.value = [
      { slot: 'vorderseite', id: 'f-1', name: 'vorne.jpg', size: 1000, mime: 'image/jpeg' },
      { slot: 'gibtsnicht', id: 'f-2', name: 'x.jpg' },
      { slot: 'rueckseite', id: '../etc', name: 'y.jpg' },
    ];
    await el.updateComplete;
    expect(el.value.map((f) => [f.slot, f.id, f.status])).to.deep.equal([['vorderseite', 'f-1', 'done']]);
    expect(text(shadow(el).querySelector('.note'))).to.equal('Früher hochgeladen.');
    // An identity document goes nowhere before consent.
    expect(entries(form)).to.deep.equal([]);
    el.consent = true;
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['ausweis[vorderseite]', 'f-1']]);
  });
});

// ── consent, form transport ──────────────────────────────────────────────────────────────────

describe('bp-id-upload: consent and the form', () => {
  it('nothing of an identity document is in the form before consent; then ausweis[vorderseite] and [rueckseite]', async () => {
    const { form, el } = await inForm();
    // The back first: the form still gets the slots in their order (front, back).
    dropFiles(el, 'rueckseite', await photo('hinten.jpg'));
    dropFiles(el, 'vorderseite', await photo('vorne.jpg'));
    await waitUntil(() => el.files.length === 2, 'two files');
    await settled(el, ['done']);
    expect(entries(form)).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal(
      'Bestätigen Sie, dass Sie mit der Übermittlung der Kopie einverstanden sind.',
    );
    form.requestSubmit();
    await el.updateComplete;
    expect(text(byId(el, 'error-consent'))).to.equal(
      'Fehler: Bestätigen Sie, dass Sie mit der Übermittlung der Kopie einverstanden sind.',
    );
    expect(byId(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    byId(el, 'consent').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.consent).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(entries(form)).to.deep.equal([
      ['ausweis[vorderseite]', 'vorne.jpg'],
      ['ausweis[rueckseite]', 'hinten.jpg'],
    ]);
    expect(byId(el, 'error-consent')).to.equal(null);
  });

  it('a file still being prepared blocks the submission with its own message', async () => {
    const { el } = await inForm(html`<bp-id-upload name="b" document="nachweis"></bp-id-upload>`);
    dropFiles(el, 'nachweis', await photo('scan.jpg'));
    await waitUntil(() => el.files.length === 1, 'in the list');
    if (el.files[0].status === 'processing') {
      expect(el.validationMessage).to.equal('„scan.jpg“ ist noch nicht fertig. Warten Sie, bis die Datei bereit ist.');
      expect(text(shadow(el).querySelector('.status'))).to.equal('Wird vorbereitet …');
      await expect(el).to.be.accessible();
    }
    await settled(el, ['done']);
    expect(el.checkValidity()).to.equal(true);
  });

  it('form.reset() empties the list and the consent', async () => {
    const { form, el } = await inForm();
    dropFiles(el, 'vorderseite', await photo());
    await settled(el, ['done']);
    el.consent = true;
    form.reset();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(el.consent).to.equal(false);
    expect((byId(el, 'consent') as HTMLInputElement).checked).to.equal(false);
  });
});

// ── keyboard only ────────────────────────────────────────────────────────────────────────────

describe('bp-id-upload: keyboard only', () => {
  it('pick, black out the suggested areas, consent, remove — without a pointer', async function () {
    this.timeout(30_000);
    const { form, el } = await inForm(
      html`<bp-id-upload name="ausweis" document="personalausweis"></bp-id-upload
        ><button type="button">weiter</button>`,
    );
    // A light photo, so black shows.
    const light = fileOf(
      await (async () => {
        const c = document.createElement('canvas');
        c.width = 400;
        c.height = 250;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#eeeeee';
        ctx.fillRect(0, 0, 400, 250);
        const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.95));
        return new Uint8Array(await blob.arrayBuffer());
      })(),
      'vorne.jpg',
    );
    byId(el, 'pick-vorderseite').focus();
    offerFiles(light);
    await sendKeys({ press: 'Enter' });
    await settled(el, ['done']);
    const key = lastKey(el);
    await tabTo(`redact-${key}`);
    await sendKeys({ press: 'Enter' });
    const editor = await waitUntil(() => shadow(el).querySelector('bp-redaction-editor'), 'the black-out tool opens', {
      timeout: 8000,
    }).then(() => shadow(el).querySelector('bp-redaction-editor')!);
    await editor.updateComplete;
    await waitUntil(() => editor.shadowRoot!.activeElement !== null, 'focus moves into the tool');
    await expect(el).to.be.accessible();
    // Tab to "Alle Vorschläge übernehmen", Enter; focus lands on the first box.
    for (let i = 0; i < 10 && !deepActive()?.classList.contains('suggestion-all'); i++)
      await sendKeys({ press: 'Tab' });
    expect(deepActive()?.classList.contains('suggestion-all')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => editor.rects.length === 2, 'two boxes');
    // Move the first box one step right and place it.
    const before = editor.rects[0].x;
    await waitUntil(() => deepActive()?.classList.contains('rect') === true, 'focus on the first box');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(editor.rects[0].x).to.be.closeTo(before + 0.01, 1e-9);
    const rect = { ...editor.rects[0] };
    for (let i = 0; i < 12 && deepActive()?.getAttribute('part') !== 'done'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !shadow(el).querySelector('bp-redaction-editor'), 'the tool closes');
    await waitUntil(() => deepActive()?.id === `redact-${key}`, 'focus back on Schwärzen');
    await settled(el, ['done']);
    expect(text(shadow(el).querySelector('.note'))).to.equal('Geschwärzt.');
    // Consent by keyboard.
    await tabTo('consent', 20);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    const sent = new FormData(form).get('ausweis[vorderseite]') as File;
    expect(sent).to.be.instanceOf(File);
    const inside = await pixelAt(sent, rect.x + rect.width / 2, rect.y + rect.height / 2);
    const outside = await pixelAt(sent, 0.05, 0.5);
    expect(Math.max(...inside), 'the box is burned in black').to.be.below(30);
    expect(Math.min(...outside), 'outside stays light').to.be.above(200);
    // Remove by keyboard.
    byId(el, `remove-${key}`).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.files.length === 0, 'removed');
    expect(entries(form)).to.deep.equal([]);
  });

  it('the KOPIE mark goes over the image when the portal asks for it (copy-mark)', async () => {
    const { form, el } = await inForm(
      html`<bp-id-upload name="ausweis" document="reisepass" copy-mark></bp-id-upload>
        <bp-id-upload name="ohne" document="reisepass"></bp-id-upload>`,
    );
    const plain = form.querySelector<IdUpload>('bp-id-upload[name="ohne"]')!;
    el.consent = true;
    plain.consent = true;
    dropFiles(el, 'datenseite', await photo('pass.jpg'));
    dropFiles(plain, 'datenseite', await photo('pass.jpg'));
    await settled(el, ['done']);
    await settled(plain, ['done']);
    const data = new FormData(form);
    // The mark changes a good share of the pixels against the same photo without it.
    const share = await differingShare(data.get('ausweis[datenseite]') as File, data.get('ohne[datenseite]') as File);
    expect(share, 'pixels changed by the mark').to.be.above(0.05);
  });
});

describe('bp-id-upload: drop zone', () => {
  it('a file dropped anywhere on a slot is taken; beside the slots the browser is kept from opening it', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="personalausweis"></bp-id-upload>`);
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(await photo('rueck.jpg'));
    const init = { bubbles: true, cancelable: true, composed: true, dataTransfer };
    const beside = new DragEvent('drop', init);
    shadow(el).querySelector('legend')!.dispatchEvent(beside);
    expect(beside.defaultPrevented).to.equal(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(el.files).to.deep.equal([]);
    const onSlot = new DataTransfer();
    onSlot.items.add(await photo('rueck.jpg'));
    shadow(el)
      .querySelector('.slot-label#label-rueckseite')!
      .dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: onSlot }));
    await settled(el, ['done']);
    expect(el.files.map((f) => [f.slot, f.name])).to.deep.equal([['rueckseite', 'rueck.jpg']]);
  });

  it('shows where a file is dragged over, and the zone is no target of its own for assistive technology', async () => {
    const el = await fixture<IdUpload>(html`<bp-id-upload document="nachweis"></bp-id-upload>`);
    const zone = dropZone(el, 'nachweis')!;
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(false);
    expect(zone.hasAttribute('tabindex')).to.equal(false);
    // The drop text follows the two buttons in the zone.
    expect(text(zone)).to.equal('Datei auswählen Foto aufnehmen oder Datei hierher ziehen');
  });
});

describe('bp-id-upload: format.ts', () => {
  it("the preset hint texts are Intl's own in this engine", () => {
    resetFormatted(false);
    try {
      for (const [key, text] of PRESET_TEXTS) {
        const [what, locale, input] = key.split('|') as [string, string, string];
        const made =
          what === 'n'
            ? formatFileSize(Number(input), locale)
            : formatKinds(input.split(',') as domain.AcceptedKind[], locale);
        expect(made, key).to.equal(text);
      }
    } finally {
      resetFormatted(true);
    }
  });

  it('a control with the default hint makes no Intl formatter on its first render (German and English)', async () => {
    const made: string[] = [];
    const { NumberFormat, ListFormat } = Intl;
    // Counting stand-ins: a constructor call made for the hint would show up here.
    const writable = Intl as { NumberFormat: typeof NumberFormat; ListFormat: typeof ListFormat };
    writable.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.push('NumberFormat');
      }
    } as typeof NumberFormat;
    writable.ListFormat = class extends ListFormat {
      constructor(...args: ConstructorParameters<typeof ListFormat>) {
        super(...args);
        made.push('ListFormat');
      }
    };
    try {
      resetFormatted(true);
      for (const lang of ['de', 'en']) {
        const root = await fixture(html`<div lang=${lang}><bp-id-upload name="n"></bp-id-upload></div>`);
        await rendered(root);
        const hint = text(shadow(root.querySelector<IdUpload>('bp-id-upload')!).querySelector('#hint'));
        expect(hint, lang).to.contain(lang === 'de' ? 'JPG, PNG, HEIC oder PDF' : 'JPG, PNG, HEIC, or PDF');
      }
      expect(made).to.deep.equal([]);
      // With another size the hint is formatted by Intl (the stand-ins do count).
      const other = await fixture<IdUpload>(html`<bp-id-upload name="n" max-size="5242880"></bp-id-upload>`);
      expect(text(shadow(other).querySelector('#hint'))).to.contain('5 MB');
      expect(made).to.include('NumberFormat');
    } finally {
      writable.NumberFormat = NumberFormat;
      writable.ListFormat = ListFormat;
    }
  });

  it('the hint and the field names follow the rules of the domain', () => {
    const kindSets: domain.AcceptedKind[][] = [
      ['jpeg', 'png', 'heic', 'heif', 'pdf'],
      ['pdf'],
      ['png', 'jpeg'],
      ['heic', 'heif'],
      ['pdf', 'heif', 'jpeg'],
    ];
    for (const locale of ['de', 'en', 'en-GB', 'tr']) {
      for (const bytes of [
        0,
        1,
        500,
        1023,
        1024,
        1536,
        10 * 1024 * 1024,
        15.5 * 1024 * 1024,
        3 * 1024 ** 3,
        5 * 1024 ** 4,
      ]) {
        expect(formatFileSize(bytes, locale), `${bytes} ${locale}`).to.equal(domain.formatFileSize(bytes, locale));
      }
      for (const kinds of kindSets) {
        expect(formatKinds(kinds, locale), kinds.join()).to.equal(domain.formatKinds(domain.kindsParam(kinds), locale));
      }
    }
    expect(formFieldName('ausweis', 'vorderseite')).to.equal(domain.formFieldName('ausweis', 'vorderseite'));
    for (const id of [
      'a',
      'f-1',
      'A.b_c~d:e-f',
      '-x',
      '',
      'a/b',
      '../etc',
      'x'.repeat(200),
      'x'.repeat(201),
      7,
      null,
    ]) {
      expect(isFileId(id), String(id)).to.equal(domain.isFileId(id));
    }
  });
});

describe('bp-id-upload: message catalogues', () => {
  const resolve = async (source: CatalogueSource | undefined): Promise<Catalogue> =>
    typeof source === 'function' ? source() : (source ?? {});
  for (const [name, translations] of Object.entries({
    'id-upload': idUploadTranslations,
    'id-upload list': listTranslations,
    'redaction-editor': redactionEditorTranslations,
  })) {
    it(`${name}: German is given at once, English loads, and both have the same keys`, async () => {
      expect(typeof translations.de, 'German never waits').to.equal('object');
      expect(typeof translations.en, 'English loads on first use').to.equal('function');
      const de = await resolve(translations.de);
      const en = await resolve(translations.en);
      expect(Object.keys(de).length).to.be.greaterThan(5);
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
    });
  }
});
