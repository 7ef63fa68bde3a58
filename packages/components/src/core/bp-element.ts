import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { announcerRegions } from './announcer.js';
import { LocalizeController, loadLanguage, registerDefaultTranslations, type Translations } from './localize.js';

/** Set to true to silence Blaupause's development warnings (e.g. in a production build). */
export const devWarnings = { enabled: true };

const warned = new Set<string>();

/** Logs a developer warning once per message. */
export function warnOnce(message: string): void {
  if (!devWarnings.enabled || warned.has(message)) return;
  warned.add(message);
  console.warn(`[Blaupause] ${message}`);
}

/**
 * Base class of every Blaupause element: language and direction resolution, per-instance
 * message overrides, a safe `define`, and development warnings (after Shoelace's
 * `ShoelaceElement`).
 */
export class BpElement extends LitElement {
  /**
   * Per-instance message overrides, keyed by message id (see the component's `strings.ts`),
   * e.g. `{ 'text-field.required': '(muss ausgefüllt werden)' }`. As an attribute: JSON.
   */
  @property({ type: Object, attribute: 'strings' }) strings: Readonly<Record<string, string>> | undefined;

  /**
   * The class's own messages (German and English at least). Each class lists only its own; they are
   * registered when the class is finalized, i.e. when it is defined.
   */
  static translations: readonly Translations[] = [];

  protected static override finalize(): void {
    super.finalize();
    if (Object.hasOwn(this, 'translations')) {
      for (const t of this.translations) registerDefaultTranslations(t);
    }
  }

  /** @internal Language, direction, messages and `Intl` formatting for this element. */
  readonly localize = new LocalizeController(this);

  /**
   * Holds the update back while the messages of the element's language load (a language other
   * than German, on first use), so the element never shows the fallback language first;
   * `updateComplete` waits too. German pages never wait.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    const messages = loadLanguage(this.localize.lang);
    // Asked again once they are there: the language may have changed meanwhile to one that loads too.
    return messages ? messages.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Live regions must exist before their first message, or screen readers may miss it.
    announcerRegions();
  }

  /**
   * Registers the element under `tag` unless that name is taken. A second registration of the
   * same class is ignored; another class under the same name is a developer error worth a warning
   * (two copies of the library on one page, lion #572).
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, this);
    } else if (existing !== this) {
      warnOnce(`<${tag}> is already defined by another class; is Blaupause loaded twice?`);
    }
  }
}
