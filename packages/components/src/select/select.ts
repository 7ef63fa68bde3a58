import { html, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { required, type Validator } from '@blaupause/domain/validation';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, valueText, type FormValue } from '../core/form-control.js';
import { hostStyles } from '../core/styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { fieldStyles } from '../core/field.styles.js';
import { selectStyles } from './select.styles.js';
import { selectTranslations } from './strings.js';

/** One choice of a `bp-select`. */
export interface SelectOption {
  /** What is submitted. */
  readonly value: string;
  /** What the user reads. */
  readonly label: string;
  /** Shown, but cannot be chosen. */
  readonly disabled?: boolean;
  /** The default choice (like `<option selected>`); a form reset returns to it. */
  readonly selected?: boolean;
}

/** A labelled group of choices (like `<optgroup>`). */
export interface SelectOptionGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
  /** Every option of the group is shown but cannot be chosen. */
  readonly disabled?: boolean;
}

/** An entry of `options`: a choice or a group of choices. */
export type SelectItem = SelectOption | SelectOptionGroup;

/** `auto` fits the longest option (GOV.UK); a number is a width in characters; `full` fills the container. */
export type SelectWidth = 'auto' | 'full' | '30' | '20' | '10' | '5' | '4' | '3' | '2';

const isGroup = (item: SelectItem): item is SelectOptionGroup => Array.isArray((item as SelectOptionGroup).options);

function fromOption(option: HTMLOptionElement): SelectOption {
  return { value: option.value, label: option.label, disabled: option.disabled, selected: option.defaultSelected };
}

/** The `<option>` and `<optgroup>` children of an element, as items. */
function itemsFrom(parent: Element): SelectItem[] {
  const items: SelectItem[] = [];
  for (const child of parent.children) {
    if (child instanceof HTMLOptionElement) items.push(fromOption(child));
    else if (child instanceof HTMLOptGroupElement) {
      const options = [...child.children].filter((c) => c instanceof HTMLOptionElement).map(fromOption);
      items.push({ label: child.label, disabled: child.disabled, options });
    }
  }
  return items;
}

/**
 * A styled native `<select>` with its label, hint and error message in one shadow root, submitted
 * with its form through ElementInternals. The browser's own select stays in charge of the list, the
 * keyboard and the screen-reader semantics: it is the most accessible choice (GOV.UK select).
 *
 * The choices come from `<option>` and `<optgroup>` children (watched for changes) or from the
 * `options` property. Without a default choice (`selected`) the select starts on an empty
 * "Bitte auswählen" option, so nothing is chosen for the user.
 *
 * @tagname bp-select
 * @summary Choice from a list, on the browser's native select.
 *
 * @slot - `<option>` and `<optgroup>` elements: the choices (copied into the native select).
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart form-control - The wrapper of all parts.
 * @csspart label - The `<label>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart base - The box around the select and its arrow.
 * @csspart select - The native `<select>`.
 * @csspart arrow - The arrow drawn over the end of the select.
 *
 * @cssproperty --bp-field-border-color - Border colour of the field (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the field (component token; default: `--bp-color-surface-default`).
 *
 * @fires input - When the user chooses another option (native, composed). Never on programmatic change.
 * @fires change - When the user chooses another option. Never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class Select extends BpFormControl {
  static override styles = [hostStyles, fieldStyles, ...selectStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [selectTranslations, validationTranslations];

  /** The visible label. Every select needs one (or content in the `label` slot). */
  @property() label = '';

  /** Help text shown between label and select, read out with the select. */
  @property() hint = '';

  /**
   * The choices, as an alternative to `<option>`/`<optgroup>` children:
   * `[{ value: 'by', label: 'Bayern' }, { label: 'Stadtstaaten', options: [...] }]`. When set,
   * children are ignored.
   */
  @property({ attribute: false }) options: readonly SelectItem[] | undefined;

  /**
   * The text of the empty first option shown when no option is the default (default: "Bitte
   * auswählen"). It is not shown when an option is `selected` or an option has the value `""`.
   */
  @property() placeholder: string | undefined;

  /** An `autocomplete` token such as `country-name`, `sex`, `bday-month` (WCAG 1.3.5). */
  @property() autocomplete: AutoFill | undefined;

  /** Width: `auto` fits the longest option, a number is a width in characters, `full` fills the container. */
  @property({ reflect: true }) width: SelectWidth = 'auto';

  @state() private currentValue: string | undefined;
  @state() private childItems: readonly SelectItem[] = [];
  @state() private hasHintSlot = false;

  @query('select') private readonly select!: HTMLSelectElement | null;
  @query('slot[name="label"]') private readonly labelSlot!: HTMLSlotElement | null;

  #observer: MutationObserver | undefined;

  /** The choices shown: the `options` property, or else the `<option>`/`<optgroup>` children. */
  get items(): readonly SelectItem[] {
    return this.options ?? this.childItems;
  }

  /** The value of the default option (`selected`; the last one if several are), or `''`. */
  get defaultValue(): string {
    return this.#flatOptions().findLast((o) => o.selected)?.value ?? '';
  }

  /**
   * The value of the chosen option, `''` for none. Setting it does not fire `input` or `change`;
   * a value that no option has chooses none (like a native select), until such an option appears.
   */
  get value(): string {
    const wanted = this.currentValue ?? this.defaultValue;
    return this.#flatOptions().some((o) => o.value === wanted) ? wanted : '';
  }

  set value(value: string) {
    this.currentValue = valueText(value);
    this.syncFormValue();
  }

  /** The label of the chosen option, `''` for none. */
  get selectedLabel(): string {
    const value = this.value;
    return this.#flatOptions().find((o) => o.value === value)?.label ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildren();
    this.#observer ??= new MutationObserver((records) => {
      // The host's own attributes (reflected properties) do not change the choices.
      if (records.some((r) => r.target !== this || r.type === 'childList')) this.#readChildren();
    });
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** @internal */
  validationValue(): string {
    return this.value;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    return this.select;
  }

  /** @internal */
  validationLabel(): string {
    return labelText(this.label, this.labelSlot);
  }

  protected formValue(): FormValue {
    return this.value;
  }

  protected builtInValidators(): Validator[] {
    if (!this.required) return [];
    return [required({ message: this.localize.term('select.required', { label: this.validationLabel() }) })];
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The options render after the select's own bindings: make sure the shown choice is the value.
    const select = this.select;
    if (select && select.value !== this.value) select.value = this.value;
  }

  #flatOptions(): SelectOption[] {
    return this.items.flatMap((item) => (isGroup(item) ? item.options : [item]));
  }

  #readChildren(): void {
    this.childItems = itemsFrom(this);
    // The value may now (no longer) match an option: the form sees the change at once.
    this.syncFormValue();
  }

  #onInput(event: Event): void {
    this.currentValue = (event.target as HTMLSelectElement).value;
    this.syncFormValue();
    this.handleUserInput();
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const nodes = slot.assignedNodes({ flatten: true });
    const filled = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    if (slot.name === 'hint') this.hasHintSlot = filled;
    else this.requestUpdate(); // label text feeds the validation messages
  }

  #renderOption(option: SelectOption, value: string, groupDisabled = false) {
    // Read-only: the other options cannot be chosen (a native select has no readonly).
    const locked = this.readonly && option.value !== value;
    return html`<option
      value=${option.value}
      ?disabled=${Boolean(option.disabled) || groupDisabled || locked}
      .selected=${live(option.value === value)}
    >
      ${option.label}
    </option>`;
  }

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint);
    const value = this.value;
    const flat = this.#flatOptions();
    const showPlaceholder = !flat.some((o) => o.selected || o.value === '');

    return html`
      <div part="form-control" class="form-control ${error ? 'has-error' : ''}">
        <label part="label" class="label" for="select" id="label">
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
          <select
            part="select"
            id="select"
            class="input"
            .autocomplete=${this.autocomplete ?? 'on'}
            ?disabled=${this.isDisabled}
            aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described)}
            @input=${this.#onInput}
            @change=${this.handleUserChange}
          >
            ${
              showPlaceholder
                ? this.#renderOption({ value: '', label: this.placeholder ?? t.term('select.placeholder') }, value)
                : nothing
            }
            ${this.items.map((item) =>
              isGroup(item)
                ? html`<optgroup label=${item.label} ?disabled=${Boolean(item.disabled)}>
                    ${item.options.map((o) => this.#renderOption(o, value, Boolean(item.disabled)))}
                  </optgroup>`
                : this.#renderOption(item, value),
            )}
          </select>
          <span part="arrow" class="arrow" aria-hidden="true"></span>
        </div>
      </div>
    `;
  }
}
