import type { Catalogue, Translations } from '../core/localize.js';

/** The texts of the bank-transfer part (loaded with it). */
export const de: Catalogue = {
  'payment.transfer.intro': 'Überweisen Sie den Gesamtbetrag mit diesen Angaben:',
  'payment.transfer.intro-due': 'Überweisen Sie den Gesamtbetrag bis zum {date} mit diesen Angaben:',
  'payment.transfer.name': 'Empfänger',
  'payment.transfer.iban': 'IBAN',
  'payment.transfer.bic': 'BIC',
  'payment.transfer.amount': 'Betrag',
  'payment.transfer.reference': 'Verwendungszweck',
  'payment.transfer.due': 'Zahlbar bis',
  'payment.transfer.reference-hint':
    'Geben Sie den Verwendungszweck genau so an, damit wir Ihre Zahlung Ihrem Antrag zuordnen können.',
  'payment.transfer.qr-label':
    'GiroCode für diese Überweisung an {name}: IBAN {iban}, Betrag {amount}, Verwendungszweck {reference}.',
  'payment.transfer.qr-caption':
    'GiroCode: Scannen Sie den Code mit der Foto-Überweisung Ihrer Banking-App. Die App füllt die Überweisung mit den Angaben oben aus. Prüfen Sie sie, bevor Sie die Überweisung freigeben.',
};

/** The transfer part's messages; English loads on first use. */
export const translations: Translations = { de, en: () => import('./transfer.strings.en.js').then((m) => m.en) };
