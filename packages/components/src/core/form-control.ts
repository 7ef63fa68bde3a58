import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Validator } from '@blaupause/domain/validation';
import { BpElement } from './bp-element.js';
import { ValidationController } from './validation.js';
import { fieldTranslations } from './strings.js';

/**
 * A value as a string, as a native field stores what it is given: frameworks may hand over null,
 * undefined or numbers (`''` for null and undefined, JSON text for anything else that is not a string).
 */
export function valueText(given: unknown): string {
  return typeof given === 'string' ? given : given == null ? '' : JSON.stringify(given);
}

/** What a control hands to `ElementInternals.setFormValue`. */
export type FormValue = string | File | FormData | null;

/**
 * The form's default button (HTML): its first submit button in tree order, native or a
 * form-associated element such as `bp-button` whose `type` is `submit`.
 */
export function defaultButton(form: HTMLFormElement): HTMLElement | undefined {
  const typeOf = (el: Element): unknown => ('type' in el ? (el as { type: unknown }).type : undefined);
  return [...form.elements].find(
    (el): el is HTMLElement =>
      (typeOf(el) === 'submit' || typeOf(el) === 'image') && !(el instanceof HTMLFieldSetElement),
  );
}

/**
 * Submits `form` as pressing Enter in a native text field would (HTML "implicit submission"):
 * through its default button, so the button's name and value are sent; not at all when that
 * button is disabled.
 */
export function submitImplicitly(form: HTMLFormElement | null): void {
  if (!form) return;
  const button = defaultButton(form);
  if (button) {
    if (!button.matches(':disabled')) button.click();
    return;
  }
  // Without a submit button, HTML submits only when a single field blocks implicit submission.
  const blocking = [...form.elements].filter(
    (el) =>
      (el instanceof HTMLInputElement && IMPLICIT_SUBMISSION_TYPES.has(el.type)) ||
      (el instanceof BpFormControl && (el.constructor as typeof BpFormControl).blocksImplicitSubmission),
  );
  if (blocking.length <= 1) form.requestSubmit();
}

/** Input types that block implicit submission (HTML "implicit submission"). */
const IMPLICIT_SUBMISSION_TYPES = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
]);

/**
 * Base class of every Blaupause control that holds a value: form association through
 * `ElementInternals` (DESIGN.md §3–4), validation through `ValidationController`, the native
 * form-control API, and the reset, disabled and restore callbacks.
 *
 * Subclasses implement `formValue()`, `validationValue()`, `builtInValidators()`,
 * `validationAnchor()`, `validationLabel()`, `resetValue()` and `restoreValue()`.
 *
 * @csspart form-control - (subclasses) the outer wrapper
 */
export abstract class BpFormControl<V = string> extends BpElement {
  static formAssociated = true;
  /**
   * Whether the control counts as a text-like field for implicit submission (HTML): a form without
   * a submit button submits on Enter only when it has exactly one such field. Checkboxes, radios,
   * selects and text areas do not count.
   */
  static blocksImplicitSubmission = true;
  static override translations = [fieldTranslations];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** @internal */
  readonly internals: ElementInternals = this.attachInternals();

  /** @internal */
  readonly validation = new ValidationController<V>(this);

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** The user must fill this control before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the control: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The value can be read and focused but not changed; it is submitted but not validated. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Extra validators, run after the built-in ones. Only `type: 'error'` blocks submission;
   * `warning` and `info` are shown beside the field.
   */
  @property({ attribute: false }) validators: readonly Validator<V>[] = [];

  /** True while an ancestor `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  /** The form this control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that point at this control from the light DOM. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    this.validation.run();
    return this.internals.validity;
  }

  get validationMessage(): string {
    this.validation.run();
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled by itself or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Checks validity without showing feedback (a form may ask to decide whether to enable "Weiter"). */
  checkValidity(): boolean {
    this.validation.run();
    this.#quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }

  /** Checks validity, shows the control's feedback and lets the browser report the first error. */
  reportValidity(): boolean {
    this.validation.markSubmitted();
    this.validation.run();
    return this.internals.reportValidity();
  }

  setCustomValidity(message: string): void {
    this.validation.setCustomValidity(message);
  }

  #quietCheck = false;

  constructor() {
    super();
    // A submit attempt fires `invalid` on every invalid control: show its feedback then. Our own
    // checkValidity() stays quiet; form.checkValidity() cannot be told apart (see docs, known issues).
    this.addEventListener('invalid', () => {
      if (!this.#quietCheck) this.validation.markSubmitted();
    });
    this.addEventListener('focusout', (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) this.handleLeave();
    });
  }

  /**
   * Focus left the control (not just moved between its own parts): feedback may show now. A
   * composite control that commits once for all its parts also fires its `change` here.
   */
  protected handleLeave(): void {
    this.validation.markBlurred();
  }

  /** @internal the value validators see */
  abstract validationValue(): V;
  /** @internal */
  abstract validationAnchor(): HTMLElement | null;
  /** @internal */
  abstract validationLabel(): string;
  /** What is submitted: a string, or FormData for a composite (entries `name[field]`). */
  protected abstract formValue(): FormValue;
  /** Validators that follow from the control's own properties. */
  protected abstract builtInValidators(): Validator<V>[];
  /** Back to the default value (form reset). */
  protected abstract resetValue(): void;
  /** Takes back a value the browser saved (back/forward cache, autocomplete restore). */
  protected abstract restoreValue(state: string | File | FormData): void;

  /** @internal */
  activeValidators(): readonly Validator<V>[] {
    return [...this.builtInValidators(), ...this.validators];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Property changes (default value, required, …) reach the form here; validation follows in
    // the ValidationController's hostUpdate/hostUpdated.
    this.#pushFormValue();
  }

  #pushFormValue(): void {
    this.internals.setFormValue(this.formValue(), this.formState());
  }

  /**
   * What the browser saves to give back through `formStateRestoreCallback` (back/forward
   * navigation, autofill restore). Default: the submitted value. A control whose value alone
   * cannot rebuild what the user saw (an unchecked box, a chosen option's label) saves more.
   */
  protected formState(): FormValue {
    return this.formValue();
  }

  /**
   * Hands the current value to the form at once. Subclasses call it whenever the value changes
   * (setter, user input, reset, restore), so `new FormData(form)` in an `input` listener or a
   * submit right after `el.value = …` sees the new value.
   */
  protected syncFormValue(): void {
    this.#pushFormValue();
    this.validation.run();
  }

  /** @internal */
  formResetCallback(): void {
    this.resetValue();
    this.validation.reset();
    this.syncFormValue();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state !== null) {
      this.restoreValue(state);
      this.syncFormValue();
    }
  }

  #changedSinceCommit = false;

  /** Subclasses call this on the inner field's `input` event. */
  protected handleUserInput(): void {
    this.validation.markDirty();
    this.#changedSinceCommit = true;
  }

  /**
   * Re-dispatches the inner field's `change` (which does not cross the shadow boundary), once per
   * committed edit: Enter commits too, and the browser's own `change` on leaving the field then
   * does not repeat it.
   */
  protected handleUserChange(): void {
    if (!this.#changedSinceCommit) return;
    this.#changedSinceCommit = false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Subclasses call this on Enter in a single-line field: commit (`change`), then submit. */
  protected handleEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    this.handleUserChange();
    submitImplicitly(this.form);
  }
}
