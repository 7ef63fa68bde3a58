import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'payment.fees': 'Costs',
  'payment.fee.gebuehr': 'Fee',
  'payment.fee.auslagen': 'Expenses',
  'payment.fee.ermaessigung': 'Reduction',
  'payment.fee.ust': 'VAT',
  'payment.total': 'Total',
  'payment.payee': 'Payee',
  'payment.purpose': 'Payment reference',
  'payment.kassenzeichen': 'Cash office reference (Kassenzeichen)',
  'payment.nothing-to-pay': 'There is no fee for this application. You do not need to pay anything.',
  'payment.config-error':
    'The amount cannot be worked out at the moment, so you cannot pay here. Please contact {payee}.',
  'payment.legend': 'How do you want to pay?',
  'payment.method-required': 'Select how you want to pay.',
  'payment.method.creditcard': 'Credit card',
  'payment.method.paypal': 'PayPal',
  'payment.method.wero': 'Wero',
  'payment.method.applepay': 'Apple Pay',
  'payment.method.googlepay': 'Google Pay',
  'payment.method.sepa': 'SEPA direct debit',
  'payment.method.transfer': 'Bank transfer',
  'payment.method.counter': 'Pay at the counter',
  'payment.method-hint.sepa': 'We collect the amount from your account.',
  'payment.method-hint.transfer': 'You transfer the amount yourself, also with a GiroCode for your banking app.',
  'payment.method-hint.counter': 'You pay at {payee}.',
  'payment.counter':
    'Pay the total at the cash desk of {payee}. Bring the cash office reference, shown in the summary above.',
  'payment.external':
    'To pay, we will take you to the website of our payment service provider. You enter your payment details there. Afterwards you come back to this page.',
  'payment.pay': 'Confirm and pay',
  'payment.busy': 'Please wait.',
  'payment.redirecting': 'Taking you to the payment service provider.',
  'payment.checking': 'Checking the status of your payment.',
  'payment.loading': 'Loading.',
  'payment.payee-unknown': 'the responsible office',
};
