/**
 * `@blaupause/domain/upload`: the rules of `bp-id-upload` without the DOM, for the component, its
 * image worker and a portal's server: type by content, header checks (pixel cap, EXIF), PDF
 * active content and encryption, file names, messages, and the transport contracts.
 */
export * from './bytes.js';
export * from './sniff.js';
export * from './exif.js';
export * from './image.js';
export * from './pdf.js';
export * from './names.js';
export * from './format.js';
export * from './check.js';
export * from './transport.js';
export * from './http.js';
export * from './tus.js';
export * from './redaction.js';
export * from './id-layout.js';
export { uploadMessages, type UploadCatalogue } from './messages.js';
