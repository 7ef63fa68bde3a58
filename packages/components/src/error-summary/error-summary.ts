import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { announce } from '../core/announcer.js';
import { BpElement, warnOnce } from '../core/bp-element.js';
import { BpFormControl } from '../core/form-control.js';
import { fieldTranslations } from '../core/strings.js';
import { hostStyles } from '../core/styles.js';
import { clampHeadingLevel, heading, type HeadingLevel } from '../core/heading.js';
import type { Localize } from '../core/localize.js';
import { ErrorSummaryNavigateEvent } from './events.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { errorSummaryTranslations } from './strings.js';
import { checkboxTranslations } from '../checkbox/strings.js';
import { radioGroupTranslations } from '../radio-group/strings.js';
import { selectTranslations } from '../select/strings.js';

/** One line of the summary: the message, and where its link leads. */
export interface ErrorSummaryEntry {
  /** The error message, as the field shows it. */
  readonly message: string;
  /** The control the link moves focus to. */
  readonly control?: Element | null;
  /** The link target when there is no `control`, e.g. `#plz` for an error the server found. */
  readonly href?: string;
  /**
   * Brings the field into view before it is focused, e.g. switches to the step of a multi-step form
   * that holds it (a CSS selector cannot reach a field that is not rendered: KoliBri #7331).
   */
  readonly navigate?: (entry: ErrorSummaryEntry) => unknown;
}

/** The heading levels the summary can render. */
export type ErrorSummaryHeadingLevel = Exclude<HeadingLevel, 1>;

type Validatable = Element & { readonly validity: ValidityState; readonly willValidate: boolean };

const isValidatable = (el: Element): el is Validatable => 'validity' in el && 'willValidate' in el;

/** Which shared validation message explains a native control's first failing constraint. */
function nativeMessage(el: Validatable, label: string, t: Localize): string {
  const v = el.validity;
  const input = el as Partial<HTMLInputElement>;
  if (v.valueMissing) {
    // A choice is chosen, not filled in: the same words as bp-radio-group, bp-checkbox, bp-select.
    const key =
      input.type === 'radio'
        ? 'radio-group.required'
        : input.type === 'checkbox'
          ? 'checkbox.required'
          : el instanceof HTMLSelectElement
            ? 'select.required'
            : 'validation.required';
    return t.term(key, { label });
  }
  if (v.typeMismatch && input.type === 'email') return t.term('validation.email', { label });
  if (v.typeMismatch && input.type === 'url') return t.term('validation.url', { label });
  if (v.tooShort) return t.term('validation.minLength', { label, min: input.minLength ?? 0 });
  if (v.tooLong) return t.term('validation.maxLength', { label, max: input.maxLength ?? 0 });
  if (v.patternMismatch) return t.term('validation.pattern', { label });
  if (v.badInput) return t.term('validation.badInput', { label });
  if (v.rangeUnderflow) return t.term('validation.rangeUnderflow', { label, min: input.min ?? '' });
  if (v.rangeOverflow) return t.term('validation.rangeOverflow', { label, max: input.max ?? '' });
  // Step mismatches: the browser's message (in the browser's language).
  return (el as unknown as { validationMessage: string }).validationMessage;
}

/** The visible label of a native control: its <label>, else its group's legend or ARIA name. */
function nativeLabel(el: Element): string {
  const labelled = el as Partial<HTMLInputElement>;
  const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const isChoice = labelled.type === 'radio';
  const legend = el.closest('fieldset')?.querySelector(':scope > legend');
  if (isChoice && legend) return text(legend);
  const label = labelled.labels?.[0];
  if (label) return text(label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return labelledBy
      .split(/\s+/)
      .map((id) => text(root.getElementById(id)))
      .join(' ');
  }
  return el.getAttribute('aria-label') ?? text(legend);
}

/**
 * Lists every error of a form after a failed submit, at the top of the page, and takes focus so
 * keyboard and screen-reader users learn at once what went wrong (GOV.UK error summary). Each
 * entry is a link that moves focus into the field concerned; the list shrinks as errors are fixed.
 *
 * Place it at the top of the main content, before the `<form>` (name the form with `for`) or as
 * the form's first child. It replaces the browser's error bubbles: while connected it sets
 * `novalidate` on its form and checks the form's controls itself on submit (a submit button with
 * `formnovalidate` still skips the checks). Errors the server found are given through `errors`.
 *
 * `role="alert"` sits on an inner element, not on the focused container: on the container JAWS
 * raced the focus and the alert and read neither fully (GOV.UK PR #2677).
 *
 * @tagname bp-error-summary
 * @summary The list of a form's errors, shown and focused on a failed submit.
 *
 * @csspart base - The focusable container with the border.
 * @csspart heading - The heading ("Es gibt ein Problem").
 * @csspart list - The list of links.
 * @csspart link - Each link.
 *
 * @fires bp-error-summary-navigate - When the user follows a link, before focus moves (`ErrorSummaryNavigateEvent`,
 *   cancelable; `event.entry`, `event.waitUntil(promise)`).
 */
export class ErrorSummary extends BpElement {
  static override styles = [hostStyles, errorSummaryStyles];
  // The summary words native controls' errors with the same messages as Blaupause controls.
  static override translations = [
    fieldTranslations,
    radioGroupTranslations,
    checkboxTranslations,
    selectTranslations,
    errorSummaryTranslations,
  ];

  /** The id of the form whose errors the summary lists. Default: the form the summary is in. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Replaces the heading text ("Es gibt ein Problem"). */
  @property() heading = '';

  /** The heading level, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: ErrorSummaryHeadingLevel = 2;

  /**
   * Entries to show now, e.g. the errors the server found after a full-page submit. As an attribute:
   * JSON, `[{"message": "Geben Sie eine Postleitzahl an.", "href": "#plz"}]`. A failed submit
   * replaces them with the errors the summary finds.
   */
  @property({ type: Array }) errors: readonly ErrorSummaryEntry[] = [];

  /**
   * Called when the user follows a link, before the field is focused: bring the field into view,
   * e.g. switch to the step of a multi-step form that holds it. An entry's own `navigate` wins.
   */
  @property({ attribute: false }) navigate: ((entry: ErrorSummaryEntry) => unknown) | undefined;

  /** Do not move focus to the summary when it appears with `errors` on page load. */
  @property({ type: Boolean, attribute: 'no-autofocus' }) noAutofocus = false;

  /** Entries the summary found itself (they shrink as the user fixes them). */
  @state() private found: readonly ErrorSummaryEntry[] | undefined;

  /** True while the list is freshly shown: the alert role is present only then. */
  @state() private alerting = false;

  @query('.summary') private readonly container!: HTMLElement | null;

  #form: HTMLFormElement | null = null;
  #formNoValidate = false;
  #refreshQueued = false;

  /** The entries shown now. */
  get entries(): readonly ErrorSummaryEntry[] {
    return this.found ?? this.errors;
  }

  /** The form whose errors the summary lists. */
  get form(): HTMLFormElement | null {
    return this.#form;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detach();
  }

  /** Moves focus to the summary (it must show entries). */
  override focus(options?: FocusOptions): void {
    this.container?.focus(options);
  }

  /**
   * Checks the form's controls — or only those inside `scope`, e.g. the current step of a
   * multi-step form — and shows and focuses the summary when any is invalid. Each invalid control
   * receives an `invalid` event and shows its own message. Returns whether all were valid.
   */
  validate(scope?: ParentNode): boolean {
    const invalid = this.#invalidControls(scope);
    for (const el of invalid) el.dispatchEvent(new Event('invalid', { cancelable: true }));
    if (!invalid.length) {
      this.found = [];
      return true;
    }
    void this.#show(invalid.map((el) => this.#entryFor(el)));
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) {
      this.#detach();
      this.#attach();
    }
    // New errors from the page (e.g. the server) replace what the summary found.
    if (changed.has('errors') && changed.get('errors') !== undefined) this.found = undefined;
    // Errors present on page load (from the server) are announced and focused like a failed submit.
    if (!this.hasUpdated && this.errors.length && !this.noAutofocus) this.alerting = true;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.alerting) this.focus();
  }

  #findForm(): Element | null {
    return this.htmlFor
      ? (this.getRootNode() as Document | ShadowRoot).getElementById(this.htmlFor)
      : this.closest('form');
  }

  #attach(): void {
    const form = this.#findForm();
    if (!(form instanceof HTMLFormElement)) {
      // The summary stands before its form: while the page is still being parsed (or a framework
      // inserts the form after the summary), the form may not exist yet. Look again later.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.#attachLate(), { once: true });
      } else {
        void this.updateComplete.then(() => this.#attachLate());
      }
      return;
    }
    this.#form = form;
    this.#formNoValidate = form.noValidate;
    form.noValidate = true;
    form.addEventListener('submit', this.#onSubmit, { capture: true });
    form.addEventListener('change', this.#onChange);
    form.addEventListener('reset', this.#onReset);
  }

  #attachLate(): void {
    if (this.#form || !this.isConnected) return;
    const form = this.#findForm();
    if (form instanceof HTMLFormElement) this.#attach();
    else warnOnce(`<bp-error-summary${this.htmlFor ? ` for="${this.htmlFor}"` : ''}> finds no form to serve.`);
  }

  #detach(): void {
    const form = this.#form;
    if (!form) return;
    form.noValidate = this.#formNoValidate;
    form.removeEventListener('submit', this.#onSubmit, { capture: true });
    form.removeEventListener('change', this.#onChange);
    form.removeEventListener('reset', this.#onReset);
    this.#form = null;
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    if (event.submitter?.hasAttribute('formnovalidate')) return;
    if (this.validate()) return;
    // The form is invalid: nothing is sent, and the page's own submit handlers are not told.
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  readonly #onReset = (): void => {
    this.alerting = false;
    this.found = [];
  };

  readonly #onChange = (): void => {
    if (!this.found?.length) return;
    // Batch the changes of one task (a radio's input and change, a reset of several fields).
    if (this.#refreshQueued) return;
    this.#refreshQueued = true;
    queueMicrotask(() => {
      this.#refreshQueued = false;
      void this.#refresh();
    });
  };

  /** Drops fixed entries and rewords the rest, without a new alert. */
  async #refresh(): Promise<void> {
    const before = this.found ?? [];
    const after = before
      .filter((e) => e.control && isValidatable(e.control) && e.control.willValidate && !e.control.validity.valid)
      .map((e) => this.#entryFor(e.control as Validatable));
    if (after.length === before.length && after.every((e, i) => e.message === before[i]?.message)) return;
    // Take the alert role away first, so the changed list is not read out as a new alert.
    if (this.alerting) {
      this.alerting = false;
      await this.updateComplete;
    }
    this.found = after;
    if (!after.length) announce(this.localize.term('error-summary.all-fixed'), 'polite');
  }

  async #show(entries: ErrorSummaryEntry[]): Promise<void> {
    // A new alert element each time, so a repeated failed submit is announced again.
    this.alerting = false;
    await this.updateComplete;
    this.found = entries;
    this.alerting = true;
    await this.updateComplete;
    this.focus();
  }

  #invalidControls(scope?: ParentNode): Validatable[] {
    const form = this.#form;
    if (!form) return [];
    const seenRadioGroups = new Set<string>();
    return [...form.elements].filter((el): el is Validatable & HTMLElement => {
      if (!isValidatable(el) || !el.willValidate || (scope && !scope.contains(el))) return false;
      if (el.validity.valid) return false;
      // A native radio group is one question: one entry, for its first radio.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        if (seenRadioGroups.has(el.name)) return false;
        seenRadioGroups.add(el.name);
      }
      return true;
    });
  }

  #entryFor(el: Validatable): ErrorSummaryEntry {
    const t = this.localize;
    const message =
      el instanceof BpFormControl
        ? el.validationMessage
        : nativeMessage(el, nativeLabel(el) || t.term('error-summary.unnamed-field'), t);
    return { message, control: el, href: el.id ? `#${el.id}` : undefined };
  }

  #controlOf(entry: ErrorSummaryEntry): Element | null {
    if (entry.control) return entry.control;
    const id = entry.href?.startsWith('#') ? decodeURIComponent(entry.href.slice(1)) : '';
    return id ? (this.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
  }

  async #follow(event: MouseEvent, entry: ErrorSummaryEntry): Promise<void> {
    // Links with modifier keys (new tab, …) behave as links.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const navigateEvent = new ErrorSummaryNavigateEvent(entry);
    if (!this.dispatchEvent(navigateEvent)) return;
    await (entry.navigate ?? this.navigate)?.(entry);
    await navigateEvent.settled();
    const control = this.#controlOf(entry);
    if (!control) return;
    let target: Element = control;
    let scrollTarget: Element = control;
    if (control instanceof BpFormControl) {
      await control.updateComplete;
      target = control.validationAnchor() ?? control;
    } else if (control instanceof HTMLInputElement && ['radio', 'checkbox'].includes(control.type)) {
      // GOV.UK: show the question (legend) above a choice, not just the first box.
      scrollTarget = control.closest('fieldset')?.querySelector(':scope > legend') ?? control;
    } else {
      scrollTarget = (control as Partial<HTMLInputElement>).labels?.[0] ?? control;
    }
    scrollTarget.scrollIntoView({ block: 'start' });
    (target as HTMLElement).focus({ preventScroll: true });
    if (!target.matches(':focus') && !control.matches(':focus-within')) {
      warnOnce(
        'bp-error-summary could not focus a field (hidden, e.g. on another step?). Show it in a navigate callback.',
      );
    }
  }

  protected override render() {
    const entries = this.entries;
    const content = html`
      ${heading(clampHeadingLevel(this.headingLevel, 2), this.heading || this.localize.term('error-summary.heading'), {
        part: 'heading',
        class: 'heading',
      })}
      <ul part="list" class="list">
        ${entries.map(
          (entry) =>
            html`<li>
              <a
                part="link"
                class="link"
                href=${entry.href ?? (entry.control?.id ? `#${entry.control.id}` : '#')}
                @click=${(e: MouseEvent) => void this.#follow(e, entry)}
                >${entry.message}</a
              >
            </li>`,
        )}
      </ul>
    `;
    return html`<div part="base" class="summary" tabindex="-1" ?hidden=${entries.length === 0}>
      ${this.alerting ? html`<div role="alert">${content}</div>` : html`<div>${content}</div>`}
    </div>`;
  }
}
