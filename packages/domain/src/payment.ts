// `@blaupause/domain/payment`: the payment rules live in ./payment/ (see its index.ts).
export * from './payment/index.js';
