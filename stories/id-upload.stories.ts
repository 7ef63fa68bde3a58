import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpUploadTransport, type UploadInit, type UploadRequest, type UploadResult } from '@blaupause/domain/upload';
import '@blaupause/components/id-upload.js';
import type { IdUpload } from '@blaupause/components/id-upload.js';
import { exe, pdf, png } from '../test/testing/hostile-files.js';
import { renderElement, showFeedback } from './render.js';

/** Wartet, bis ein Zustand sichtbar ist (Prüfungen, Bildbearbeitung und Schwärzungswerkzeug laden erst bei Bedarf). */
async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

/**
 * Beispieldaten: ein gezeichneter Musterausweis (kein echtes Dokument), als JPEG, mit Feldern an
 * den Stellen, wo auf dem Personalausweis Zugangsnummer und Seriennummer stehen.
 */
async function musterausweis(width = 856, height = 540, name = 'ausweis-vorne.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const s = width / 856;
  ctx.fillStyle = '#dfe9f3';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#9fb5cc';
  ctx.fillRect(40 * s, 120 * s, 230 * s, 300 * s);
  ctx.fillStyle = '#1f2a36';
  ctx.font = `bold ${28 * s}px sans-serif`;
  ctx.fillText('MUSTERAUSWEIS', 40 * s, 70 * s);
  ctx.font = `${24 * s}px sans-serif`;
  ctx.fillText('MUSTERMANN', 310 * s, 170 * s);
  ctx.fillText('ERIKA', 310 * s, 210 * s);
  ctx.fillText('12.08.1964  BERLIN', 310 * s, 260 * s);
  ctx.fillText('L01X00T47', 600 * s, 60 * s);
  ctx.fillText('123456', 640 * s, 500 * s);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
  return new File([blob], name, { type: 'image/jpeg' });
}

const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

/** Legt Dateien in die Ablagefläche eines Bereichs, wie es der Browser beim Ziehen und Ablegen tut. */
function drop(el: IdUpload, slot: string, ...files: File[]): void {
  const zone = el.shadowRoot!.querySelector(`[part~="drop-zone"][data-slot="${slot}"]`)!;
  const dataTransfer = new DataTransfer();
  for (const f of files) dataTransfer.items.add(f);
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
}

const ready = (el: IdUpload, status: string) =>
  until(() => el.files.length && el.files.every((f) => f.status === status));
const refused = (el: IdUpload, slot: string) => until(() => el.shadowRoot!.getElementById(`error-${slot}`));

/**
 * Storybook hat keinen Upload-Server. Diese Vorführung zeigt nur den Zustand „wird hochgeladen“:
 * sie meldet 40 % und bleibt dort, bis die Datei entfernt wird. Die echten Transporte
 * (`HttpUploadTransport`, `TusUploadTransport`) sind gegen lokale Server getestet; siehe
 * docs/components/id-upload.md.
 */
class VorfuehrungHochladen {
  readonly kind = 'http';
  upload(request: UploadRequest, init: UploadInit): Promise<UploadResult> {
    init.onProgress?.({ loaded: Math.round(request.file.size * 0.4), total: request.file.size });
    return new Promise((_, reject) =>
      init.signal.addEventListener('abort', () => reject(new DOMException('Abgebrochen', 'AbortError')), {
        once: true,
      }),
    );
  }
}

/** Ein echter http-Transport an eine Adresse ohne Server: das Hochladen scheitert wirklich (404). */
const ohneServer = () => new HttpUploadTransport({ endpoint: '/kein-upload-server/dateien', backoff: { retries: 0 } });

/** Früher hochgeladene Dateien, wie ein Portal sie aus einem früheren Schritt kennt (WCAG 3.3.7). */
const FRUEHER = [
  { slot: 'nachweis', id: 'a1b2c3', name: 'Meldebescheinigung.pdf', size: 184_320, mime: 'application/pdf' },
  { slot: 'nachweis', id: 'd4e5f6', name: 'Mietvertrag Seite 1.jpg', size: 912_000, mime: 'image/jpeg' },
];

const one = (canvasElement: HTMLElement, cls?: string) =>
  canvasElement.querySelector<IdUpload>(cls ? `bp-id-upload.${cls}` : 'bp-id-upload')!;

/** Shows the feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-id-upload');

// ── play functions, one per state ────────────────────────────────────────────────────────────

async function showRefusals(el: IdUpload): Promise<void> {
  drop(el, 'nachweis', fileOf(exe(), 'rechnung.pdf'));
  await refused(el, 'nachweis');
}

async function showList(el: IdUpload): Promise<void> {
  drop(
    el,
    'nachweis',
    await musterausweis(640, 400, 'Nachweis Foto.jpg'),
    fileOf(pdf({ pages: 3 }), 'Bescheid 2024.pdf'),
  );
  await ready(el, 'done');
}

async function showBlackOut(el: IdUpload): Promise<void> {
  drop(el, 'vorderseite', await musterausweis());
  await ready(el, 'done');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[id^="redact-"]')!.click();
  await until(() => el.shadowRoot!.querySelector('bp-redaction-editor')?.shadowRoot?.querySelector('.suggestion'));
}

async function showUploading(el: IdUpload): Promise<void> {
  el.transport = new VorfuehrungHochladen();
  drop(el, 'nachweis', fileOf(pdf({ pages: 2 }), 'Vollmacht.pdf'));
  await ready(el, 'uploading');
}

async function showFailed(el: IdUpload): Promise<void> {
  el.transport = ohneServer();
  drop(el, 'nachweis', fileOf(pdf({ pages: 1 }), 'Betreuungsurkunde.pdf'));
  await ready(el, 'failed');
}

async function showProcessing(el: IdUpload): Promise<void> {
  // Ein großes Foto (24 Megapixel) wird eine Weile neu kodiert.
  drop(el, 'nachweis', await musterausweis(6000, 4000, 'Kamera IMG_2041.jpg'));
  await until(() => el.files.length);
}

const meta: Meta<IdUpload> = {
  title: 'Komponenten/Ausweis- und Nachweis-Upload',
  component: 'bp-id-upload',
  args: { name: 'ausweis', document: 'personalausweis' },
  render: (a) => renderElement('bp-id-upload', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid', 'bp-upload-complete', 'bp-upload-error'] },
    docs: {
      description: {
        component:
          'Hochladen von Ausweisdokumenten (Personalausweis, Reisepass, Aufenthaltstitel) und Nachweisen: ' +
          '„Datei auswählen“, „Foto aufnehmen“ oder Ablegen und Einfügen, alles mit denselben Prüfungen (Typ nach ' +
          'Inhalt, Größe, Pixelzahl, aktive Inhalte und Passwortschutz bei PDF). Fotos werden im Browser neu kodiert ' +
          '(ohne EXIF und GPS, verkleinert); bei Ausweisen erklärt ein Hinweis § 20 PAuswG, die Einwilligung ist ' +
          'Pflicht und ein Schwärzungswerkzeug deckt Zugangsnummer und Seriennummer ab. Abgeschickt wird ' +
          '`ausweis[vorderseite]` … als Datei oder, mit `http`/`tus`, als Datei-ID des Servers. Siehe ' +
          'docs/components/id-upload.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<IdUpload>;

export const Personalausweis: Story = {
  args: { required: true },
};

export const Reisepass: Story = {
  args: { name: 'pass', document: 'reisepass', required: true },
};

export const Aufenthaltstitel: Story = {
  args: { name: 'titel', document: 'aufenthaltstitel', required: true },
};

export const Nachweise: Story = {
  args: { name: 'nachweise', document: 'nachweis', label: 'Nachweise zum Antrag', maxFiles: 5 },
};

export const Fehlend: Story = {
  name: 'Fehler: keine Datei',
  args: { required: true },
  play: reportValidity,
};

export const Abgelehnt: Story = {
  name: 'Fehler: Dateien abgelehnt',
  render: () => html`
    <bp-id-upload class="typ" name="a" document="nachweis" label="Falscher Typ (ein Programm als .pdf)"></bp-id-upload>
    <bp-id-upload class="leer" name="b" document="nachweis" label="Leere Datei"></bp-id-upload>
    <bp-id-upload class="gross" name="c" document="nachweis" label="Zu groß" max-size="1024"></bp-id-upload>
    <bp-id-upload class="bombe" name="d" document="nachweis" label="Zu viele Pixel"></bp-id-upload>
    <bp-id-upload class="aktiv" name="e" document="nachweis" label="PDF mit JavaScript"></bp-id-upload>
    <bp-id-upload class="passwort" name="f" document="nachweis" label="PDF mit Passwort"></bp-id-upload>
    <bp-id-upload class="anzahl" name="g" document="nachweis" label="Zu viele Dateien" max-files="1"></bp-id-upload>
  `,
  play: async ({ canvasElement }) => {
    const cases: [string, File[]][] = [
      ['typ', [fileOf(exe(), 'rechnung.pdf')]],
      ['leer', [fileOf(new Uint8Array(0), 'scan.pdf')]],
      ['gross', [fileOf(pdf({ pages: 12 }), 'Kontoauszüge.pdf')]],
      ['bombe', [fileOf(png({ width: 30000, height: 30000 }), 'bombe.png')]],
      [
        'aktiv',
        [
          fileOf(
            pdf({ catalog: '/OpenAction 20 0 R ', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }),
            'formular.pdf',
          ),
        ],
      ],
      ['passwort', [fileOf(pdf({ encrypted: true }), 'geschuetzt.pdf')]],
      ['anzahl', [fileOf(pdf(), 'a.pdf'), fileOf(pdf(), 'b.pdf')]],
    ];
    for (const [cls, files] of cases) {
      drop(one(canvasElement, cls), 'nachweis', ...files);
      await refused(one(canvasElement, cls), 'nachweis');
    }
  },
};

export const OhneEinwilligung: Story = {
  name: 'Fehler: Einwilligung fehlt',
  args: { document: 'reisepass' },
  play: async ({ canvasElement }) => {
    const el = one(canvasElement);
    drop(el, 'datenseite', await musterausweis(880, 625, 'reisepass.jpg'));
    await ready(el, 'done');
    el.reportValidity();
    await el.updateComplete;
  },
};

export const Verarbeitung: Story = {
  name: 'Wird vorbereitet',
  args: { name: 'nachweise', document: 'nachweis' },
  play: async ({ canvasElement }) => showProcessing(one(canvasElement)),
};

export const Hochladen: Story = {
  name: 'Wird hochgeladen',
  args: { name: 'nachweise', document: 'nachweis' },
  play: async ({ canvasElement }) => showUploading(one(canvasElement)),
};

export const Fehlgeschlagen: Story = {
  name: 'Hochladen fehlgeschlagen',
  args: { name: 'nachweise', document: 'nachweis' },
  play: async ({ canvasElement }) => showFailed(one(canvasElement)),
};

export const Fertig: Story = {
  name: 'Dateien bereit',
  args: { name: 'nachweise', document: 'nachweis', label: 'Nachweise zum Antrag' },
  play: async ({ canvasElement }) => showList(one(canvasElement)),
};

export const FrueherHochgeladen: Story = {
  name: 'Früher hochgeladen',
  render: () =>
    html`<bp-id-upload
      name="nachweise"
      document="nachweis"
      label="Nachweise zum Antrag"
      .value=${FRUEHER}
    ></bp-id-upload>`,
};

export const Schwaerzen: Story = {
  name: 'Schwärzungswerkzeug',
  args: { copyMark: true },
  play: async ({ canvasElement }) => showBlackOut(one(canvasElement)),
};

export const Deaktiviert: Story = {
  render: () => html`
    <bp-id-upload name="ausweis" document="personalausweis" disabled></bp-id-upload>
    <bp-id-upload name="nachweise" document="nachweis" disabled .value=${FRUEHER}></bp-id-upload>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { required: true },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-id-upload label="Personalausweis, leer" name="a" document="personalausweis" required></bp-id-upload>
    <bp-id-upload label="Reisepass, leer" name="b" document="reisepass"></bp-id-upload>
    <bp-id-upload
      class="invalid"
      label="Fehler: keine Datei"
      name="c"
      document="aufenthaltstitel"
      required
    ></bp-id-upload>
    <bp-id-upload class="abgelehnt" label="Fehler: abgelehnt" name="d" document="nachweis"></bp-id-upload>
    <bp-id-upload class="liste" label="Dateien bereit" name="e" document="nachweis"></bp-id-upload>
    <bp-id-upload class="hochladen" label="Wird hochgeladen" name="f" document="nachweis"></bp-id-upload>
    <bp-id-upload class="fehlgeschlagen" label="Hochladen fehlgeschlagen" name="g" document="nachweis"></bp-id-upload>
    <bp-id-upload label="Früher hochgeladen" name="h" document="nachweis" .value=${FRUEHER}></bp-id-upload>
    <bp-id-upload class="schwaerzen" label="Schwärzungswerkzeug" name="i" document="personalausweis"></bp-id-upload>
    <bp-id-upload label="Deaktiviert" name="j" document="nachweis" disabled></bp-id-upload>
  `,
  play: async ({ canvasElement }) => {
    await reportValidity({ canvasElement });
    await showRefusals(one(canvasElement, 'abgelehnt'));
    await showList(one(canvasElement, 'liste'));
    await showUploading(one(canvasElement, 'hochladen'));
    await showFailed(one(canvasElement, 'fehlgeschlagen'));
    await showBlackOut(one(canvasElement, 'schwaerzen'));
  },
};
