// `@blaupause/domain/address`: the address rules live in ./address/ (see its index.ts).
export * from './address/index.js';
