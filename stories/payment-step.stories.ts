import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  MemoryStorage,
  PaymentProviderError,
  PendingPaymentStore,
  type FeeItem,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentStart,
  type PaymentStatus,
  type PaymentStatusResult,
} from '@blaupause/domain/payment';
import '@blaupause/components/payment-step.js';
import type { PaymentStep } from '@blaupause/components/payment-step.js';
import { showFeedback } from './render.js';

/** Beispieldaten: Personalausweis mit Versand, abzüglich der Ermäßigung für den Online-Antrag. */
const GEBUEHREN: FeeItem[] = [
  { kind: 'gebuehr', cents: 3700, label: 'Gebühr Personalausweis' },
  { kind: 'auslagen', cents: 350, label: 'Auslagen (Versand)' },
  { kind: 'ermaessigung', cents: 200, label: 'Ermäßigung für den Online-Antrag' },
];

/** Beispieldaten: eine Amtshandlung, die der Umsatzsteuer unterliegt (selten, Art. 10a KG). */
const MIT_UST: FeeItem[] = [
  { kind: 'gebuehr', cents: 10000, label: 'Vermessungsleistung' },
  { kind: 'ust', cents: 1900 },
];

/** Beispieldaten, die nicht aufgehen: die Posten ergeben 38,50 €, angegeben sind 40,00 €. */
const FALSCH: FeeItem[] = GEBUEHREN;

/**
 * Ein Beispiel-Zahlungsdienst nur für diese Stories: er hält Zahlungen im Speicher des Browsers und
 * antwortet mit dem Stand, den die Story vorgibt. Er erfüllt denselben Vertrag (`PaymentProvider`)
 * wie der `XBezahldiensteProvider`, den ein Portal einsetzt; getestet wird die Komponente gegen die
 * echte XBezahldienste-Sandbox (payment-step.server.test.ts).
 */
class BeispielZahlungsdienst implements PaymentProvider {
  constructor(
    private readonly stand: PaymentStatus | 'nicht-erreichbar',
    private readonly store: PendingPaymentStore,
  ) {}

  start(request: PaymentRequest): Promise<PaymentStart> {
    if (this.stand === 'nicht-erreichbar') {
      return Promise.reject(new PaymentProviderError('Beispiel: nicht erreichbar', 'unavailable', 503));
    }
    this.store.update(request.requestId, {
      transaction: { transactionId: `T-${request.requestId}`, redirectUrl: '#zahlungsseite' },
    });
    // In einem Portal ginge es jetzt zur Seite des Zahlungsdienstleisters.
    return Promise.resolve({ redirectUrl: '#zahlungsseite', alreadyStarted: false });
  }

  status(): Promise<PaymentStatusResult> {
    if (this.stand === 'nicht-erreichbar') {
      return Promise.reject(new PaymentProviderError('Beispiel: nicht erreichbar', 'unavailable', 503));
    }
    return Promise.resolve({
      status: this.stand,
      transactionReference: this.stand === 'PAYED' ? '6.0123.000042' : null,
    });
  }
}

/** Eine Zahlung, die schon beim Zahlungsdienstleister war: so sieht die Seite nach der Rückkehr aus. */
function zurueck(stand: PaymentStatus | 'nicht-erreichbar'): { store: PendingPaymentStore; provider: PaymentProvider } {
  const store = new PendingPaymentStore(new MemoryStorage());
  const requestId = store.requestIdFor('6.0123.456789.1', () => `beispiel-${stand}`);
  store.update(requestId, {
    method: 'creditcard',
    transaction: { transactionId: `T-${stand}`, redirectUrl: '#zahlungsseite' },
  });
  return { store, provider: new BeispielZahlungsdienst(stand, store) };
}

/** Ein Zahlungsschritt mit den Beispieldaten; `extra` setzt weitere Eigenschaften. */
function schritt(extra: Partial<PaymentStep> = {}, slot = false): PaymentStep {
  const el = document.createElement('bp-payment-step');
  Object.assign(el, {
    name: 'zahlung',
    payee: 'Stadt Augsburg',
    purpose: 'Personalausweis 6-0123',
    kassenzeichen: '6.0123.456789.1',
    creditorId: 'DE98ZZZ09999999999',
    mandateReference: 'BP-2026-000123',
    payeeIban: 'DE79 7205 0000 0000 0123 45',
    dueDate: '2026-12-31',
    methods: ['creditcard', 'paypal', 'wero', 'sepa', 'transfer', 'counter'],
    items: GEBUEHREN,
    store: new PendingPaymentStore(new MemoryStorage()),
    navigate: () => undefined,
    ...extra,
  });
  if (slot) {
    const counter = document.createElement('p');
    counter.slot = 'counter';
    counter.textContent = 'Bürgerbüro, Rathausplatz 1, 86150 Augsburg. Montag bis Freitag 8 bis 12 Uhr.';
    el.append(counter);
  }
  return el;
}

/** Zeigt die Meldungen aller Zahlungsschritte sofort, wie nach einem Versuch zu bezahlen. */
const reportValidity = showFeedback('bp-payment-step');

/** Wartet, bis ein Zustand sichtbar ist (Teile laden erst bei Bedarf). */
async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Wartet, bis jeder Zahlungsschritt fertig ist (Lastschrift- und Überweisungsteil, Stand der Zahlung). */
const settle = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  for (const el of canvasElement.querySelectorAll('bp-payment-step')) {
    await until(() => !el.shadowRoot?.querySelector('.loading, .checking'));
    await el.updateComplete;
  }
};

/** Füllt die Lastschrift mit einer ungültigen IBAN und zeigt die Meldungen. */
const ungueltigeIban = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  await settle({ canvasElement });
  for (const el of canvasElement.querySelectorAll<PaymentStep>('bp-payment-step.invalid')) {
    el.value = {
      method: 'sepa',
      accountHolder: 'Erika Mustermann',
      iban: 'DE89 3704 0044 0532 0130 01',
      mandate: false,
    };
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
  }
};

const meta: Meta<PaymentStep> = {
  title: 'Komponenten/Zahlung',
  component: 'bp-payment-step',
  render: () => schritt(),
  parameters: {
    actions: { handles: ['bp-payment-start', 'bp-payment-result', 'input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Der Bezahlschritt eines Antrags: die Kosten in Cent (Gebühr, Auslagen, Ermäßigung, Umsatzsteuer nur ' +
          'wo sie anfällt), Zahlungsempfänger, Verwendungszweck und Kassenzeichen; die Zahlungsarten, die das ' +
          'Portal anbietet (über XBezahldienste: Karte, PayPal, Wero …; SEPA-Lastschrift mit Mandat; ' +
          'Überweisung mit GiroCode; an der Kasse) und ein Knopf, der die Zahlung genau einmal beginnt. Nach ' +
          'der Rückkehr vom Zahlungsdienstleister fragt der Schritt den Stand beim Zahlungsdienstleister ab, nie ' +
          'aus der Adresse. Siehe docs/components/payment-step.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<PaymentStep>;

export const Auswahl: Story = { name: 'Zahlungsart wählen' };

export const Karte: Story = {
  name: 'Karte (externer Zahlungsdienstleister)',
  render: () => schritt({ defaultMethod: 'creditcard' }),
};

export const Lastschrift: Story = {
  name: 'SEPA-Lastschrift',
  render: () => schritt({ defaultMethod: 'sepa' }),
  play: settle,
};

export const LastschriftFehler: Story = {
  name: 'SEPA-Lastschrift mit Fehlern',
  render: () => {
    const el = schritt();
    el.classList.add('invalid');
    return el;
  },
  play: ungueltigeIban,
};

export const Ueberweisung: Story = {
  name: 'Überweisung mit GiroCode',
  render: () => schritt({ defaultMethod: 'transfer' }),
  play: settle,
};

export const Kasse: Story = {
  name: 'An der Kasse',
  render: () => schritt({ defaultMethod: 'counter' }, true),
};

export const OhneAuswahl: Story = {
  name: 'Bezahlen ohne Auswahl',
  render: () => schritt({ required: true }),
  play: reportValidity,
};

export const MitUmsatzsteuer: Story = {
  name: 'Mit Umsatzsteuer',
  render: () => schritt({ items: MIT_UST, purpose: 'Vermessung 2026-17' }),
};

export const Kostenlos: Story = {
  name: 'Nichts zu bezahlen',
  render: () => schritt({ items: [{ kind: 'gebuehr', cents: 0 }] }),
};

export const Konfigurationsfehler: Story = {
  name: 'Fehler in den Kosten (Entwicklerfehler)',
  render: () => schritt({ items: FALSCH, total: 4000 }),
};

export const NichtErreichbar: Story = {
  name: 'Zahlungsdienstleister nicht erreichbar',
  render: () => {
    const store = new PendingPaymentStore(new MemoryStorage());
    return schritt({ defaultMethod: 'paypal', store, provider: new BeispielZahlungsdienst('nicht-erreichbar', store) });
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bp-payment-step')!;
    await el.pay();
    await el.updateComplete;
  },
};

export const Erfolgreich: Story = {
  name: 'Ergebnis: erfolgreich',
  render: () => schritt(zurueck('PAYED')),
  play: settle,
};

export const Abgebrochen: Story = {
  name: 'Ergebnis: abgebrochen',
  render: () => schritt(zurueck('CANCELED')),
  play: settle,
};

export const Fehlgeschlagen: Story = {
  name: 'Ergebnis: fehlgeschlagen',
  render: () => schritt(zurueck('FAILED')),
  play: settle,
};

export const NochOffen: Story = {
  name: 'Ergebnis: noch nicht abgeschlossen',
  render: () => schritt(zurueck('INITIAL')),
  play: settle,
};

export const StandUnbekannt: Story = {
  name: 'Ergebnis: Stand nicht abfragbar',
  render: () => schritt(zurueck('nicht-erreichbar')),
  play: settle,
};

export const Deaktiviert: Story = {
  render: () => schritt({ disabled: true, defaultMethod: 'paypal' }),
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  render: () => schritt({ defaultMethod: 'sepa' }),
  globals: { lang: 'en' },
  play: settle,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    ${schritt({ label: 'Zahlungsart wählen' })} ${schritt({ label: 'Karte', defaultMethod: 'creditcard' })}
    ${schritt({ label: 'SEPA-Lastschrift', defaultMethod: 'sepa' })}
    ${(() => {
      const el = schritt({ label: 'SEPA-Lastschrift mit Fehlern' });
      el.classList.add('invalid');
      return el;
    })()}
    ${schritt({ label: 'Überweisung', defaultMethod: 'transfer' })}
    ${schritt({ label: 'An der Kasse', defaultMethod: 'counter' }, true)} ${schritt({ items: MIT_UST })}
    ${schritt({ items: [{ kind: 'gebuehr', cents: 0 }] })} ${schritt({ items: FALSCH, total: 4000 })}
    ${schritt({ ...zurueck('PAYED'), headingLevel: 3 })} ${schritt({ ...zurueck('CANCELED'), headingLevel: 3 })}
    ${schritt({ ...zurueck('FAILED'), headingLevel: 3 })} ${schritt({ ...zurueck('INITIAL'), headingLevel: 3 })}
    ${schritt({ ...zurueck('nicht-erreichbar'), headingLevel: 3 })}
    ${schritt({ label: 'Deaktiviert', disabled: true, defaultMethod: 'paypal' })}
  `,
  play: ungueltigeIban,
};
