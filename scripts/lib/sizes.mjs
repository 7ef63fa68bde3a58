// Size of a file as shipped: raw (minified) bytes, gzip level 9 and brotli quality 11.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(content) {
  const bytes = Buffer.from(content);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** `12.3 KB`, right-aligned in 9 characters, for size tables. */
export const kb = (n, digits = 1) => `${(n / 1024).toFixed(digits)} KB`.padStart(9);
