import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  defaultStatusCodes,
  formatStatusTime,
  mergeEvents,
  overdueSubmission,
  parseStatusEvent,
  statusChange,
  statusDateTime,
  statusDefinition,
  statusSteps,
  type StatusCodes,
  type StatusEvent,
  type StatusSource,
  type StatusSourceState,
  type StatusStep,
  type StepState,
} from '@blaupause/domain/status/rules';
import { announce } from '../core/announcer.js';
import { BpElement, warnOnce } from '../core/bp-element.js';
import { hostStyles } from '../core/styles.js';
import { StatusChangeEvent, StatusResubmitEvent } from './events.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import { statusTrackerTranslations } from './strings.js';

/** The marker's sign per step state (hidden from assistive technology: the state is said in text). */
const MARKS: Record<StepState, string> = { done: '✓', current: '', upcoming: '', action: '!', problem: '!' };

/** A link target from an event's data: http(s) or relative, never `javascript:` and the like. */
function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The reason of a technical rejection: `data.reason`, or FIT-Connect's `data.problems` (their `detail` or `title`). */
function reasonOf(data: Readonly<Record<string, unknown>> | undefined): string {
  if (typeof data?.reason === 'string') return data.reason;
  const problems = data?.problems;
  if (!Array.isArray(problems)) return '';
  return problems
    .map((p: unknown) => {
      if (typeof p === 'string') return p;
      const { detail, title } = (p ?? {}) as { detail?: unknown; title?: unknown };
      return typeof detail === 'string' ? detail : typeof title === 'string' ? title : '';
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * Where an application stands after submission, in plain words: an ordered list of steps, each
 * with its state in text and its date, the current one marked `aria-current="step"`, what happens
 * next, and what the citizen has to do when the office needs them. Live from a pluggable
 * `StatusSource` (polling or Server-Sent Events from `@blaupause/domain/status`, or the portal's
 * own); a new current state is announced once, politely.
 *
 * @tagname bp-status-tracker
 * @summary Application status (Bearbeitungsstand) after submission, live, with calls to action.
 *
 * @slot query - What the citizen needs for a query while it is current: a link, or an upload. Likewise a slot named after any code with a call to action (`payment_due`, `rejected_technical`, `decided`, a portal's own).
 *
 * @csspart case - The line with the case number and the copy button.
 * @csspart case-id - The case number.
 * @csspart copy - The copy button.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step (`<li>`); the current one also has the part `current`.
 * @csspart marker - A step's marker (hidden from assistive technology).
 * @csspart details - What happens next and the call to action of the current step.
 * @csspart action - The call to action (link, button or text) and its slot.
 * @csspart hint - FIT-Connect's 14-day hint, and the notice that the status is not being updated.
 *
 * @cssproperty --bp-color-status-success-text - Marker of done steps (semantic token; likewise `-progress-`, `-attention-`, `-error-`, `-neutral-` and their `-background`).
 *
 * @fires bp-status-change - {StatusChangeEvent} The current state changed to another code (after the first display).
 * @fires bp-status-resubmit - {StatusResubmitEvent} The citizen chose "Antrag erneut senden" after a technical rejection.
 */
export class StatusTracker extends BpElement {
  static override styles = [hostStyles, statusTrackerStyles];
  static override translations = [statusTrackerTranslations];

  /**
   * The case number to show and copy (FIT-Connect's caseId or the portal's). Never put it in a URL
   * (DOMAIN.md §7D): sources identify the case by the session.
   */
  @property({ attribute: 'case-id' }) caseId = '';

  /**
   * Events known when the page is built (`{ id, code, time, data? }`, see the source contract); as
   * an attribute: JSON. Merged with what `source` sends, each id once, ordered by time. Malformed
   * events are left out.
   */
  @property({ type: Array }) events: readonly StatusEvent[] = [];

  /** Where live updates come from (`pollingSource`, `sseSource` or the portal's own). Subscribed while connected. */
  @property({ attribute: false }) source: StatusSource | undefined;

  /** The codes and their rules: Blaupause's, or `defineStatusCodes([...])` with the portal's own (texts through `strings`). */
  @property({ attribute: false }) codes: StatusCodes = defaultStatusCodes;

  /** One line per application, for lists: only the current step, without what happens next. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The time zone dates are shown in (default the office's, Europe/Berlin). */
  @property({ attribute: 'time-zone' }) timeZone = 'Europe/Berlin';

  /** "Now" for FIT-Connect's 14-day rule (default the clock at each render); for tests and stories. */
  @property({ attribute: false }) now: Date | number | undefined;

  @state() private phase: StatusSourceState['phase'] | undefined;
  @state() private copied: 'copied' | 'failed' | undefined;

  /** What the source sent (all its events so far). */
  #live: readonly StatusEvent[] = [];
  /** What is shown: `events` and `#live` merged. */
  #shown: readonly StatusEvent[] = [];
  #subscribed: StatusSource | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The ids of every event this element has shown: none of them is announced again. */
  readonly #told = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#subscribed = undefined;
  }

  /** Subscribes to `source` if it is not the one subscribed to. */
  #subscribe(): void {
    if (!this.isConnected || this.source === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#subscribed) this.#live = [];
    this.#subscribed = this.source;
    this.phase = undefined;
    this.#unsubscribe = this.source?.subscribe(
      (events) => {
        this.#live = events;
        this.requestUpdate();
      },
      (s) => (this.phase = s.phase),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // "Kopiert" belongs to the number that was copied.
    if (changed.has('caseId')) this.copied = undefined;
    this.#subscribe();
    const shown = mergeEvents(this.#given(), this.#live);
    const change = statusChange(this.#shown, shown);
    this.#shown = shown;
    // A state is told once per element, also across a change of source (which shows `events` alone for a moment).
    const told = change !== null && this.#told.has(change.id);
    for (const e of shown) this.#told.add(e.id);
    if (change && !told && this.isConnected) {
      announce(this.localize.term('status.announce', { label: this.#label(change.code) }));
      this.dispatchEvent(new StatusChangeEvent(change));
    }
  }

  /** `events` as given, each checked: what is not an event is left out, with a developer warning. */
  #given(): StatusEvent[] {
    if (!Array.isArray(this.events)) {
      if (this.events != null) warnOnce('<bp-status-tracker> events must be an array of { id, code, time }.');
      return [];
    }
    const parsed = this.events.map(parseStatusEvent);
    const bad = parsed.filter((e) => e === null).length;
    if (bad)
      warnOnce(`<bp-status-tracker> left out ${bad} malformed event(s): each needs id, code and an ISO 8601 time.`);
    return parsed.filter((e): e is StatusEvent => e !== null);
  }

  /** The events shown, merged (each id once, oldest first). */
  get shownEvents(): readonly StatusEvent[] {
    return this.#shown;
  }

  #text(code: string, part: 'label' | 'next'): string {
    const t = this.localize;
    const key = `status.${code}.${part}`;
    return t.has(`status.${code}.label`) && t.has(key) ? t.term(key) : t.term(`status.unknown.${part}`, { code });
  }

  #label(code: string): string {
    return this.#text(code, 'label');
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.caseId);
      this.copied = 'copied';
    } catch {
      // No clipboard (permissions, an insecure page): select the number so the user can copy it.
      const id = this.renderRoot.querySelector('[part="case-id"]');
      if (id) getSelection()?.selectAllChildren(id);
      this.copied = 'failed';
    }
    announce(this.localize.term(this.copied === 'copied' ? 'status-tracker.copied' : 'status-tracker.copy-failed'));
  }

  #resubmit(event: StatusEvent): void {
    this.dispatchEvent(new StatusResubmitEvent(event));
  }

  /**
   * One step. Its name (label, state in text, date) is given by `aria-labelledby`, so every browser's
   * accessibility tree names a step the same way (WebKit names list items by their content, Chromium
   * and Firefox do not).
   */
  #step(step: StatusStep, i: number) {
    const { event } = step;
    return html`<li
      part="step${step.current ? ' current' : ''}"
      class=${step.state}
      aria-current=${ifDefined(step.current ? 'step' : undefined)}
      aria-labelledby="l${i} s${i}${event ? ` t${i}` : ''}"
    >
      <span part="marker" class="marker" aria-hidden="true">${MARKS[step.state]}</span>
      <span class="label" id="l${i}">${this.#label(step.code)}</span>
      <span class="state" id="s${i}">${this.localize.term(`status.step.${step.state}`)}</span>
      ${
        event
          ? html`<time id="t${i}" datetime=${statusDateTime(event.time)}
              >${formatStatusTime(event.time, this.localize.term('status-tracker.date-style'), this.timeZone)}</time
            >`
          : nothing
      }
    </li>`;
  }

  #details(step: StatusStep) {
    const t = this.localize;
    const event = step.event!;
    const { code } = step;
    const { action } = statusDefinition(code, this.codes);
    const actionKey = `status.${code}.action`;
    const url = safeUrl(event.data?.url);
    const reason = code === 'rejected_technical' ? reasonOf(event.data) : '';
    const text = action && t.has(actionKey) ? t.term(actionKey) : '';
    const overdue = overdueSubmission(this.#shown, this.now ?? Date.now());
    return html`<div part="details" class="details ${step.state}">
      <p class="next">${this.#text(code, 'next')}</p>
      ${reason ? html`<p class="reason">${t.term('status-tracker.reason')} ${reason}</p>` : nothing}
      ${
        action
          ? html`<div part="action" class="cta">
              ${
                !text
                  ? nothing
                  : url
                    ? html`<a href=${url}>${text}</a>`
                    : action === 'resubmit'
                      ? html`<button type="button" @click=${() => this.#resubmit(event)}>${text}</button>`
                      : html`<strong>${text}</strong>`
              }
              <slot name=${code}></slot>
            </div>`
          : nothing
      }
      ${overdue ? html`<p part="hint" class="hint">${t.term('status.overdue', { days: overdue.days })}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const t = this.localize;
    const steps = statusSteps(this.#shown, this.codes);
    const current = steps.find((s) => s.current);
    const { phase, copied } = this;
    return html`${
        this.caseId
          ? html`<p part="case" class="case">
              ${t.term('status-tracker.case-id')} <span part="case-id" dir="ltr" translate="no">${this.caseId}</span>
              <button part="copy" type="button" @click=${this.#copy}>${t.term('status-tracker.copy')}</button>
              ${
                copied
                  ? html`<span class="copied"
                      >${t.term(copied === 'copied' ? 'status-tracker.copied' : 'status-tracker.copy-failed')}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      <ol part="steps" class=${steps.length > 6 ? 'many' : 'few'} aria-label=${t.term('status-tracker.label')}>
        ${steps.map((s, i) => this.#step(s, i))}
      </ol>
      ${current ? this.#details(current) : nothing}
      ${
        phase === 'retrying' || phase === 'failed'
          ? html`<p part="hint" class="hint">${t.term(`status-tracker.${phase}`)}</p>`
          : nothing
      }`;
  }
}
