/**
 * Test helpers of bp-id-upload (this folder's tests only; not exported by the package).
 *
 * The one thing a browser test cannot do is click through the operating system's file dialog. A
 * capture listener on `window` stands in for it: when a native file input is activated (our
 * "Datei auswählen" and "Foto aufnehmen" buttons call its `click()`), the dialog is not opened
 * (`preventDefault` on the click cancels its activation behaviour in every engine) and the files a
 * test offered are put on the input, with the `input` and `change` events a real pick fires. A
 * test that offered nothing sees a cancelled dialog. Everything after that is the component's own
 * code; drop and paste are dispatched as the browser dispatches them.
 */
import { waitUntil } from '@open-wc/testing';
import type { IdUpload, IdUploadStatus } from '../id-upload.js';

let offered: File[] | null = null;
/** Every file input activated, in order (to check which one a button opened). */
export const activatedInputs: HTMLInputElement[] = [];

window.addEventListener(
  'click',
  (event) => {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    event.preventDefault();
    activatedInputs.push(input);
    const files = offered;
    offered = null;
    if (!files) return;
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    input.files = transfer.files;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
  true,
);

/** The files the next file dialog hands over (as if the user chose them there). */
export function offerFiles(...files: File[]): void {
  offered = files;
}

/** A `File` from bytes. */
export const fileOf = (bytes: Uint8Array, name: string, type = ''): File =>
  new File([new Uint8Array(bytes)], name, { type });

const transferOf = (files: readonly File[]): DataTransfer => {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  return transfer;
};

export const shadow = (el: IdUpload): ShadowRoot => el.shadowRoot!;
export const byId = (el: IdUpload, id: string): HTMLElement => shadow(el).getElementById(id)!;
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The drop zone of a slot. */
export const dropZone = (el: IdUpload, slot: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`[part~="drop-zone"][data-slot="${slot}"]`);

/** Drags files over a slot's drop zone and drops them, as the browser dispatches it. */
export function dropFiles(
  el: IdUpload,
  slot: string,
  ...files: File[]
): { dragoverPrevented: boolean; dropPrevented: boolean } {
  // The zone, or (readonly: no zone) the slot itself.
  const zone = dropZone(el, slot) ?? shadow(el).querySelector<HTMLElement>(`[part~="slot"][data-slot="${slot}"]`)!;
  const dataTransfer = transferOf(files);
  const init = { bubbles: true, cancelable: true, composed: true, dataTransfer };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  const over = new DragEvent('dragover', init);
  zone.dispatchEvent(over);
  const drop = new DragEvent('drop', init);
  zone.dispatchEvent(drop);
  return { dragoverPrevented: over.defaultPrevented, dropPrevented: drop.defaultPrevented };
}

/** Pastes files into `target` (an element inside the control) as the browser dispatches Ctrl+V. */
export function pasteFiles(target: Element, ...files: File[]): void {
  const clipboardData = transferOf(files);
  let event: ClipboardEvent;
  try {
    event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData });
  } catch {
    event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
  }
  if (event.clipboardData !== clipboardData) Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  target.dispatchEvent(event);
}

/** Waits until the control has files and every one has one of `statuses` (default: none is being processed). */
export async function settled(
  el: IdUpload,
  statuses: readonly IdUploadStatus[] = ['queued', 'uploading', 'done', 'failed'],
  timeout = 8000,
): Promise<void> {
  await waitUntil(
    () => el.files.length > 0 && el.files.every((f) => statuses.includes(f.status)),
    `files ${statuses.join('/')}: ${JSON.stringify(el.files.map((f) => f.status))}`,
    { timeout },
  );
  await el.updateComplete;
}

/** The refusal text shown in a slot ('' for none). */
export const refusalOf = (el: IdUpload, slot: string): string => text(byId(el, `error-${slot}`));

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** FormData entries with files as `name (type, size)` and strings as they are. */
export const entries = (form: HTMLFormElement): [string, string][] =>
  [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);

/** A JPEG of noise (does not compress: a large file for progress and resume tests). */
export async function noisyJpeg(width: number, height: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(width, height);
  let seed = 7;
  for (let i = 0; i < image.data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    image.data[i] = i % 4 === 3 ? 255 : seed >> 23;
  }
  ctx.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/jpeg', 0.95),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

/** The colour at a point (fractions of the image) of an image blob, as [r, g, b]. */
export async function pixelAt(blob: Blob, fx: number, fy: number): Promise<[number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const d = ctx.getImageData(Math.floor(fx * bitmap.width), Math.floor(fy * bitmap.height), 1, 1).data;
  return [d[0], d[1], d[2]];
}

async function rgba(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The share of pixels (0–1) whose colour differs by more than 40 in a channel between two same-sized images. */
export async function differingShare(a: Blob, b: Blob): Promise<number> {
  const [x, y] = await Promise.all([rgba(a), rgba(b)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.max(...[0, 1, 2].map((c) => Math.abs(x.data[i + c] - y.data[i + c]))) > 40) differing++;
  }
  return differing / (x.width * x.height);
}
