import type { ImageProcessErrorCode, PipelineOptions, ProcessedImage } from './types.js';

/** Messages between `process.ts` and the worker. */
export type WorkerRequest =
  | { readonly id: number; readonly type: 'process'; readonly file: Blob; readonly options: PipelineOptions }
  | { readonly id: number; readonly type: 'cancel' };

/** `unsupported`: the worker has no OffscreenCanvas; the caller runs the pipeline on the main thread. */
export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: ProcessedImage }
  | {
      readonly id: number;
      readonly ok: false;
      readonly code: ImageProcessErrorCode | 'unsupported';
      readonly message: string;
    };
