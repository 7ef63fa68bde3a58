import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { characterCount, wordCount } from '@blaupause/domain/validation';
import {
  colorFeedbackErrorText,
  colorTextMuted,
  fontSizeSmall,
  fontWeightBold,
  space2xs,
} from '@blaupause/tokens/vars';
import { announce } from './announcer.js';
import type { Localize } from './localize.js';
import { css } from './tokens.js';

/** A usable limit: a whole number ≥ 0 (attribute removal gives null, "2.5" gives 2.5). */
export const isCount = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** How long typing must pause before the count is announced. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** Near the limit (this share of the allowance left, or less), every pause is announced. */
const NEAR_LIMIT_SHARE = 0.2;

/** Before that, the count is announced when it crosses a quarter of the allowance. */
const STEPS = 4;

/** What the controller reads from its host on every use (so it always sees current properties). */
export interface CharacterCountOptions {
  /** The text to count. */
  value(): string;
  /** The character limit (`maxlength`). */
  maxLength(): number | null | undefined;
  /** The word limit (`maxwords`); when set, words are counted instead of characters. */
  maxWords?(): number | null | undefined;
  /** Show the count only from this percentage of the limit on (GOV.UK `threshold`). */
  threshold?(): number | null | undefined;
  /** Whether the count is wanted at all (default: yes, when there is a limit). */
  enabled?(): boolean;
}

/** What a host of the controller offers. */
export type CharacterCountHost = ReactiveControllerHost & { readonly localize: Localize };

/**
 * The character (or word) count under a text field or textarea, after GOV.UK's character count:
 *
 * - the visible count ("Noch 12 Zeichen möglich", "3 Zeichen zu viel") updates on every keystroke
 *   and is hidden from assistive technology;
 * - the limit is part of the field's description (`aria-describedby` → `descriptionId`);
 * - the remaining count is spoken through the shared polite live region only after typing paused
 *   for `COUNT_ANNOUNCE_DELAY_MS`, and only when it tells the user something: in the last fifth of
 *   the allowance or beyond it, or when a quarter of the allowance was crossed since the last
 *   announcement; never the same message twice in a row, never while the count is below its
 *   threshold.
 *
 * Characters are user-perceived characters (grapheme clusters): an emoji, a letter with a
 * combining accent and a line break (`\n` or `\r\n`) each count once. Words are runs of non-space
 * characters.
 */
export class CharacterCountController implements ReactiveController {
  /** The id of the description element, for the field's `aria-describedby`. */
  readonly descriptionId = 'count-description';

  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnounced = '';
  #lastStep: number | undefined;

  constructor(
    private readonly host: CharacterCountHost,
    private readonly options: CharacterCountOptions,
  ) {
    host.addController(this);
  }

  /** What is counted: `words` when a word limit is set, else `characters`; undefined without a limit. */
  get unit(): 'words' | 'characters' | undefined {
    if (isCount(this.options.maxWords?.())) return 'words';
    if (isCount(this.options.maxLength())) return 'characters';
    return undefined;
  }

  /** Whether a count is shown (there is a limit and the host wants a count). */
  get active(): boolean {
    return this.unit !== undefined && (this.options.enabled?.() ?? true);
  }

  /** The limit in the current unit (0 without one). */
  get max(): number {
    const limit = this.unit === 'words' ? this.options.maxWords?.() : this.options.maxLength();
    return isCount(limit) ? limit : 0;
  }

  /** Characters or words in the value. */
  get count(): number {
    const value = this.options.value();
    return this.unit === 'words' ? wordCount(value) : characterCount(value);
  }

  /** How many are left; negative when over the limit. */
  get remaining(): number {
    return this.max - this.count;
  }

  get over(): boolean {
    return this.remaining < 0;
  }

  /** Whether the count has reached its threshold (always, without one). */
  get reachedThreshold(): boolean {
    const threshold = this.options.threshold?.();
    if (typeof threshold !== 'number' || !(threshold > 0)) return true;
    return this.count >= (this.max * threshold) / 100;
  }

  /** The visible (and announced) message. */
  get message(): string {
    const remaining = this.remaining;
    return remaining >= 0
      ? this.host.localize.term(`character-count.${this.unit ?? 'characters'}.remaining`, { count: remaining })
      : this.host.localize.term(`character-count.${this.unit ?? 'characters'}.over`, { count: -remaining });
  }

  /** The limit as a sentence, for the field's description. */
  get description(): string {
    return this.host.localize.term(`character-count.${this.unit ?? 'characters'}.description`, { max: this.max });
  }

  /** The host calls this on the user's input: the announcement waits for a pause. */
  userInput(): void {
    if (!this.active) return;
    this.#lastStep ??= this.#step();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#announceIfUseful(), COUNT_ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The quarter of the allowance the count is in (0–4). */
  #step(): number {
    return this.max === 0 ? STEPS : Math.min(STEPS, Math.floor((this.count * STEPS) / this.max));
  }

  #announceIfUseful(): void {
    if (!this.active || !this.reachedThreshold) return;
    const message = this.message;
    const step = this.#step();
    const nearLimit = this.remaining <= Math.ceil(this.max * NEAR_LIMIT_SHARE);
    const crossedStep = step !== this.#lastStep;
    this.#lastStep = step;
    if ((nearLimit || crossedStep) && message !== this.#lastAnnounced) {
      this.#lastAnnounced = message;
      announce(message, 'polite');
    }
  }

  /** The description (visually hidden) and the visible count, or nothing without a limit. */
  render(): TemplateResult | typeof nothing {
    if (!this.active) return nothing;
    const classes = ['count', this.over ? 'over' : '', this.reachedThreshold ? '' : 'below-threshold'];
    return html`<span id=${this.descriptionId} class="visually-hidden">${this.description}</span>
      <div part="count" class=${classes.filter(Boolean).join(' ')} aria-hidden="true">${this.message}</div>`;
  }
}

/** Styles of the count rendered by `CharacterCountController.render()`. */
export const characterCountStyles = css`
  .count {
    margin-block-start: ${space2xs};
    color: ${colorTextMuted};
    font-size: ${fontSizeSmall};
  }
  .count.over {
    color: ${colorFeedbackErrorText};
    font-weight: ${fontWeightBold};
  }
  /* Below the threshold the count keeps its room, so the page does not jump when it appears (GOV.UK). */
  .count.below-threshold {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .count.over {
      color: CanvasText;
    }
  }
`;
