import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { required, type Validator } from '@blaupause/domain/validation';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, valueText, defaultButton, submitImplicitly, type FormValue } from '../core/form-control.js';
import { hostStyles } from '../core/styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { clampHeadingLevel, heading } from '../core/heading.js';
import { groupStyles } from '../core/group.styles.js';
import { Radio } from './radio.js';
import { radioGroupStyles } from './radio-group.styles.js';
import { radioGroupTranslations } from './strings.js';

/** How the radios are laid out. */
export type RadioGroupOrientation = 'vertical' | 'horizontal';

/**
 * A question with one answer out of several: a group of `bp-radio` elements with a legend, hint and
 * error message, submitted with its form through ElementInternals as `name=value` of the checked
 * radio (nothing when none is checked, like native radios).
 *
 * Keyboard as in the WAI-ARIA APG radio group: one tab stop (the checked radio, or the first
 * enabled one); arrow keys move to the next or previous enabled radio and check it, wrapping
 * around; Space checks the focused radio.
 *
 * @tagname bp-radio-group
 * @summary Radio buttons: one answer out of a few.
 *
 * @slot - The `bp-radio` elements.
 * @slot label - Rich legend content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart form-control - The `<fieldset>` around everything (role `radiogroup`).
 * @csspart legend - The `<legend>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart radios - The wrapper of the radios.
 *
 * @fires input - When the user checks a radio (click, Space, arrow keys). Never on programmatic change.
 * @fires change - Right after `input`, once per newly checked radio. Never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class RadioGroup extends BpFormControl {
  static override styles = [hostStyles, groupStyles, radioGroupStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [radioGroupTranslations, validationTranslations];
  // No delegatesFocus: focus goes to the radio that is the tab stop (see focus()), never to the
  // first radio just because the legend or hint was clicked.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions };

  /** The question, shown as the group's legend. Every group needs one (or content in the `label` slot). */
  @property() label = '';

  /** Help text below the legend, read out with the group. */
  @property() hint = '';

  /**
   * The value of the radio checked at first, and again after a form reset. Set the current value
   * through the `value` property.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** `vertical` (default) or `horizontal`, for two short answers such as Ja/Nein. */
  @property({ reflect: true }) orientation: RadioGroupOrientation = 'vertical';

  /**
   * Shows the legend as the page heading (GOV.UK "legend as page heading"), for pages that ask just
   * this one question.
   */
  @property({ type: Boolean, attribute: 'legend-as-heading' }) legendAsHeading = false;

  /** The heading level of the legend with `legend-as-heading` (1–6, default 1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  @state() private currentValue: string | undefined;
  @state() private hasHintSlot = false;

  @query('slot[name="label"]') private readonly labelSlot!: HTMLSlotElement | null;

  /** The radio that keeps the tab stop while focus is inside the group (it follows focus). */
  #roving: Radio | undefined;

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('focusin', this.#onFocusIn);
    this.addEventListener('focusout', this.#onFocusOut);
  }

  /** The checked radio's value; '' when none is checked. Setting it does not fire `input` or `change`. */
  get value(): string {
    return this.currentValue ?? this.defaultValue;
  }

  set value(value: string) {
    this.currentValue = valueText(value);
    this.#roving = undefined;
    this.syncFormValue();
  }

  /** The group's radios, in document order. */
  get radios(): Radio[] {
    return [...this.querySelectorAll('bp-radio')].filter(
      (r): r is Radio => r instanceof Radio && r.closest('bp-radio-group') === this,
    );
  }

  /** The checked radio, if it can be submitted (not disabled). */
  get #checkedRadio(): Radio | undefined {
    const value = this.value;
    return value === '' ? undefined : this.radios.find((r) => r.value === value && !r.disabled);
  }

  /** The one radio reached with Tab: the focused one, else the checked one, else the first enabled one. */
  get #tabStop(): Radio | undefined {
    if (this.isDisabled) return undefined;
    const enabled = this.radios.filter((r) => !r.disabled);
    if (this.#roving && enabled.includes(this.#roving)) return this.#roving;
    return this.#checkedRadio ?? enabled[0];
  }

  /** Moves focus to the checked radio, or to the first enabled one. */
  override focus(options?: FocusOptions): void {
    if (this.isDisabled) return;
    this.#tabStop?.focus(options);
  }

  /** @internal */
  validationValue(): string {
    return this.#checkedRadio ? this.value : '';
  }

  /** @internal The checked or the first enabled radio, so the browser and an error summary can focus it. */
  validationAnchor(): HTMLElement | null {
    return (this.#checkedRadio ?? this.radios.find((r) => !r.disabled))?.nativeInput ?? null;
  }

  /** @internal */
  validationLabel(): string {
    return labelText(this.label, this.labelSlot);
  }

  protected formValue(): FormValue {
    return this.#checkedRadio ? this.value : null;
  }

  protected builtInValidators(): Validator[] {
    if (!this.required) return [];
    return [required({ message: this.localize.term('radio-group.required', { label: this.validationLabel() }) })];
  }

  protected resetValue(): void {
    this.currentValue = undefined;
    this.#roving = undefined;
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') this.currentValue = state;
  }

  /** @internal A radio came, went, or changed its value or disabled state. */
  radioChanged(): void {
    this.requestUpdate();
  }

  /** @internal The user checked `radio` with a click or Space. */
  radioSelected(radio: Radio): void {
    this.#roving = radio;
    this.#selectByUser(radio);
    // The native radio is checked now; if the group refused (read-only), render puts it back.
    this.requestUpdate();
  }

  /** Waits for the group and its radios to render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Radios that rendered for the first time ask the group to update again (validation anchor,
    // tab stop); a few rounds settle it.
    for (let round = 0; round < 3; round++) {
      await Promise.all(this.radios.map((r) => r.updateComplete));
      if (!this.isUpdatePending) break;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.validationLabel()) warnOnce(`<${this.localName}> needs a label (label attribute or label slot).`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncRadios();
  }

  #syncRadios(): void {
    const radios = this.radios;
    const value = this.value;
    const tabStop = this.#tabStop;
    radios.forEach((radio, i) =>
      radio.setGroupState({
        checked: value !== '' && radio.value === value,
        tabStop: radio === tabStop,
        disabled: this.isDisabled,
        readonly: this.readonly,
        position: i + 1,
        size: radios.length,
      }),
    );
  }

  #selectByUser(radio: Radio): void {
    if (this.isDisabled || this.readonly || radio.disabled || this.#checkedRadio === radio) return;
    this.currentValue = radio.value;
    this.syncFormValue();
    this.handleUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.handleUserChange();
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.isDisabled) return;
    const radio = event.composedPath().find((n): n is Radio => n instanceof Radio);
    if (!radio || !this.radios.includes(radio)) return;
    if (event.key === 'Enter') {
      if (event.shiftKey) return;
      // Like native radios: Enter presses the form's default button, and never submits a form
      // without one (checked in Chromium, Firefox and WebKit).
      const form = this.form;
      if (form && defaultButton(form)) {
        event.preventDefault();
        submitImplicitly(form);
      }
      return;
    }
    // APG: Down/Right = next, Up/Left = previous. In right-to-left text Left points forward, as in
    // Chromium's and Firefox's native radios.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    const step = steps[event.key];
    if (step === undefined || event.shiftKey) return;
    event.preventDefault();
    const enabled = this.radios.filter((r) => !r.disabled);
    const from = enabled.indexOf(radio);
    const next = enabled[(from + step + enabled.length) % enabled.length];
    if (!next) return;
    this.#roving = next;
    this.#selectByUser(next);
    this.requestUpdate();
    next.focus();
  };

  #onFocusIn = (event: FocusEvent): void => {
    const radio = event.composedPath().find((n): n is Radio => n instanceof Radio);
    if (radio && radio !== this.#roving && !radio.disabled) {
      this.#roving = radio;
      this.requestUpdate();
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    // Leaving the group: the next Tab into it lands on the checked radio again (APG).
    if (!(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) {
      this.#roving = undefined;
      this.requestUpdate();
    }
  };

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    if (slot.name === 'hint') {
      this.hasHintSlot = slot
        .assignedNodes({ flatten: true })
        .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    } else {
      this.requestUpdate(); // legend text feeds the validation messages; radios came or went
    }
  }

  #renderLegend() {
    const content = html`<slot name="label" @slotchange=${this.#onSlotChange}>${this.label}</slot> ${
        this.required
          ? html`<span part="required-marker" class="marker">${this.localize.term('field.required')}</span>`
          : nothing
      }`;
    return this.legendAsHeading
      ? heading(clampHeadingLevel(this.headingLevel), content, { class: 'legend-heading' })
      : content;
  }

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint);

    return html`
      <fieldset
        part="form-control"
        class="fieldset ${error ? 'has-error' : ''}"
        role="radiogroup"
        aria-labelledby="legend"
        aria-describedby=${ifDefined(described)}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
      >
        <legend part="legend" id="legend" class="legend ${this.legendAsHeading ? 'is-heading' : ''}">
          ${this.#renderLegend()}
        </legend>
        <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint" @slotchange=${this.#onSlotChange}>${this.hint}</slot>
        </div>
        ${renderFeedback(this.validation, t)}
        <div part="radios" class="radios">
          <slot @slotchange=${this.#onSlotChange}></slot>
        </div>
      </fieldset>
    `;
  }
}
