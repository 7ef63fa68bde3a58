import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/notice.js';
import '@blaupause/components/button.js';
import type { Notice } from '@blaupause/components/notice.js';
import { renderElement } from './render.js';

type Args = Partial<Notice> & { text?: string };

const meta: Meta<Args> = {
  title: 'Komponenten/Hinweis',
  component: 'bp-notice',
  args: { text: 'Am Sonntag, 12. Oktober, ist der Dienst von 6 bis 9 Uhr wegen Wartungsarbeiten nicht erreichbar.' },
  render: ({ text, ...a }) => {
    const el = renderElement('bp-notice', a);
    const p = document.createElement('p');
    p.textContent = text ?? '';
    el.append(p);
    return el;
  },
  argTypes: { text: { control: 'text', description: 'Text des Hinweises (Standard-Slot)' } },
  parameters: {
    actions: { handles: ['bp-notice-dismiss'] },
    docs: {
      description: {
        component:
          'Ein Hinweis in vier Stufen: Information, Erfolg, Warnung, Fehler. Die Stufe steht als Symbol und als ' +
          'Text für Screenreader da, nicht nur als Farbe. Fehler werden sofort vorgelesen (`role=alert`), alles ' +
          'andere höflich (`role=status`). Siehe docs/components/notice.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Information: Story = {
  args: { variant: 'info' },
};

export const Erfolg: Story = {
  args: {
    variant: 'success',
    heading: 'Antrag gesendet',
    text: 'Ihre Vorgangsnummer ist 2025-0815. Wir haben Ihnen eine Bestätigung per E-Mail geschickt.',
  },
};

export const Warnung: Story = {
  args: {
    variant: 'warning',
    text: 'Ihre Sitzung endet in 5 Minuten. Speichern Sie Ihre Eingaben als Entwurf, wenn Sie mehr Zeit brauchen.',
  },
};

export const Fehler: Story = {
  args: {
    variant: 'error',
    heading: 'Zahlung fehlgeschlagen',
    text: 'Ihre Karte wurde abgelehnt. Es wurde nichts abgebucht. Versuchen Sie es mit einer anderen Zahlungsart.',
  },
};

export const MitUeberschrift: Story = {
  name: 'Mit Überschrift (Ebene 3)',
  args: { variant: 'info', heading: 'Wartungsarbeiten', headingLevel: 3 },
};

export const UeberschriftAlsSlot: Story = {
  name: 'Überschrift als Slot',
  render: () =>
    html`<bp-notice variant="success">
      <h3 slot="heading">Zahlung eingegangen</h3>
      <p>Wir haben 30,00 € erhalten. <a href="#bescheid">Zum Bescheid</a></p>
    </bp-notice>`,
};

export const Schliessbar: Story = {
  name: 'Schließbar',
  render: () => html`
    <bp-notice dismissible heading="Neu: Anträge als Entwurf speichern" focus-after-dismiss="weiter-danach">
      <p>Sie können einen Antrag jetzt unterbrechen und später fortsetzen.</p>
    </bp-notice>
    <h2 id="weiter-danach" tabindex="-1">Ihre Anträge</h2>
  `,
};

export const LiveAktualisiert: Story = {
  name: 'Aktualisiert nach einer Aktion',
  render: () => html`
    <bp-notice id="speicher-status" variant="info"><p>Noch nicht gespeichert.</p></bp-notice>
    <bp-button
      type="button"
      variant="secondary"
      @click=${() => {
        const notice = document.querySelector<Notice>('#speicher-status');
        if (!notice) return;
        notice.variant = 'success';
        notice.querySelector('p')!.textContent = `Entwurf um ${new Date().toLocaleTimeString('de-DE')} gespeichert.`;
      }}
      >Entwurf speichern</bp-button
    >
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  globals: { lang: 'en' },
  render: () =>
    html`<bp-notice variant="warning" heading="Your session ends soon" dismissible>
      <p>Save your answers as a draft if you need more time.</p>
    </bp-notice>`,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    ${(['info', 'success', 'warning', 'error'] as const).map(
      (variant) => html`
        <bp-notice variant=${variant}><p>Nur Text (${variant}).</p></bp-notice>
        <bp-notice variant=${variant} heading="Mit Überschrift (${variant})" heading-level="3"
          ><p>Text mit <a href="#mehr">Link</a>.</p></bp-notice
        >
        <bp-notice variant=${variant} heading="Schließbar (${variant})" heading-level="3" dismissible
          ><p>Dieser Hinweis hat eine Schaltfläche zum Schließen.</p></bp-notice
        >
      `,
    )}
  `,
};
