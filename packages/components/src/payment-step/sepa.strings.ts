import { paymentMessages } from '@blaupause/domain/payment';
import type { Catalogue, Translations } from '../core/localize.js';

/**
 * The texts of the SEPA direct-debit part (loaded with it), and the domain's IBAN messages
 * (`validation.iban.*`). The mandate text itself is not here: it is legally fixed and rendered
 * verbatim in German (`sepa.ts`); `payment.sepa.mandate-translation` adds a translation under it in
 * other languages.
 */
export const de: Catalogue = {
  ...paymentMessages.de,
  'payment.sepa.holder': 'Kontoinhaberin oder Kontoinhaber',
  'payment.sepa.holder-required': 'Geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers an.',
  'payment.sepa.iban': 'IBAN',
  'payment.sepa.iban-hint':
    'Ihre IBAN steht auf Ihrer Bankkarte und im Online-Banking, zum Beispiel DE89 3704 0044 0532 0130 00. Leerzeichen dürfen Sie eingeben.',
  'payment.sepa.mandate-title': 'SEPA-Lastschriftmandat',
  'payment.sepa.creditor': 'Zahlungsempfänger',
  'payment.sepa.creditor-id': 'Gläubiger-Identifikationsnummer',
  'payment.sepa.mandate-reference': 'Mandatsreferenz',
  'payment.sepa.mandate-reference-later': 'wird Ihnen vor der ersten Abbuchung mitgeteilt',
  'payment.sepa.mandate-translation': '',
  'payment.sepa.consent': 'Ich erteile dieses SEPA-Lastschriftmandat.',
  'payment.sepa.consent-required':
    'Bestätigen Sie das SEPA-Lastschriftmandat, wenn Sie per Lastschrift bezahlen möchten.',
};

/** The SEPA part's messages; English loads on first use. */
export const translations: Translations = { de, en: () => import('./sepa.strings.en.js').then((m) => m.en) };
