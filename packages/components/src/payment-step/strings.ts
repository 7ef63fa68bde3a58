import type { Catalogue, Translations } from '../core/localize.js';

/**
 * The texts `bp-payment-step` shows before any method is chosen, overridable per instance through
 * `strings` (e.g. `{ "payment.pay": "Gebühr bezahlen" }`). English: `strings.en.ts`, loaded on first
 * use. The texts of the SEPA, transfer and result parts load with those parts (`sepa.strings.ts`,
 * `transfer.strings.ts`, `flow.strings.ts`). A provider method's label is `payment.method.<id>`; an
 * id without one shows as given.
 */
export const de: Catalogue = {
  'payment.fees': 'Kosten',
  'payment.fee.gebuehr': 'Gebühr',
  'payment.fee.auslagen': 'Auslagen',
  'payment.fee.ermaessigung': 'Ermäßigung',
  'payment.fee.ust': 'Umsatzsteuer',
  'payment.total': 'Gesamtbetrag',
  'payment.payee': 'Zahlungsempfänger',
  'payment.purpose': 'Verwendungszweck',
  'payment.kassenzeichen': 'Kassenzeichen',
  'payment.nothing-to-pay': 'Für diesen Antrag fällt keine Gebühr an. Sie müssen nichts bezahlen.',
  'payment.config-error':
    'Der Betrag kann gerade nicht berechnet werden. Deshalb ist eine Zahlung hier nicht möglich. Bitte wenden Sie sich an {payee}.',
  'payment.legend': 'Wie möchten Sie bezahlen?',
  'payment.method-required': 'Wählen Sie aus, wie Sie bezahlen möchten.',
  'payment.method.creditcard': 'Kreditkarte',
  'payment.method.paypal': 'PayPal',
  'payment.method.wero': 'Wero',
  'payment.method.applepay': 'Apple Pay',
  'payment.method.googlepay': 'Google Pay',
  'payment.method.sepa': 'SEPA-Lastschrift',
  'payment.method.transfer': 'Überweisung',
  'payment.method.counter': 'An der Kasse bezahlen',
  'payment.method-hint.sepa': 'Wir ziehen den Betrag von Ihrem Konto ein.',
  'payment.method-hint.transfer': 'Sie überweisen den Betrag selbst, auch mit einem GiroCode für Ihre Banking-App.',
  'payment.method-hint.counter': 'Sie bezahlen bei {payee}.',
  'payment.counter':
    'Bezahlen Sie den Gesamtbetrag an der Kasse von {payee}. Bringen Sie das Kassenzeichen mit, es steht oben in der Übersicht.',
  'payment.external':
    'Zum Bezahlen leiten wir Sie auf die Seite unseres Zahlungsdienstleisters weiter. Dort geben Sie Ihre Zahlungsdaten ein. Danach kommen Sie auf diese Seite zurück.',
  'payment.pay': 'Zahlungspflichtig bestellen',
  'payment.busy': 'Bitte warten.',
  'payment.redirecting': 'Sie werden zum Zahlungsdienstleister weitergeleitet.',
  'payment.checking': 'Der Stand Ihrer Zahlung wird abgefragt.',
  'payment.loading': 'Wird geladen.',
  'payment.payee-unknown': 'die zuständige Stelle',
};

/** The step's own texts; English loads when an element is first shown in English. */
export const paymentStepTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
