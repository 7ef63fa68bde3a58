import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/button.js';
import '@blaupause/components/text-field.js';
import type { Button } from '@blaupause/components/button.js';
import { renderElement } from './render.js';

type Args = Partial<Button> & { text?: string };

/** A decorative arrow for the `end` slot. */
const arrow = html`<svg slot="end" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M4 12h14M13 6l6 6-6 6"
    fill="none"
    stroke="currentColor"
    stroke-width="2.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;

/** A decorative download symbol for the `start` slot. */
const download = html`<svg slot="start" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M12 3v12M7 10l5 5 5-5M4 20h16"
    fill="none"
    stroke="currentColor"
    stroke-width="2.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;

/** A decorative cross for icon-only close buttons. */
const cross = html`<svg slot="start" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
</svg>`;

const row = 'display: flex; flex-wrap: wrap; gap: var(--bp-space-sm); align-items: center;';

const meta: Meta<Args> = {
  title: 'Komponenten/Schaltfläche',
  component: 'bp-button',
  args: { text: 'Weiter' },
  render: ({ text, ...a }) => {
    const el = renderElement('bp-button', a);
    el.textContent = text ?? '';
    return el;
  },
  argTypes: { text: { control: 'text', description: 'Text der Schaltfläche (Standard-Slot)' } },
  parameters: {
    actions: { handles: ['click', 'submit', 'reset'] },
    docs: {
      description: {
        component:
          'Eine Schaltfläche, die ihr Formular wie ein natives `<button>` abschickt oder zurücksetzt – mit Prüfung ' +
          'der Eingaben und mit `name`/`value` nur dann, wenn sie selbst abgeschickt hat. Mit `href` ein Link im ' +
          'Aussehen einer Schaltfläche. Siehe docs/components/button.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Primaer: Story = {
  name: 'Primär',
  args: { variant: 'primary', text: 'Antrag absenden' },
};

export const Sekundaer: Story = {
  name: 'Sekundär',
  args: { variant: 'secondary', text: 'Entwurf speichern' },
};

export const Tertiaer: Story = {
  name: 'Tertiär',
  args: { variant: 'tertiary', text: 'Eingaben ändern' },
};

export const Gefaehrlich: Story = {
  name: 'Gefährlich (danger)',
  args: { variant: 'danger', text: 'Antrag löschen' },
};

export const Deaktiviert: Story = {
  args: { disabled: true, text: 'Weiter' },
};

export const Beschaeftigt: Story = {
  name: 'Beschäftigt (busy)',
  args: { busy: true, text: 'Zahlung wird übermittelt' },
};

export const MitSymbol: Story = {
  name: 'Mit Symbol',
  render: () =>
    html`<div style=${row}>
      <bp-button>Weiter ${arrow}</bp-button>
      <bp-button variant="secondary">${download} Bescheid herunterladen</bp-button>
    </div>`,
};

export const NurSymbol: Story = {
  name: 'Nur Symbol (mit label)',
  render: () => html`<bp-button variant="tertiary" label="Schließen" type="button">${cross}</bp-button>`,
};

export const AlsLink: Story = {
  name: 'Als Link (href)',
  args: { href: '#start', variant: 'primary', text: 'Jetzt starten' },
};

export const LinkNeuerTab: Story = {
  name: 'Link in neuem Tab',
  render: () =>
    html`<bp-button href="https://example.org/merkblatt.pdf" target="_blank" variant="secondary"
      >${download} Merkblatt (PDF, 120 KB)</bp-button
    >`,
};

export const InEinemFormular: Story = {
  name: 'In einem Formular',
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        const out = form.querySelector('output');
        // Read the data at once: the submitter (a hidden stand-in) is removed after the event.
        const data = new FormData(form, e.submitter);
        if (out) out.textContent = JSON.stringify([...data.entries()]);
        const value = e.submitter instanceof HTMLButtonElement ? e.submitter.value : '';
        const button = form.querySelector<Button>(`bp-button[value="${value}"]`);
        if (button) {
          button.busy = true;
          setTimeout(() => (button.busy = false), 1500);
        }
      }}
    >
      <bp-text-field label="Vorname" name="vorname" autocomplete="given-name" required></bp-text-field>
      <div style=${row}>
        <bp-button name="aktion" value="absenden">Absenden</bp-button>
        <bp-button name="aktion" value="entwurf" variant="secondary" formnovalidate>Entwurf speichern</bp-button>
        <bp-button type="reset" variant="tertiary">Eingaben löschen</bp-button>
      </div>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  globals: { lang: 'en' },
  render: () =>
    html`<div style=${row}>
      <bp-button busy>Pay now</bp-button>
      <bp-button href="https://example.org/guidance" target="_blank" variant="secondary">Guidance</bp-button>
    </div>`,
};

const variants = [
  ['primary', 'Primär'],
  ['secondary', 'Sekundär'],
  ['tertiary', 'Tertiär'],
  ['danger', 'Gefährlich'],
] as const;

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <table style="border-collapse: separate; border-spacing: var(--bp-space-sm);">
      <thead>
        <tr>
          <th scope="col">Variante</th>
          <th scope="col">Normal</th>
          <th scope="col">Mit Symbol</th>
          <th scope="col">Deaktiviert</th>
          <th scope="col">Beschäftigt</th>
          <th scope="col">Als Link</th>
          <th scope="col">Nur Symbol</th>
        </tr>
      </thead>
      <tbody>
        ${variants.map(
          ([variant, name]) =>
            html`<tr>
              <th scope="row">${name}</th>
              <td><bp-button variant=${variant}>Weiter</bp-button></td>
              <td><bp-button variant=${variant}>Weiter ${arrow}</bp-button></td>
              <td><bp-button variant=${variant} disabled>Weiter</bp-button></td>
              <td><bp-button variant=${variant} busy>Weiter</bp-button></td>
              <td><bp-button variant=${variant} href="#weiter">Weiter</bp-button></td>
              <td><bp-button variant=${variant} label="Schließen" type="button">${cross}</bp-button></td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
