import { PaymentStep } from './payment-step.js';

export { PaymentStep };
export type { PaymentMethodKind, PaymentValue } from './payment-step.js';
export { PaymentResultEvent, PaymentStartEvent } from './events.js';

PaymentStep.define('bp-payment-step');

declare global {
  interface HTMLElementTagNameMap {
    'bp-payment-step': PaymentStep;
  }
}
