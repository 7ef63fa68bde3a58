import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/select.js';
import type { Select, SelectItem } from '@blaupause/components/select.js';
import { renderElement, showFeedback } from './render.js';

const laender = [
  ['bw', 'Baden-Württemberg'],
  ['by', 'Bayern'],
  ['be', 'Berlin'],
  ['bb', 'Brandenburg'],
  ['hb', 'Bremen'],
  ['hh', 'Hamburg'],
  ['he', 'Hessen'],
  ['mv', 'Mecklenburg-Vorpommern'],
  ['ni', 'Niedersachsen'],
  ['nw', 'Nordrhein-Westfalen'],
  ['rp', 'Rheinland-Pfalz'],
  ['sl', 'Saarland'],
  ['sn', 'Sachsen'],
  ['st', 'Sachsen-Anhalt'],
  ['sh', 'Schleswig-Holstein'],
  ['th', 'Thüringen'],
] as const;

/** The 16 Länder as <option> children; `selected` marks the default. */
const laenderOptions = (selected?: string) =>
  html`${laender.map(([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`)}`;

/** Shows the select's feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-select');

const meta: Meta<Select> = {
  title: 'Komponenten/Auswahlliste',
  component: 'bp-select',
  args: { label: 'Bundesland', name: 'bundesland' },
  render: (a) => {
    const el = renderElement('bp-select', a);
    for (const [value, label] of laender) el.append(new Option(label, value));
    return el;
  },
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Eine Auswahlliste auf dem nativen `<select>` des Browsers, mit Beschriftung, Hinweis und Fehlermeldung in ' +
          'einem Shadow Root. Die Optionen kommen aus `<option>`-Kindern oder der Eigenschaft `options`. ' +
          'Siehe docs/components/select.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Select>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'Das Bundesland, in dem Sie Ihren Hauptwohnsitz haben.' },
};

export const Pflichtfeld: Story = {
  args: { required: true },
};

export const Vorausgewaehlt: Story = {
  name: 'Vorausgewählt',
  render: () =>
    html`<bp-select label="Sortieren nach" name="sortierung">
      <option value="neu" selected>Neueste zuerst</option>
      <option value="alt">Älteste zuerst</option>
      <option value="status">Nach Status</option>
    </bp-select>`,
};

export const Gruppen: Story = {
  name: 'Mit Gruppen',
  render: () =>
    html`<bp-select label="Zuständiges Amt" name="amt">
      <optgroup label="Bürgeramt">
        <option value="ba-mitte">Bürgeramt Mitte</option>
        <option value="ba-nord">Bürgeramt Nord</option>
      </optgroup>
      <optgroup label="Ordnungsamt">
        <option value="oa-verkehr">Straßenverkehr</option>
        <option value="oa-gewerbe" disabled>Gewerbe (zurzeit geschlossen)</option>
      </optgroup>
    </bp-select>`,
};

const staaten: SelectItem[] = [
  { value: 'Deutschland', label: 'Deutschland' },
  {
    label: 'Nachbarstaaten',
    options: [
      { value: 'Dänemark', label: 'Dänemark' },
      { value: 'Österreich', label: 'Österreich' },
      { value: 'Schweiz', label: 'Schweiz' },
    ],
  },
];

export const OptionenAlsEigenschaft: Story = {
  name: 'Optionen als Eigenschaft, mit autocomplete',
  render: () =>
    html`<bp-select label="Staat" name="staat" autocomplete="country-name" .options=${staaten}></bp-select>`,
};

export const Ausgewaehlt: Story = {
  name: 'Ausgewählt',
  args: { value: 'by' },
};

export const Fehler: Story = {
  args: { required: true },
  play: reportValidity,
};

export const Deaktiviert: Story = {
  args: { value: 'he', disabled: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  render: () => html`<bp-select label="Bundesland" name="bundesland" readonly>${laenderOptions('sn')}</bp-select>`,
};

export const Breiten: Story = {
  render: () => html`
    <bp-select label="Anrede" width="10">
      <option value="">keine Angabe</option>
      <option value="frau">Frau</option>
      <option value="herr">Herr</option>
    </bp-select>
    <bp-select label="Bundesland (auto)">${laenderOptions()}</bp-select>
    <bp-select label="Bundesland (volle Breite)" width="full">${laenderOptions()}</bp-select>
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
      <bp-select label="Bundesland" name="bundesland" required>${laenderOptions()}</bp-select>
      <button type="submit" name="aktion" value="weiter">Weiter</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'State', required: true },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-select label="Leer">${laenderOptions()}</bp-select>
    <bp-select label="Mit Hinweis" hint="Ein Hinweis zur Auswahl.">${laenderOptions()}</bp-select>
    <bp-select label="Pflichtfeld" required>${laenderOptions()}</bp-select>
    <bp-select label="Ausgewählt">${laenderOptions('by')}</bp-select>
    <bp-select class="invalid" label="Fehler" required>${laenderOptions()}</bp-select>
    <bp-select label="Deaktiviert" disabled>${laenderOptions('by')}</bp-select>
    <bp-select label="Schreibgeschützt" readonly>${laenderOptions('by')}</bp-select>
  `,
  play: reportValidity,
};
