import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/error-summary.js';
import '@blaupause/components/text-field.js';
import '@blaupause/components/button.js';
import type { ErrorSummary, ErrorSummaryEntry } from '@blaupause/components/error-summary.js';

/** Submits the story's form, as a user pressing "Absenden" would. */
const submit = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const form = canvasElement.querySelector('form');
  form?.requestSubmit();
  const summary = canvasElement.querySelector('bp-error-summary');
  await summary?.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await summary?.updateComplete;
};

const antragsformular = (id: string) => html`
  <bp-error-summary for=${id}></bp-error-summary>
  <form id=${id} @submit=${(e: Event) => e.preventDefault()}>
    <bp-text-field id="${id}-vorname" name="vorname" label="Vorname" autocomplete="given-name" required></bp-text-field>
    <bp-text-field
      id="${id}-email"
      name="email"
      label="E-Mail-Adresse"
      type="email"
      autocomplete="email"
      value="max.mustermann@"
      required
    ></bp-text-field>
    <label for="${id}-kinder">Anzahl der Kinder im Haushalt</label>
    <input id="${id}-kinder" name="kinder" type="number" min="0" max="20" value="25" />
    <p><bp-button type="submit">Absenden</bp-button></p>
  </form>
`;

const meta: Meta<ErrorSummary> = {
  title: 'Komponenten/Fehlerzusammenfassung',
  component: 'bp-error-summary',
  parameters: {
    actions: { handles: ['bp-error-summary-navigate'] },
    docs: {
      description: {
        component:
          'Listet nach einem fehlgeschlagenen Absenden alle Fehler des Formulars auf, erhält den Fokus und führt mit ' +
          'jedem Link in das betroffene Feld. Siehe docs/components/error-summary.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<ErrorSummary>;

export const VorDemAbsenden: Story = {
  name: 'Vor dem Absenden (unsichtbar)',
  render: () => antragsformular('vorher'),
};

export const NachFehlgeschlagenemAbsenden: Story = {
  name: 'Nach fehlgeschlagenem Absenden',
  render: () => antragsformular('nachher'),
  play: submit,
};

export const FehlerVomServer: Story = {
  name: 'Fehler vom Server',
  render: () => html`
    <bp-error-summary
      for="server"
      no-autofocus
      .errors=${[{ message: 'Diese Postleitzahl gehört nicht zur Gemeinde Pullach.', href: '#server-plz' }]}
    ></bp-error-summary>
    <form id="server" @submit=${(e: Event) => e.preventDefault()}>
      <bp-text-field id="server-plz" name="plz" label="Postleitzahl" width="5" value="80331"></bp-text-field>
    </form>
  `,
};

const steps = ['Angaben zur Person', 'Bankverbindung'];

export const MehrschrittigesFormular: Story = {
  name: 'Mehrschrittiges Formular',
  render: () => {
    const show = (root: Element, index: number) => {
      root.querySelectorAll('section').forEach((s, i) => (s.hidden = i !== index));
      root.querySelector('output')!.textContent = `Schritt ${index + 1} von ${steps.length}: ${steps[index]}`;
    };
    const navigate = (entry: ErrorSummaryEntry) => {
      const section = entry.control?.closest('section');
      const root = section?.closest('.wizard');
      if (section && root) show(root, [...root.querySelectorAll('section')].indexOf(section));
    };
    return html`
      <div class="wizard">
        <bp-error-summary for="wizard" .navigate=${navigate}></bp-error-summary>
        <p><output>Schritt 2 von 2: Bankverbindung</output></p>
        <form id="wizard" @submit=${(e: Event) => e.preventDefault()}>
          <section hidden>
            <h2>Angaben zur Person</h2>
            <bp-text-field id="wizard-name" name="name" label="Name" required></bp-text-field>
          </section>
          <section>
            <h2>Bankverbindung</h2>
            <bp-text-field id="wizard-iban" name="iban" label="IBAN" required></bp-text-field>
            <p><bp-button type="submit">Antrag absenden</bp-button></p>
          </section>
        </form>
      </div>
    `;
  },
  play: submit,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  globals: { lang: 'en' },
  render: () => html`
    <bp-error-summary for="english"></bp-error-summary>
    <form id="english" @submit=${(e: Event) => e.preventDefault()}>
      <bp-text-field name="name" label="Full name" required></bp-text-field>
      <bp-button type="submit">Submit</bp-button>
    </form>
  `,
  play: submit,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <h2>Ohne Fehler (nichts sichtbar)</h2>
    ${antragsformular('leer')}
    <h2>Mit Fehlern</h2>
    ${antragsformular('fehler')}
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLFormElement>('#fehler')?.requestSubmit();
    const summary = canvasElement.querySelector<ErrorSummary>('bp-error-summary[for="fehler"]');
    await summary?.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await summary?.updateComplete;
  },
};
