import type { Catalogue } from '../core/localize.js';

/** English messages of the flow part, loaded when it is first shown in English. */
export const en: Catalogue = {
  'payment.start.unavailable':
    'The payment service provider cannot be reached at the moment. Nothing was charged. Try again in a few minutes or choose another way to pay.',
  'payment.start.rejected':
    'The payment cannot be started because of a technical error. Nothing was charged. Please contact {payee}.',
  'payment.result.PAYED': 'Payment successful',
  'payment.result.CANCELED': 'Payment cancelled',
  'payment.result.FAILED': 'Payment failed',
  'payment.result.INITIAL': 'Payment not completed yet',
  'payment.result.unavailable': 'Payment status not known',
  'payment.result.unknown': 'Payment status not known',
  'payment.result-text.PAYED': 'You paid {amount} to {payee}. Thank you.',
  'payment.result-text.CANCELED':
    'You cancelled the payment. Nothing was charged. You can try again, also with another way to pay.',
  'payment.result-text.FAILED':
    'The payment did not go through. Nothing was charged. Try again, also with another way to pay.',
  'payment.result-text.INITIAL':
    'Your payment is not completed at the payment service provider yet. Complete it there, or check the status again in a few minutes.',
  'payment.result-text.unavailable':
    'We cannot check the status of your payment at the moment. Do not pay again. Check the status again in a few minutes.',
  'payment.result-text.unknown':
    'Your payment was started, but its status is not known here. Do not pay again, and contact {payee}.',
  'payment.result.reference': 'Transaction reference: {reference}',
  'payment.retry': 'Pay again',
  'payment.refresh': 'Check the status again',
  'payment.resume': 'Go to the payment page',
};
