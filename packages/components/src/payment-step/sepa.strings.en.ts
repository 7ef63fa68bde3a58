import { paymentMessages } from '@blaupause/domain/payment';
import type { Catalogue } from '../core/localize.js';

/** English messages of the SEPA part, loaded when it is first shown in English. */
export const en: Catalogue = {
  ...paymentMessages.en,
  'payment.sepa.holder': 'Account holder',
  'payment.sepa.holder-required': 'Enter the name of the account holder.',
  'payment.sepa.iban': 'IBAN',
  'payment.sepa.iban-hint':
    'Your IBAN is on your bank card and in your online banking, like DE89 3704 0044 0532 0130 00. You can enter spaces.',
  'payment.sepa.mandate-title': 'SEPA Direct Debit Mandate',
  'payment.sepa.creditor': 'Creditor',
  'payment.sepa.creditor-id': 'Creditor identifier',
  'payment.sepa.mandate-reference': 'Mandate reference',
  'payment.sepa.mandate-reference-later': 'you will be told before the first debit',
  'payment.sepa.mandate-translation':
    'Translation (the German text above is the one that applies): I authorise {payee} to collect payments from my account by direct debit. At the same time, I instruct my bank to pay the direct debits drawn on my account by {payee}. Note: I can ask for a refund of the amount debited within eight weeks, starting from the date it was debited. The conditions agreed with my bank apply.',
  'payment.sepa.consent': 'I give this SEPA Direct Debit Mandate.',
  'payment.sepa.consent-required': 'Confirm the SEPA Direct Debit Mandate if you want to pay by direct debit.',
};
