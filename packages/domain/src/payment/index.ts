/**
 * `@blaupause/domain/payment`: the rules of `bp-payment-step` without the DOM, for the component
 * and for a portal's server: IBAN, fees in cents, the EPC QR (GiroCode) payload, the
 * `PaymentProvider` contract with pending payments kept over the redirect, and the
 * XBezahldienste adapter.
 */
export * from './iban.js';
export * from './money.js';
export * from './epc-qr.js';
export * from './provider.js';
export * from './xbezahldienste.js';
export { paymentMessages, type PaymentCatalogue, type PaymentMessage, type PaymentMessageParams } from './messages.js';
