import { html, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Validator } from '@blaupause/domain/validation';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, defaultButton, submitImplicitly, type FormValue } from '../core/form-control.js';
import { hostStyles } from '../core/styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { fieldStyles } from '../core/field.styles.js';
import { checkboxStyles } from './checkbox.styles.js';
import { checkboxTranslations } from './strings.js';

/**
 * A single checkbox with its label, hint and error message in one shadow root, submitted with its
 * form through ElementInternals like a native checkbox: `name=value` only while checked.
 *
 * Use it for one yes/no statement the user confirms ("Ich habe die Datenschutzhinweise gelesen.") or
 * inside a `bp-fieldset` for "select all that apply".
 *
 * @tagname bp-checkbox
 * @summary Checkbox for a single confirmation or one option among several.
 *
 * @slot - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart form-control - The wrapper of all parts.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart base - The row of box, label and hint.
 * @csspart input - The native `<input type="checkbox">` (invisible, on top of the box).
 * @csspart control - The visible box.
 * @csspart label - The `<label>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 *
 * @cssproperty --bp-field-border-color - Border colour of the box (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the box (component token; default: `--bp-color-surface-default`).
 *
 * @fires input - When the user checks or unchecks the box (native, composed). Never on programmatic change.
 * @fires change - When the user checks or unchecks the box. Never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class Checkbox extends BpFormControl<boolean> {
  static override styles = [hostStyles, fieldStyles, choiceStyles, checkboxStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [checkboxTranslations, validationTranslations];

  /** The visible label. Every checkbox needs one (or content in the default slot). */
  @property() label = '';

  /** Help text shown below the label, read out with the checkbox. */
  @property() hint = '';

  /** What is submitted under `name` while the box is checked (like a native checkbox: `on`). */
  @property() value = 'on';

  /**
   * Whether the box is checked at first, and again after a form reset. Set the current state through
   * the `checked` property.
   */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  /**
   * Shows the box as "partly checked" (`aria-checked="mixed"`), e.g. for a "select all" box whose
   * options are partly selected. A click clears it, as in a native checkbox. It does not change what
   * is submitted.
   */
  @property({ type: Boolean }) indeterminate = false;

  @state() private currentChecked: boolean | undefined;
  @state() private hasHintSlot = false;

  @query('input') private readonly input!: HTMLInputElement | null;
  @query('slot:not([name])') private readonly labelSlot!: HTMLSlotElement | null;

  /** Whether the box is checked now. Setting it does not fire `input` or `change`. */
  get checked(): boolean {
    return this.currentChecked ?? this.defaultChecked;
  }

  set checked(checked: boolean) {
    // Frameworks may hand over strings or numbers: store what a native checkbox would.
    const given: unknown = checked;
    this.currentChecked = Boolean(given);
    this.syncFormValue();
  }

  /** @internal */
  validationValue(): boolean {
    return this.checked;
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
    return this.checked ? this.value : null;
  }

  protected builtInValidators(): Validator<boolean>[] {
    if (!this.required) return [];
    return [
      {
        name: 'required',
        type: 'error',
        flag: 'valueMissing',
        message: this.localize.term('checkbox.required', { label: this.validationLabel() }),
        test: (checked) => checked,
      },
    ];
  }

  protected resetValue(): void {
    this.currentChecked = undefined;
  }

  /** Checked or not, so a box checked by default that the user unchecked comes back unchecked. */
  protected override formState(): FormValue {
    return this.checked ? 'checked' : 'unchecked';
  }

  protected restoreValue(state: string | File | FormData): void {
    // 'checked'/'unchecked' from formState(); any other string is a submitted value, i.e. checked.
    if (typeof state === 'string') this.currentChecked = state !== 'unchecked';
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.validationLabel()) warnOnce(`<${this.localName}> needs a label (label attribute or content).`);
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.currentChecked = input.checked;
    this.indeterminate = input.indeterminate;
    this.syncFormValue();
    this.handleUserInput();
  }

  #onClick(event: MouseEvent): void {
    // A read-only box keeps its state; cancelling the click also cancels input and change.
    if (this.readonly) event.preventDefault();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey || event.ctrlKey || event.altKey) return;
    if (event.metaKey) return;
    // Like a native checkbox: Enter presses the form's default button, and never submits a form
    // without one (checked in Chromium, Firefox and WebKit).
    const form = this.form;
    if (form && defaultButton(form)) {
      event.preventDefault();
      submitImplicitly(form);
    }
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    if (slot.name === 'hint') {
      this.hasHintSlot = slot
        .assignedNodes({ flatten: true })
        .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    } else {
      this.requestUpdate(); // label text feeds the validation messages
    }
  }

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint);

    return html`
      <div part="form-control" class="form-control ${error ? 'has-error' : ''}">
        ${renderFeedback(this.validation, t)}
        <div part="base" class="choice">
          <input
            part="input"
            id="input"
            class="native"
            type="checkbox"
            .checked=${live(this.checked)}
            .indeterminate=${live(this.indeterminate)}
            ?disabled=${this.isDisabled}
            aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described)}
            @input=${this.#onInput}
            @change=${this.handleUserChange}
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
          />
          <span part="control" class="control" aria-hidden="true">
            <svg class="mark tick" viewBox="0 0 24 24" focusable="false">
              <path d="M4 12.5l5.5 5.5L20.5 6.5" fill="none" stroke="currentColor" stroke-width="3.5" />
            </svg>
            <svg class="mark dash" viewBox="0 0 24 24" focusable="false">
              <path d="M5 12h14" fill="none" stroke="currentColor" stroke-width="3.5" />
            </svg>
          </span>
          <label part="label" class="choice-label" for="input" id="label">
            <slot @slotchange=${this.#onSlotChange}>${this.label}</slot>
            ${
              this.required
                ? html`<span part="required-marker" class="marker">${t.term('field.required')}</span>`
                : nothing
            }
          </label>
          <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
            <slot name="hint" @slotchange=${this.#onSlotChange}>${this.hint}</slot>
          </div>
        </div>
      </div>
    `;
  }
}
