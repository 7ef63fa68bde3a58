/**
 * Bytes in, facts out: the upload rules read `Uint8Array`s (or `ArrayBuffer`s), so they run the
 * same in a browser, a Web Worker and on a portal's Node server. A `File` or `Blob` is read through
 * the few members named here (the domain package builds without the DOM library).
 */

/** The bytes of a file, or of its first part. */
export type BytesInput = Uint8Array | ArrayBuffer;

/** The parts of a `Blob`/`File` the checks use (a DOM `File`, a Node `Blob` or `File` is one). */
export interface BlobLike {
  readonly size: number;
  /** The type the browser guessed from the name; never trusted, only reported. */
  readonly type?: string;
  slice(start?: number, end?: number): BlobLike;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A `File`: a blob with a name. */
export interface FileLike extends BlobLike {
  readonly name: string;
}

/** A view of the bytes, without copying. */
export function toBytes(input: BytesInput): Uint8Array {
  return ArrayBuffer.isView(input) ? input : new Uint8Array(input);
}

/** Reads the first `length` bytes of a blob (all of it when shorter). */
export async function readHead(blob: BlobLike, length: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, Math.min(length, blob.size)).arrayBuffer());
}

/** Whether `bytes` holds `ascii` at `offset`. */
export function hasAscii(bytes: Uint8Array, offset: number, ascii: string): boolean {
  if (offset < 0 || offset + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[offset + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** `length` bytes at `offset` as Latin-1 text ('' where they run past the end). */
export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (offset < 0 || offset + length > bytes.length) return '';
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** Big-endian unsigned 16 bits. */
export const u16 = (b: Uint8Array, i: number): number => (b[i] << 8) | b[i + 1];
/** Big-endian unsigned 32 bits. */
export const u32 = (b: Uint8Array, i: number): number =>
  ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;

/** All of `bytes` as Latin-1 text (one character per byte), built in slices to spare the stack. */
export function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return parts.join('');
}
