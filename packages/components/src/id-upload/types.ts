import type { AcceptedKind, RedactionRect } from '@blaupause/domain/upload';
import type { Feedback } from '../core/feedback.js';
import type { LocalizedFinding } from '../core/validation.js';
import type { MessageParams } from '../core/localize.js';
import type { IdUpload, IdUploadStatus } from './id-upload.js';

/**
 * What `bp-id-upload` and its lazily loaded file list (list.ts) share: the entries, the refusals,
 * the black-out state, and the handle the list works through (`ListHost`).
 */

/** What the component knows of one file. */
export interface Entry {
  readonly key: number;
  readonly slot: string;
  readonly name: string;
  readonly uploadName: string;
  readonly size: number;
  readonly mime: string;
  readonly image: boolean;
  /** The picked file, kept to process it again (black-out); absent for files restored from earlier. */
  readonly source?: File;
  readonly pages?: number | null;
  readonly status: IdUploadStatus;
  /** Share uploaded, 0–1. */
  readonly progress: number;
  readonly retrying?: boolean;
  /** What is submitted or sent: the re-encoded image or the checked PDF. */
  readonly output?: File;
  /** Object URL of the thumbnail. */
  readonly thumbnail?: string;
  readonly note?: 'converted' | 'passed-through' | 'restored';
  readonly redactions: readonly RedactionRect[];
  /** The user switched the KOPIE mark on in the black-out tool. */
  readonly mark?: boolean;
  readonly serverId?: string;
  /** The entry this one replaces once it is ready (a refusal keeps the old one). */
  readonly replaces?: number;
  readonly failed?: boolean;
}

/** A refusal or a validity finding of one part: a slot, `consent`, or one file (`file-<key>`). */
export type PartFinding = LocalizedFinding & { readonly part?: string };

/** A message to show, by key and params (rendered in the current language). */
export interface Refusal {
  readonly name: string;
  readonly params: MessageParams;
}

/** The black-out tool's image, while it is open. */
export interface Redacting {
  key: number;
  src: string;
  width: number;
  height: number;
  suggestions: { rect: RedactionRect; label: string }[];
}

/** What the file list (list.ts) may read and change of its element. */
export interface ListHost {
  readonly el: IdUpload;
  entries: readonly Entry[];
  refusals: Readonly<Record<string, readonly Refusal[]>>;
  redacting: Redacting | null;
  consentAsked: boolean;
  readonly isId: boolean;
  readonly network: boolean;
  readonly kinds: readonly AcceptedKind[];
  nextKey(): number;
  entry(key: number): Entry | undefined;
  inSlot(slot: string): Entry[];
  patch(key: number, patch: Partial<Entry>): Entry | undefined;
  refuse(slot: string, refusals: readonly Refusal[]): void;
  userInput(): void;
  userChanged(): void;
  remember(): void;
  feedback(part: string): Feedback;
  term(r: Refusal): string;
  syncFormValue(): void;
  pick(slot: string, camera: boolean, replace?: number): void;
}
