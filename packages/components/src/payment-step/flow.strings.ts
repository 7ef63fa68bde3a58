import type { Catalogue, Translations } from '../core/localize.js';

/** The texts of the provider flow and the result (loaded with that part). */
export const de: Catalogue = {
  'payment.start.unavailable':
    'Der Zahlungsdienstleister ist gerade nicht erreichbar. Es wurde nichts abgebucht. Versuchen Sie es in einigen Minuten noch einmal oder wählen Sie eine andere Zahlungsart.',
  'payment.start.rejected':
    'Die Zahlung kann wegen eines technischen Fehlers nicht begonnen werden. Es wurde nichts abgebucht. Bitte wenden Sie sich an {payee}.',
  'payment.result.PAYED': 'Zahlung erfolgreich',
  'payment.result.CANCELED': 'Zahlung abgebrochen',
  'payment.result.FAILED': 'Zahlung fehlgeschlagen',
  'payment.result.INITIAL': 'Zahlung noch nicht abgeschlossen',
  'payment.result.unavailable': 'Stand der Zahlung nicht bekannt',
  'payment.result.unknown': 'Stand der Zahlung nicht bekannt',
  'payment.result-text.PAYED': 'Sie haben {amount} an {payee} bezahlt. Vielen Dank.',
  'payment.result-text.CANCELED':
    'Sie haben die Zahlung abgebrochen. Es wurde nichts abgebucht. Sie können es noch einmal versuchen, auch mit einer anderen Zahlungsart.',
  'payment.result-text.FAILED':
    'Die Zahlung hat nicht geklappt. Es wurde nichts abgebucht. Versuchen Sie es noch einmal, auch mit einer anderen Zahlungsart.',
  'payment.result-text.INITIAL':
    'Ihre Zahlung ist beim Zahlungsdienstleister noch nicht abgeschlossen. Schließen Sie sie dort ab oder fragen Sie den Stand in einigen Minuten erneut ab.',
  'payment.result-text.unavailable':
    'Wir können den Stand Ihrer Zahlung gerade nicht abfragen. Bezahlen Sie nicht noch einmal. Fragen Sie den Stand in einigen Minuten erneut ab.',
  'payment.result-text.unknown':
    'Ihre Zahlung wurde begonnen, ihr Stand ist hier aber nicht bekannt. Bezahlen Sie nicht noch einmal und wenden Sie sich an {payee}.',
  'payment.result.reference': 'Transaktionsreferenz: {reference}',
  'payment.retry': 'Noch einmal bezahlen',
  'payment.refresh': 'Stand erneut abfragen',
  'payment.resume': 'Zur Zahlungsseite',
};

/** The flow part's messages; English loads on first use. */
export const translations: Translations = { de, en: () => import('./flow.strings.en.js').then((m) => m.en) };
