import type { RedactionRect } from '@blaupause/domain/upload';

/**
 * Fired by `bp-redaction-editor` when the user changed the black-outs: placed or dropped a
 * rectangle (Enter, focus leaving it, pointer released), added, removed, applied suggestions, or
 * switched the KOPIE mark. Not fired for programmatic changes, nor for each arrow-key step.
 */
export class RedactionChangeEvent extends Event {
  static readonly type = 'bp-redaction-change';
  /** The rectangles now, in fractions of the oriented image (a copy). */
  readonly rects: RedactionRect[];
  constructor(rects: readonly RedactionRect[]) {
    super(RedactionChangeEvent.type, { bubbles: true, composed: true });
    this.rects = rects.map((r) => ({ ...r }));
  }
}

/** Fired when the user confirms the black-outs with "Fertig". */
export class RedactionDoneEvent extends Event {
  static readonly type = 'bp-redaction-done';
  /** The rectangles to burn in (a copy). */
  readonly rects: RedactionRect[];
  /** Whether the KOPIE mark is wanted (the editor's `mark` at that moment). */
  readonly mark: boolean;
  constructor(rects: readonly RedactionRect[], mark: boolean) {
    super(RedactionDoneEvent.type, { bubbles: true, composed: true });
    this.rects = rects.map((r) => ({ ...r }));
    this.mark = mark;
  }
}

/** Fired when the user leaves the editor with "Abbrechen": the host keeps the rectangles it had. */
export class RedactionCancelEvent extends Event {
  static readonly type = 'bp-redaction-cancel';
  constructor() {
    super(RedactionCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-redaction-change': RedactionChangeEvent;
    'bp-redaction-done': RedactionDoneEvent;
    'bp-redaction-cancel': RedactionCancelEvent;
  }
}
