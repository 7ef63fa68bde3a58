import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { BpElement, warnOnce } from '../core/bp-element.js';
import { hostStyles } from '../core/styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import { radioStyles } from './radio.styles.js';

/** What the group tells each of its radios. @internal */
export interface RadioGroupState {
  /** The group's value is this radio's value. */
  readonly checked: boolean;
  /** This radio is the group's one tab stop. */
  readonly tabStop: boolean;
  /** The group is disabled (by itself or a disabled fieldset). */
  readonly disabled: boolean;
  /** The group is read-only. */
  readonly readonly: boolean;
  /** 1-based position among the group's radios, and their number. */
  readonly position: number;
  readonly size: number;
}

/** What a radio needs from its group; structural, so this file does not import the group. */
interface RadioGroupHost extends HTMLElement {
  /** The user checked `radio` (click, Space). */
  radioSelected(radio: Radio): void;
  /** A radio came, went, or changed its value or disabled state. */
  radioChanged(): void;
}

const isGroup = (el: Element | null): el is RadioGroupHost =>
  el !== null && typeof (el as Partial<RadioGroupHost>).radioSelected === 'function';

const INITIAL: RadioGroupState = {
  checked: false,
  tabStop: false,
  disabled: false,
  readonly: false,
  position: 0,
  size: 0,
};

/**
 * One answer of a `bp-radio-group`. Its text content is its label; the group decides which radio is
 * checked (from its `value`), which one is the tab stop, and handles the arrow keys.
 *
 * Inside, a native `<input type="radio">` with its `<label>` and hint share one shadow root, so the
 * accessibility tree gets a real radio with its name, description and checked state in every browser.
 *
 * @tagname bp-radio
 * @summary One answer in a radio group.
 *
 * @slot - The label.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart base - The row of circle, label and hint.
 * @csspart input - The native `<input type="radio">` (invisible, on top of the circle).
 * @csspart control - The visible circle.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 *
 * @cssproperty --bp-field-border-color - Border colour of the circle (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the circle (component token; default: `--bp-color-surface-default`).
 */
export class Radio extends BpElement {
  static override styles = [hostStyles, choiceStyles, radioStyles];

  /** What the group submits when this radio is checked. */
  @property() value = 'on';

  /** The radio cannot be chosen; arrow keys skip it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Help text below the label, read out as the radio's description. */
  @property() hint = '';

  @state() private groupState: RadioGroupState = INITIAL;
  @state() private hasHintSlot = false;

  @query('input') private readonly input!: HTMLInputElement | null;

  #group: RadioGroupHost | null = null;

  /** Whether this radio is checked. Read-only: set the group's `value` to change it. */
  get checked(): boolean {
    return this.groupState.checked;
  }

  /** @internal The native radio, for focus and as the group's validation anchor. */
  get nativeInput(): HTMLInputElement | null {
    return this.input;
  }

  /** @internal Called by the group. */
  setGroupState(next: RadioGroupState): void {
    const current = this.groupState;
    const same = (Object.keys(next) as (keyof RadioGroupState)[]).every((k) => next[k] === current[k]);
    if (!same) this.groupState = next;
  }

  /** Moves focus to the radio's native input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const group = this.closest('bp-radio-group');
    this.#group = isGroup(group) ? group : null;
    this.#group?.radioChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#group?.radioChanged();
    this.#group = null;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.closest('bp-radio-group')) warnOnce('<bp-radio> works only inside a <bp-radio-group>.');
    if (!(this.textContent ?? '').trim()) warnOnce('<bp-radio> needs a label (its text content).');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The group re-checks its value, validity and tab stop (and now has an input to anchor errors at).
    if (changed.has('value') || changed.has('disabled')) {
      const group = this.closest('bp-radio-group');
      if (isGroup(group)) group.radioChanged();
    }
  }

  get #disabled(): boolean {
    return this.disabled || this.groupState.disabled;
  }

  #onInput(event: Event): void {
    // The group fires input and change itself, for clicks and arrow keys alike.
    event.stopPropagation();
    const group = this.closest('bp-radio-group');
    if (isGroup(group)) group.radioSelected(this);
  }

  #onClick(event: MouseEvent): void {
    // In a read-only group a click changes nothing; cancelling it also cancels input and change.
    if (this.groupState.readonly) event.preventDefault();
  }

  #onHintSlotChange(event: Event): void {
    this.hasHintSlot = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  }

  protected override render() {
    const { checked, tabStop, position, size } = this.groupState;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    return html`
      <div part="base" class="choice">
        <input
          part="input"
          id="input"
          class="native"
          type="radio"
          .checked=${live(checked)}
          ?disabled=${this.#disabled}
          tabindex=${tabStop ? '0' : '-1'}
          aria-posinset=${ifDefined(size ? position : undefined)}
          aria-setsize=${ifDefined(size ? size : undefined)}
          aria-describedby=${ifDefined(hasHint ? 'hint' : undefined)}
          @input=${this.#onInput}
          @click=${this.#onClick}
        />
        <span part="control" class="control" aria-hidden="true"></span>
        <label part="label" class="choice-label" for="input"><slot></slot></label>
        <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint" @slotchange=${this.#onHintSlotChange}>${this.hint}</slot>
        </div>
      </div>
    `;
  }
}
