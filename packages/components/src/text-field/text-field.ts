import { html, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  email,
  maxLength,
  minLength,
  numeric,
  pattern,
  required,
  tel,
  url,
  type Validator,
} from '@blaupause/domain/validation';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, valueText, type FormValue } from '../core/form-control.js';
import { CharacterCountController, characterCountStyles, isCount } from '../core/character-count.js';
import { characterCountTranslations } from '../core/character-count.strings.js';
import { hostStyles } from '../core/styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { fieldStyles } from '../core/field.styles.js';
import { textFieldStyles } from './text-field.styles.js';
import { textFieldTranslations } from './strings.js';

/** The kinds of single-line text a `bp-text-field` takes. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number';

/** Fixed widths in characters, so the field's size hints at the expected answer (GOV.UK). */
export type TextFieldWidth = 'full' | '30' | '20' | '10' | '5' | '4' | '3' | '2';

/**
 * A single-line text field with its label, hint, error message and optional character count in
 * one shadow root, submitted with its form through ElementInternals.
 *
 * @tagname bp-text-field
 * @summary Text field for any question the bigger components do not cover.
 *
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 * @slot prefix - Text before the field, such as "€". Hidden from assistive technology: name the
 *   unit in the label.
 * @slot suffix - Text after the field, such as "kg" or "Tage". Hidden from assistive technology.
 *
 * @csspart form-control - The wrapper of all parts.
 * @csspart label - The `<label>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart base - The box around prefix, input and suffix.
 * @csspart input - The native `<input>`.
 * @csspart prefix - The prefix box.
 * @csspart suffix - The suffix box.
 * @csspart count - The character count.
 *
 * @cssproperty --bp-field-border-color - Border colour of the field (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the field (component token; default: `--bp-color-surface-default`).
 *
 * @fires input - When the user changes the value (native, composed). Never on programmatic change.
 * @fires change - When the user commits a change (on blur or Enter). Never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class TextField extends BpFormControl {
  static override styles = [hostStyles, fieldStyles, characterCountStyles, ...textFieldStyles];
  static override translations = [textFieldTranslations, characterCountTranslations, validationTranslations];

  /** The visible label. Every field needs one (or content in the `label` slot). */
  @property() label = '';

  /** Help text shown between label and field, read out with the field. */
  @property() hint = '';

  /** The kind of text. `number` is a text field with a numeric keyboard (`inputmode=numeric`), as GOV.UK advises. */
  @property({ reflect: true }) type: TextFieldType = 'text';

  /**
   * The initial value, and the value a form reset returns to. Set the current value through the
   * `value` property.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** An `autocomplete` token such as `given-name`, `email`, `postal-code` (WCAG 1.3.5). */
  @property() autocomplete: AutoFill | undefined;

  /** Overrides the on-screen keyboard (`numeric`, `decimal`, `tel`, `email`, `url`, `search`, `text`, `none`). */
  @property() inputmode: string | undefined;

  /**
   * At most this many characters. Typing past it is allowed and shown as an error with a count,
   * so nothing the user typed or pasted is cut off (GOV.UK character count).
   */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;

  /** At least this many characters (an empty optional field is still valid). */
  @property({ type: Number, attribute: 'minlength' }) minLength: number | undefined;

  /** A regular expression the whole value must match (like the HTML attribute). Give a hint saying the format. */
  @property() pattern: string | undefined;

  /** Shown in the empty field. Not a replacement for a label or hint. */
  @property() placeholder: string | undefined;

  /** Fixed width in characters; `full` fills the container. */
  @property({ reflect: true }) width: TextFieldWidth = 'full';

  /** Show the remaining characters under the field (default: when `maxlength` is set). */
  @property({ type: Boolean, attribute: 'show-count' }) showCount: boolean | undefined;

  @state() private currentValue: string | undefined;
  @state() private hasPrefix = false;
  @state() private hasSuffix = false;
  @state() private hasHintSlot = false;

  @query('input') private readonly input!: HTMLInputElement | null;
  @query('slot[name="label"]') private readonly labelSlot!: HTMLSlotElement | null;

  readonly #count = new CharacterCountController(this, {
    value: () => this.value,
    maxLength: () => this.maxLength,
    enabled: () => this.showCount ?? true,
  });

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
    this.input?.select();
  }

  /** @internal */
  validationValue(): string {
    return this.value;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    return this.input;
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
    // Like native inputs, a missing or nonsensical limit or pattern is ignored, never fatal.
    if (isCount(this.minLength) && this.minLength > 0) list.push(minLength(this.minLength));
    if (isCount(this.maxLength)) list.push(maxLength(this.maxLength));
    if (this.pattern) {
      try {
        list.push(pattern(this.pattern));
      } catch {
        warnOnce(`<${this.localName}> ignores pattern="${this.pattern}": not a valid regular expression (v flag).`);
      }
    }
    const byType: Partial<Record<TextFieldType, () => Validator>> = { email, tel, url, number: numeric };
    const typeValidator = byType[this.type];
    if (typeValidator) list.push(typeValidator());
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
    this.currentValue = (event.target as HTMLInputElement).value;
    this.syncFormValue();
    this.handleUserInput();
    this.#count.userInput();
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const nodes = slot.assignedNodes({ flatten: true });
    const filled = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    if (slot.name === 'prefix') this.hasPrefix = filled;
    else if (slot.name === 'suffix') this.hasSuffix = filled;
    else if (slot.name === 'hint') this.hasHintSlot = filled;
    else this.requestUpdate(); // label text feeds the validation messages
  }

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint, this.#count.active ? this.#count.descriptionId : '');
    const isNumber = this.type === 'number';
    const nativeType = isNumber ? 'text' : this.type;
    const inputmode = this.inputmode ?? (isNumber ? 'numeric' : undefined);
    // Spell checking is off for machine-like values, and when the author sets spellcheck="false".
    const spellcheck =
      !['email', 'url', 'tel', 'number', 'password'].includes(this.type) && this.getAttribute('spellcheck') !== 'false';
    // Addresses, numbers and phone numbers read left to right in RTL pages too (DESIGN.md §6).
    const ltrOnly = ['email', 'url', 'tel', 'number'].includes(this.type);

    return html`
      <div part="form-control" class="form-control ${error ? 'has-error' : ''}">
        <label part="label" class="label" for="input" id="label">
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
        <div part="base" class="base">
          <span part="prefix" class="affix prefix" aria-hidden="true" ?hidden=${!this.hasPrefix}>
            <slot name="prefix" @slotchange=${this.#onSlotChange}></slot>
          </span>
          <input
            part="input"
            id="input"
            class="input"
            type=${nativeType}
            dir=${ifDefined(ltrOnly ? 'ltr' : undefined)}
            .value=${live(this.value)}
            .autocomplete=${this.autocomplete ?? 'on'}
            inputmode=${ifDefined(inputmode)}
            spellcheck=${spellcheck ? 'true' : 'false'}
            placeholder=${ifDefined(this.placeholder)}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described)}
            @input=${this.#onInput}
            @change=${this.handleUserChange}
            @keydown=${this.handleEnter}
          />
          <span part="suffix" class="affix suffix" aria-hidden="true" ?hidden=${!this.hasSuffix}>
            <slot name="suffix" @slotchange=${this.#onSlotChange}></slot>
          </span>
        </div>
        ${this.#count.render()}
      </div>
    `;
  }
}
