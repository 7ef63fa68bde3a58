import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { BpElement } from '../core/bp-element.js';
import { clampHeadingLevel, heading } from '../core/heading.js';
import { hostStyles } from '../core/styles.js';
import { NoticeDismissEvent } from './events.js';
import { noticeStyles } from './notice.styles.js';
import { noticeTranslations } from './strings.js';

/** How serious a notice is. Only `error` interrupts a screen reader (`role=alert`). */
export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

const VARIANTS: readonly NoticeVariant[] = ['info', 'success', 'warning', 'error'];

/** One shape per severity, so the kind of notice shows without colour (WCAG 1.4.1). */
const ICONS: Record<NoticeVariant, TemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="M12 10.5v7" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
    <circle cx="12" cy="6.75" r="1.5" fill="currentColor"/>`,
  success: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="m7 12.5 3.5 3.5L17 9" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  warning: svg`<path d="M12 2.5 1.5 21h21L12 2.5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
    <path d="M12 9.5v5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
    <circle cx="12" cy="17.75" r="1.4" fill="currentColor"/>`,
  error: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
    <path d="M12 7v6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
    <circle cx="12" cy="16.75" r="1.5" fill="currentColor"/>`,
};

const CLOSE_ICON = svg`<path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`;

/** Whether an element could take focus by Tab (checked again by actually focusing it). */
function mayTakeFocus(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.hidden || el.closest('[inert]')) return false;
  if (el.shadowRoot?.delegatesFocus) return true;
  return el.tabIndex >= 0 && !el.matches(':disabled');
}

/**
 * A message about the page or the user's last action: information, success, warning or error,
 * with an optional heading and close button.
 *
 * @tagname bp-notice
 * @summary Notice (Hinweis) in four severities, announced by screen readers, optionally dismissible.
 *
 * @slot - The message: text, paragraphs, links.
 * @slot heading - A heading element of your own (`<h3 slot="heading">`); replaces the `heading` attribute.
 *
 * @csspart base - The box around icon, message and close button.
 * @csspart icon - The severity icon (hidden from assistive technology; the severity is also said in text).
 * @csspart message - The live region (`role=status` or `role=alert`) with heading and content.
 * @csspart heading - The heading (`<h2>`–`<h6>`, or the box around the `heading` slot).
 * @csspart content - The box around the message slot.
 * @csspart dismiss - The close button.
 *
 * @cssproperty --bp-color-feedback-info-border - Border of information notices (semantic token; likewise `-success-`, `-warning-`, `-error-`, and `-background`, `-text` for the icon column).
 *
 * @fires bp-notice-dismiss - {NoticeDismissEvent} Before the notice hides itself on dismissal. Cancelable: `preventDefault()` keeps it.
 */
export class Notice extends BpElement {
  static override styles = [hostStyles, noticeStyles];
  static override translations = [noticeTranslations];

  /**
   * The severity: `info` (default), `success`, `warning` or `error`. Errors are announced at once
   * (`role=alert`); the others politely, when the screen reader is idle (`role=status`).
   */
  @property({ reflect: true }) variant: NoticeVariant = 'info';

  /** A short heading, e.g. "Zahlung fehlgeschlagen". The severity word is put in front for screen readers. */
  @property() heading = '';

  /** The heading's level, 2–6 (default 2): fit it into the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows a close button. Use it for notices the user may want out of the way, never for errors still to fix. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /**
   * The id of the element that receives focus after the user dismissed the notice (same document
   * or shadow root). Without it, focus goes to the next focusable element after the notice, else
   * the previous one.
   */
  @property({ attribute: 'focus-after-dismiss' }) focusAfterDismiss: string | undefined;

  @query('[part~="message"]') private readonly message!: HTMLElement | null;

  /** Moves focus to the message, so a screen reader reads it (e.g. a success notice after a redirect). */
  override focus(options?: FocusOptions): void {
    this.message?.focus(options);
  }

  /**
   * Dismisses the notice as the close button does: fires the cancelable `bp-notice-dismiss`, then hides
   * the notice (`hidden`). If focus was inside the notice, it moves on (see `focus-after-dismiss`).
   * Returns whether the notice was hidden.
   */
  dismiss(): boolean {
    return this.#dismiss('script');
  }

  #dismiss(trigger: 'user' | 'script'): boolean {
    if (!this.dispatchEvent(new NoticeDismissEvent(trigger))) return false;
    const root = this.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const hadFocus = this.shadowRoot?.activeElement != null || (active != null && this.contains(active));
    this.hidden = true;
    if (hadFocus) this.#moveFocusOn(root);
    return true;
  }

  /** Focus to `focus-after-dismiss`, else the next focusable element after the notice, else the previous one. */
  #moveFocusOn(root: Document | ShadowRoot): void {
    const focused = (el: HTMLElement): boolean => {
      el.focus();
      return root.activeElement === el || (el.shadowRoot?.activeElement ?? null) !== null;
    };
    const named = this.focusAfterDismiss ? root.getElementById(this.focusAfterDismiss) : null;
    if (named instanceof HTMLElement && focused(named)) return;
    const all = [...root.querySelectorAll('*')].filter((el) => el !== this && !this.contains(el));
    const position = (el: Element) => this.compareDocumentPosition(el);
    const after = all.filter((el) => position(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = all.filter((el) => position(el) & Node.DOCUMENT_POSITION_PRECEDING).reverse();
    for (const el of [...after, ...before]) {
      if (mayTakeFocus(el) && focused(el)) return;
    }
  }

  #onDismissClick(): void {
    this.#dismiss('user');
  }

  /** Whether the light DOM has content for the `heading` slot. */
  get #hasHeadingSlot(): boolean {
    return this.querySelector(':scope > [slot="heading"]') !== null;
  }

  #onSlotChange(): void {
    this.requestUpdate();
  }

  protected override render() {
    const t = this.localize;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'info';
    const prefix = html`<span class="visually-hidden">${t.term(`notice.prefix.${variant}`)}</span>`;
    // Slotted heading content replaces the attribute (as the label slot does in bp-text-field).
    const slottedHeading = this.#hasHeadingSlot;
    const attributeHeading = !slottedHeading && this.heading.trim() !== '';

    return html`
      <div part="base" class="notice ${variant}">
        <div part="icon" class="icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" focusable="false">${ICONS[variant]}</svg>
        </div>
        <div part="message" class="message" role=${variant === 'error' ? 'alert' : 'status'} tabindex="-1">
          ${
            attributeHeading
              ? heading(clampHeadingLevel(this.headingLevel, 2), html`${prefix} ${this.heading}`, {
                  part: 'heading',
                  class: 'heading',
                })
              : slottedHeading
                ? nothing
                : prefix
          }
          <div part="heading" class="heading slotted" ?hidden=${!slottedHeading}>
            ${slottedHeading ? prefix : nothing}<slot name="heading" @slotchange=${this.#onSlotChange}></slot>
          </div>
          <div part="content" class="content"><slot></slot></div>
        </div>
        ${
          this.dismissible
            ? html`<button
                part="dismiss"
                class="dismiss"
                type="button"
                aria-label=${t.term('notice.dismiss')}
                @click=${this.#onDismissClick}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CLOSE_ICON}</svg>
              </button>`
            : nothing
        }
      </div>
    `;
  }
}
