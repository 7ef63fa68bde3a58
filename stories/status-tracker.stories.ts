import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/status-tracker.js';
import type { StatusTracker } from '@blaupause/components/status-tracker.js';
import { defineStatusCodes, type StatusEvent, type StatusSource } from '@blaupause/domain/status';
import { renderElement } from './render.js';

type Args = Partial<StatusTracker>;

const ev = (id: string, code: string, time: string, data?: Record<string, unknown>): StatusEvent =>
  data ? { id, code, time, data } : { id, code, time };

const submitted = ev('e1', 'submitted', '2026-11-20T08:15:00Z');
const forwarded = ev('e2', 'forwarded', '2026-11-20T08:16:30Z');
const received = ev('e3', 'received', '2026-11-21T09:02:00Z');
const inProgress = ev('e4', 'in_progress', '2026-11-23T07:30:00Z');
const base = [submitted, forwarded, received, inProgress];
const later = (id: string, code: string, data?: Record<string, unknown>) => ev(id, code, '2026-11-24T10:00:00Z', data);

const meta: Meta<Args> = {
  title: 'Komponenten/Bearbeitungsstand',
  component: 'bp-status-tracker',
  args: { caseId: 'FIT-2026-000123', events: base, now: Date.parse('2026-11-25T12:00:00Z') },
  render: (a) => renderElement('bp-status-tracker', a),
  parameters: {
    actions: { handles: ['bp-status-change', 'bp-status-resubmit'] },
    docs: {
      description: {
        component:
          'Wo steht mein Antrag? Die Schritte als geordnete Liste, jeder mit seinem Stand in Worten (nie nur ' +
          'Farbe oder Zeichen) und seinem Datum; der aktuelle Schritt ist als aktuell ausgezeichnet und sagt, ' +
          'was als Nächstes geschieht. Braucht die Behörde etwas von der Antragstellerin, steht dort, was zu ' +
          'tun ist. Live über eine Quelle (Abfragen oder Server-Sent Events); ein neuer Stand wird einmal ' +
          'höflich angesagt. Breit waagerecht, schmal senkrecht. Siehe docs/components/status-tracker.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Eingereicht: Story = { args: { events: [submitted] } };

export const InBearbeitung: Story = { name: 'In Bearbeitung' };

export const Rueckfrage: Story = {
  name: 'Rückfrage (Ihre Mitwirkung)',
  render: (a) =>
    html`<bp-status-tracker
      case-id=${a.caseId ?? ''}
      .now=${a.now}
      .events=${[...base, later('e5', 'query', { url: '#nachreichen' })]}
    >
      <p slot="query">Es fehlt: eine Kopie des Mietvertrags. Frist: 08.12.2026.</p>
    </bp-status-tracker>`,
};

export const ZahlungAusstehend: Story = {
  name: 'Zahlung ausstehend',
  args: { events: [...base, later('e5', 'payment_due', { url: '#bezahlen' })] },
};

export const NichtZugestellt: Story = {
  name: 'Nicht zugestellt (technisch abgelehnt)',
  args: {
    events: [
      submitted,
      ev('e2', 'rejected_technical', '2026-11-20T09:00:00Z', {
        problems: [{ title: 'Anlage fehlt', detail: 'Die Anlage „Meldebescheinigung“ fehlt.' }],
      }),
    ],
  },
};

export const Entschieden: Story = { args: { events: [...base, later('e5', 'decided')] } };

export const Abgeschlossen: Story = {
  args: { events: [...base, later('e5', 'decided'), ev('e6', 'closed', '2026-11-24T10:01:00Z')] },
};

export const Zurueckgezogen: Story = {
  name: 'Zurückgezogen',
  args: { events: [submitted, forwarded, ev('e3', 'withdrawn', '2026-11-20T12:00:00Z')] },
};

export const UnbekannterStatus: Story = {
  name: 'Unbekannter Status',
  args: { events: [...base, later('e5', 'archiviert')] },
};

export const NachVierzehnTagen: Story = {
  name: 'Nach 14 Tagen noch eingereicht (FIT-Connect)',
  args: { events: [submitted], now: Date.parse('2026-12-05T09:00:00Z') },
};

export const EigeneCodes: Story = {
  name: 'Eigene Codes des Portals',
  render: (a) =>
    html`<bp-status-tracker
      case-id=${a.caseId ?? ''}
      .now=${a.now}
      .codes=${defineStatusCodes([{ code: 'termin', attention: 'action', terminal: false, action: 'book' }])}
      .strings=${{
        'status.termin.label': 'Abholtermin vereinbaren',
        'status.termin.next': 'Ihr Ausweis ist fertig. Vereinbaren Sie einen Termin zur Abholung.',
        'status.termin.action': 'Termin buchen',
      }}
      .events=${[...base, later('e5', 'termin', { url: '#termin' })]}
    ></bp-status-tracker>`,
};

export const Kompakt: Story = {
  name: 'Kompakt (Liste von Anträgen)',
  render: (a) =>
    html`<ul style="list-style: none; padding: 0; display: grid; gap: 1rem; max-inline-size: 40rem">
      <li>
        <h3>Anmeldung einer Wohnung</h3>
        <bp-status-tracker compact case-id="FIT-2026-000123" .now=${a.now} .events=${base}></bp-status-tracker>
      </li>
      <li>
        <h3>Bewohnerparkausweis</h3>
        <bp-status-tracker
          compact
          case-id="FIT-2026-000187"
          .now=${a.now}
          .events=${[...base, later('e5', 'payment_due', { url: '#bezahlen' })]}
        ></bp-status-tracker>
      </li>
    </ul>`,
};

export const Schmal: Story = {
  name: 'Schmal (senkrecht)',
  render: (a) => html`<div style="max-inline-size: 22rem">${renderElement('bp-status-tracker', a)}</div>`,
};

export const Breit: Story = {
  name: 'Breit (waagerecht)',
  render: (a) => html`<div style="inline-size: 60rem">${renderElement('bp-status-tracker', a)}</div>`,
};

/**
 * A source that plays the case's next steps one after another (a stand-in for the portal's
 * backend in this story only; the tests use the real sources against a local server).
 */
function playedSource(steps: readonly StatusEvent[], everyMs: number): StatusSource {
  return {
    subscribe(onEvents, onState) {
      let shown = 1;
      onState?.({ phase: 'live', transport: 'polling' });
      onEvents(steps.slice(0, shown));
      const timer = setInterval(() => {
        shown += 1;
        onEvents(steps.slice(0, shown));
        if (shown >= steps.length) {
          clearInterval(timer);
          onState?.({ phase: 'ended', transport: 'polling' });
        }
      }, everyMs);
      return () => clearInterval(timer);
    },
  };
}

export const Live: Story = {
  name: 'Live (Vorführung)',
  render: (a) =>
    html`<p>
        Alle vier Sekunden kommt ein neuer Stand, bis der Antrag abgeschlossen ist (Vorführung); jeder neue Stand wird
        einmal angesagt.
      </p>
      <bp-status-tracker
        case-id=${a.caseId ?? ''}
        .now=${a.now}
        .source=${playedSource([...base, later('e5', 'decided'), ev('e6', 'closed', '2026-11-24T10:01:00Z')], 4000)}
      ></bp-status-tracker>`,
};

export const Englisch: Story = {
  name: 'Englisch',
  render: (a) => html`<div lang="en">${renderElement('bp-status-tracker', a)}</div>`,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: (a) => {
    const cases: [string, StatusEvent[]][] = [
      ['Eingereicht', [submitted]],
      ['In Bearbeitung', base],
      ['Rückfrage', [...base, later('e5', 'query', { url: '#nachreichen' })]],
      ['Zahlung ausstehend', [...base, later('e5', 'payment_due', { url: '#bezahlen' })]],
      [
        'Nicht zugestellt',
        [submitted, ev('e2', 'rejected_technical', '2026-11-20T09:00:00Z', { reason: 'Signatur ungültig.' })],
      ],
      ['Entschieden', [...base, later('e5', 'decided')]],
      ['Abgeschlossen', [...base, later('e5', 'decided'), ev('e6', 'closed', '2026-11-24T10:01:00Z')]],
      ['Zurückgezogen', [submitted, ev('e2', 'withdrawn', '2026-11-20T12:00:00Z')]],
      ['Unbekannter Status', [...base, later('e5', 'archiviert')]],
    ];
    return html`${cases.map(
      ([title, events]) =>
        html`<section style="margin-block-end: 2rem">
          <h3>${title}</h3>
          <bp-status-tracker case-id=${a.caseId ?? ''} .now=${a.now} .events=${events}></bp-status-tracker>
        </section>`,
    )}`;
  },
};
