/**
 * The image worker (a module worker): runs the pipeline with OffscreenCanvas, one message per file.
 * `process.ts` starts it with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`.
 */
import { offscreenSurfaces, runPipeline } from './pipeline.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import { ImageProcessError } from './types.js';

const cancelled = new Set<number>();
const reply = (message: WorkerResponse) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id } = request;
  if (typeof OffscreenCanvas !== 'function' || !('convertToBlob' in OffscreenCanvas.prototype)) {
    reply({ id, ok: false, code: 'unsupported', message: 'no OffscreenCanvas in this worker' });
    return;
  }
  const checkAborted = () => {
    if (cancelled.has(id)) throw new ImageProcessError('aborted');
  };
  runPipeline(request.file, request.options, { surfaces: offscreenSurfaces, checkAborted })
    .then(
      (result) => reply({ id, ok: true, result }),
      (e: unknown) => {
        const error = e instanceof ImageProcessError ? e : new ImageProcessError('decode-failed', String(e));
        reply({ id, ok: false, code: error.code, message: error.message });
      },
    )
    .finally(() => cancelled.delete(id));
});
