import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announce } from '../core/announcer.js';
import { BpElement, warnOnce } from '../core/bp-element.js';
import { slotText } from '../core/feedback.js';
import { hostStyles } from '../core/styles.js';
import { buttonStyles } from './button.styles.js';
import { buttonTranslations } from './strings.js';

/** How prominent a button is: one primary action per page or step, secondary and tertiary ones, danger for destructive ones. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

/** What a button does in its form, as for the native `<button>`. */
export type ButtonType = 'submit' | 'reset' | 'button';

const VARIANTS: readonly ButtonVariant[] = ['primary', 'secondary', 'tertiary', 'danger'];
const TYPES: readonly ButtonType[] = ['submit', 'reset', 'button'];

/** Like the native `type` attribute: missing or unknown values mean `submit`. */
function toButtonType(value: unknown): ButtonType {
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  return (TYPES as readonly string[]).includes(lower) ? (lower as ButtonType) : 'submit';
}

/**
 * A button that submits or resets its form like a native `<button>`, or a link that looks like a
 * button. It holds no value: its `name` and `value` reach the form data only when it is the button
 * that submitted the form.
 *
 * @tagname bp-button
 * @summary Button for actions: submit, reset, or a script action; with `href`, a link styled as a button.
 *
 * @slot - The button's text. It is the accessible name unless `label` is set.
 * @slot start - An icon before the text. Hidden from assistive technology: icons are decoration.
 * @slot end - An icon after the text, such as an arrow. Hidden from assistive technology.
 *
 * @csspart base - The native `<button>` (or `<a>` with `href`).
 * @csspart start - The box around the `start` slot.
 * @csspart label - The box around the text.
 * @csspart end - The box around the `end` slot.
 * @csspart spinner - The progress indicator shown while `busy`.
 *
 * @cssproperty --bp-color-action-primary-background - Background of primary buttons (semantic token; also `-hover`, `-active`, `--bp-color-action-primary-text`).
 * @cssproperty --bp-color-action-secondary-background - Background of secondary buttons (semantic token; also `-hover`, `--bp-color-action-secondary-border`, `--bp-color-action-secondary-text`).
 *
 * @fires click - Native. While the button is `disabled` or `busy`, clicks are stopped before they reach any listener on the element or above it.
 */
export class Button extends BpElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, ...buttonStyles];
  static override translations = [buttonTranslations];

  /** @internal */
  readonly internals: ElementInternals = this.attachInternals();

  /** How prominent the button is: `primary` (default), `secondary`, `tertiary` or `danger`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  #type: ButtonType = 'submit';

  /**
   * What the button does in its form: `submit` (default, as for a native button) submits it with
   * validation, `reset` resets it, `button` does nothing but fire `click`. Reads `button` while
   * `href` is set: a link is no submit button.
   */
  @property()
  get type(): ButtonType {
    return this.href ? 'button' : this.#type;
  }

  set type(value: ButtonType) {
    this.#type = toButtonType(value);
  }

  /** Submitted as `name=value` with the form, only when this button submitted it. */
  @property({ reflect: true }) name = '';

  /** Submitted under `name`, only when this button submitted the form. */
  @property({ reflect: true }) value = '';

  /**
   * Disables the button: not focusable, not clickable, not the form's default button. Prefer an
   * enabled button and an error message that says what is missing (GOV.UK). Not for links.
   */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * The action is running (e.g. while the form is sent). The button keeps its text and focus, is
   * announced as busy and unavailable, and ignores further clicks, Enter and Space. Not for links.
   */
  @property({ type: Boolean, reflect: true }) busy = false;

  /**
   * The accessible name, for buttons that show only an icon ("Schließen"). When the button also
   * shows text, the label must contain that text (WCAG 2.5.3).
   */
  @property() label = '';

  /** Renders a link (`<a href>`) styled as a button, for navigation. No form behaviour. */
  @property() href: string | undefined;

  /** Where the link opens (`_blank`: a new tab, which is then said in the accessible name). Only with `href`. */
  @property() target: string | undefined;

  /** The link's `rel`. Only with `href`. */
  @property() rel: string | undefined;

  /** Downloads the linked resource under this file name. Only with `href`. */
  @property() download: string | undefined;

  /** Overrides the form's `action` when this button submits it. */
  @property({ attribute: 'formaction' }) formAction: string | undefined;

  /** Overrides the form's `enctype` when this button submits it. */
  @property({ attribute: 'formenctype' }) formEnctype: string | undefined;

  /** Overrides the form's `method` (`get`, `post`, `dialog`) when this button submits it. */
  @property({ attribute: 'formmethod' }) formMethod: string | undefined;

  /** Submits without validating the form (e.g. "Entwurf speichern"). */
  @property({ type: Boolean, attribute: 'formnovalidate' }) formNoValidate = false;

  /** Overrides the form's `target` when this button submits it. */
  @property({ attribute: 'formtarget' }) formTarget: string | undefined;

  @state() private formDisabled = false;

  @query('slot:not([name])') private readonly textSlot!: HTMLSlotElement | null;

  constructor() {
    super();
    // Registered first, so it runs before any listener a page adds to the element or above it.
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  /**
   * The form this button submits or resets: its ancestor form, or the one whose id the `form`
   * attribute gives (native form association, read-only like `HTMLButtonElement.form`).
   */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the button is disabled by itself or by a disabled fieldset. */
  get isDisabled(): boolean {
    return !this.href && (this.disabled || this.formDisabled);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #onClick(event: MouseEvent): void {
    if (this.href) return; // a link navigates by itself
    if (this.isDisabled || this.busy) {
      // No second activation while busy; nothing at all while disabled.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.type === 'button' || !this.form) return;
    // As for a native button, the form action follows the click unless a listener cancelled it.
    // Listeners above the element run after this one, so wait until the event has been dispatched.
    setTimeout(() => {
      if (!event.defaultPrevented) this.#runFormAction();
    });
  }

  #runFormAction(): void {
    const form = this.form;
    // Checked again: a click listener may have disabled or removed the button (a native button
    // then does nothing either). `busy` set by a listener does not stop the action it started.
    if (!form || !this.isConnected || this.isDisabled) return;
    if (this.type === 'reset') {
      form.reset();
    } else if (this.type === 'submit') {
      this.#submit(form);
    }
  }

  /**
   * Submits through the form's own machinery (validation, `invalid`, `submit`, navigation) with a
   * hidden native stand-in as the submitter, so the name and value are sent only for this
   * submission. Never `internals.setFormValue`: that would send them whichever button submitted
   * (material-web #6030).
   */
  #submit(form: HTMLFormElement): void {
    const submitter = form.ownerDocument.createElement('button');
    submitter.type = 'submit';
    submitter.hidden = true;
    submitter.setAttribute('data-bp-submitter', '');
    if (this.name) {
      submitter.name = this.name;
      submitter.value = this.value;
    }
    if (this.formAction !== undefined) submitter.formAction = this.formAction;
    if (this.formEnctype !== undefined) submitter.formEnctype = this.formEnctype;
    if (this.formMethod !== undefined) submitter.formMethod = this.formMethod;
    if (this.formTarget !== undefined) submitter.formTarget = this.formTarget;
    submitter.formNoValidate = this.formNoValidate;
    form.append(submitter);
    try {
      form.requestSubmit(submitter);
    } finally {
      submitter.remove();
    }
  }

  /** The text that names the button: `label`, or the slotted text. */
  #accessibleLabel(): string {
    return this.label.trim() || slotText(this.textSlot);
  }

  /** Whether the light DOM has content for the slot `name` ('' is the default slot). */
  #slotted(name: string): boolean {
    return [...this.childNodes].some((n) =>
      n instanceof Element
        ? (n.getAttribute('slot') ?? '') === name
        : name === '' && n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
  }

  #renderedSlots: readonly boolean[] = [];

  /** Which of the slots start, default and end have content. */
  #slotState(): boolean[] {
    return ['start', '', 'end'].map((name) => this.#slotted(name));
  }

  /** Re-renders when slotted content appears or disappears (not on the first, unchanged slotchange). */
  #onSlotChange(): void {
    if (this.#slotState().some((has, i) => has !== this.#renderedSlots[i])) this.requestUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.#accessibleLabel()) {
      warnOnce(`<${this.localName}> needs a name: text content, or a label attribute for an icon-only button.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Announced when the button becomes busy, not when it starts out busy.
    if (changed.has('busy') && changed.get('busy') === false && this.busy && !this.href) {
      const label = this.#accessibleLabel();
      announce(
        label ? this.localize.term('button.busy-announcement', { label }) : this.localize.term('button.busy'),
        'polite',
      );
    }
  }

  protected override render() {
    const t = this.localize;
    const isLink = Boolean(this.href);
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'primary';
    const busy = this.busy && !isLink;
    const newTab = isLink && this.target === '_blank';
    const label = this.label.trim();
    const [hasStart, hasText, hasEnd] = (this.#renderedSlots = this.#slotState());
    const ariaLabel = label ? (newTab ? `${label} ${t.term('button.new-window')}` : label) : undefined;
    const classes = ['base', variant, busy ? 'busy' : '', !hasText && label ? 'icon-only' : '']
      .filter(Boolean)
      .join(' ');
    const content = html`
      ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
      <span part="start" class="icon" aria-hidden="true" ?hidden=${!hasStart}
        ><slot name="start" @slotchange=${this.#onSlotChange}></slot
      ></span>
      <span part="label" class="label" ?hidden=${!hasText}><slot @slotchange=${this.#onSlotChange}></slot></span>
      <span part="end" class="icon" aria-hidden="true" ?hidden=${!hasEnd}
        ><slot name="end" @slotchange=${this.#onSlotChange}></slot
      ></span>
      ${newTab ? html`<span class="visually-hidden">${t.term('button.new-window')}</span>` : nothing}
    `;

    if (isLink) {
      return html`<a
        part="base"
        class=${classes}
        href=${this.href ?? ''}
        target=${ifDefined(this.target)}
        rel=${ifDefined(this.rel)}
        download=${ifDefined(this.download)}
        aria-label=${ifDefined(ariaLabel)}
        >${content}</a
      >`;
    }
    return html`<button
        part="base"
        class=${classes}
        type="button"
        ?disabled=${this.isDisabled}
        aria-disabled=${ifDefined(busy ? 'true' : undefined)}
        aria-busy=${ifDefined(busy ? 'true' : undefined)}
        aria-describedby=${ifDefined(busy ? 'busy-description' : undefined)}
        aria-label=${ifDefined(ariaLabel)}
      >
        ${content}
      </button>
      ${busy ? html`<span id="busy-description" hidden>${t.term('button.busy')}</span>` : nothing}`;
  }
}
