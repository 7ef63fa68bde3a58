import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { clampRedaction, type RedactionRect } from '@blaupause/domain/upload';
import { announce } from '../../core/announcer.js';
import { BpElement } from '../../core/bp-element.js';
import { hostStyles } from '../../core/styles.js';
import { RedactionCancelEvent, RedactionChangeEvent, RedactionDoneEvent } from './events.js';
import { redactionEditorStyles } from './redaction-editor.styles.js';
import { redactionEditorTranslations } from './strings.js';

/** A suggested black-out: where, and what it covers ("Zugangsnummer (CAN)"). */
export interface RedactionSuggestion {
  rect: RedactionRect;
  label: string;
}

/** One keyboard step: 1 % of the image's width (left/right) or height (up/down). */
export const REDACTION_STEP = 0.01;
/** The smallest box the keyboard or a handle leaves, and the smallest drag that draws one. */
export const REDACTION_MIN = 0.01;
/** Where "Schwärzung hinzufügen" puts a new box (moved down by 5 % while that place is taken). */
export const REDACTION_DEFAULT: Readonly<RedactionRect> = { x: 0.35, y: 0.45, width: 0.3, height: 0.1 };

type Handle = 'nw' | 'ne' | 'sw' | 'se';
const HANDLES: readonly Handle[] = ['nw', 'ne', 'sw', 'se'];

/** Fractions to 4 decimals (0.01 % of the image), so 1 % steps add up exactly. */
const round = (v: number) => Math.round(v * 10_000) / 10_000;
const within = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const tidy = (r: RedactionRect): RedactionRect | null =>
  clampRedaction({ x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) });
const same = (a: RedactionRect, b: RedactionRect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

interface Drag {
  pointerId: number;
  index: number;
  kind: 'draw' | 'move' | Handle;
  start: { x: number; y: number };
  from: RedactionRect;
}

/**
 * The black-out tool of `bp-id-upload`: the user covers the Zugangsnummer (CAN), the Seriennummer
 * and anything else an office does not need (PAuswG § 20 Abs. 2) with opaque black boxes, by
 * mouse, touch or keyboard. The boxes are fractions of the oriented preview; the image worker
 * burns them into the uploaded pixels. Loaded only when the user opens the tool.
 *
 * Keyboard (on a box): arrow keys move it by 1 %, Shift + arrow keys resize it by 1 % (right and
 * down grow, left and up shrink; the top left corner stays), Enter places it, Escape undoes the
 * move since the box was last placed, Delete or Backspace removes it. Tab goes from box to box
 * and on to the buttons.
 *
 * @tagname bp-redaction-editor
 * @summary Black-out editor (Schwärzungswerkzeug) for identity document photos.
 *
 * @csspart base - Everything.
 * @csspart label - What is edited ("Vorderseite des Personalausweises").
 * @csspart help - The instructions.
 * @csspart stage - The image with its boxes.
 * @csspart image - The preview image.
 * @csspart rect - Each black box.
 * @csspart add - The "Schwärzung hinzufügen" button.
 * @csspart done - The "Fertig" button.
 * @csspart cancel - The "Abbrechen" button.
 *
 * @fires bp-redaction-change - {RedactionChangeEvent} The user placed, added, removed or applied boxes, or switched the mark.
 * @fires bp-redaction-done - {RedactionDoneEvent} The user confirmed with "Fertig".
 * @fires bp-redaction-cancel - {RedactionCancelEvent} The user left with "Abbrechen".
 */
export class RedactionEditor extends BpElement {
  static override styles = [hostStyles, redactionEditorStyles];
  static override translations = [redactionEditorTranslations];

  /** The oriented preview to draw on (an object URL from `orientedPreview()`). */
  @property() src = '';

  /** The preview's width in pixels (sets the stage's aspect ratio before the image loads). */
  @property({ type: Number, attribute: 'image-width' }) imageWidth = 0;

  /** The preview's height in pixels. */
  @property({ type: Number, attribute: 'image-height' }) imageHeight = 0;

  /** The black boxes, in fractions 0…1 of the oriented image. Set it to start from earlier boxes. */
  @property({ attribute: false }) rects: RedactionRect[] = [];

  /** Boxes to offer from the document's layout (`redactionSuggestions()` of `@blaupause/domain/upload`). */
  @property({ attribute: false }) suggestions: RedactionSuggestion[] = [];

  /** What is being edited, e.g. "Vorderseite des Personalausweises": the image's text alternative too. */
  @property() label = '';

  /** Whether the KOPIE mark goes over the image. The user switches it unless `mark-fixed` is set. */
  @property({ type: Boolean, reflect: true }) mark = false;

  /** The portal decides about the mark: the checkbox is not offered. */
  @property({ type: Boolean, attribute: 'mark-fixed' }) markFixed = false;

  /** The box being edited by keyboard, and where it was when the edit began (Escape goes back there). */
  #edit: { index: number; origin: RedactionRect } | undefined;
  #drag: Drag | undefined;
  /** Indexes of the suggestions the user applied (their buttons go). */
  #applied = new Set<number>();
  #natural = { width: 0, height: 0 };

  /** Focuses the first box, or "Schwärzung hinzufügen" when there is none. */
  override focus(options?: FocusOptions): void {
    (this.#rectElement(0) ?? this.#part('add'))?.focus(options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('suggestions')) this.#applied = new Set();
  }

  #part(name: string): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  #rectElement(index: number): HTMLElement | null | undefined {
    return this.renderRoot.querySelectorAll<HTMLElement>('.rect')[index];
  }

  #setRect(index: number, rect: RedactionRect): void {
    this.rects = this.rects.map((r, i) => (i === index ? rect : r));
  }

  #changed(): void {
    this.dispatchEvent(new RedactionChangeEvent(this.rects));
  }

  async #focusRect(index: number): Promise<void> {
    await this.updateComplete;
    (this.#rectElement(index) ?? this.#part('add'))?.focus();
  }

  /** Ends a keyboard edit: the box stays where it is. Returns whether it had moved. */
  #place(): boolean {
    const edit = this.#edit;
    this.#edit = undefined;
    const now = edit && this.rects[edit.index];
    if (!now || same(now, edit.origin)) return false;
    this.#changed();
    return true;
  }

  // ── keyboard ─────────────────────────────────────────────────────────────────────────────

  #onKeyDown(event: KeyboardEvent): void {
    const box = (event.target as Element).closest?.('.rect');
    if (!(box instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(box.dataset['index']);
    const rect = this.rects[index];
    if (!rect) return;
    const t = this.localize;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown': {
        event.preventDefault();
        if (this.#edit?.index !== index) this.#edit = { index, origin: { ...rect } };
        const next = tidy(event.shiftKey ? resized(rect, event.key) : moved(rect, event.key));
        if (next) this.#setRect(index, next);
        return;
      }
      case 'Enter':
        event.preventDefault();
        this.#place();
        announce(t.term('redaction-editor.placed', { n: index + 1 }));
        return;
      case 'Escape': {
        const drag = this.#drag;
        if (drag) {
          event.preventDefault();
          event.stopPropagation();
          this.#cancelDrag();
          announce(t.term('redaction-editor.reverted'));
          return;
        }
        const edit = this.#edit;
        if (!edit || edit.index !== index || same(rect, edit.origin)) return; // nothing to undo: the host may close
        event.preventDefault();
        event.stopPropagation();
        this.#edit = undefined;
        this.#setRect(index, edit.origin);
        announce(t.term('redaction-editor.reverted'));
        return;
      }
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        this.#remove(index);
        return;
      default:
    }
  }

  #onFocusOut(event: FocusEvent): void {
    if ((event.target as Element).classList?.contains('rect') && !this.#drag) this.#place();
  }

  #remove(index: number): void {
    this.#edit = undefined;
    this.rects = this.rects.filter((_, i) => i !== index);
    this.#changed();
    announce(this.localize.term('redaction-editor.removed', { remaining: this.rects.length }));
    void this.#focusRect(Math.min(index, this.rects.length - 1));
  }

  // ── buttons ──────────────────────────────────────────────────────────────────────────────

  #onAdd(): void {
    let next: RedactionRect = { ...REDACTION_DEFAULT };
    while (this.rects.some((r) => r.x === next.x && r.y === next.y) && next.y + next.height < 1) {
      next = { ...next, y: round(next.y + 0.05) };
    }
    this.#edit = undefined;
    this.rects = [...this.rects, tidy(next) ?? { ...REDACTION_DEFAULT }];
    this.#changed();
    void this.#focusRect(this.rects.length - 1);
  }

  #apply(indexes: readonly number[]): void {
    const first = this.rects.length;
    const added = indexes.flatMap((i) => {
      const s = this.suggestions[i];
      const rect = s && tidy(s.rect);
      if (!rect) return [];
      this.#applied.add(i);
      return [rect];
    });
    if (!added.length) return;
    this.#edit = undefined;
    this.rects = [...this.rects, ...added];
    this.#changed();
    announce(this.localize.term('redaction-editor.applied', { count: added.length }));
    void this.#focusRect(first);
  }

  #onMark(event: Event): void {
    this.mark = (event.target as HTMLInputElement).checked;
    this.#changed();
  }

  #onDone(): void {
    this.#place();
    this.dispatchEvent(new RedactionDoneEvent(this.rects, this.mark));
  }

  #onCancel(): void {
    this.dispatchEvent(new RedactionCancelEvent());
  }

  // ── pointer (mouse, pen, touch) ──────────────────────────────────────────────────────────

  /** The pointer's place in fractions of the image, inside it. */
  #point(event: PointerEvent): { x: number; y: number } {
    const box = (this.#part('stage') ?? this).getBoundingClientRect();
    return {
      x: within((event.clientX - box.left) / (box.width || 1), 0, 1),
      y: within((event.clientY - box.top) / (box.height || 1), 0, 1),
    };
  }

  #onPointerDown(event: PointerEvent): void {
    if (this.#drag || !event.isPrimary || event.button !== 0) return;
    const stage = event.currentTarget as HTMLElement;
    const target = event.composedPath()[0] as Element;
    const box = target.closest?.('.rect');
    const start = this.#point(event);
    this.#place();
    let drag: Drag;
    if (box instanceof HTMLElement) {
      const index = Number(box.dataset['index']);
      const from = this.rects[index];
      if (!from) return;
      const handle = target.closest?.('.handle')?.getAttribute('data-handle') as Handle | null | undefined;
      drag = { pointerId: event.pointerId, index, kind: handle ?? 'move', start, from: { ...from } };
      box.focus();
    } else {
      drag = {
        pointerId: event.pointerId,
        index: this.rects.length,
        kind: 'draw',
        start,
        from: { x: start.x, y: start.y, width: 0, height: 0 },
      };
      this.rects = [...this.rects, drag.from];
    }
    this.#drag = drag;
    // No text selection, no native image drag, no scrolling: this surface is for drawing.
    event.preventDefault();
    try {
      stage.setPointerCapture(event.pointerId);
    } catch {
      // A synthesized or already-released pointer cannot be captured; moves still reach the stage.
    }
  }

  #onPointerMove(event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const p = this.#point(event);
    const next = dragged(drag, p.x - drag.start.x, p.y - drag.start.y, p);
    this.#setRect(drag.index, {
      x: round(next.x),
      y: round(next.y),
      width: round(next.width),
      height: round(next.height),
    });
  }

  #onPointerUp(event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.#onPointerMove(event);
    this.#drag = undefined;
    const now = this.rects[drag.index];
    const kept = now && now.width >= REDACTION_MIN && now.height >= REDACTION_MIN ? tidy(now) : null;
    if (drag.kind === 'draw') {
      if (!kept) {
        // A tap or click on the image, not a drag: no box.
        this.rects = this.rects.filter((_, i) => i !== drag.index);
        return;
      }
      this.#setRect(drag.index, kept);
      this.#changed();
      void this.#focusRect(drag.index);
      return;
    }
    if (kept && !same(kept, drag.from)) {
      this.#setRect(drag.index, kept);
      this.#changed();
    }
  }

  #cancelDrag(): void {
    const drag = this.#drag;
    if (!drag) return;
    this.#drag = undefined;
    if (drag.kind === 'draw') this.rects = this.rects.filter((_, i) => i !== drag.index);
    else this.#setRect(drag.index, drag.from);
  }

  #onLoad(event: Event): void {
    const img = event.target as HTMLImageElement;
    this.#natural = { width: img.naturalWidth, height: img.naturalHeight };
    if (!(this.imageWidth > 0 && this.imageHeight > 0)) this.requestUpdate();
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.localize;
    const [w, h] =
      this.imageWidth > 0 && this.imageHeight > 0
        ? [this.imageWidth, this.imageHeight]
        : [this.#natural.width, this.#natural.height];
    const total = this.rects.length;
    const pct = (v: number) => Math.round(v * 100);
    const open = this.suggestions.flatMap((_, i) => (this.#applied.has(i) ? [] : [i]));
    return html`
      <div part="base" class="editor">
        <p part="label" class="label">${this.label}</p>
        <p part="help" class="help" id="help">${t.term('redaction-editor.help')}</p>
        <div
          part="stage"
          class="stage"
          role="group"
          aria-label=${t.term('redaction-editor.stage', { label: this.label })}
          style=${styleMap({ aspectRatio: w > 0 && h > 0 ? `${w} / ${h}` : undefined })}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#cancelDrag}
          @keydown=${this.#onKeyDown}
          @focusout=${this.#onFocusOut}
        >
          <img part="image" class="image" src=${this.src} alt=${this.label} draggable="false" @load=${this.#onLoad} />
          ${this.mark && w > 0 && h > 0 ? markOverlay(w, h, t.term('redaction-editor.mark-text')) : nothing}
          ${this.rects.map(
            (r, i) => html`
              <div
                part="rect"
                class="rect"
                role="application"
                tabindex="0"
                data-index=${i}
                aria-label=${t.term('redaction-editor.rect', {
                  n: i + 1,
                  total,
                  x: pct(r.x),
                  y: pct(r.y),
                  width: pct(r.width),
                  height: pct(r.height),
                })}
                aria-describedby="help"
                style=${styleMap({
                  insetInlineStart: `${r.x * 100}%`,
                  insetBlockStart: `${r.y * 100}%`,
                  inlineSize: `${r.width * 100}%`,
                  blockSize: `${r.height * 100}%`,
                })}
              >
                ${HANDLES.map((hd) => html`<span class="handle ${hd}" data-handle=${hd}></span>`)}
              </div>
            `,
          )}
        </div>
        <div class="tools">
          <button type="button" part="add" class="secondary" @click=${this.#onAdd}>
            ${t.term('redaction-editor.add')}
          </button>
          ${
            this.markFixed
              ? nothing
              : html`<label class="mark-toggle"
                  ><input type="checkbox" .checked=${this.mark} @change=${this.#onMark} />${t.term(
                    'redaction-editor.mark',
                  )}</label
                >`
          }
          ${
            open.length
              ? html`<div class="suggestions" role="group" aria-labelledby="suggestions">
                  <p id="suggestions">${t.term('redaction-editor.suggestions')}</p>
                  ${open.map(
                    (i) =>
                      html`<button type="button" class="secondary suggestion" @click=${() => this.#apply([i])}>
                        ${t.term('redaction-editor.suggestion', { label: this.suggestions[i]?.label ?? '' })}
                      </button>`,
                  )}
                  ${
                    open.length > 1
                      ? html`<button type="button" class="secondary suggestion-all" @click=${() => this.#apply(open)}>
                          ${t.term('redaction-editor.suggestions-all')}
                        </button>`
                      : nothing
                  }
                </div>`
              : nothing
          }
        </div>
        <div class="actions">
          <button type="button" part="done" class="primary" @click=${this.#onDone}>
            ${t.term('redaction-editor.done')}
          </button>
          <button type="button" part="cancel" class="secondary" @click=${this.#onCancel}>
            ${t.term('redaction-editor.cancel')}
          </button>
        </div>
      </div>
    `;
  }
}

/** The box one keyboard step further (it keeps its size and stops at the image's edge). */
function moved(r: RedactionRect, key: string): RedactionRect {
  const dx = key === 'ArrowLeft' ? -REDACTION_STEP : key === 'ArrowRight' ? REDACTION_STEP : 0;
  const dy = key === 'ArrowUp' ? -REDACTION_STEP : key === 'ArrowDown' ? REDACTION_STEP : 0;
  return { ...r, x: within(r.x + dx, 0, 1 - r.width), y: within(r.y + dy, 0, 1 - r.height) };
}

/** The box one keyboard step larger (right, down) or smaller (left, up), its top left corner fixed. */
function resized(r: RedactionRect, key: string): RedactionRect {
  const dw = key === 'ArrowLeft' ? -REDACTION_STEP : key === 'ArrowRight' ? REDACTION_STEP : 0;
  const dh = key === 'ArrowUp' ? -REDACTION_STEP : key === 'ArrowDown' ? REDACTION_STEP : 0;
  return {
    ...r,
    width: within(r.width + dw, REDACTION_MIN, 1 - r.x),
    height: within(r.height + dh, REDACTION_MIN, 1 - r.y),
  };
}

/** The box after a pointer moved by (dx, dy) since it went down, now at `p`. */
function dragged(drag: Drag, dx: number, dy: number, p: { x: number; y: number }): RedactionRect {
  const f = drag.from;
  if (drag.kind === 'draw') {
    return {
      x: Math.min(drag.start.x, p.x),
      y: Math.min(drag.start.y, p.y),
      width: Math.abs(p.x - drag.start.x),
      height: Math.abs(p.y - drag.start.y),
    };
  }
  if (drag.kind === 'move') {
    return { ...f, x: within(f.x + dx, 0, 1 - f.width), y: within(f.y + dy, 0, 1 - f.height) };
  }
  let [left, top, right, bottom] = [f.x, f.y, f.x + f.width, f.y + f.height];
  if (drag.kind.endsWith('w')) left = within(left + dx, 0, right - REDACTION_MIN);
  else right = within(right + dx, left + REDACTION_MIN, 1);
  if (drag.kind.startsWith('n')) top = within(top + dy, 0, bottom - REDACTION_MIN);
  else bottom = within(bottom + dy, top + REDACTION_MIN, 1);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The KOPIE mark as the preview shows it: across the middle, in image coordinates. */
function markOverlay(w: number, h: number, text: string) {
  const size = Math.min(w / Math.max(text.length, 1), h / 2);
  return html`<svg class="mark" viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false">
    ${svg`<text x=${w / 2} y=${h / 2} font-size=${size} text-anchor="middle" dominant-baseline="central"
      transform="rotate(-20 ${w / 2} ${h / 2})">${text}</text>`}
  </svg>`;
}
