// bp-payment-step (issue 7): fees, four methods (two provider methods, SEPA, counter) and the pay
// button, no method chosen, as a page shows it first; measured against floor-payment.ts, budgets in
// payment-step.budgets.json. The SEPA, transfer and provider parts load only when chosen or paid.
// Object.assign keeps this page type-correct whether or not the element's class is declared yet.
import '@blaupause/components/payment-step.js';
import { runBench } from './harness.js';

const items = [
  { kind: 'gebuehr', cents: 3700 },
  { kind: 'auslagen', cents: 350 },
  { kind: 'ermaessigung', cents: 200 },
];

runBench((i) =>
  Object.assign(document.createElement('bp-payment-step'), {
    name: `zahlung${i}`,
    payee: 'Stadt Augsburg',
    purpose: `Personalausweis ${i}`,
    kassenzeichen: `6.0123.${String(i).padStart(6, '0')}.1`,
    creditorId: 'DE98ZZZ09999999999',
    methods: ['creditcard', 'paypal', 'sepa', 'counter'],
    items,
  }),
);
