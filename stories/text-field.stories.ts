import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Validator } from '@blaupause/domain/validation';
import '@blaupause/components/text-field.js';
import type { TextField } from '@blaupause/components/text-field.js';
import { renderElement, showFeedback } from './render.js';

/** Shows the field's feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-text-field');

const meta: Meta<TextField> = {
  title: 'Komponenten/Textfeld',
  component: 'bp-text-field',
  args: { label: 'Vorname', name: 'vorname' },
  render: (a) => renderElement('bp-text-field', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Ein einzeiliges Textfeld mit Beschriftung, Hinweis, Fehlermeldung und Zeichenzähler in einem Shadow Root. ' +
          'Es wird mit seinem `<form>` über ElementInternals abgeschickt. Siehe docs/components/text-field.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<TextField>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  args: { label: 'Familienname', hint: 'Wie in Ihrem Ausweis, mit allen Namensteilen.', autocomplete: 'family-name' },
};

export const Pflichtfeld: Story = {
  args: { label: 'E-Mail-Adresse', type: 'email', autocomplete: 'email', required: true },
};

export const Ausgefuellt: Story = {
  name: 'Ausgefüllt',
  args: { label: 'Vorname', value: 'Jürgen', autocomplete: 'given-name' },
};

export const Fehler: Story = {
  args: { label: 'E-Mail-Adresse', type: 'email', required: true, value: 'juergen@' },
  play: reportValidity,
};

export const FehlerLeer: Story = {
  name: 'Fehler: leer',
  args: { label: 'Vorname', required: true },
  play: reportValidity,
};

const ortWarning: Validator = {
  name: 'ort-unbekannt',
  type: 'warning',
  message: 'Diesen Ort finden wir nicht. Prüfen Sie die Schreibweise – Sie können trotzdem weitermachen.',
  test: (v) => v !== 'Atlantis',
};

export const Warnung: Story = {
  args: { label: 'Wohnort', value: 'Atlantis' },
  render: (a) => html`<bp-text-field label=${a.label} value=${a.value} .validators=${[ortWarning]}></bp-text-field>`,
  play: reportValidity,
};

export const Zeichenzaehler: Story = {
  name: 'Zeichenzähler',
  args: { label: 'Betreff', hint: 'Kurz und eindeutig.', maxLength: 40, value: 'Antrag auf Anwohnerparkausweis' },
};

export const ZeichenzaehlerZuViel: Story = {
  name: 'Zeichenzähler: zu viel',
  args: { label: 'Verwendungszweck', maxLength: 27, value: 'Gebühr Anwohnerparkausweis Kfz AB-C 123' },
  play: reportValidity,
};

export const Deaktiviert: Story = {
  args: { label: 'Aktenzeichen', value: 'AZ 2025/0815', disabled: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  args: { label: 'Kassenzeichen', value: '1234 5678 9012', readonly: true },
};

export const PraefixSuffix: Story = {
  name: 'Präfix und Suffix',
  render: () => html`
    <bp-text-field label="Betrag in Euro" type="number" inputmode="decimal" width="10"
      ><span slot="prefix">€</span></bp-text-field
    >
    <bp-text-field label="Wohnfläche in Quadratmetern" type="number" width="5"
      ><span slot="suffix">m²</span></bp-text-field
    >
  `,
};

export const Breiten: Story = {
  render: () => html`
    <bp-text-field label="Postleitzahl" type="number" autocomplete="postal-code" width="5"></bp-text-field>
    <bp-text-field label="Telefonnummer" type="tel" autocomplete="tel" width="20"></bp-text-field>
    <bp-text-field label="Straße" autocomplete="address-line1" width="30"></bp-text-field>
    <bp-text-field label="Anmerkung" width="full"></bp-text-field>
  `,
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
      <bp-text-field label="Vorname" name="vorname" autocomplete="given-name" required></bp-text-field>
      <bp-text-field label="Familienname" name="familienname" autocomplete="family-name" required></bp-text-field>
      <button type="submit" name="aktion" value="weiter">Weiter</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'First name', required: true, maxLength: 35 },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-text-field label="Leer"></bp-text-field>
    <bp-text-field label="Mit Hinweis" hint="Ein Hinweis zum Feld."></bp-text-field>
    <bp-text-field label="Pflichtfeld" required></bp-text-field>
    <bp-text-field label="Ausgefüllt" value="Jürgen"></bp-text-field>
    <bp-text-field class="invalid" label="Fehler" required></bp-text-field>
    <bp-text-field label="Warnung" value="Atlantis" .validators=${[ortWarning]} class="invalid"></bp-text-field>
    <bp-text-field label="Zähler" maxlength="10" value="Zu langer Text"></bp-text-field>
    <bp-text-field label="Deaktiviert" value="Jürgen" disabled></bp-text-field>
    <bp-text-field label="Schreibgeschützt" value="Jürgen" readonly></bp-text-field>
  `,
  play: reportValidity,
};
