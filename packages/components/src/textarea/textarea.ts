import { html, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { maxLength, maxWords, minLength, required, type Validator } from '@blaupause/domain/validation';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, valueText, type FormValue } from '../core/form-control.js';
import { CharacterCountController, characterCountStyles, isCount } from '../core/character-count.js';
import { characterCountTranslations } from '../core/character-count.strings.js';
import { hostStyles } from '../core/styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { fieldStyles } from '../core/field.styles.js';
import { textareaStyles } from './textarea.styles.js';
import { textareaTranslations } from './strings.js';

/**
 * A multi-line text field with its label, hint, error message and optional character or word
 * count (GOV.UK textarea and character count) in one shadow root, submitted with its form through
 * ElementInternals.
 *
 * @tagname bp-textarea
 * @summary Multi-line free text, with an optional character or word count.
 *
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart form-control - The wrapper of all parts.
 * @csspart label - The `<label>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart textarea - The native `<textarea>`.
 * @csspart count - The character or word count.
 *
 * @cssproperty --bp-field-border-color - Border colour of the field (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the field (component token; default: `--bp-color-surface-default`).
 *
 * @fires input - When the user changes the value (native, composed). Never on programmatic change.
 * @fires change - When the user commits a change (on leaving the field). Never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class Textarea extends BpFormControl {
  static override styles = [hostStyles, fieldStyles, characterCountStyles, textareaStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [textareaTranslations, characterCountTranslations, validationTranslations];

  /** The visible label. Every field needs one (or content in the `label` slot). */
  @property() label = '';

  /** Help text shown between label and field, read out with the field. */
  @property() hint = '';

  /**
   * The initial value, and the value a form reset returns to. Set the current value through the
   * `value` property.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Visible lines of text; the user can make the field taller (never wider). */
  @property({ type: Number }) rows = 5;

  /**
   * At most this many characters. Typing past it is allowed and shown as an error with a count,
   * so nothing the user typed or pasted is cut off (GOV.UK character count).
   */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;

  /** At least this many characters (an empty optional field is still valid). */
  @property({ type: Number, attribute: 'minlength' }) minLength: number | undefined;

  /**
   * At most this many words (runs of non-space characters). The count then shows words instead of
   * characters; a `maxlength` set as well is still checked.
   */
  @property({ type: Number, attribute: 'maxwords' }) maxWords: number | undefined;

  /**
   * Show the count only once this percentage of the limit is used (GOV.UK `threshold`), e.g. `75`.
   * The limit is always part of the field's description for screen readers.
   */
  @property({ type: Number }) threshold: number | undefined;

  /** An `autocomplete` token such as `street-address` (WCAG 1.3.5); most free text has none. */
  @property() autocomplete: AutoFill | undefined;

  @state() private currentValue: string | undefined;
  @state() private hasHintSlot = false;

  @query('textarea') private readonly textarea!: HTMLTextAreaElement | null;
  @query('slot[name="label"]') private readonly labelSlot!: HTMLSlotElement | null;

  readonly #count = new CharacterCountController(this, {
    value: () => this.value,
    maxLength: () => this.maxLength,
    maxWords: () => this.maxWords,
    threshold: () => this.threshold,
  });

  /** `spellcheck` is a global attribute; the inner textarea follows the host's (on by default). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'spellcheck'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'spellcheck') this.requestUpdate();
  }

  /** The current value. Setting it does not fire `input` or `change`. */
  get value(): string {
    return this.currentValue ?? this.defaultValue;
  }

  set value(value: string) {
    this.currentValue = valueText(value);
    this.syncFormValue();
  }

  /** Selects the text in the field. */
  select(): void {
    this.textarea?.select();
  }

  /** @internal */
  validationValue(): string {
    return this.value;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    return this.textarea;
  }

  /** @internal */
  validationLabel(): string {
    return labelText(this.label, this.labelSlot);
  }

  protected formValue(): FormValue {
    return this.value;
  }

  protected builtInValidators(): Validator[] {
    const list: Validator[] = [];
    if (this.required) list.push(required());
    // Like native fields, a missing or nonsensical limit is ignored, never fatal.
    if (isCount(this.minLength) && this.minLength > 0) list.push(minLength(this.minLength));
    if (isCount(this.maxLength)) list.push(maxLength(this.maxLength));
    if (isCount(this.maxWords)) list.push(maxWords(this.maxWords));
    return list;
  }

  protected resetValue(): void {
    this.currentValue = undefined;
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.currentValue = state;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.validationLabel()) warnOnce(`<${this.localName}> needs a label (label attribute or label slot).`);
  }

  #onInput(event: Event): void {
    this.currentValue = (event.target as HTMLTextAreaElement).value;
    this.syncFormValue();
    this.handleUserInput();
    this.#count.userInput();
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const nodes = slot.assignedNodes({ flatten: true });
    const filled = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    if (slot.name === 'hint') this.hasHintSlot = filled;
    else this.requestUpdate(); // label text feeds the validation messages
  }

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint, this.#count.active ? this.#count.descriptionId : '');
    const rows = isCount(this.rows) && this.rows > 0 ? this.rows : 5;

    return html`
      <div part="form-control" class="form-control ${error ? 'has-error' : ''}">
        <label part="label" class="label" for="textarea" id="label">
          <slot name="label" @slotchange=${this.#onSlotChange}>${this.label}</slot>
          ${
            this.required
              ? html`<span part="required-marker" class="marker">${t.term('field.required')}</span>`
              : nothing
          }
        </label>
        <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint" @slotchange=${this.#onSlotChange}>${this.hint}</slot>
        </div>
        ${renderFeedback(this.validation, t)}
        <textarea
          part="textarea"
          id="textarea"
          class="input"
          rows=${rows}
          .value=${live(this.value)}
          .autocomplete=${this.autocomplete ?? 'on'}
          spellcheck=${this.getAttribute('spellcheck') === 'false' ? 'false' : 'true'}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          @input=${this.#onInput}
          @change=${this.handleUserChange}
        ></textarea>
        ${this.#count.render()}
      </div>
    `;
  }
}
