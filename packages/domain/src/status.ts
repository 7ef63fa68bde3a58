// `@blaupause/domain/status`: the status rules live in ./status/ (see its index.ts).
export * from './status/index.js';
