import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/fieldset.js';
import '@blaupause/components/checkbox.js';
import '@blaupause/components/text-field.js';
import type { Fieldset } from '@blaupause/components/fieldset.js';
import { renderElement } from './render.js';

/** The checkboxes of the default question. */
const leistungen = () => {
  const items: [string, string, string?][] = [
    ['wohngeld', 'Wohngeld'],
    ['kinderzuschlag', 'Kinderzuschlag', 'Für Familien mit kleinem Einkommen.'],
    ['bildung', 'Leistungen für Bildung und Teilhabe'],
  ];
  return items.map(([value, label, hint]) => {
    const el = document.createElement('bp-checkbox');
    el.name = 'leistung';
    el.value = value;
    el.label = label;
    if (hint) el.hint = hint;
    return el;
  });
};

const meta: Meta<Fieldset> = {
  title: 'Komponenten/Fieldset',
  component: 'bp-fieldset',
  args: { legend: 'Welche Leistungen beantragen Sie?' },
  render: (a) => {
    const el = renderElement('bp-fieldset', a);
    el.append(...leistungen());
    return el;
  },
  parameters: {
    docs: {
      description: {
        component:
          'Fasst zusammengehörige Felder unter einer Frage zusammen: `<fieldset>` mit Legende, Hinweis und einer ' +
          'Fehlermeldung für die ganze Gruppe. Die Legende kann die Seitenüberschrift sein. ' +
          'Siehe docs/components/fieldset.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Fieldset>;

export const Standard: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'Wählen Sie alle zutreffenden aus.' },
};

export const Fehler: Story = {
  args: { hint: 'Wählen Sie alle zutreffenden aus.', error: 'Wählen Sie mindestens eine Leistung aus.' },
};

export const FrageAlsUeberschrift: Story = {
  name: 'Frage als Seitenüberschrift',
  args: { legend: 'Wie lautet Ihre Adresse?', legendAsHeading: true },
  render: (a) => {
    const el = renderElement('bp-fieldset', a);
    el.append(
      Object.assign(document.createElement('bp-text-field'), {
        label: 'Straße und Hausnummer',
        name: 'strasse',
        autocomplete: 'address-line1',
      }),
      Object.assign(document.createElement('bp-text-field'), {
        label: 'Postleitzahl',
        name: 'plz',
        autocomplete: 'postal-code',
        type: 'number',
        width: '5',
      }),
      Object.assign(document.createElement('bp-text-field'), {
        label: 'Ort',
        name: 'ort',
        autocomplete: 'address-level2',
        width: '20',
      }),
    );
    return el;
  },
};

export const Datum: Story = {
  name: 'Datum aus drei Feldern',
  render: () => html`
    <bp-fieldset legend="Wann sind Sie eingezogen?" hint="Zum Beispiel 27 3 2024">
      <div style="display: flex; gap: 1rem; flex-wrap: wrap">
        <bp-text-field label="Tag" name="tag" type="number" width="2"></bp-text-field>
        <bp-text-field label="Monat" name="monat" type="number" width="2"></bp-text-field>
        <bp-text-field label="Jahr" name="jahr" type="number" width="4"></bp-text-field>
      </div>
    </bp-fieldset>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { legend: 'Which benefits are you applying for?', error: 'Select at least one benefit.' },
  render: (a) => {
    const el = renderElement('bp-fieldset', a);
    el.append(
      Object.assign(document.createElement('bp-checkbox'), { label: 'Housing benefit', name: 'benefit' }),
      Object.assign(document.createElement('bp-checkbox'), { label: 'Child benefit', name: 'benefit' }),
    );
    return el;
  },
  globals: { lang: 'en' },
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-fieldset legend="Nur Legende">
      <bp-checkbox label="Option A"></bp-checkbox>
    </bp-fieldset>
    <bp-fieldset legend="Mit Hinweis" hint="Ein Hinweis zur Gruppe.">
      <bp-checkbox label="Option A"></bp-checkbox>
    </bp-fieldset>
    <bp-fieldset legend="Mit Fehler" hint="Ein Hinweis zur Gruppe." error="Eine Fehlermeldung für die ganze Gruppe.">
      <bp-checkbox label="Option A"></bp-checkbox>
      <bp-checkbox label="Option B"></bp-checkbox>
    </bp-fieldset>
    <bp-fieldset legend="Legende als Überschrift (Ebene 2)" legend-as-heading heading-level="2">
      <bp-checkbox label="Option A"></bp-checkbox>
    </bp-fieldset>
    <fieldset disabled style="border: 0; margin: 0; padding: 0">
      <bp-fieldset legend="In einem deaktivierten nativen Fieldset">
        <bp-checkbox label="Option A" checked></bp-checkbox>
      </bp-fieldset>
    </fieldset>
  `,
};
