import { html, nothing, type PropertyValues } from 'lit';
import { validationTranslations } from '../core/validation.strings.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { required, type Validator } from '@blaupause/domain/validation';
import { announce } from '../core/announcer.js';
import { warnOnce } from '../core/bp-element.js';
import { BpFormControl, valueText, type FormValue } from '../core/form-control.js';
import { hostStyles } from '../core/styles.js';
import { describedBy, labelText, renderFeedback } from '../core/feedback.js';
import { fieldStyles } from '../core/field.styles.js';
import { comboboxStyles } from './combobox.styles.js';
import { comboboxTranslations } from './strings.js';
import { ComboboxSelectEvent } from './events.js';
import { filterOptions, uniqueLabelMatch, type ComboboxOption, type ComboboxSource } from './matching.js';

export type { ComboboxOption, ComboboxSource };

/** How long typing must pause before the number of suggestions is announced (static options). */
const COUNT_ANNOUNCE_DELAY_MS = 500;

/** How long a search must take before "Suche läuft …" is announced (it is shown at once). */
const LOADING_ANNOUNCE_DELAY_MS = 1000;

/** What the asynchronous source is doing. */
type SourceState = 'idle' | 'loading' | 'error';

/** Reads what `formState()` saved: `{ text, chosen }`, or null for anything else. */
function parseState(state: string): { text: string; chosen: ComboboxOption | null } | null {
  try {
    const parsed: unknown = JSON.parse(state);
    if (typeof parsed !== 'object' || parsed === null || !('text' in parsed) || !('chosen' in parsed)) return null;
    const { text, chosen } = parsed;
    if (typeof text !== 'string') return null;
    if (chosen === null) return { text, chosen: null };
    const option = chosen as Partial<ComboboxOption>;
    if (typeof option.value !== 'string' || typeof option.label !== 'string') return null;
    return { text, chosen: { value: option.value, label: option.label } };
  } catch {
    return null;
  }
}

/**
 * An editable combobox with a listbox popup and list autocomplete, after the WAI-ARIA APG example
 * "Editable Combobox With List Autocomplete": typing filters the suggestions, the arrow keys move
 * through them while focus stays in the text field, Enter or a click chooses one. Free text is
 * allowed unless `restrict` is set. Suggestions come from `options` (or `<option>` children) or
 * from an asynchronous `source` (debounced, one request in flight).
 *
 * Label, hint, error, input and listbox live in one shadow root, so `aria-activedescendant`,
 * `aria-controls` and `aria-labelledby` resolve.
 *
 * @tagname bp-combobox
 * @summary Text field with suggestions: places, streets, authorities, nationalities.
 *
 * @slot - `<option value="…">Label</option>` elements, read as `options` when that property is empty.
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart form-control - The wrapper of all parts.
 * @csspart label - The `<label>`.
 * @csspart required-marker - The "(Pflichtfeld)" text.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart advice - A warning or information message.
 * @csspart base - The box around the input and the popup (the popup's positioning context).
 * @csspart input - The native `<input role="combobox">`.
 * @csspart popup - The popup under the input: the listbox and the status line.
 * @csspart listbox - The `<ul role="listbox">`.
 * @csspart option - Each `<li role="option">`.
 * @csspart option-active - The option the arrow keys are on (`aria-selected="true"`).
 * @csspart description - The second line of an option.
 * @csspart status - "Suche läuft …", "Keine Treffer" or the error of the source.
 *
 * @cssproperty --bp-field-border-color - Border colour of the field (component token; default: `--bp-color-border-input`).
 * @cssproperty --bp-field-background - Background of the field (component token; default: `--bp-color-surface-default`).
 *
 * @fires input - When the user changes the text or chooses an option. Never on programmatic change.
 * @fires change - When the user commits a change (choosing an option, leaving the field, Enter). Never on programmatic change.
 * @fires bp-combobox-select - When the user chooses an option; `event.option` is that option (`ComboboxSelectEvent`).
 * @fires invalid - When a validity check finds an error.
 */
export class Combobox extends BpFormControl {
  static override styles = [hostStyles, fieldStyles, comboboxStyles];
  static override translations = [comboboxTranslations, validationTranslations];

  /** The visible label. Every field needs one (or content in the `label` slot). */
  @property() label = '';

  /** Help text shown between label and field, read out with the field. */
  @property() hint = '';

  /**
   * The initial value, and the value a form reset returns to: an option's `value` (the field
   * then shows its label) or free text. Set the current value through the `value` property.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Shown in the empty field. Not a replacement for a label or hint. */
  @property() placeholder: string | undefined;

  /**
   * An `autocomplete` token such as `address-level2` (WCAG 1.3.5). Default `off`, so the browser's
   * own suggestions do not cover the listbox.
   */
  @property() autocomplete: AutoFill | undefined;

  /**
   * The suggestions: `{ value, label, description? }`. Typing shows those whose label starts with
   * the text (ignoring case and accents, ä = a = ae). Without a `source` these are the options;
   * with a `source` they only serve to show the label of a preset `value`.
   */
  @property({ attribute: false }) options: readonly ComboboxOption[] = [];

  /**
   * An asynchronous source of suggestions: `(query, { signal }) => Promise<options>`. Called
   * `debounce` ms after typing stops, once the text has `min-chars` characters; the previous
   * request is aborted through `signal`, and late answers to older queries are ignored.
   */
  @property({ attribute: false }) source: ComboboxSource | undefined;

  /** Suggestions open (and a `source` is asked) only from this many characters on. */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 1;

  /** Milliseconds of quiet typing before the `source` is asked. */
  @property({ type: Number }) debounce = 250;

  /**
   * Only an option may be chosen. Other text stays in the field (nothing typed is erased) and is
   * reported as an error ("Wählen Sie … aus der Liste aus.").
   */
  @property({ type: Boolean, reflect: true }) restrict = false;

  /**
   * Whether the popup is open. The user opens it by typing, Down, Up, Alt+Down or a click, and
   * closes it by choosing, Escape or leaving the field. Shown only while there are suggestions or
   * a status ("Suche läuft …", "Keine Treffer") to show.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The text in the field; undefined while pristine (the default value is shown). */
  @state() private text: string | undefined;
  /** The option the text stands for, or null for free text. */
  @state() private chosen: ComboboxOption | null = null;
  /** Index of the option the arrow keys are on in the shown list, -1 for none (visual focus in the field). */
  @state() private activeIndex = -1;
  @state() private results: readonly ComboboxOption[] = [];
  @state() private sourceState: SourceState = 'idle';
  @state() private slottedOptions: readonly ComboboxOption[] = [];
  @state() private hasHintSlot = false;

  @query('input') private readonly input!: HTMLInputElement | null;
  @query('slot[name="label"]') private readonly labelSlot!: HTMLSlotElement | null;

  /** A value set from script that no option matched yet (options may arrive later). */
  #pending: string | undefined;
  /** The query the current `results` answer, undefined while none. */
  #resultsFor: string | undefined;
  #controller: AbortController | undefined;
  #debounceTimer: ReturnType<typeof setTimeout> | undefined;
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  #loadingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The list last announced, so an unchanged list is not announced again. */
  #announced: string | undefined;

  /**
   * The current value: the chosen option's `value`, or the text as typed when it matches no
   * option. Setting an option's value shows its label; any other string is taken as free text
   * (with a `source`, as an already chosen suggestion). Setting it fires no `input` or `change`.
   */
  get value(): string {
    const chosen = this.#currentChosen;
    return chosen ? chosen.value : this.#currentText;
  }

  set value(value: string) {
    const text = valueText(value);
    this.#take(text);
    this.syncFormValue();
  }

  /** The option the value stands for, or null when the field holds free text (or nothing). */
  get selectedOption(): Readonly<ComboboxOption> | null {
    return this.#currentChosen;
  }

  /** Selects the text in the field. */
  select(): void {
    this.input?.select();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelSearch();
    clearTimeout(this.#countTimer);
    this.open = false;
  }

  // ── value model ────────────────────────────────────────────────────────────────────────────

  /** Options a value can be looked up in. */
  get #known(): readonly ComboboxOption[] {
    return [...this.#staticOptions, ...this.results];
  }

  get #staticOptions(): readonly ComboboxOption[] {
    return this.options.length ? this.options : this.slottedOptions;
  }

  /** What a value given by script (attribute, property, restore) means: text and chosen option. */
  #resolve(value: string): { text: string; chosen: ComboboxOption | null } {
    if (value === '') return { text: '', chosen: null };
    const match = this.#known.find((o) => o.value === value);
    if (match) return { text: match.label, chosen: match };
    // A source's options cannot be checked here: a preset value counts as a chosen suggestion.
    if (this.source) return { text: value, chosen: { value, label: value } };
    return { text: value, chosen: null };
  }

  #take(value: string): void {
    const { text, chosen } = this.#resolve(value);
    this.text = text;
    this.chosen = chosen;
    this.#pending = chosen || value === '' ? undefined : value;
    this.activeIndex = -1;
  }

  get #currentText(): string {
    return this.text ?? this.#resolve(this.defaultValue).text;
  }

  get #currentChosen(): ComboboxOption | null {
    return this.text === undefined ? this.#resolve(this.defaultValue).chosen : this.chosen;
  }

  // ── what is shown ──────────────────────────────────────────────────────────────────────────

  /** The suggestions for the current text. */
  get #shown(): readonly ComboboxOption[] {
    if (this.source) return this.results;
    return filterOptions(this.#staticOptions, this.#currentText, this.localize.intlLocale);
  }

  get #interactive(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  /** The listbox is displayed (what `aria-expanded` says). */
  get #expanded(): boolean {
    return this.open && this.#interactive && this.#shown.length > 0;
  }

  /** The status line in the popup, if any. */
  get #statusText(): string | undefined {
    const t = this.localize;
    if (this.source) {
      if (this.sourceState === 'loading') return t.term('combobox.loading');
      if (this.sourceState === 'error') return t.term(this.restrict ? 'combobox.error-restricted' : 'combobox.error');
      if (this.#resultsFor !== undefined && this.results.length === 0) return t.term('combobox.no-results');
      return undefined;
    }
    return this.#shown.length === 0 && this.#currentText.trim() !== '' ? t.term('combobox.no-results') : undefined;
  }

  get #popupShown(): boolean {
    return this.open && this.#interactive && (this.#shown.length > 0 || this.#statusText !== undefined);
  }

  // ── form control hooks ─────────────────────────────────────────────────────────────────────

  /** @internal */
  validationValue(): string {
    return this.value;
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
    return this.value;
  }

  protected builtInValidators(): Validator[] {
    const list: Validator[] = [];
    if (this.required) list.push(required());
    if (this.restrict) {
      list.push({
        name: 'combobox-not-in-list',
        type: 'error',
        flag: 'badInput',
        message: this.localize.term('combobox.not-in-list', { label: this.validationLabel() }),
        test: (v) => v.trim() === '' || this.#currentChosen !== null,
      });
    }
    return list;
  }

  protected resetValue(): void {
    this.#cancelSearch();
    this.text = undefined;
    this.chosen = null;
    this.#pending = undefined;
    this.results = [];
    this.#close();
  }

  /** The text, and the option chosen if any, so a restore shows the label and keeps free text free. */
  protected override formState(): FormValue {
    const chosen = this.#currentChosen;
    return JSON.stringify({
      text: this.#currentText,
      chosen: chosen ? { value: chosen.value, label: chosen.label } : null,
    });
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state !== 'string') return;
    const saved = parseState(state);
    if (!saved) {
      this.#take(state); // a plain value (e.g. from an older page)
      return;
    }
    this.text = saved.text;
    this.chosen = saved.chosen;
    this.#pending = undefined;
    this.activeIndex = -1;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') && this.hasUpdated) {
      // Another source: the old one's answers and requests no longer count.
      this.#cancelSearch();
      this.results = [];
      this.sourceState = 'idle';
    }
    if (changed.has('options') || changed.has('source')) this.#listChanged();
    // Disabling (also by a fieldset) or making the field read-only closes the popup for good.
    if (this.open && !this.#interactive) this.#close();
    super.willUpdate(changed);
  }

  /** New options: no option is active any more, and a value set before they came shows its label. */
  #listChanged(): void {
    this.activeIndex = -1;
    if (this.#pending !== undefined && this.text === this.#pending) this.#take(this.#pending);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.validationLabel()) warnOnce(`<${this.localName}> needs a label (label attribute or label slot).`);
    const root = this.renderRoot;
    // Pointer use of the popup: keep focus (and the caret) in the field, choose on click.
    root.addEventListener('mousedown', (event) => {
      if ((event.target as Element).closest('.popup')) event.preventDefault();
    });
    root.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.#onOptionClick(Number(option.dataset['index']));
    });
  }

  #scrolledTo = -1;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.activeIndex !== this.#scrolledTo && this.activeIndex >= 0) {
      // Browsers do not scroll to an aria-activedescendant: bring the option into view (no smooth
      // scrolling, so reduced motion is respected).
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
    this.#scrolledTo = this.activeIndex;
  }

  // ── user actions ───────────────────────────────────────────────────────────────────────────

  #onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text = text;
    this.#pending = undefined;
    this.activeIndex = -1;
    const locale = this.localize.intlLocale;
    // Typing an option's label in full counts as choosing it, if no other option has the same label
    // (not for a source: its answer decides).
    this.chosen = this.source ? null : uniqueLabelMatch(this.#staticOptions, text, locale);
    this.syncFormValue();
    this.handleUserInput();
    const length = text.trim().length;
    if (this.source) {
      this.#queueSearch(text);
      return;
    }
    // APG: typing opens the list; an empty field keeps it as it is (showing every option).
    if (length >= this.minChars && length > 0) this.open = true;
    else if (length > 0) this.#close();
    this.#scheduleCountAnnouncement();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || this.isDisabled) return;
    if (this.readonly) {
      this.handleEnter(event);
      return;
    }
    // As in APG's example, modified keys (Shift+Home, Ctrl+A, Shift+Tab …) keep their native meaning.
    if (event.ctrlKey || event.shiftKey || event.metaKey) return;
    const shown = this.#shown;
    const count = shown.length;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'Enter': {
        if (this.#expanded) {
          const active = shown[this.activeIndex];
          if (active) this.#choose(active);
          this.#close();
          handled();
        } else {
          // Closed: Enter commits and submits the form, as in a native text field.
          this.#close();
          this.handleEnter(event);
        }
        break;
      }
      case 'ArrowDown': {
        handled();
        if (count === 0) {
          this.#searchNow();
          break;
        }
        this.open = true;
        if (!event.altKey) this.activeIndex = this.activeIndex < 0 ? 0 : (this.activeIndex + 1) % count;
        break;
      }
      case 'ArrowUp': {
        handled();
        if (event.altKey) {
          // The combobox pattern's Alt+Up: close, visual focus back in the field.
          this.#close();
          break;
        }
        if (count === 0) break;
        if (this.#expanded && this.activeIndex >= 0) {
          this.activeIndex = (this.activeIndex - 1 + count) % count;
        } else {
          this.open = true;
          this.activeIndex = count - 1;
        }
        break;
      }
      case 'Escape': {
        if (this.#popupShown) {
          this.#close();
          handled();
        } else if (this.#currentText !== '') {
          this.#clear();
          handled();
        }
        this.activeIndex = -1;
        break;
      }
      case 'Tab': {
        // APG: Tab takes the option the arrow keys are on, closes, and moves on.
        const active = this.#expanded ? shown[this.activeIndex] : undefined;
        if (active) this.#choose(active);
        this.#close();
        break;
      }
      case 'Home':
      case 'End': {
        handled();
        const at = event.key === 'Home' ? 0 : (this.input?.value.length ?? 0);
        this.input?.setSelectionRange(at, at);
        this.activeIndex = -1;
        break;
      }
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves natively; visual focus returns to the field.
        this.activeIndex = -1;
        break;
      default:
        break;
    }
  }

  #onClick(): void {
    if (!this.#interactive) return;
    if (this.#popupShown) {
      this.#close();
    } else if (this.#shown.length === 0) {
      this.#searchNow();
    } else {
      this.open = true;
    }
  }

  #onBlur(): void {
    this.#close();
    // Choosing or Escape changed the text without a native change event: commit now.
    this.handleUserChange();
  }

  #onOptionClick(index: number): void {
    const option = this.#shown[index];
    if (!option || !this.#expanded) return;
    this.#choose(option);
    this.#close();
    if (this.input && this.shadowRoot?.activeElement !== this.input) this.input.focus();
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    if (slot.name === 'hint') {
      const nodes = slot.assignedNodes({ flatten: true });
      this.hasHintSlot = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    } else {
      this.requestUpdate(); // label text feeds the validation messages
    }
  }

  #onOptionsSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.slottedOptions = slot
      .assignedElements()
      .filter((el): el is HTMLOptionElement => el instanceof HTMLOptionElement)
      .map((o) => {
        const description = o.dataset['description'];
        return { value: o.value, label: o.label, ...(description ? { description } : {}) };
      });
    this.#listChanged();
    this.syncFormValue();
  }

  /** The user chose `option`: it becomes the text and the value. */
  #choose(option: ComboboxOption): void {
    const unchanged = this.#currentChosen?.value === option.value && this.#currentText === option.label;
    this.text = option.label;
    this.chosen = option;
    this.#pending = undefined;
    this.activeIndex = -1;
    this.#cancelSearch({ keepResults: true });
    if (this.input) {
      this.input.value = option.label;
      this.input.setSelectionRange(option.label.length, option.label.length);
    }
    if (unchanged) return;
    this.syncFormValue();
    this.handleUserInput();
    this.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertReplacementText',
        data: option.label,
      }),
    );
    const selected = new ComboboxSelectEvent(option);
    this.dispatchEvent(selected);
    this.handleUserChange();
  }

  /** Escape in a closed combobox: APG clears the text. */
  #clear(): void {
    this.text = '';
    this.chosen = null;
    this.#pending = undefined;
    this.#cancelSearch();
    this.results = [];
    if (this.input) this.input.value = '';
    this.syncFormValue();
    this.handleUserInput();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }));
  }

  #close(): void {
    this.open = false;
    this.activeIndex = -1;
    this.#announced = undefined;
    clearTimeout(this.#countTimer);
  }

  // ── announcements ──────────────────────────────────────────────────────────────────────────

  #scheduleCountAnnouncement(): void {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      if (this.open && this.#currentText.trim() !== '') this.#announceCount(this.#shown);
    }, COUNT_ANNOUNCE_DELAY_MS);
  }

  #announceCount(list: readonly ComboboxOption[]): void {
    const signature = `${list.length}\u0000${list.map((o) => o.value).join('\u0000')}`;
    if (signature === this.#announced) return;
    this.#announced = signature;
    announce(this.localize.term('combobox.count', { count: list.length }), 'polite');
  }

  // ── asynchronous source ────────────────────────────────────────────────────────────────────

  /** Aborts the request in flight and any pending one. */
  #cancelSearch({ keepResults = false } = {}): void {
    this.#controller?.abort();
    this.#controller = undefined;
    clearTimeout(this.#debounceTimer);
    clearTimeout(this.#loadingTimer);
    if (this.sourceState === 'loading') this.sourceState = 'idle';
    if (!keepResults) this.#resultsFor = undefined;
  }

  /** Typing with a source: drop the old answer, ask again once typing pauses. */
  #queueSearch(text: string): void {
    this.#cancelSearch();
    this.results = [];
    const query = text.trim();
    if (query.length < this.minChars) {
      this.sourceState = 'idle';
      this.#close();
      return;
    }
    this.sourceState = 'loading';
    this.open = true;
    this.#debounceTimer = setTimeout(() => void this.#search(query), Math.max(0, this.debounce || 0));
  }

  /** Down, Alt+Down or a click with nothing to show: ask the source now, and open. */
  #searchNow(): void {
    if (!this.source) return;
    const query = this.#currentText.trim();
    if (query.length < this.minChars) return;
    this.open = true;
    if (this.#resultsFor === query || this.sourceState === 'loading') return;
    void this.#search(query);
  }

  async #search(query: string): Promise<void> {
    const source = this.source;
    if (!source) return;
    this.#cancelSearch();
    const controller = new AbortController();
    this.#controller = controller;
    this.sourceState = 'loading';
    this.results = [];
    this.#loadingTimer = setTimeout(() => {
      if (this.#controller === controller && this.open) announce(this.localize.term('combobox.loading'), 'polite');
    }, LOADING_ANNOUNCE_DELAY_MS);
    let found: readonly ComboboxOption[];
    try {
      found = await source(query, { signal: controller.signal });
    } catch {
      // An aborted or superseded request is stale: its failure means nothing.
      if (this.#controller !== controller || controller.signal.aborted) return;
      this.#controller = undefined;
      clearTimeout(this.#loadingTimer);
      this.sourceState = 'error';
      if (this.open) {
        announce(this.localize.term(this.restrict ? 'combobox.error-restricted' : 'combobox.error'), 'polite');
      }
      return;
    }
    // A late answer to an older query is ignored.
    if (this.#controller !== controller || controller.signal.aborted) return;
    this.#controller = undefined;
    clearTimeout(this.#loadingTimer);
    // A source is author code: take only an array of options.
    const list: unknown = found;
    this.results = Array.isArray(list) ? (list as ComboboxOption[]).slice() : [];
    this.#resultsFor = query;
    this.sourceState = 'idle';
    this.activeIndex = -1;
    if (!this.#currentChosen) {
      const locale = this.localize.intlLocale;
      const exact = uniqueLabelMatch(this.results, this.#currentText, locale);
      if (exact) {
        // The text the user typed is that suggestion's label: the value becomes its value. That is
        // a change caused by the user's typing, so listeners hear of it like of the keystroke.
        this.chosen = exact;
        this.syncFormValue();
        this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    if (this.open) this.#announceCount(this.results);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.localize;
    const error = this.validation.visibleError;
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const described = describedBy(this.validation, hasHint);
    const shown = this.#shown;
    const expanded = this.#expanded;
    const status = this.open ? this.#statusText : undefined;
    const active = expanded && this.activeIndex < shown.length ? this.activeIndex : -1;

    return html`
      <div part="form-control" class="form-control ${error ? 'has-error' : ''}">
        <label part="label" class="label" for="input" id="label">
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
          <input
            part="input"
            id="input"
            class="input"
            type="text"
            role="combobox"
            aria-labelledby="label"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${ifDefined(active >= 0 ? `option-${active}` : undefined)}
            .value=${live(this.#currentText)}
            .autocomplete=${this.autocomplete ?? 'off'}
            placeholder=${ifDefined(this.placeholder)}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described)}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @click=${this.#onClick}
            @blur=${this.#onBlur}
            @change=${this.handleUserChange}
          />
          <div part="popup" class="popup" ?hidden=${!this.#popupShown}>
            <ul part="listbox" id="listbox" class="listbox" role="listbox" aria-labelledby="label" ?hidden=${!expanded}>
              ${
                expanded
                  ? shown.map(
                      (o, i) =>
                        html`<li
                          part=${i === active ? 'option option-active' : 'option'}
                          id="option-${i}"
                          class="option"
                          role="option"
                          data-index=${i}
                          aria-selected=${ifDefined(i === active ? 'true' : undefined)}
                          aria-describedby=${ifDefined(o.description ? `option-${i}-description` : undefined)}
                        >
                          <span class="option-label">${o.label}</span>
                          ${
                            o.description
                              ? html`<span
                                  part="description"
                                  class="description"
                                  id="option-${i}-description"
                                  aria-hidden="true"
                                  >${o.description}</span
                                >`
                              : nothing
                          }
                        </li>`,
                    )
                  : nothing
              }
            </ul>
            ${status !== undefined ? html`<p part="status" class="status">${status}</p>` : nothing}
          </div>
        </div>
        <slot class="options" hidden @slotchange=${this.#onOptionsSlotChange}></slot>
      </div>
    `;
  }
}
