import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/radio-group.js';
import type { RadioGroup } from '@blaupause/components/radio-group.js';
import { renderElement, showFeedback } from './render.js';

/** The answers of the default question: [value, label, hint?, disabled?]. */
type Answer = readonly [string, string, string?, boolean?];

const zustellung: readonly Answer[] = [
  ['post', 'Per Post'],
  ['email', 'Per E-Mail', 'An die Adresse, die Sie in Ihrem Bürgerkonto angegeben haben.'],
  ['konto', 'In mein Bürgerkonto'],
];

const jaNein: readonly Answer[] = [
  ['ja', 'Ja'],
  ['nein', 'Nein'],
];

/** Renders the group from args and appends its radios. */
const withRadios = (answers: readonly Answer[]) => (args: Partial<RadioGroup>) => {
  const group = renderElement('bp-radio-group', args);
  for (const [value, label, hint, disabled] of answers) {
    const radio = document.createElement('bp-radio');
    radio.value = value;
    radio.textContent = label;
    if (hint) radio.hint = hint;
    radio.disabled = Boolean(disabled);
    group.append(radio);
  }
  return group;
};

/** Shows the feedback of every group marked `.invalid` (or all) at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-radio-group');

const meta: Meta<RadioGroup> = {
  title: 'Komponenten/Radiobuttons',
  component: 'bp-radio-group',
  args: { label: 'Wie möchten Sie den Bescheid erhalten?', name: 'zustellung' },
  render: withRadios(zustellung),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Eine Frage mit genau einer Antwort: `bp-radio-group` mit `bp-radio`-Elementen, Legende, Hinweis und ' +
          'Fehlermeldung. Ein Tabstopp; die Pfeiltasten wechseln die Auswahl (WAI-ARIA APG). ' +
          'Siehe docs/components/radio-group.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<RadioGroup>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'Sie können das später in Ihrem Bürgerkonto ändern.' },
};

export const Ausgewaehlt: Story = {
  name: 'Ausgewählt',
  args: { value: 'email' },
};

export const Pflichtfeld: Story = {
  args: { required: true },
};

export const Fehler: Story = {
  args: {
    required: true,
    strings: { 'radio-group.required': 'Wählen Sie aus, wie Sie den Bescheid erhalten möchten.' },
  },
  play: reportValidity,
};

export const JaNein: Story = {
  name: 'Ja/Nein nebeneinander',
  args: { label: 'Haben Sie einen Hund?', name: 'hund', orientation: 'horizontal' },
  render: withRadios(jaNein),
};

export const FrageAlsUeberschrift: Story = {
  name: 'Frage als Seitenüberschrift',
  args: { label: 'Wo wohnen Sie?', name: 'wohnort', legendAsHeading: true, hint: 'Ihr Hauptwohnsitz.' },
  render: withRadios([
    ['de', 'In Deutschland'],
    ['eu', 'In einem anderen Land der EU'],
    ['andere', 'Anderswo'],
  ]),
};

export const MitDeaktivierterAntwort: Story = {
  name: 'Mit deaktivierter Antwort',
  render: withRadios([
    ...zustellung,
    ['abholen', 'Ich hole ihn im Bürgerbüro ab (derzeit geschlossen)', undefined, true],
  ]),
};

export const Deaktiviert: Story = {
  args: { value: 'post', disabled: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  args: { value: 'konto', readonly: true },
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
      <bp-radio-group label="Haben Sie einen Hund?" name="hund" orientation="horizontal" required>
        <bp-radio value="ja">Ja</bp-radio>
        <bp-radio value="nein">Nein</bp-radio>
      </bp-radio-group>
      <button type="submit" name="aktion" value="weiter">Weiter</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'Do you have a dog?', required: true, orientation: 'horizontal' },
  render: withRadios([
    ['yes', 'Yes'],
    ['no', 'No'],
  ]),
  globals: { lang: 'en' },
  play: reportValidity,
};

export const RechtsNachLinks: Story = {
  name: 'Rechts nach links (dir="rtl")',
  args: { value: 'email' },
  globals: { dir: 'rtl' },
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-radio-group label="Leer">
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Mit Hinweisen" hint="Ein Hinweis zur Frage.">
      <bp-radio value="a" hint="Ein Hinweis zur Antwort.">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Ausgewählt" value="b">
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Pflichtfeld" required>
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group class="invalid" label="Fehler" required>
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Nebeneinander" orientation="horizontal" value="ja">
      <bp-radio value="ja">Ja</bp-radio>
      <bp-radio value="nein">Nein</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Mit deaktivierter Antwort" value="a">
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b" disabled>Antwort B (deaktiviert)</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Deaktiviert" value="a" disabled>
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
    <bp-radio-group label="Schreibgeschützt" value="a" readonly>
      <bp-radio value="a">Antwort A</bp-radio>
      <bp-radio value="b">Antwort B</bp-radio>
    </bp-radio-group>
  `,
  play: reportValidity,
};
