import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  checkFees,
  checkIban,
  checkXBezahldiensteRequest,
  formatCents,
  MemoryStorage,
  normaliseIban,
  PendingPaymentStore,
  type FeeItem,
  type PaymentProvider,
} from '@blaupause/domain/payment';
import type { ValidationFinding } from '@blaupause/domain/validation';
import { announce } from '../core/announcer.js';
import { BpFormControl, defaultButton, submitImplicitly, type FormValue } from '../core/form-control.js';
import { describedByIds, renderFeedback, type Feedback } from '../core/feedback.js';
import { registerDefaultTranslations, type Localize, type Translations } from '../core/localize.js';
import { hostStyles } from '../core/styles.js';
import { fieldStyles } from '../core/field.styles.js';
import { groupStyles } from '../core/group.styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import type { LocalizedFinding } from '../core/validation.js';
import { PaymentResultEvent, PaymentStartEvent } from './events.js';
import { paymentStepStyles } from './payment-step.styles.js';
import { paymentStepTranslations } from './strings.js';
import type { ResultState } from './flow.js';

export type { FeeItem, PaymentProvider };

/** What a method does: leave for the provider's page, or stay here (SEPA mandate, transfer, counter). */
export type PaymentMethodKind = 'provider' | 'sepa' | 'transfer' | 'counter';

/** The step's value: the chosen method and, for a SEPA direct debit, the mandate data. */
export interface PaymentValue {
  /** The chosen method's id, `''` while none is chosen. */
  readonly method: string;
  /** SEPA: the account holder, as typed (trimmed). */
  readonly accountHolder: string;
  /** SEPA: the IBAN without spaces, upper case (`DE89370400440532013000`). */
  readonly iban: string;
  /** SEPA: the user gave the mandate (the consent checkbox). */
  readonly mandate: boolean;
}

/** The parts a message can belong to. */
export type PaymentPart = 'method' | 'holder' | 'iban' | 'consent';
/** A finding with the part it belongs to. */
export type PartFinding = LocalizedFinding & { readonly part?: PaymentPart };

/** What the user entered, as typed. */
interface Raw {
  readonly method: string;
  readonly holder: string;
  readonly iban: string;
  readonly consent: boolean;
}

/**
 * - `choose`: the method choice and the pay button;
 * - `starting`: the button was activated; the provider is being asked (busy);
 * - `redirecting`: on the way to the provider's page (busy);
 * - `submitted`: a SEPA, transfer or counter order went to the form (busy, until a form reset);
 * - `checking`: back from the provider (or reloaded), asking for the status;
 * - `result`: the provider's status is shown.
 */
type Phase = 'choose' | 'starting' | 'redirecting' | 'submitted' | 'checking' | 'result';

const LOCAL_KINDS: ReadonlySet<string> = new Set(['sepa', 'transfer', 'counter']);
/** Ended on 31.12.2024 (DOMAIN.md §3): never offered. */
const RETIRED: ReadonlySet<string> = new Set(['giropay', 'paydirekt']);
const DEFAULT_METHODS: readonly string[] = ['creditcard', 'paypal', 'sepa', 'transfer'];

/** The kind of a method id: `sepa`, `transfer` and `counter` are themselves, every other id is a provider method. */
export function methodKind(id: string): PaymentMethodKind {
  return LOCAL_KINDS.has(id) ? (id as PaymentMethodKind) : 'provider';
}

/** A part loaded on first need (shared by every instance); a failed load is tried again on the next need. */
function lazyPart<T extends { translations: Translations }>(importer: () => Promise<T>) {
  let mod: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => mod,
    load: (): Promise<T> =>
      (loading ??= importer().then(
        (m) => {
          registerDefaultTranslations(m.translations);
          return (mod = m);
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/** The SEPA form and its rules (IBAN), the transfer details with the GiroCode, the provider flow and result view. */
const sepaPart = lazyPart(() => import('./sepa.js'));
const transferPart = lazyPart(() => import('./transfer.js'));
const flowPart = lazyPart(() => import('./flow.js'));

let shared: PendingPaymentStore | undefined;

/** One store for the page over `sessionStorage`, or memory where that is not available (a sandboxed frame, storage blocked). */
function sessionStore(): PendingPaymentStore {
  if (shared) return shared;
  try {
    const storage = globalThis.sessionStorage;
    storage.getItem('bp-payment:probe');
    shared = new PendingPaymentStore(storage);
  } catch {
    shared = new PendingPaymentStore(new MemoryStorage());
  }
  return shared;
}

/** The `methods` attribute: ids separated by spaces or commas. */
const methodsConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/** Amounts already formatted, by language and cents (`Intl` formatting from a decimal string is not cheap). */
const amounts = new Map<string, string>();

const EMPTY: Raw = { method: '', holder: '', iban: '', consent: false };
const MINUS = '\u2212';

interface Config {
  /** Developer errors that stop the payment (shown as one plain message, no pay button). */
  readonly problems: readonly string[];
  readonly total: number;
  /** The methods that can be offered. */
  readonly methods: readonly string[];
}

/**
 * The payment step of an application: what is to be paid (fees from integer cents, payee,
 * Verwendungszweck, Kassenzeichen), how (methods the portal configures: provider methods behind
 * XBezahldienste such as card, PayPal or Wero; SEPA direct debit with the mandate; bank transfer
 * with a GiroCode; pay at the counter), and one pay button that starts the payment once. After the
 * provider sends the user back, the step asks the provider for the status (never the URL) and
 * shows the result.
 *
 * The value is the chosen method and, for SEPA, the mandate data; the form receives
 * `name[method]`, `name[accountHolder]`, `name[iban]`, `name[mandate]`, `name[creditorId]`,
 * `name[mandateReference]`. The component has no card-number fields, ever.
 *
 * @tagname bp-payment-step
 * @summary Fee summary, payment method choice and pay button, with the result after the provider's redirect.
 *
 * @slot counter - Where and when to pay at the counter (address, opening hours), shown with that method.
 *
 * @csspart base - The wrapper of everything.
 * @csspart fees-title - The title above the fee summary.
 * @csspart summary - The fee summary (a description list).
 * @csspart total - The total's amount.
 * @csspart config-error - The error shown instead of the pay button when the fees or the configuration are wrong.
 * @csspart methods - The `<fieldset>` of the methods.
 * @csspart legend - Its legend.
 * @csspart method - Each method's radio with label and hint.
 * @csspart detail - The part shown under the chosen method (SEPA form, transfer details, counter).
 * @csspart input - Each text field (SEPA account holder, IBAN).
 * @csspart mandate - The SEPA mandate (creditor, creditor identifier, mandate reference, text).
 * @csspart error - An error message.
 * @csspart external - The notice that the user is taken to an external provider.
 * @csspart pay - The pay button.
 * @csspart qr - The GiroCode (an SVG image).
 * @csspart result - The result box after the provider's redirect.
 * @csspart result-heading - Its heading (receives focus).
 *
 * @fires bp-payment-start - {PaymentStartEvent} The pay button started a payment: `requestId`, `method`.
 * @fires bp-payment-result - {PaymentResultEvent} The provider's status after the return: `status`, `transactionReference`.
 * @fires input - When the user changes the method or a SEPA field (native, composed). Never on programmatic change.
 * @fires change - Once when the user leaves the step after changing it.
 * @fires invalid - When a validity check finds an error.
 */
export class PaymentStep extends BpFormControl<PaymentValue> {
  static override styles = [hostStyles, fieldStyles, groupStyles, choiceStyles, paymentStepStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [paymentStepTranslations];

  /** The line items in integer cents (`[{ kind: 'gebuehr', cents: 4500 }, …]`; an Ermäßigung is positive and subtracted). As an attribute: JSON. */
  @property({ type: Array }) items: readonly FeeItem[] = [];

  /** The total in cents, when the portal knows it: the items must add up to it. Without it, the items' sum is the total. */
  @property({ type: Number }) total: number | undefined;

  /** Who is paid: the authority (also the SEPA creditor's and the transfer's account name). */
  @property() payee = '';

  /** The Verwendungszweck sent to the provider (XBezahldienste: at most 27 of A–Z, a–z, 0–9, `_`, `-` and spaces). */
  @property() purpose = '';

  /** The Kassenzeichen: the cash office's reference, shown isolated left-to-right and used as the transfer's reference. */
  @property() kassenzeichen = '';

  /** What is paid for, shown on the provider's page (≤ 250 characters); default: the item labels. */
  @property() description = '';

  /**
   * The methods offered, in this order (attribute: ids separated by spaces). `sepa`, `transfer`
   * and `counter` are handled here; any other id (`creditcard`, `paypal`, `wero`, …) is a provider
   * method, paid on the provider's page. `giropay` and `paydirekt` no longer exist and are never offered.
   */
  @property({ converter: methodsConverter }) methods: readonly string[] = DEFAULT_METHODS;

  /** The method chosen at first (and after a form reset); none by default. */
  @property({ attribute: 'method' }) defaultMethod = '';

  /** The legend of the method choice (default "Wie möchten Sie bezahlen?"). */
  @property() label = '';

  /** The pay button's text (default "Zahlungspflichtig bestellen"). */
  @property({ attribute: 'pay-label' }) payLabel = '';

  /** The payment provider (e.g. `new XBezahldiensteProvider({ …, store: new PendingPaymentStore(sessionStorage) })`). Needed for provider methods. */
  @property({ attribute: false }) provider: PaymentProvider | undefined;

  /** Where pending payments are kept over the redirect (default: `sessionStorage`; give the provider the same storage). */
  @property({ attribute: false }) store: PendingPaymentStore | undefined;

  /** Where the provider sends the user back (default: this page's URL without its fragment). */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** The key the pending payment is kept under in `sessionStorage` (default: the Kassenzeichen, else the purpose). */
  @property({ attribute: 'payment-key' }) paymentKey = '';

  /** SEPA: the authority's Gläubiger-Identifikationsnummer. Without it, `sepa` is not offered. */
  @property({ attribute: 'creditor-id' }) creditorId = '';

  /** SEPA: the Mandatsreferenz (empty: the user is told it comes before the first debit). */
  @property({ attribute: 'mandate-reference' }) mandateReference = '';

  /** Transfer: the authority's IBAN (spaces allowed). Without a valid one, `transfer` is not offered. */
  @property({ attribute: 'payee-iban' }) payeeIban = '';

  /** Transfer: the authority's BIC (optional). */
  @property({ attribute: 'payee-bic' }) payeeBic = '';

  /** Transfer: the due date, `YYYY-MM-DD`. */
  @property({ attribute: 'due-date' }) dueDate = '';

  /** The level of the result heading (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Opens the provider's page; default `location.assign(url)`. Replace it to open the page otherwise (a test frame, a router). */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  @state() private raw: Raw | undefined;
  @state() private phase: Phase = 'choose';
  @state() private result: ResultState | null = null;
  @state() private startError: 'unavailable' | 'rejected' | null = null;
  @state() private touched: ReadonlySet<PaymentPart> = new Set();
  /** The pay button was activated once: a missing method shows now, also without `required`. */
  @state() private payAttempted = false;

  #pending = new Set<Promise<unknown>>();
  #resumeChecked = false;
  #reported = '';
  #focusResult = false;

  /** The store given, else the page's one over `sessionStorage`. */
  get #store(): PendingPaymentStore {
    return this.store ?? sessionStore();
  }

  // ── value ─────────────────────────────────────────────────────────────────────────────────

  get #raw(): Raw {
    return this.raw ?? { ...EMPTY, method: this.defaultMethod };
  }

  /** The chosen method and the SEPA mandate data. Setting it fires no `input` or `change`. */
  get value(): PaymentValue {
    const raw = this.#raw;
    return {
      method: raw.method,
      accountHolder: raw.holder.trim(),
      iban: normaliseIban(raw.iban),
      mandate: raw.consent,
    };
  }

  set value(value: PaymentValue) {
    const v = (value ?? {}) as Partial<PaymentValue>;
    this.raw = {
      method: typeof v.method === 'string' ? v.method : '',
      holder: typeof v.accountHolder === 'string' ? v.accountHolder : '',
      iban: typeof v.iban === 'string' ? v.iban : '',
      consent: v.mandate === true,
    };
    this.#needPart(this.raw.method);
    this.syncFormValue();
  }

  /** The total in cents (the given one, else the items' sum); `null` while the fees are wrong. */
  get amount(): number | null {
    const config = this.#config();
    return config.problems.length ? null : config.total;
  }

  /** The requestId of the payment this step started and has not given up, else `null`. */
  get requestId(): string | null {
    return this.#store.get(this.#key)?.requestId ?? null;
  }

  // ── configuration ─────────────────────────────────────────────────────────────────────────

  #configOf: unknown[] = [];
  #configCache: Config = { problems: [], total: 0, methods: [] };

  /**
   * Fee problems, the total, and the methods that can be offered (computed once per change of
   * their inputs). Every problem is a developer error, logged once in English; the user sees one
   * plain message and no pay button.
   */
  #config(): Config {
    const inputs = [
      this.items,
      this.total,
      this.methods,
      this.purpose,
      this.payeeIban,
      this.creditorId,
      this.payee,
      this.description,
    ];
    if (inputs.every((v, i) => v === this.#configOf[i])) return this.#configCache;
    this.#configOf = inputs;
    const problems = checkFees(this.items, this.total).map((p) => p.message);
    const sum = problems.length
      ? 0
      : this.items.reduce((s, item) => s + (item.kind === 'ermaessigung' ? -item.cents : item.cents), 0);
    const total = this.total ?? sum;
    const dev: string[] = [];
    // Attributes and frameworks may hand over anything: only strings are method ids.
    const given: readonly unknown[] = Array.isArray(this.methods) ? (this.methods as readonly unknown[]) : [];
    const ids = given.filter((id): id is string => typeof id === 'string');
    const methods = [...new Set(ids)].filter((id) => {
      if (RETIRED.has(id.toLowerCase())) {
        dev.push(`${id} no longer exists (ended 31.12.2024) and is not offered.`);
        return false;
      }
      if (id === 'transfer' && !checkIban(this.payeeIban, { sepaOnly: true }).valid) {
        dev.push('transfer needs payee-iban, the authority’s valid SEPA IBAN; it is not offered.');
        return false;
      }
      if (id === 'sepa' && !this.creditorId.trim()) {
        dev.push('sepa needs creditor-id, the authority’s Gläubiger-Identifikationsnummer; it is not offered.');
        return false;
      }
      return true;
    });
    if (!this.payee.trim()) problems.push('payee (the authority) is required.');
    if (!problems.length && total > 0 && methods.some((id) => methodKind(id) === 'provider')) {
      // The provider's field limits (XBezahldienste: purpose, amount), checked before anything is offered.
      const limits = checkXBezahldiensteRequest({
        requestId: 'check',
        amountCents: total,
        purpose: this.purpose,
        description: this.description,
        redirectUrl: 'https://portal.example/',
        items: [{ description: 'check', netCents: total }],
      });
      problems.push(...limits);
    }
    if (!problems.length && total > 0 && !methods.length) problems.push('No payment method can be offered.');
    const report = [...problems, ...dev].join(' ');
    if (report && report !== this.#reported) {
      // A developer error: the portal's data is wrong. The user sees a plain message instead.
      console.error(`[Blaupause] <bp-payment-step>: ${report}`);
    }
    this.#reported = report;
    this.#configCache = { problems, total, methods };
    return this.#configCache;
  }

  get #key(): string {
    return this.paymentKey.trim() || this.kassenzeichen.trim() || this.purpose.trim() || 'payment';
  }

  // ── validation ────────────────────────────────────────────────────────────────────────────

  /** @internal */
  validationValue(): PaymentValue {
    return this.value;
  }

  /** @internal */
  collectFindings(): ValidationFinding[] {
    const { problems, total, methods } = this.#config();
    const raw = this.#raw;
    const found: (ValidationFinding & { part?: PaymentPart })[] = [];
    const payable = !problems.length && total > 0;
    if (problems.length) {
      found.push({
        name: 'payment.config',
        type: 'error',
        flag: 'customError',
        params: {},
        message: this.localize.term('payment.config-error', { payee: this.#payeeName }),
      });
    } else if (payable && !methods.includes(raw.method) && (this.required || this.payAttempted)) {
      found.push({
        name: 'payment.method',
        part: 'method',
        type: 'error',
        flag: 'valueMissing',
        params: {},
        message: this.localize.term('payment.method-required'),
      });
    }
    if (raw.method === 'sepa' && payable && methods.includes('sepa')) {
      const sepa = sepaPart.get();
      if (sepa) found.push(...sepa.sepaFindings(raw, this.localize));
      else this.#needPart('sepa');
    }
    return found;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    const first = (this.validation.findings as readonly PartFinding[]).find((f) => f.type === 'error');
    const root = this.shadowRoot;
    if (!root) return null;
    if (first?.part && first.part !== 'method') return root.getElementById(first.part);
    return root.querySelector<HTMLElement>('input[name="method"]:checked, input[name="method"], .pay');
  }

  /** @internal */
  validationLabel(): string {
    return this.label.trim() || this.localize.term('payment.legend');
  }

  protected builtInValidators() {
    return [];
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const v = this.value;
    const data = new FormData();
    const add = (field: string, text: string) => data.append(`${this.name}[${field}]`, text);
    add('method', v.method);
    if (v.method === 'sepa') {
      add('accountHolder', v.accountHolder);
      add('iban', v.iban);
      add('mandate', v.mandate ? 'accepted' : '');
      add('creditorId', this.creditorId);
      add('mandateReference', this.mandateReference);
    }
    return data;
  }

  /** What the user sees, as typed (the IBAN with its spaces), so history navigation gives it back. */
  protected override formState(): FormValue {
    return JSON.stringify(this.#raw);
  }

  protected resetValue(): void {
    this.raw = undefined;
    this.touched = new Set();
    this.payAttempted = false;
    this.startError = null;
    if (this.phase !== 'result' && this.phase !== 'checking') this.phase = 'choose';
    this.#needPart(this.#raw.method);
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state !== 'string') return;
    try {
      const r = JSON.parse(state) as Partial<Raw>;
      this.raw = {
        method: typeof r.method === 'string' ? r.method : '',
        holder: typeof r.holder === 'string' ? r.holder : '',
        iban: typeof r.iban === 'string' ? r.iban : '',
        consent: r.consent === true,
      };
      this.#needPart(this.raw.method);
    } catch {
      // not a state of ours
    }
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  /** One `change` when the user leaves the step after changing it, as a single control fires it. */
  protected override handleLeave(): void {
    super.handleLeave();
    this.handleUserChange();
  }

  /** Waits for a part being loaded and a provider call running, so `await el.updateComplete` sees the outcome rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending.size) {
      await Promise.allSettled([...this.#pending]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const done = () => this.#pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Loads the part a method needs (SEPA form and rules; transfer and GiroCode). */
  #needPart(method: string): void {
    const part = method === 'sepa' ? sepaPart : method === 'transfer' ? transferPart : null;
    if (!part || part.get()) return;
    void this.#track<unknown>(part.load()).then(
      () => {
        this.syncFormValue();
        this.requestUpdate();
      },
      (error: unknown) => console.error('[Blaupause] <bp-payment-step>: a part could not be loaded', error),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#needPart(this.#raw.method);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Back from the provider, or reloaded: a payment this tab started is asked for, once a provider
    // is set. Here rather than in updated(), so "checking" is part of this render.
    if (!this.#resumeChecked && this.provider) {
      this.#resumeChecked = true;
      if (this.#store.get(this.#key)?.transaction) void this.#checkStatus();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusResult && this.phase === 'result') {
      this.#focusResult = false;
      const heading = this.shadowRoot?.getElementById('result-heading');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  }

  /** The first part of the step the user answers: the result heading, else the chosen (else the first) method. */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>(
      '#result-heading, input[name="method"]:checked, input[name="method"], .pay',
    );
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ── user actions ──────────────────────────────────────────────────────────────────────────

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['input', 'change', 'keydown', 'click']) root.addEventListener(type, this.#onEvent);
    return root;
  }

  #onEvent = (event: Event): void => {
    const target = event.target as HTMLElement;
    if (event.type === 'click') {
      const action = target.closest?.('[data-action]')?.getAttribute('data-action');
      if (action) this.#onAction(action, event);
      else if (this.readonly && target instanceof HTMLInputElement && target.type !== 'text') event.preventDefault();
      return;
    }
    if (!(target instanceof HTMLInputElement)) return;
    if (event.type === 'keydown') {
      this.#onKeyDown(event as KeyboardEvent, target);
      return;
    }
    const part = (target.name === 'method' ? 'method' : target.id) as PaymentPart;
    if (event.type === 'change') {
      const sepa = sepaPart.get();
      if (part === 'method') {
        this.#set({ method: target.value });
        this.#needPart(target.value);
      } else if (part === 'consent') {
        this.#set({ consent: target.checked });
      } else if (part === 'iban' && sepa) {
        // Shown grouped once the user leaves the field (DE89 3704 …); the value has no spaces.
        this.#set({ iban: sepa.displayIban(target.value) });
      }
      if (!this.touched.has(part)) this.touched = new Set([...this.touched, part]);
      return;
    }
    // input
    if (part === 'holder') this.#set({ holder: target.value });
    else if (part === 'iban') this.#set({ iban: target.value });
    else if (part === 'consent') this.#set({ consent: target.checked });
    else if (part === 'method') this.#set({ method: target.value });
    this.handleUserInput();
    // A radio's or checkbox's `input` may not leave the shadow root in every engine: say it on the host.
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  #onKeyDown(key: KeyboardEvent, target: HTMLInputElement): void {
    if (key.key !== 'Enter' || key.isComposing || key.defaultPrevented) return;
    if (key.shiftKey || key.ctrlKey || key.altKey || key.metaKey) return;
    if (target.type === 'text') {
      // Enter in a SEPA field does what the pay button does.
      key.preventDefault();
      this.handleUserChange();
      void this.pay();
    } else if (this.form && defaultButton(this.form)) {
      // Like native radios and checkboxes: Enter presses the form's default button, and never
      // submits a form without one.
      key.preventDefault();
      this.handleUserChange();
      submitImplicitly(this.form);
    }
  }

  #set(changes: Partial<Raw>): void {
    if (this.readonly) {
      // Arrow keys move a native radio even when readonly: render the value again.
      this.requestUpdate();
      return;
    }
    this.raw = { ...this.#raw, ...changes };
    if (changes.method !== undefined) this.startError = null;
    this.syncFormValue();
  }

  #onAction(action: string, event: Event): void {
    if (action === 'pay') {
      event.preventDefault();
      void this.pay();
    } else if (action === 'retry') {
      this.#retry();
    } else if (action === 'refresh') {
      void this.#checkStatus();
    }
  }

  /**
   * What the pay button does, once: checks the step, keeps the requestId, fires
   * `bp-payment-start`, then starts the provider payment and opens the provider's page, or (SEPA,
   * transfer, counter) submits the form through its default button. A second call while the first
   * runs does nothing.
   */
  async pay(): Promise<void> {
    if (this.phase !== 'choose' || this.isDisabled || this.readonly) return;
    const { problems, total, methods } = this.#config();
    if (problems.length || total <= 0) return;
    this.handleUserChange();
    const method = this.#raw.method;
    this.payAttempted = true;
    this.validation.markSubmitted();
    this.syncFormValue();
    if (method === 'sepa' && !sepaPart.get()) {
      await this.#track(sepaPart.load()).catch(() => undefined);
      this.syncFormValue();
    }
    if (this.phase !== 'choose') return;
    if (!methods.includes(method) || !this.internals.checkValidity()) {
      await this.updateComplete;
      this.validationAnchor()?.focus();
      return;
    }
    const kind = methodKind(method);
    const form = this.form;
    if (kind !== 'provider' && form && !form.checkValidity()) {
      form.reportValidity();
      return;
    }
    // Busy from here on, before anything asynchronous: a second activation finds the phase changed.
    this.phase = kind === 'provider' ? 'starting' : 'submitted';
    this.startError = null;
    const requestId = this.#store.requestIdFor(this.#key);
    this.#store.update(requestId, { method });
    this.dispatchEvent(new PaymentStartEvent(requestId, method));
    if (kind !== 'provider') {
      if (form) {
        if (defaultButton(form)) submitImplicitly(form);
        else form.requestSubmit();
      }
      return;
    }
    const provider = this.provider;
    if (!provider) {
      console.error('[Blaupause] <bp-payment-step>: a provider method was chosen but no provider is set.');
      await this.#track(flowPart.load()).catch(() => undefined);
      this.#startFailed('rejected');
      return;
    }
    let flow;
    try {
      flow = await this.#track(flowPart.load());
    } catch {
      this.#startFailed('unavailable');
      return;
    }
    const outcome = await this.#track(
      flow.startPayment(provider, {
        requestId,
        amountCents: total,
        purpose: this.purpose,
        description: this.description || flow.describe(this.items, this.localize),
        redirectUrl: this.returnUrl || location.href.split('#')[0],
        items: flow.providerItems(this.items, this.localize),
      }),
    );
    if (outcome.kind === 'redirect') {
      if (!this.#store.get(this.#key)?.transaction) {
        // Without it, the step cannot ask for the status when the user comes back.
        console.error(
          '[Blaupause] <bp-payment-step>: the provider kept no transaction in the step’s store; give it the same PendingPaymentStore (sessionStorage) as the step.',
        );
      }
      this.phase = 'redirecting';
      announce(this.localize.term('payment.redirecting'));
      this.navigate(outcome.url);
    } else if (outcome.kind === 'started') {
      await this.#checkStatus();
    } else {
      this.#startFailed(outcome.reason);
    }
  }

  #startFailed(reason: 'unavailable' | 'rejected'): void {
    this.phase = 'choose';
    this.startError = reason;
    const flow = flowPart.get();
    const text = flow
      ? flow.startErrorText(reason, this.localize, this.#payeeName)
      : this.localize.term('payment.config-error', { payee: this.#payeeName });
    announce(text, 'assertive');
  }

  /** Asks the provider for the status of the payment this tab started, and shows it. */
  async #checkStatus(): Promise<void> {
    const provider = this.provider;
    const entry = this.#store.get(this.#key);
    if (!provider || !entry) return;
    this.phase = 'checking';
    this.result = null;
    let result: ResultState;
    let flow;
    try {
      flow = await this.#track(flowPart.load());
      result = await this.#track(flow.queryStatus(provider, entry.requestId));
    } catch {
      result = { status: 'unavailable' };
    }
    this.result = result;
    this.phase = 'result';
    this.#focusResult = true;
    if (!flow) return;
    const said = flow.resultAnnouncement(result, this.localize, {
      payee: this.#payeeName,
      amount: this.#amountText(),
    });
    announce(said.text, said.politeness);
    if ('transactionReference' in result) {
      this.dispatchEvent(new PaymentResultEvent(result.status, result.transactionReference));
    }
  }

  /**
   * After CANCELED or FAILED: the provider ended that transaction (the same requestId would only
   * get `PAYMENT_EXISTS` and an ended page), so the next attempt is a new payment with a new
   * requestId. A start that failed before the provider created anything keeps its requestId.
   */
  #retry(): void {
    this.#store.clear(this.#key);
    this.result = null;
    this.phase = 'choose';
    this.startError = null;
    this.payAttempted = false;
    void this.updateComplete.then(() => this.focus());
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  get #payeeName(): string {
    return this.payee.trim() || this.localize.term('payment.payee-unknown');
  }

  #amountText(): string {
    const { problems, total } = this.#config();
    return problems.length ? '' : this.#money(total);
  }

  #feedback(part: PaymentPart): Feedback {
    const all = (this.validation.findings as readonly PartFinding[]).filter((f) => f.part === part);
    const visible = this.validation.shown || this.touched.has(part) ? all : [];
    return { visibleError: visible.find((f) => f.type === 'error'), visibleAdvice: [] };
  }

  /** @internal For the lazily loaded parts: a part's message and ARIA state. */
  partState(part: PaymentPart): { invalid: boolean; describedBy: string | undefined; feedback: unknown } {
    const fb = this.#feedback(part);
    return {
      invalid: fb.visibleError !== undefined,
      describedBy: describedByIds(fb, part === 'iban' ? 'hint-iban' : '', `-${part}`),
      feedback: renderFeedback(fb, this.localize, `-${part}`),
    };
  }

  #money(cents: number): string {
    const lang = this.localize.lang;
    const key = `${lang} ${cents}`;
    let text = amounts.get(key);
    if (text === undefined) {
      text = formatCents(cents, this.localize.intlLocale);
      // A page shows a handful of amounts, each again on every render (every keystroke in a SEPA field).
      if (amounts.size > 255) amounts.clear();
      amounts.set(key, text);
    }
    return text;
  }

  protected override render() {
    const t = this.localize;
    const { problems, total, methods } = this.#config();
    let body: unknown;
    if (problems.length) {
      body = html`<p part="config-error" class="config-error" id="config-error" role="alert">
        ${t.term('payment.config-error', { payee: this.#payeeName })}
      </p>`;
    } else if (total === 0) {
      body = html`<p class="nothing">${t.term('payment.nothing-to-pay')}</p>`;
    } else if (this.phase === 'checking') {
      body = html`<p class="checking">${t.term('payment.checking')}</p>`;
    } else if (this.phase === 'result' && this.result) {
      const flow = flowPart.get();
      body = flow
        ? flow.renderResult(this.result, t, {
            level: this.headingLevel,
            payee: this.#payeeName,
            amount: this.#money(total),
            resumeUrl: this.#store.get(this.#key)?.transaction?.redirectUrl ?? null,
          })
        : nothing;
    } else {
      body = this.#renderChoice(methods, total);
    }
    return html`<div part="base" class="step">${this.#renderSummary(problems.length > 0, total)}${body}</div>`;
  }

  /** The fee summary: one `<dt>`/`<dd>` pair per line, straight in the grid (a page may show many). */
  #renderSummary(broken: boolean, total: number): TemplateResult {
    const t = this.localize;
    const items: readonly (Partial<FeeItem> | null | undefined)[] = Array.isArray(this.items)
      ? (this.items as readonly (Partial<FeeItem> | null | undefined)[])
      : [];
    return html`<p part="fees-title" class="fees-title">${t.term('payment.fees')}</p>
      <dl part="summary" class="summary">
        ${items.map((item) => {
          const kind = item?.kind;
          const label = (typeof item?.label === 'string' && item.label) || t.term(`payment.fee.${String(kind)}`);
          const cents = item?.cents;
          const valid = typeof cents === 'number' && Number.isSafeInteger(cents) && cents >= 0;
          const amount = valid ? this.#money(cents) : '–';
          return html`<dt>${label}</dt>
            <dd class="amount" dir="ltr">${kind === 'ermaessigung' && valid ? MINUS : ''}${amount}</dd>`;
        })}
        ${
          broken
            ? nothing
            : html`<dt class="total">${t.term('payment.total')}</dt>
                <dd part="total" class="total amount" dir="ltr">${this.#money(total)}</dd>`
        }
        <dt>${t.term('payment.payee')}</dt>
        <dd>${this.#payeeName}</dd>
        ${
          this.purpose
            ? html`<dt>${t.term('payment.purpose')}</dt>
                <dd>${this.purpose}</dd>`
            : nothing
        }
        ${
          this.kassenzeichen
            ? html`<dt>${t.term('payment.kassenzeichen')}</dt>
                <dd dir="ltr">${this.kassenzeichen}</dd>`
            : nothing
        }
      </dl>`;
  }

  #renderChoice(methods: readonly string[], total: number): TemplateResult {
    const t = this.localize;
    const raw = this.#raw;
    const chosen = methods.includes(raw.method) ? raw.method : '';
    const fb = this.#feedback('method');
    const busy = this.phase !== 'choose';
    const external = chosen !== '' && methodKind(chosen) === 'provider';
    const described = [external ? 'external' : '', this.startError ? 'start-error' : '', busy ? 'busy' : '']
      .filter(Boolean)
      .join(' ');
    const flow = flowPart.get();
    return html`<fieldset
        part="methods"
        class=${fb.visibleError ? 'fieldset methods has-error' : 'fieldset methods'}
        ?disabled=${this.isDisabled || busy}
        aria-describedby=${ifDefined(describedByIds(fb, '', '-method'))}
      >
        <legend part="legend" class="legend">
          ${this.validationLabel()}${this.required ? html`<span class="marker"> ${t.term('field.required')}</span>` : nothing}
        </legend>
        ${renderFeedback(fb, t, '-method')}
        ${methods.map((id, i) => {
          const hintKey = `payment.method-hint.${id}`;
          const hint = t.has(hintKey) ? t.term(hintKey, { payee: this.#payeeName }) : '';
          const labelKey = `payment.method.${id}`;
          return html`<div part="method" class="choice method">
              <input
                class="native"
                type="radio"
                name="method"
                id=${`m${i}`}
                .value=${id}
                .checked=${live(chosen === id)}
                aria-describedby=${ifDefined(hint ? `mh${i}` : undefined)}
              />
              <span class="control" aria-hidden="true"></span>
              <label class="choice-label" for=${`m${i}`}>${t.has(labelKey) ? t.term(labelKey) : id}</label>
              ${hint ? html`<div class="hint" id=${`mh${i}`}>${hint}</div>` : nothing}
            </div>
            ${chosen === id ? this.#renderDetail(id, total) : nothing}`;
        })}
      </fieldset>
      ${external ? html`<p part="external" class="external" id="external">${t.term('payment.external')}</p>` : nothing}
      ${
        this.startError && flow
          ? html`<p part="error" class="start-error" id="start-error">
              ${flow.startErrorText(this.startError, t, this.#payeeName)}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          part="pay"
          class=${busy ? 'pay busy' : 'pay'}
          type="button"
          data-action="pay"
          ?disabled=${this.isDisabled}
          aria-disabled=${ifDefined(busy || this.readonly ? 'true' : undefined)}
          aria-busy=${ifDefined(busy ? 'true' : undefined)}
          aria-describedby=${ifDefined(described || undefined)}
        >
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.payLabel || t.term('payment.pay')}
        </button>
        ${busy ? html`<span id="busy" hidden>${t.term(this.phase === 'redirecting' ? 'payment.redirecting' : 'payment.busy')}</span>` : nothing}
      </div>`;
  }

  #renderDetail(id: string, total: number): unknown {
    const t = this.localize;
    if (id === 'counter') {
      return html`<div part="detail" class="detail">
        <p>${t.term('payment.counter', { payee: this.#payeeName })}</p>
        <slot name="counter"></slot>
      </div>`;
    }
    if (id === 'sepa') {
      const sepa = sepaPart.get();
      return sepa
        ? sepa.renderSepa(this, this.#raw, t, {
            payee: this.#payeeName,
            creditorId: this.creditorId,
            mandateReference: this.mandateReference,
            readonly: this.readonly,
          })
        : html`<p class="detail loading">${t.term('payment.loading')}</p>`;
    }
    if (id === 'transfer') {
      const transfer = transferPart.get();
      return transfer
        ? transfer.renderTransfer(t, {
            name: this.#payeeName,
            iban: this.payeeIban,
            bic: this.payeeBic,
            amountCents: total,
            amount: this.#money(total),
            reference: this.kassenzeichen || this.purpose,
            dueDate: this.dueDate,
          })
        : html`<p class="detail loading">${t.term('payment.loading')}</p>`;
    }
    return nothing;
  }
}

/** @internal What the lazily loaded parts use of the step. */
export type PaymentStepPartHost = Pick<PaymentStep, 'partState'> & { readonly localize: Localize };
