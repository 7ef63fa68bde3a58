import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/checkbox.js';
import '@blaupause/components/fieldset.js';
import type { Checkbox } from '@blaupause/components/checkbox.js';
import { renderElement, showFeedback } from './render.js';

/** Shows the feedback of every checkbox marked `.invalid` (or all) at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-checkbox');

const meta: Meta<Checkbox> = {
  title: 'Komponenten/Checkbox',
  component: 'bp-checkbox',
  args: { label: 'Ich möchte per E-Mail über den Stand meines Antrags informiert werden.', name: 'benachrichtigung' },
  render: (a) => renderElement('bp-checkbox', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Eine einzelne Checkbox mit Beschriftung, Hinweis und Fehlermeldung in einem Shadow Root. Sie wird wie ' +
          'eine native Checkbox abgeschickt: `name=value` nur, wenn sie angekreuzt ist. Mehrere Checkboxen zu ' +
          'einer Frage stehen in einem `bp-fieldset`. Siehe docs/components/checkbox.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Checkbox>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'Wir schreiben Ihnen nur, wenn sich der Stand ändert.' },
};

export const Angekreuzt: Story = {
  args: { checked: true },
};

export const Pflichtfeld: Story = {
  args: { label: 'Ich habe die Hinweise zum Datenschutz gelesen.', required: true },
};

export const Fehler: Story = {
  args: {
    label: 'Meine Angaben sind vollständig und richtig.',
    required: true,
    strings: { 'checkbox.required': 'Bestätigen Sie, dass Ihre Angaben vollständig und richtig sind.' },
  },
  play: reportValidity,
};

export const Teilweise: Story = {
  name: 'Teilweise ausgewählt (indeterminate)',
  args: { label: 'Alle Unterlagen auswählen', indeterminate: true },
};

export const Deaktiviert: Story = {
  args: { label: 'Bescheid per Post (nicht verfügbar)', disabled: true },
};

export const DeaktiviertAngekreuzt: Story = {
  name: 'Deaktiviert, angekreuzt',
  args: { label: 'Bescheid in Ihr Bürgerkonto', disabled: true, checked: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  args: { label: 'Einwilligung erteilt am 3. März 2025', readonly: true, checked: true },
};

export const MehrereOptionen: Story = {
  name: 'Mehrere Optionen in einem Fieldset',
  render: () => html`
    <bp-fieldset legend="Welche Leistungen beantragen Sie?" hint="Wählen Sie alle zutreffenden aus.">
      <bp-checkbox name="leistung" value="wohngeld" label="Wohngeld"></bp-checkbox>
      <bp-checkbox
        name="leistung"
        value="kinderzuschlag"
        label="Kinderzuschlag"
        hint="Für Familien mit kleinem Einkommen."
      ></bp-checkbox>
      <bp-checkbox name="leistung" value="bildung" label="Leistungen für Bildung und Teilhabe"></bp-checkbox>
    </bp-fieldset>
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
      <bp-checkbox name="newsletter" value="ja" label="Ich möchte den Newsletter der Stadt erhalten."></bp-checkbox>
      <bp-checkbox
        name="datenschutz"
        required
        label="Ich habe die Hinweise zum Datenschutz gelesen."
        .strings=${{ 'checkbox.required': 'Bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.' }}
      ></bp-checkbox>
      <button type="submit" name="aktion" value="absenden">Absenden</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'I have read the privacy notice.', required: true },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-checkbox label="Leer"></bp-checkbox>
    <bp-checkbox label="Mit Hinweis" hint="Ein Hinweis zur Checkbox."></bp-checkbox>
    <bp-checkbox label="Angekreuzt" checked></bp-checkbox>
    <bp-checkbox label="Teilweise ausgewählt" indeterminate></bp-checkbox>
    <bp-checkbox label="Pflichtfeld" required></bp-checkbox>
    <bp-checkbox class="invalid" label="Fehler" required></bp-checkbox>
    <bp-checkbox label="Deaktiviert" disabled></bp-checkbox>
    <bp-checkbox label="Deaktiviert, angekreuzt" disabled checked></bp-checkbox>
    <bp-checkbox label="Schreibgeschützt" readonly checked></bp-checkbox>
    <bp-checkbox
      label="Eine lange Beschriftung, die über mehrere Zeilen umbricht, damit man sieht, dass der Text neben dem Kästchen beginnt und sauber darunter weiterläuft."
    ></bp-checkbox>
  `,
  play: reportValidity,
};
