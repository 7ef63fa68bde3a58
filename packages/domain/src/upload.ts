// `@blaupause/domain/upload`: the upload rules live in ./upload/ (see its index.ts).
export * from './upload/index.js';
