import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/textarea.js';
import type { Textarea } from '@blaupause/components/textarea.js';
import { renderElement, showFeedback } from './render.js';

/** Shows the field's feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-textarea');

const begruendung =
  'Wir möchten am Samstag, 14. Juni, von 14 bis 22 Uhr ein Straßenfest in der Lindenstraße feiern. ' +
  'Die Straße soll dafür zwischen Hausnummer 2 und 18 gesperrt werden.';

const meta: Meta<Textarea> = {
  title: 'Komponenten/Textbereich',
  component: 'bp-textarea',
  args: { label: 'Begründung', name: 'begruendung' },
  render: (a) => renderElement('bp-textarea', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Ein mehrzeiliges Textfeld mit Beschriftung, Hinweis, Fehlermeldung und Zeichen- oder Wortzähler in einem ' +
          'Shadow Root. Enter fügt eine neue Zeile ein. Siehe docs/components/textarea.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Textarea>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: {
    label: 'Warum beantragen Sie die Sondernutzung?',
    hint: 'Beschreiben Sie den Anlass, den Ort und die Zeit. Nennen Sie keine Gesundheitsdaten.',
  },
};

export const Pflichtfeld: Story = {
  args: { required: true },
};

export const Ausgefuellt: Story = {
  name: 'Ausgefüllt',
  args: { value: begruendung },
};

export const FehlerLeer: Story = {
  name: 'Fehler: leer',
  args: { required: true },
  play: reportValidity,
};

export const Zeichenzaehler: Story = {
  name: 'Zeichenzähler',
  args: { hint: 'Kurz und sachlich.', maxLength: 500, value: begruendung },
};

export const ZeichenzaehlerZuViel: Story = {
  name: 'Zeichenzähler: zu viel',
  args: { maxLength: 120, value: begruendung },
  play: reportValidity,
};

export const Schwelle: Story = {
  name: 'Zähler ab 75 % (threshold)',
  args: { maxLength: 200, threshold: 75, value: 'Der Zähler erscheint erst, wenn drei Viertel erreicht sind.' },
};

export const Woerter: Story = {
  name: 'Wortzähler (maxwords)',
  args: { label: 'Beschreiben Sie Ihr Anliegen', maxWords: 30, value: begruendung },
};

export const Deaktiviert: Story = {
  args: { value: begruendung, disabled: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  args: { value: begruendung, readonly: true },
};

export const InEinemFormular: Story = {
  name: 'In einem Formular',
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output');
        const data = new FormData(e.target as HTMLFormElement, e.submitter);
        if (out) out.textContent = JSON.stringify([...data.entries()]);
      }}
    >
      <bp-textarea label="Ihre Nachricht" name="nachricht" required maxlength="300"></bp-textarea>
      <button type="submit" name="aktion" value="senden">Senden</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'Details', required: true, maxLength: 200 },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-textarea label="Leer" rows="2"></bp-textarea>
    <bp-textarea label="Mit Hinweis" hint="Ein Hinweis zum Feld." rows="2"></bp-textarea>
    <bp-textarea label="Pflichtfeld" required rows="2"></bp-textarea>
    <bp-textarea label="Ausgefüllt" value=${begruendung} rows="3"></bp-textarea>
    <bp-textarea class="invalid" label="Fehler" required rows="2"></bp-textarea>
    <bp-textarea label="Zähler" maxlength="500" value=${begruendung} rows="3"></bp-textarea>
    <bp-textarea class="invalid" label="Zu viel" maxlength="100" value=${begruendung} rows="3"></bp-textarea>
    <bp-textarea label="Wörter" maxwords="30" value=${begruendung} rows="3"></bp-textarea>
    <bp-textarea label="Deaktiviert" value=${begruendung} disabled rows="3"></bp-textarea>
    <bp-textarea label="Schreibgeschützt" value=${begruendung} readonly rows="3"></bp-textarea>
  `,
  play: reportValidity,
};
