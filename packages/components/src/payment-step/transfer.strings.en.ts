import type { Catalogue } from '../core/localize.js';

/** English messages of the transfer part, loaded when it is first shown in English. */
export const en: Catalogue = {
  'payment.transfer.intro': 'Transfer the total with these details:',
  'payment.transfer.intro-due': 'Transfer the total by {date} with these details:',
  'payment.transfer.name': 'Payee',
  'payment.transfer.iban': 'IBAN',
  'payment.transfer.bic': 'BIC',
  'payment.transfer.amount': 'Amount',
  'payment.transfer.reference': 'Payment reference',
  'payment.transfer.due': 'Due by',
  'payment.transfer.reference-hint':
    'Use exactly this payment reference, so that we can match your payment to your application.',
  'payment.transfer.qr-label':
    'GiroCode for this transfer to {name}: IBAN {iban}, amount {amount}, payment reference {reference}.',
  'payment.transfer.qr-caption':
    'GiroCode: scan the code with the photo transfer of your banking app. The app fills in the transfer with the details above. Check them before you confirm the transfer.',
};
