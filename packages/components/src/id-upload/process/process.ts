/**
 * The image pipeline of `bp-id-upload` (contract 2), loaded with `import()` when a file is picked.
 * Every image is re-encoded in a module Web Worker with OffscreenCanvas: pixel cap and completeness
 * checked from the header before decoding, EXIF orientation applied, long edge scaled to `maxEdge`,
 * redactions burned in as opaque black, the mark drawn, a fresh JPEG encoded (no EXIF, GPS, XMP or
 * ICC block survives) and a thumbnail made.
 *
 * The worker is started with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`,
 * the form Vite, webpack 5, Parcel and Rollup (with a worker plugin) recognise and bundle; the
 * published files (`dist/id-upload/process/worker.js` beside `process.js`) work unbundled too. A
 * bundler that does not (esbuild) needs `process/worker.ts` as an extra entry point written beside
 * the chunk that holds this module. Where the worker cannot start (a missing file, no module
 * workers) or has no OffscreenCanvas (Safari before 16.4), the same pipeline runs on the main thread,
 * and a warning says so once.
 */
import { defaultSurfaces, runPipeline } from './pipeline.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import { ImageProcessError, type PipelineOptions, type ProcessedImage, type ProcessOptions } from './types.js';

export { ImageProcessError } from './types.js';
export type { HeicMode, ImageProcessErrorCode, ProcessedImage, ProcessOptions } from './types.js';

/** A worker idle this long is ended (it is started again for the next file). */
const IDLE_MS = 15_000;

interface Job {
  readonly file: Blob;
  readonly options: PipelineOptions;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (image: ProcessedImage) => void;
  readonly reject: (error: ImageProcessError) => void;
}

let worker: Worker | null = null;
/** False once the worker could not start or had no OffscreenCanvas: the main thread does the work. */
let workerUsable = typeof Worker === 'function';
let warned = false;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const pending = new Map<number, Job>();

function warnOnce(why: string): void {
  if (warned) return;
  warned = true;
  console.warn(`bp-id-upload: images are processed on the main thread (${why}).`);
}

function endWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
}

function settled(id: number): void {
  pending.delete(id);
  if (!pending.size) {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(endWorker, IDLE_MS);
  }
}

function startWorker(): Worker | null {
  if (!workerUsable) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch (e) {
    workerUsable = false;
    warnOnce(`the worker could not start: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const job = pending.get(response.id);
    if (!job) return;
    if (response.ok) {
      settled(response.id);
      job.resolve(response.result);
    } else if (response.code === 'unsupported') {
      workerUsable = false;
      warnOnce(response.message);
      pending.delete(response.id);
      runOnMainThread(job);
    } else {
      settled(response.id);
      job.reject(new ImageProcessError(response.code, response.message));
    }
  });
  // The script did not load or run (not found, a bundler left it out): every waiting file moves to
  // the main thread.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    workerUsable = false;
    warnOnce(`the worker failed: ${event.message || 'it could not be loaded'}`);
    endWorker();
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) runOnMainThread(job);
  });
  return worker;
}

function runOnMainThread(job: Job): void {
  if (job.signal?.aborted) return;
  const checkAborted = () => {
    if (job.signal?.aborted) throw new ImageProcessError('aborted');
  };
  runPipeline(job.file, job.options, { surfaces: defaultSurfaces(), checkAborted }).then(job.resolve, job.reject);
}

/**
 * Re-encodes one image (JPEG, PNG, HEIC/HEIF by content) as described above. Rejects with
 * {@link ImageProcessError}: `too-many-pixels` (read from the header, nothing decoded),
 * `decode-failed` (damaged, cut off, not an image), `heic-unsupported`, `aborted`.
 */
export function processImage(file: Blob, options: ProcessOptions = {}): Promise<ProcessedImage> {
  const { signal, ...rest } = options;
  const pipelineOptions: PipelineOptions = {
    ...rest,
    ...(rest.redactions ? { redactions: [...rest.redactions] } : {}),
  };
  return new Promise<ProcessedImage>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ImageProcessError('aborted'));
      return;
    }
    const id = nextId++;
    let done = false;
    const onAbort = () => {
      if (done) return;
      done = true;
      reject(new ImageProcessError('aborted'));
      if (!pending.has(id)) return;
      pending.delete(id);
      // Nothing else waiting: end the worker, which stops a decode or encode under way.
      if (!pending.size) endWorker();
      else worker?.postMessage({ id, type: 'cancel' } satisfies WorkerRequest);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const job: Job = {
      file,
      options: pipelineOptions,
      signal,
      resolve: (image) => {
        signal?.removeEventListener('abort', onAbort);
        if (done) return;
        done = true;
        resolve(image);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        if (done) return;
        done = true;
        reject(error);
      },
    };
    const w = startWorker();
    if (!w) {
      runOnMainThread(job);
      return;
    }
    clearTimeout(idleTimer);
    pending.set(id, job);
    w.postMessage({ id, type: 'process', file, options: pipelineOptions } satisfies WorkerRequest);
  });
}

/**
 * A small upright JPEG (long edge at most `maxEdge`, no metadata) for the black-out editor to draw
 * on; its pixels are what the editor's fractions refer to. Rejects as {@link processImage}.
 */
export async function orientedPreview(
  file: Blob,
  maxEdge: number,
): Promise<{ blob: Blob; width: number; height: number }> {
  const { blob, width, height } = await processImage(file, { maxEdge, thumbnailEdge: 0, heic: 'convert' });
  return { blob, width, height };
}
