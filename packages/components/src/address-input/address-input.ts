import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { validate, type ValidationFinding } from '@blaupause/domain/validation';
import {
  formatAnschrift,
  fromFormFields,
  hausnummerText,
  isEmptyAnschrift,
  isPlz,
  lookupPlz,
  loadPlzTable,
  MAX_ZEILEN,
  missingParts,
  normaliseAnschrift,
  normalisePlz,
  requiredMessages,
  toFormFields,
  withHausnummer,
  type AddressLookup,
  type Anschrift,
  type PlzTable,
  type StreetSuggestion,
} from '@blaupause/domain/address/form';
import type { AddressFinding } from '@blaupause/domain/address/rules';
import { announce } from '../core/announcer.js';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, type FormValue } from '../core/form-control.js';
import { describedByIds, renderFeedback, type Feedback } from '../core/feedback.js';
import { clampHeadingLevel, heading } from '../core/heading.js';
import { hostStyles } from '../core/styles.js';
import { fieldStyles } from '../core/field.styles.js';
import { groupStyles } from '../core/group.styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import type { LocalizedFinding } from '../core/validation.js';
import type { Combobox, ComboboxOption } from '../combobox/combobox.js';
import type { ComboboxSelectEvent } from '../combobox/events.js';
import { addressInputStyles } from './address-input.styles.js';
import { fieldState, type FieldState } from './field-state.js';
import { addressInputTranslations } from './strings.js';
import { registerDefaultTranslations } from '../core/localize.js';

export type { Anschrift, AddressLookup };

/** The text fields of an address in Germany, in the order they are shown. */
type InlandField = 'strasse' | 'hausnummer' | 'zusatz' | 'postleitzahl' | 'ort';
/** A part a message can point at: an Inland field, the state, or an address line (`zeile-0` … `zeile-4`). */
type PartKey = InlandField | 'staat' | `zeile-${number}`;

/**
 * What the user sees in the fields, exactly as typed (the house number is parsed only for
 * `value`), for both kinds at once: switching between Inland and Ausland loses nothing.
 */
interface Raw {
  readonly kind: '001' | '002';
  readonly strasse: string;
  readonly hausnummer: string;
  readonly zusatz: string;
  readonly postleitzahl: string;
  readonly ort: string;
  readonly staat: string;
  readonly zeilen: readonly string[];
  /** Carried through from a value set by script; not shown. */
  readonly ortsteil: string;
  readonly gemeindeschluessel: string;
}

const EMPTY: Raw = {
  kind: '001',
  strasse: '',
  hausnummer: '',
  zusatz: '',
  postleitzahl: '',
  ort: '',
  staat: '',
  zeilen: ['', '', '', '', ''],
  ortsteil: '',
  gemeindeschluessel: '',
};

/** A part of a value from script or JSON as text: strings as they are, numbers as digits, anything else empty. */
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function rawFromAnschrift(value: Anschrift | null | undefined): Raw {
  if (!value || typeof value !== 'object') return EMPTY;
  if (value.inlandAusland === '002') {
    const lines: unknown = value.zeilen;
    const zeilen = Array.from({ length: MAX_ZEILEN }, (_, i) => text(Array.isArray(lines) ? lines[i] : ''));
    return { ...EMPTY, kind: '002', staat: text(value.staat), zeilen };
  }
  return {
    ...EMPTY,
    strasse: text(value.strasse),
    hausnummer: hausnummerText({
      hausnummer: text(value.hausnummer),
      hausnummerZusatz: text(value.hausnummerZusatz),
      hausnummerBis: text(value.hausnummerBis),
    }),
    zusatz: text(value.zusatz),
    postleitzahl: text(value.postleitzahl),
    ort: text(value.ort),
    ortsteil: text(value.ortsteil),
    gemeindeschluessel: text(value.gemeindeschluessel),
  };
}

function anschriftFromRaw(raw: Raw): Anschrift {
  if (raw.kind === '002') return normaliseAnschrift({ inlandAusland: '002', staat: raw.staat, zeilen: raw.zeilen });
  const base = withHausnummer(
    {
      inlandAusland: '001',
      strasse: raw.strasse,
      hausnummer: '',
      hausnummerZusatz: '',
      postleitzahl: raw.postleitzahl,
      ort: raw.ort,
      zusatz: raw.zusatz,
      ortsteil: raw.ortsteil,
      gemeindeschluessel: raw.gemeindeschluessel,
    },
    raw.hausnummer,
  );
  return normaliseAnschrift(base);
}

const EMPTY_VALUE = anschriftFromRaw(EMPTY);

type Rules = typeof import('@blaupause/domain/address/rules');
/** The full address rules and their messages, once loaded (shared by every instance). */
let rules: Rules | undefined;
let rulesLoading: Promise<Rules> | undefined;

/**
 * Loads the rules beyond "required" (formats, lengths, DIN 91379, the PLZ warnings) and their
 * messages: about a third of the component's code, which a page of empty addresses never needs.
 * A failed load (offline) is tried again on the next need.
 */
function loadRules(): Promise<Rules> {
  rulesLoading ??= import('@blaupause/domain/address/rules').then(
    (m) => {
      registerDefaultTranslations(m.addressMessages);
      rules = m;
      return m;
    },
    (error: unknown) => {
      rulesLoading = undefined;
      throw error;
    },
  );
  return rulesLoading;
}

/** Reads the `value` attribute: JSON of an `Anschrift`. Anything else is an empty address (with a warning). */
function parseValueAttribute(text: string | null): Anschrift | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) return parsed as Anschrift;
  } catch {
    // reported below
  }
  warnOnce(`<bp-address-input> ignores value='${text.slice(0, 80)}': not the JSON of an address.`);
  return undefined;
}

/** Reads what `formState()` saved. */
function parseState(state: string): Raw | null {
  try {
    const parsed = JSON.parse(state) as Partial<Raw> | null;
    if (typeof parsed !== 'object' || parsed === null || (parsed.kind !== '001' && parsed.kind !== '002')) return null;
    const raw: Record<string, unknown> = { ...EMPTY };
    for (const key of Object.keys(EMPTY) as (keyof Raw)[]) {
      const v = parsed[key];
      if (key === 'zeilen') {
        if (Array.isArray(v)) raw.zeilen = Array.from({ length: MAX_ZEILEN }, (_, i) => String(v[i] ?? ''));
      } else if (typeof v === 'string') raw[key] = v;
    }
    return raw as unknown as Raw;
  } catch {
    return null;
  }
}

/**
 * Whether an `input` event came from the browser's autofill rather than typing or pasting:
 * the field matches `:autofill`, or the event is not a typing `InputEvent`.
 */
function isAutofill(event: Event, input: HTMLInputElement): boolean {
  for (const selector of [':autofill', ':-webkit-autofill']) {
    try {
      if (input.matches(selector)) return true;
    } catch {
      // selector not supported here
    }
  }
  return !(event instanceof InputEvent) || event.inputType === 'insertReplacementText';
}

/**
 * A marker's text with its leading space in the same text node: Chromium and WebKit drop a
 * whitespace-only text node between a label and its marker from the accessible name
 * ("Hausnummer(optional)").
 */
const spaced = (marker: string): string => ` ${marker}`;

const partOf = (f: AddressFinding): PartKey => {
  if (f.field !== 'zeilen') return f.field;
  // Rules on all lines (required, gap) point at the line they name, else the first.
  const line = f.line ?? (typeof f.params.line === 'number' ? f.params.line - 1 : 0);
  return `zeile-${Math.min(Math.max(line, 0), MAX_ZEILEN - 1)}`;
};

/** A finding of the address with the part it belongs to. */
type PartFinding = LocalizedFinding & { readonly part?: PartKey };

/** What a pasted address would fill in, waiting for the user's yes or no. */
interface PasteOffer {
  readonly strasse: string;
  readonly hausnummer: string;
  readonly postleitzahl: string;
  readonly ort: string;
  readonly zusatz: string;
}

/**
 * A German or foreign postal address as one form control: Straße, Hausnummer, Adresszusatz, PLZ
 * and Ort, or abroad the state and up to five address lines. The Ort follows from the PLZ (an
 * embedded table, loaded when a PLZ is typed); streets can be suggested by an `AddressLookup`;
 * a whole pasted address is split into the fields after the user agrees. All rules come from
 * `@blaupause/domain/address`, so a server runs the same checks.
 *
 * The value is an `Anschrift` (`InlandsAnschrift | AuslandsAnschrift`, XInneres/FIM names); the
 * form receives `name[strasse]`, `name[hausnummer]`, … (see `toFormFields`).
 *
 * @tagname bp-address-input
 * @summary Postal address in Germany or abroad, with PLZ → Ort and street suggestions.
 *
 * @csspart form-control - The `<fieldset>` around everything.
 * @csspart legend - The legend (the `label`).
 * @csspart hint - The hint under the legend.
 * @csspart kind - The "Die Anschrift liegt im Ausland" checkbox.
 * @csspart field - Each part's wrapper (label, hint, messages, input).
 * @csspart label - Each part's label.
 * @csspart input - Each native `<input>`.
 * @csspart error - An error message.
 * @csspart advice - A warning or information message.
 * @csspart attribution - The credit of the street suggestions' source.
 * @csspart paste-offer - The question after pasting a whole address, with its two buttons.
 * @csspart summary - The readonly summary (an `<address>` block, DIN 5008).
 *
 * @cssproperty --bp-field-border-color - Border colour of the fields (component token).
 * @cssproperty --bp-field-background - Background of the fields (component token).
 *
 * @fires input - When the user changes any part (native, composed). Never on programmatic change.
 * @fires change - Once when the user leaves the address after changing it, or presses Enter. Not when moving between its own fields; never on programmatic change.
 * @fires invalid - When a validity check finds an error.
 */
export class AddressInput extends BpFormControl<Anschrift> {
  static override styles = [hostStyles, fieldStyles, groupStyles, choiceStyles, addressInputStyles];
  static override translations = [addressInputTranslations, requiredMessages];

  /** The legend of the group (default "Anschrift"). */
  @property() label = '';

  /** Help text under the legend, read out when entering the group. */
  @property() hint = '';

  /**
   * The initial address, and the one a form reset returns to. As an attribute: the JSON of an
   * `Anschrift`. Set the current address through `value`.
   */
  @property({ attribute: 'value', converter: { fromAttribute: parseValueAttribute } })
  defaultValue: Anschrift | undefined;

  /** Only addresses in Germany: hides the "Die Anschrift liegt im Ausland" checkbox. */
  @property({ type: Boolean, attribute: 'inland-only' }) inlandOnly = false;

  /**
   * Where street suggestions come from, e.g. `new OpenPlzLookup()` or
   * `new StaticStreetLookup(register)` from `@blaupause/domain/address`. Without one, Straße is a
   * plain text field.
   */
  @property({ attribute: false }) lookup: AddressLookup | undefined;

  /** Shows the legend as the page heading (a page that asks only for the address). */
  @property({ type: Boolean, attribute: 'legend-as-heading' }) legendAsHeading = false;

  /** The heading level of the legend with `legend-as-heading` (1–6, default 1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  @state() private raw: Raw | undefined;
  /** The places of the current PLZ once the table answered; null while there is none. */
  @state() private places: readonly string[] | null = null;
  /** `bp-combobox` is defined (loaded on first need). */
  @state() private comboboxReady = false;
  @state() private pasteOffer: PasteOffer | null = null;
  @state() private countryOptions: readonly ComboboxOption[] | null = null;
  @state() private touched: ReadonlySet<PartKey> = new Set();

  /**
   * One `change` when the user leaves the address after changing it (or presses Enter), as a
   * single control fires it; moving between its own fields is not leaving it.
   */
  protected override handleLeave(): void {
    super.handleLeave();
    this.handleUserChange();
  }

  #table: PlzTable | undefined;
  #tableFailed = false;
  #countryCodes: ReadonlySet<string> | undefined;
  #countryNames: ((code: string, lang: string) => string | undefined) | undefined;
  /** The Ort this control filled in from the PLZ (replaced when the PLZ changes). */
  #autoOrt = '';
  /** The suggestions last shown for Straße, by option value. */
  #streets = new Map<string, StreetSuggestion>();

  /** The current address (normalised). Setting it fires no `input` or `change`. */
  get value(): Anschrift {
    // Asked several times per update (form value, validation, summary): parsed once per entry.
    const raw = this.#raw;
    if (this.#valueOf !== raw) {
      this.#valueOf = raw;
      this.#valueCache = anschriftFromRaw(raw);
    }
    return this.#valueCache;
  }

  #valueOf: Raw = EMPTY;
  #valueCache: Anschrift = EMPTY_VALUE;

  set value(value: Anschrift) {
    this.raw = rawFromAnschrift(value);
    this.#autoOrt = '';
    this.syncFormValue();
    this.#lookUpPlz(false);
  }

  get #raw(): Raw {
    return this.raw ?? rawFromAnschrift(this.defaultValue);
  }

  /** The address as the lines of a DIN 5008 address block (what the readonly summary shows). */
  get formatted(): string[] {
    const v = this.value;
    const staatName = v.inlandAusland === '002' ? this.#countryNames?.(v.staat, this.localize.lang) : undefined;
    return formatAnschrift(v, staatName ? { staatName } : {});
  }

  /** @internal */
  validationValue(): Anschrift {
    return this.value;
  }

  /** @internal */
  collectFindings(): ValidationFinding[] {
    const value = this.value;
    const table = this.#table;
    const codes = this.#countryCodes;
    // Before the full rules have loaded only the required rules apply: all an empty address needs.
    // Anything typed or set loads them (the user's first focus already has), and they run then.
    if (!rules && !isEmptyAnschrift(value)) this.#needRules();
    const found: (ValidationFinding & { part?: PartKey })[] = (
      rules
        ? rules.validateAnschrift(value, {
            required: this.required,
            ...(table ? { lookup: (plz: string) => lookupPlz(table, plz) } : {}),
            isStaat: (code) => (codes ? codes.has(code) : null),
          })
        : missingParts(value, this.required)
    ).map((f) => {
      const part = partOf(f);
      return { ...f, part, params: { label: this.#partLabel(part), ...f.params } };
    });
    return [...found, ...validate(value, this.validators)];
  }

  #rulesPending: Promise<unknown> | undefined;

  #needRules(): void {
    if (rules || this.#rulesPending) return;
    this.#rulesPending = loadRules().then(
      () => {
        this.#rulesPending = undefined;
        this.syncFormValue();
        this.requestUpdate();
      },
      () => {
        // Offline: the required rules keep working; the next change tries again.
        this.#rulesPending = undefined;
      },
    );
  }

  /** Also waits for the full rules while they load, so `await el.updateComplete` sees every message. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#rulesPending) {
      await this.#rulesPending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    const first = (this.validation.findings as readonly PartFinding[]).find((f) => f.type === 'error');
    const part = first?.part ?? (this.#raw.kind === '002' ? 'staat' : 'strasse');
    // Before the first render (a value set on an element not yet connected) there is no field yet.
    const el = this.shadowRoot?.querySelector<HTMLElement>(`#${part}`) ?? null;
    // A part rendered as bp-combobox points at its inner field.
    const inner = el && 'validationAnchor' in el ? (el as Pick<Combobox, 'validationAnchor'>).validationAnchor() : null;
    return inner ?? el;
  }

  /** @internal */
  validationLabel(): string {
    return this.label.trim() || this.localize.term('address.label');
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const [key, text] of Object.entries(toFormFields(this.name, this.value))) data.append(key, text);
    return data;
  }

  /** Saves what the user sees in both kinds, so history navigation gives all of it back. */
  protected override formState(): FormValue {
    return JSON.stringify(this.#raw);
  }

  protected builtInValidators() {
    return [];
  }

  protected resetValue(): void {
    this.raw = undefined;
    this.touched = new Set();
    this.pasteOffer = null;
    this.#autoOrt = '';
    this.places = null;
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') {
      const raw = parseState(state);
      if (raw) this.raw = raw;
    } else if (state instanceof FormData && this.name) {
      const value = fromFormFields(this.name, state.entries() as Iterable<[string, unknown]>);
      if (value) this.raw = rawFromAnschrift(value);
    }
    this.#lookUpPlz(false);
  }

  constructor() {
    super();
    // Entering the address loads the full rules, before the first keystroke needs them.
    this.addEventListener('focusin', () => this.#needRules());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#raw.kind === '002') this.#loadAusland();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lookup') && this.lookup) this.#loadCombobox();
    // The country names follow the language.
    if (this.#kind === '002') this.#countryOptions();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Feedback is showing (a submit, or the user left the address): a PLZ given by value needs the
    // table for its warnings too.
    if (this.validation.shown && !this.#table && !this.#tableFailed && this.places === null) this.#lookUpPlz(false);
    // Parts rendered with bp-combobox show their messages inside it.
    for (const box of this.comboboxReady ? this.renderRoot.querySelectorAll<Combobox>('bp-combobox') : []) {
      const fb = this.#feedback(box.id as PartKey);
      const shown = [...(fb.visibleError ? [fb.visibleError] : []), ...fb.visibleAdvice];
      const current = box.validation.visible;
      if (shown.length !== current.length || shown.some((f, i) => f.text !== current[i]?.text)) {
        box.validation.setExternalFindings(shown);
      }
    }
  }

  /** The Inland/Ausland choice. */
  get #kind(): '001' | '002' {
    return this.inlandOnly ? '001' : this.#raw.kind;
  }

  #partLabel(part: PartKey): string {
    const t = this.localize;
    if (part.startsWith('zeile-')) return t.term('address.zeile', { line: Number(part.slice(6)) + 1 });
    return t.term(`address.${part}`);
  }

  /** The findings of a part the user should see: after they left it changed, or after a submit. */
  #feedback(part: PartKey): Feedback {
    const all = (this.validation.findings as readonly PartFinding[]).filter((f) => f.part === part);
    const visible = this.validation.shown || this.touched.has(part) ? all : [];
    return {
      visibleError: visible.find((f) => f.type === 'error'),
      visibleAdvice: visible.filter((f) => f.type !== 'error'),
    };
  }

  /** Messages without a part (the author's own validators, `setCustomValidity`). */
  #groupFeedback(): Feedback {
    const visible = (this.validation.visible as readonly PartFinding[]).filter((f) => !f.part);
    return {
      visibleError: visible.find((f) => f.type === 'error'),
      visibleAdvice: visible.filter((f) => f.type !== 'error'),
    };
  }

  #set(changes: Partial<Raw>): void {
    this.raw = { ...this.#raw, ...changes };
    this.syncFormValue();
  }

  #onInput(part: PartKey, text: string): void {
    if (part.startsWith('zeile-')) {
      const zeilen = [...this.#raw.zeilen];
      zeilen[Number(part.slice(6))] = text;
      this.#set({ zeilen });
    } else {
      this.#set({ [part]: text });
    }
    this.handleUserInput();
    if (part === 'postleitzahl') this.#lookUpPlz(true);
  }

  /** A part was committed (its native `change`): its messages may show now. */
  #onChange(part: PartKey): void {
    if (!this.touched.has(part)) this.touched = new Set([...this.touched, part]);
  }

  #onKind(kind: '001' | '002'): void {
    this.#set({ kind });
    this.handleUserInput();
    if (kind === '002') this.#loadAusland();
  }

  /**
   * The first field of the address (Straße, or Staat abroad), not the Inland/Ausland choice that
   * comes before it: a script or a label moving focus to the address means its first answer.
   */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.querySelector<HTMLElement>(this.#kind === '002' ? '#staat' : '#strasse');
    if (target) target.focus(options);
    else super.focus(options);
  }

  #loadCombobox(): void {
    if (this.comboboxReady) return;
    void import('../combobox/define.js').then(() => (this.comboboxReady = true));
  }

  #loadAusland(): void {
    this.#loadCombobox();
    this.#loadCountries();
  }

  #countriesRequested = false;

  #loadCountries(): void {
    if (this.#countriesRequested) return;
    this.#countriesRequested = true;
    void import('@blaupause/domain/address/countries').then(
      (m) => {
        this.#countryCodes = new Set(m.countries.map((c) => c.code).filter((c) => c !== 'DE'));
        this.#countryNames = m.countryName;
        this.#countryOptions(m.sortedCountries);
        this.syncFormValue();
        this.requestUpdate();
      },
      () => (this.#countriesRequested = false),
    );
  }

  #countryLang = '';
  #sortCountries: ((lang: string) => readonly { code: string; de: string; en: string }[]) | undefined;

  #countryOptions(sorted?: (lang: string) => readonly { code: string; de: string; en: string }[]): void {
    if (sorted) this.#sortCountries = sorted;
    const lang = this.localize.lang.toLowerCase().startsWith('de') ? 'de' : 'en';
    if (!this.#sortCountries || lang === this.#countryLang) return;
    this.#countryLang = lang;
    this.countryOptions = this.#sortCountries(lang)
      .filter((c) => c.code !== 'DE')
      .map((c) => ({ value: c.code, label: lang === 'de' ? c.de : c.en }));
  }

  /**
   * After the PLZ changed: look up its places (loading the table on first use). One place fills
   * an empty (or earlier filled-in) Ort and says so; several turn Ort into a combobox of them.
   * `announceResult` is false for values set by script or restored.
   */
  #lookUpPlz(byUser: boolean): void {
    const plz = normalisePlz(this.#raw.postleitzahl);
    if (!isPlz(plz)) {
      if (this.places !== null) this.places = null;
      return;
    }
    // The table loads only once a PLZ has been typed, or when a given PLZ's warnings may show.
    if (!byUser && !this.#table && !this.validation.shown) return;
    void loadPlzTable().then(
      (table) => {
        this.#table = table;
        if (normalisePlz(this.#raw.postleitzahl) !== plz) return; // typed on meanwhile
        const places = lookupPlz(table, plz);
        this.places = places;
        if (byUser && places.length === 1) {
          const ort = this.#raw.ort.trim();
          if (!ort || ort === this.#autoOrt) {
            this.#autoOrt = places[0];
            this.#set({ ort: places[0] });
            // Part of the user's change: listeners see the Ort arrive like the PLZ they typed.
            this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            if (ort !== places[0]) announce(this.localize.term('address.ort-filled', { ort: places[0], plz }));
          }
        } else if (byUser && places.length > 1) {
          this.#loadCombobox();
          if (this.#raw.ort === this.#autoOrt && this.#autoOrt) this.#set({ ort: '' });
          this.#autoOrt = '';
          announce(this.localize.term('address.ort-several', { count: places.length, plz }));
        }
        this.syncFormValue();
      },
      () => {
        // Without the table the PLZ is still checked for its form; nothing else depends on it.
        // A typed PLZ tries again; renders do not.
        this.#tableFailed = true;
        this.places = null;
      },
    );
  }

  #streetSource = async (query: string, init: { signal: AbortSignal }): Promise<ComboboxOption[]> => {
    const lookup = this.lookup;
    if (!lookup) return [];
    const raw = this.#raw;
    const plz = normalisePlz(raw.postleitzahl);
    const found = await lookup.suggestStreets(
      { name: query, ...(isPlz(plz) ? { postalCode: plz } : raw.ort.trim() ? { locality: raw.ort } : {}) },
      init,
    );
    this.#streets = new Map(found.map((s) => [`${s.name}\u0000${s.postalCode}\u0000${s.locality}`, s]));
    return [...this.#streets].map(([key, s]) => ({
      value: key,
      label: s.name,
      description: [s.postalCode, s.locality, s.suburb].filter(Boolean).join(' '),
    }));
  };

  #onStreetSelect(event: ComboboxSelectEvent): void {
    const s = this.#streets.get(event.option.value);
    if (!s) return;
    const raw = this.#raw;
    const changes: { strasse: string; postleitzahl?: string; ort?: string } = { strasse: s.name };
    if (!raw.postleitzahl.trim() && s.postalCode) changes.postleitzahl = s.postalCode;
    if (!raw.ort.trim() && s.locality) changes.ort = s.locality;
    this.#set(changes);
    if (changes.postleitzahl) this.#lookUpPlz(false);
  }

  /**
   * Enter in a part rendered as bp-combobox submits the address's form as in its native parts
   * (the nested combobox has no form of its own), unless its list is open to choose from.
   * Runs in the capture phase, before the combobox handles the key.
   */
  #comboEnter = {
    capture: true,
    handleEvent: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !(event.currentTarget as Combobox).open) this.handleEnter(event);
    },
  };

  #onComboInput(part: PartKey, event: Event): void {
    const box = event.currentTarget as Combobox;
    // A chosen street's option value is a key; the field shows (and the address takes) its label.
    const text = part === 'strasse' ? (box.selectedOption?.label ?? box.value) : box.value;
    this.#onInput(part, text);
    if (part === 'strasse') this.#offerSplit(event, text);
  }

  /**
   * After a paste into Straße: when the field now holds a whole address ("Hauptstraße 5a, 86150
   * Augsburg"), offer to split it. Read from the field, not the clipboard event, so it works the
   * same for every way of pasting (keyboard, context menu, voice control).
   */
  #offerSplit(event: Event, text: string): void {
    if (!(event instanceof InputEvent) || event.inputType !== 'insertFromPaste' || !/\d{5}/.test(text)) return;
    // The splitter and bp-button load only now; the text is already in the field meanwhile.
    void Promise.all([import('@blaupause/domain/address/paste'), import('../button/define.js')]).then(
      ([{ splitPastedAddress }]) => {
        const parts = splitPastedAddress(text);
        if (!parts) return;
        this.pasteOffer = {
          strasse: parts.strasse,
          hausnummer: parts.hausnummer,
          postleitzahl: parts.postleitzahl,
          ort: parts.ort,
          zusatz: parts.rest.join(', '),
        };
        announce(this.localize.term('address.paste-question'));
      },
    );
  }

  #acceptPaste(): void {
    const offer = this.pasteOffer;
    if (!offer) return;
    this.pasteOffer = null;
    const raw = this.#raw;
    this.#set({
      strasse: offer.strasse,
      hausnummer: offer.hausnummer,
      postleitzahl: offer.postleitzahl,
      ort: offer.ort,
      zusatz: raw.zusatz.trim() ? raw.zusatz : offer.zusatz,
    });
    this.#autoOrt = '';
    this.handleUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    announce(this.localize.term('address.paste-done'));
    this.#lookUpPlz(true);
    void this.updateComplete.then(() => this.#focusPart('strasse'));
  }

  #dismissPaste(): void {
    this.pasteOffer = null;
    void this.updateComplete.then(() => this.#focusPart('strasse'));
  }

  #focusPart(part: PartKey): void {
    this.shadowRoot?.querySelector<HTMLElement>(`#${part}`)?.focus();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.#raw.postleitzahl) this.#lookUpPlz(false);
  }

  /**
   * The native fields' events, delegated: one listener per kind on the shadow root instead of
   * three per field. Parts rendered as bp-combobox handle their own (see #renderCombobox).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['input', 'change', 'keydown']) root.addEventListener(type, this.#onFieldEvent);
    return root;
  }

  #onFieldEvent = (event: Event): void => {
    const input = event.target;
    // Combobox parts arrive retargeted to bp-combobox, not as an <input>.
    if (!(input instanceof HTMLInputElement)) return;
    if (input.id === 'kind') {
      if (event.type === 'change') this.#onKind(input.checked ? '002' : '001');
      return;
    }
    const part = input.id as PartKey;
    if (event.type === 'input') this.#onFieldInput(part, event);
    else if (event.type === 'change') this.#onChange(part);
    else this.handleEnter(event as KeyboardEvent);
  };

  protected override render() {
    if (this.readonly) return this.#renderSummary();
    const t = this.localize;
    const group = this.#groupFeedback();
    const legendText = html`${this.validationLabel()}${
      this.required ? html`<span class="marker">${spaced(t.term('field.required'))}</span>` : nothing
    }`;
    return html`<fieldset
      part="form-control"
      class=${group.visibleError ? 'fieldset has-error' : 'fieldset'}
      ?disabled=${this.isDisabled}
      aria-describedby=${ifDefined(describedByIds(group, this.hint ? 'hint' : '', ''))}
    >
      <legend part="legend" class=${this.legendAsHeading ? 'legend is-heading' : 'legend'}>
        ${
          this.legendAsHeading
            ? heading(clampHeadingLevel(this.headingLevel), legendText, { class: 'legend-heading' })
            : legendText
        }
      </legend>
      ${this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}${renderFeedback(group, t)}${
        this.inlandOnly ? nothing : this.#renderKind()
      }${this.#kind === '002' ? this.#renderAusland() : this.#renderInland()}
    </fieldset>`;
  }

  /** "Die Anschrift liegt im Ausland": a checkbox, as most addresses are in Germany. */
  #renderKind(): TemplateResult {
    return html`<div part="kind" class="choice kind">
      <input class="native" type="checkbox" id="kind" name="kind" .checked=${live(this.#kind === '002')} />
      <span class="control" aria-hidden="true"></span>
      <label class="choice-label" for="kind">${this.localize.term('address.ausland-toggle')}</label>
    </div>`;
  }

  /** The state of a native field for `fieldState()`. */
  #state(part: PartKey, value: string, hintId = '', optional = false, extra = ''): FieldState {
    const fb = this.#feedback(part);
    return {
      value,
      required: this.required && !optional,
      invalid: fb.visibleError !== undefined,
      describedBy: describedByIds(fb, hintId, `-${part}`, extra),
    };
  }

  /** Its label, with "(optional)" in the same text node (WebKit drops a space before a marker element). */
  #label(part: PartKey, optional = false): string {
    return optional ? `${this.#partLabel(part)} ${this.localize.term('address.optional')}` : this.#partLabel(part);
  }

  /**
   * Written out field by field, with one binding per input (`fieldState`): the layout most pages
   * show, kept as cheap to render as five labelled inputs can be.
   */
  #renderInland(): TemplateResult {
    const raw = this.#raw;
    const t = this.localize;
    const fb = (part: PartKey) => renderFeedback(this.#feedback(part), t, `-${part}`);
    const several = this.places !== null && this.places.length > 1 && this.comboboxReady;
    return html`<div class="row">
        ${
          this.lookup && this.comboboxReady
            ? this.#renderStreetCombobox()
            : html`<div part="field" class="form-control field grow">
                <label part="label" class="label" for="strasse">${this.#label('strasse')}</label>${fb('strasse')}
                <input
                  part="input"
                  class="input"
                  id="strasse"
                  type="text"
                  autocomplete="address-line1"
                  spellcheck="false"
                  ${fieldState(this.#state('strasse', raw.strasse))}
                />
              </div>`
        }
        <div part="field" class="form-control field narrow">
          <label part="label" class="label" for="hausnummer">${this.#label('hausnummer', true)}</label
          >${fb('hausnummer')}
          <input
            part="input"
            class="input"
            id="hausnummer"
            type="text"
            autocomplete="off"
            spellcheck="false"
            ${fieldState(this.#state('hausnummer', raw.hausnummer, '', true))}
          />
        </div>
      </div>
      ${this.pasteOffer ? this.#renderPasteOffer(this.pasteOffer) : nothing}
      <div part="field" class="form-control field">
        <label part="label" class="label" for="zusatz">${this.#label('zusatz', true)}</label>
        <div class="hint" id="hint-zusatz">${t.term('address.zusatz-hint')}</div>
        ${fb('zusatz')}
        <input
          part="input"
          class="input"
          id="zusatz"
          type="text"
          autocomplete="address-line2"
          spellcheck="false"
          ${fieldState(this.#state('zusatz', raw.zusatz, 'hint-zusatz', true))}
        />
      </div>
      <div class="row">
        <div part="field" class="form-control field plz">
          <label part="label" class="label" for="postleitzahl">${this.#label('postleitzahl')}</label
          >${fb('postleitzahl')}
          <input
            part="input"
            class="input"
            id="postleitzahl"
            type="text"
            autocomplete="postal-code"
            inputmode="numeric"
            dir="ltr"
            spellcheck="false"
            ${fieldState(this.#state('postleitzahl', raw.postleitzahl))}
          />
        </div>
        ${
          several
            ? this.#renderCombobox('ort', raw.ort, {
                autocomplete: 'address-level2',
                options: (this.places ?? []).map((p) => ({ value: p, label: p })),
                hint: t.term('address.ort-choose', { plz: normalisePlz(raw.postleitzahl) }),
              })
            : html`<div part="field" class="form-control field grow">
                <label part="label" class="label" for="ort">${this.#label('ort')}</label>${fb('ort')}
                <input
                  part="input"
                  class="input"
                  id="ort"
                  type="text"
                  autocomplete="address-level2"
                  spellcheck="false"
                  ${fieldState(this.#state('ort', raw.ort))}
                />
              </div>`
        }
      </div>`;
  }

  #renderAusland(): TemplateResult {
    const raw = this.#raw;
    const t = this.localize;
    const staat =
      this.comboboxReady && this.countryOptions
        ? this.#renderCombobox('staat', raw.staat, { autocomplete: 'country-name', options: this.countryOptions })
        : this.#renderField('staat', raw.staat, 'country-name');
    return html`
      ${staat}
      <p class="hint" id="zeilen-hint">${t.term('address.zeilen-hint')}</p>
      ${raw.zeilen.map((line, i) =>
        this.#renderField(
          `zeile-${i}`,
          line,
          (['address-line1', 'address-line2', 'address-line3'] as const)[i] ?? 'off',
          i > 0,
          i === 0 ? 'zeilen-hint' : '',
        ),
      )}
    `;
  }

  /** A text field of the Ausland part (Staat before its list loaded, Zeile 1–5). */
  #renderField(part: PartKey, text: string, autocomplete: AutoFill, optional = false, extra = ''): TemplateResult {
    return html`<div part="field" class="form-control field">
      <label part="label" class="label" for=${part}>${this.#label(part, optional)}</label>${renderFeedback(
        this.#feedback(part),
        this.localize,
        `-${part}`,
      )}
      <input
        part="input"
        class="input"
        id=${part}
        type="text"
        .autocomplete=${autocomplete}
        spellcheck="false"
        ${fieldState(this.#state(part, text, '', optional, extra))}
      />
    </div>`;
  }

  #onFieldInput(part: PartKey, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#onInput(part, input.value);
    if (part === 'strasse') this.#offerSplit(event, input.value);
    // Browsers autofill `address-line1` with street and number ("Hauptstraße 5a"): split it.
    if (part === 'strasse' && !this.#raw.hausnummer.trim() && isAutofill(event, input)) {
      const filled = input.value;
      void import('@blaupause/domain/address/paste').then(({ splitStreetAndNumber }) => {
        const split = splitStreetAndNumber(filled);
        if (split && this.#raw.strasse === filled && !this.#raw.hausnummer.trim()) {
          this.#set({ strasse: split[0], hausnummer: split[1] });
        }
      });
    }
  }

  #renderCombobox(
    part: PartKey,
    text: string,
    options: { autocomplete: AutoFill; options: readonly ComboboxOption[]; hint?: string },
  ): TemplateResult {
    return html`<bp-combobox
      id=${part}
      part="field"
      class="field grow"
      label=${this.#partLabel(part)}
      hint=${ifDefined(options.hint)}
      autocomplete=${options.autocomplete}
      .options=${options.options}
      .value=${live(text)}
      @input=${(e: Event) => this.#onComboInput(part, e)}
      @keydown=${this.#comboEnter}
      @change=${(e: Event) => {
        e.stopPropagation();
        this.#onChange(part);
      }}
    ></bp-combobox>`;
  }

  #renderStreetCombobox(): TemplateResult {
    const t = this.localize;
    const attribution = this.lookup?.attribution;
    return html`<div class="grow street">
      <bp-combobox
        id="strasse"
        part="field"
        class="field"
        label=${t.term('address.strasse')}
        autocomplete="address-line1"
        .source=${this.#streetSource}
        min-chars="3"
        debounce="300"
        .value=${live(this.#raw.strasse)}
        @input=${(e: Event) => this.#onComboInput('strasse', e)}
        @keydown=${this.#comboEnter}
        @change=${(e: Event) => {
          e.stopPropagation();
          this.#onChange('strasse');
        }}
        @bp-combobox-select=${this.#onStreetSelect}
      ></bp-combobox>
      ${
        attribution
          ? html`<p part="attribution" class="attribution">
              ${t.term('address.source')}
              ${
                attribution.url
                  ? html`<a href=${attribution.url} rel="noopener" target="_blank">${attribution.text}</a>`
                  : attribution.text
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderPasteOffer(offer: PasteOffer): TemplateResult {
    const t = this.localize;
    return html`<div part="paste-offer" class="paste-offer" role="group" aria-labelledby="paste-question">
      <p id="paste-question" class="paste-question">${t.term('address.paste-question')}</p>
      <p class="paste-preview">
        ${t.term('address.paste-preview', {
          strasse: offer.strasse,
          hausnummer: offer.hausnummer || '–',
          postleitzahl: offer.postleitzahl,
          ort: offer.ort,
        })}${offer.zusatz ? html`, ${t.term('address.zusatz')}: ${offer.zusatz}` : nothing}
      </p>
      <div class="paste-actions">
        <bp-button type="button" @click=${this.#acceptPaste}>${t.term('address.paste-accept')}</bp-button>
        <bp-button type="button" variant="secondary" @click=${this.#dismissPaste}>
          ${t.term('address.paste-dismiss')}
        </bp-button>
      </div>
    </div>`;
  }

  #renderSummary(): TemplateResult {
    const lines = this.formatted;
    if (this.#kind === '002') this.#loadCountries();
    return html`<div part="form-control" class="summary-wrapper">
      <span part="legend" class="label" id="summary-label">${this.validationLabel()}</span>
      <address part="summary" class="summary" aria-labelledby="summary-label">
        ${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}
      </address>
    </div>`;
  }
}
