import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Blaupause's localization: one catalogue per language, German the default, English complete.
 *
 * - The language follows the nearest `lang` attribute (crossing shadow roots) and changes live.
 * - Every string can be overridden per instance through the host's `strings` property
 *   (municipalities word things their way; a Leichte-Sprache set is just another catalogue).
 * - Numbers, money, dates and plurals go through `Intl`.
 *
 * Own controller rather than @lit/localize (one locale per page, build-time message extraction: we
 * need per-subtree languages and runtime overrides) or @shoelace-style/localize (reads only the
 * host's or the document's `lang`, no per-instance overrides, no money/plural helpers).
 */

/** Values a message can interpolate. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalogue entry: a template with `{name}` placeholders, or a function for plurals and logic. */
export type Message = string | ((params: MessageParams, l: Localize) => string);

/** A set of messages for one language, keyed by message id. */
export type Catalogue = Readonly<Record<string, Message>>;

/**
 * A language's messages, or a loader for them. German, the default, is given as a catalogue; other
 * languages are loaders (`() => import('./strings.en.js').then((m) => m.en)`), so a page loads
 * only the languages it shows.
 */
export type CatalogueSource = Catalogue | (() => Promise<Catalogue>);

/** A component's messages in every language it ships: `{ de: {...}, en: () => import(…) }`. */
export type Translations = Readonly<Record<string, CatalogueSource>>;

/** The language Blaupause falls back to when no catalogue matches. */
export const DEFAULT_LANG = 'de';

/** Wording a portal registered; it wins over the library's defaults in the same language. */
const catalogues = new Map<string, Record<string, Message>>();
/** The library's own messages, registered by each element class when it is defined. */
const defaults = new Map<string, Record<string, Message>>();
const controllers = new Set<LocalizeController>();
/** Loaders of the library's languages not loaded yet, by language. */
const loaders = new Map<string, Set<() => Promise<Catalogue>>>();
/** Languages being loaded. */
const loading = new Map<string, Promise<void>>();

function merge(into: Map<string, Record<string, Message>>, lang: string, messages: Catalogue): void {
  const key = lang.toLowerCase();
  into.set(key, { ...(into.get(key) ?? {}), ...messages });
}

/**
 * Adds messages for a language (a BCP 47 tag such as `de`, `en`, `de-x-ls`). Later calls add to
 * and override earlier ones, and they win over Blaupause's own texts, so a portal can register its
 * wording (or a whole Leichte-Sprache set) before or after the elements are defined.
 */
export function registerTranslation(lang: string, messages: Catalogue): void {
  merge(catalogues, lang, messages);
  for (const c of controllers) c.host.requestUpdate();
}

/**
 * Registers the library's own texts (called by `BpElement.finalize` for each class's
 * `translations`). Explicit rather than a side-effect import, which bundlers drop under
 * `"sideEffects"`.
 */
export function registerDefaultTranslations(translations: Translations): void {
  for (const [lang, messages] of Object.entries(translations)) {
    if (typeof messages !== 'function') merge(defaults, lang, messages);
    else {
      const key = lang.toLowerCase();
      loaders.set(key, (loaders.get(key) ?? new Set()).add(messages));
    }
  }
}

/**
 * Loads the library's messages for `lang` and the languages it falls back to, where some are not
 * loaded yet; `undefined` when there is nothing to wait for. A loader that fails leaves the
 * fallback language in place (logged once); nothing breaks.
 */
export function loadLanguage(lang: string): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const key of candidates(lang)) {
    const pending = loaders.get(key);
    if (pending) {
      loaders.delete(key);
      // A load of the same language already under way (another class's messages) is waited for too.
      const done: Promise<void> = Promise.all([
        loading.get(key),
        ...[...pending].map((load) =>
          load().then(
            (messages) => merge(defaults, key, messages),
            (error: unknown) => console.warn(`[Blaupause] messages for "${key}" could not be loaded`, error),
          ),
        ),
      ]).then(() => {
        if (loading.get(key) === done) loading.delete(key);
        // Messages of another class may have arrived while this one rendered the fallback.
        return loaders.has(key) ? loadLanguage(key) : undefined;
      });
      loading.set(key, done);
    }
    const wait = loading.get(key);
    if (wait) waits.push(wait);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** The languages that have messages. */
export function registeredLanguages(): string[] {
  return [...new Set([...defaults.keys(), ...catalogues.keys()])];
}

function lookup(lang: string, key: string): Message | undefined {
  return catalogues.get(lang)?.[key] ?? defaults.get(lang)?.[key];
}

/** Each language's fallback chain, worked out once: every message an element shows asks for it. */
const chains = new Map<string, readonly string[]>();

/** `de-DE-x-ls` → [`de-de-x-ls`, `de-de-x`, `de-de`, `de`], then the default language. */
function candidates(lang: string): readonly string[] {
  let out = chains.get(lang);
  if (!out) {
    const parts = lang.toLowerCase().split('-');
    const chain: string[] = [];
    for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
    if (!chain.includes(DEFAULT_LANG)) chain.push(DEFAULT_LANG);
    chains.set(lang, (out = chain));
  }
  return out;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Finds the nearest `lang` and `dir` above a node, crossing shadow-root boundaries. */
export function resolveAttribute(node: Node, attribute: 'lang' | 'dir'): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const value = current.getAttribute(attribute);
      if (value) return value;
    }
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/** `Intl` locales by language tag, worked out once (`Intl.getCanonicalLocales` is slow to call per render). */
const intlLocales = new Map<string, string>();

/** Intl helpers and message lookup for a given language; used by the controller and by tests. */
export class Localize {
  constructor(
    protected currentLang: string,
    private readonly overrides: () => Readonly<Record<string, string>> | undefined = () => undefined,
  ) {}

  /** The resolved language tag. */
  get lang(): string {
    return this.currentLang;
  }

  /** The message `key` in this language, with params filled in. Missing keys show the key. */
  term(key: string, params: MessageParams = {}): string {
    const own = this.overrides()?.[key];
    if (own !== undefined) return interpolate(own, params);
    for (const lang of candidates(this.lang)) {
      const message = lookup(lang, key);
      if (message !== undefined) {
        return typeof message === 'function' ? message(params, this) : interpolate(message, params);
      }
    }
    return key;
  }

  /** True when a message exists for `key` (override or catalogue). */
  has(key: string): boolean {
    return (
      this.overrides()?.[key] !== undefined || candidates(this.lang).some((lang) => lookup(lang, key) !== undefined)
    );
  }

  /** The `Intl` locale: `de-x-ls` formats as `de`. */
  get intlLocale(): string {
    let locale = intlLocales.get(this.lang);
    if (locale === undefined) {
      const base = this.lang.split('-x-')[0] ?? DEFAULT_LANG;
      try {
        locale = Intl.getCanonicalLocales(base)[0] ?? DEFAULT_LANG;
      } catch {
        locale = DEFAULT_LANG;
      }
      intlLocales.set(this.lang, locale);
    }
    return locale;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLocale, options).format(value);
  }

  /** Money from integer cents (never floats): `money(12345)` → "123,45 €" in German. */
  money(cents: number, currency = 'EUR'): string {
    if (!Number.isSafeInteger(cents)) throw new RangeError(`money: expected integer cents, got ${cents}`);
    return new Intl.NumberFormat(this.intlLocale, { style: 'currency', currency }).format(cents / 100);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.intlLocale, options).format(new Date(value));
  }

  /** The plural category of `n` (`one`, `other`, …) for choosing a message form. */
  plural(n: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule {
    return new Intl.PluralRules(this.intlLocale, options).select(n);
  }

  list(items: readonly string[], options?: Intl.ListFormatOptions): string {
    return new Intl.ListFormat(this.intlLocale, options).format(items);
  }
}

/** What a host of the controller offers: its element, and optional per-instance overrides. */
export type LocalizeHost = ReactiveControllerHost &
  HTMLElement & {
    /** Per-instance message overrides, by key. */
    strings?: Readonly<Record<string, string>> | undefined;
  };

let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Reactive controller that resolves the host's language and direction and re-renders the host
 * whenever a `lang` or `dir` attribute changes anywhere in the document.
 */
export class LocalizeController extends Localize implements ReactiveController {
  #dir: 'ltr' | 'rtl' = 'ltr';

  constructor(readonly host: LocalizeHost) {
    super(DEFAULT_LANG, () => host.strings);
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#dir;
  }

  hostConnected(): void {
    controllers.add(this);
    observeDocument();
    this.#resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads `lang` and `dir`; re-renders the host if either changed. */
  refresh(): void {
    if (this.#resolve()) this.host.requestUpdate();
  }

  #resolve(): boolean {
    const lang = resolveAttribute(this.host, 'lang') ?? DEFAULT_LANG;
    const dir = resolveAttribute(this.host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    const changed = lang !== this.currentLang || dir !== this.#dir;
    this.currentLang = lang;
    this.#dir = dir;
    return changed;
  }
}
