import { expect, fixture, html } from '@open-wc/testing';
import { Localize, interpolate, loadLanguage, registerTranslation, resolveAttribute } from './localize.js';
import { BpElement } from './bp-element.js';

class LocalizeProbe extends BpElement {
  protected override render() {
    return html`<span>${this.localize.term('probe.greeting', { name: 'Ayşe' })}</span>`;
  }
}
LocalizeProbe.define('bp-localize-probe');

registerTranslation('de', { 'probe.greeting': 'Guten Tag, {name}!' });
registerTranslation('en', { 'probe.greeting': 'Hello, {name}!' });
registerTranslation('de-x-ls', { 'probe.greeting': 'Hallo {name}.' });

const text = (el: Element) => el.shadowRoot!.querySelector('span')!.textContent;

describe('localize', () => {
  it('interpolates named params and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} und {b}', { a: 1 })).to.equal('1 und {b}');
  });

  it('falls back from a regional or private-use tag to its language, then to German', () => {
    expect(new Localize('en-GB').term('probe.greeting', { name: 'X' })).to.equal('Hello, X!');
    expect(new Localize('de-x-ls').term('probe.greeting', { name: 'X' })).to.equal('Hallo X.');
    expect(new Localize('tr').term('probe.greeting', { name: 'X' })).to.equal('Guten Tag, X!');
    expect(new Localize('de').term('no.such.key')).to.equal('no.such.key');
  });

  it('formats money from integer cents, numbers, dates and plurals through Intl', () => {
    const de = new Localize('de');
    expect(de.money(12345).replace(/\u00a0/g, ' ')).to.equal('123,45 €');
    expect(new Localize('en').money(12345)).to.equal('€123.45');
    expect(() => de.money(12.5)).to.throw(RangeError);
    expect(de.number(1234567.5)).to.equal('1.234.567,5');
    expect(de.date('2025-11-24T14:03:00Z', { dateStyle: 'medium', timeZone: 'Europe/Berlin' })).to.equal('24.11.2025');
    expect(de.plural(1)).to.equal('one');
    expect(de.plural(2)).to.equal('other');
    expect(de.list(['Aschaffenburg', 'Augsburg', 'Kelheim'])).to.equal('Aschaffenburg, Augsburg und Kelheim');
    expect(new Localize('de-x-ls').intlLocale).to.equal('de');
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div></div></div>`);
    const host = outer.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveAttribute(inner, 'lang')).to.equal('en');
  });

  it('re-renders when an ancestor lang or dir changes, and exposes dir', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><bp-localize-probe></bp-localize-probe></div>`);
    const el = wrapper.querySelector('bp-localize-probe') as LocalizeProbe;
    expect(text(el)).to.equal('Guten Tag, Ayşe!');
    wrapper.lang = 'en';
    wrapper.dir = 'rtl';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.equal('Hello, Ayşe!');
    expect(el.localize.dir).to.equal('rtl');
  });

  it('uses per-instance strings before the catalogue', async () => {
    const el = await fixture<LocalizeProbe>(
      html`<bp-localize-probe strings='{"probe.greeting":"Servus {name}"}'></bp-localize-probe>`,
    );
    expect(text(el)).to.equal('Servus Ayşe');
  });

  describe('languages loaded on first use', () => {
    const loads: string[] = [];
    /** What each language's loader does: resolve with messages, or fail. */
    const lazy = (lang: string, messages: Record<string, string> | Error) => () => {
      loads.push(lang);
      return new Promise<Record<string, string>>((resolve, reject) =>
        setTimeout(() => (messages instanceof Error ? reject(messages) : resolve(messages)), 20),
      );
    };

    class LazyProbe extends BpElement {
      static override translations = [
        {
          de: { 'lazy.greeting': 'Guten Tag' },
          sv: lazy('sv', { 'lazy.greeting': 'God dag' }),
          fr: lazy('fr', new Error('offline')),
        },
      ];
      /** Every text the element ever rendered, in order. */
      readonly rendered: string[] = [];
      protected override render() {
        const text = this.localize.term('lazy.greeting');
        this.rendered.push(text);
        return html`<span>${text}</span>`;
      }
    }
    LazyProbe.define('bp-lazy-probe');

    it('renders a German page at once, without loading any other language', async () => {
      const el = await fixture<LazyProbe>(html`<bp-lazy-probe></bp-lazy-probe>`);
      expect(el.rendered).to.deep.equal(['Guten Tag']);
      expect(loads).to.deep.equal([]);
    });

    it('loads a language once, on first use, and never shows the German fallback first', async () => {
      const [a, b] = await Promise.all([
        fixture<LazyProbe>(html`<bp-lazy-probe lang="sv"></bp-lazy-probe>`),
        fixture<LazyProbe>(html`<bp-lazy-probe lang="sv-FI"></bp-lazy-probe>`),
      ]);
      expect(a.rendered).to.deep.equal(['God dag']);
      expect(b.rendered).to.deep.equal(['God dag']);
      expect(loads).to.deep.equal(['sv']);
      expect(loadLanguage('sv')).to.equal(undefined);
    });

    it('keeps German when a language fails to load, says so once, and nothing breaks', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><bp-lazy-probe></bp-lazy-probe></div>`);
      const el = wrapper.querySelector<LazyProbe>('bp-lazy-probe')!;
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        wrapper.lang = 'fr';
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      // French failed to load: German stays, said once in the console, nothing breaks.
      expect(el.rendered.at(-1)).to.equal('Guten Tag');
      expect(loads).to.include('fr');
      expect(String(warnings[0])).to.contain('"fr"');
    });

    it('an element asking while two classes load the same language at different speeds waits for both', async () => {
      const slow = (ms: number, messages: Record<string, string>) => () =>
        new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve(messages), ms));
      class FastProbe extends BpElement {
        static override translations = [{ de: { 'fast.b': 'B-de' }, nl: slow(10, { 'fast.b': 'B-nl' }) }];
        protected override render() {
          return html`<span>${this.localize.term('fast.b')}</span>`;
        }
      }
      // One class's load starts; another class's load of the same language starts and ends while it runs.
      class SlowProbe2 extends BpElement {
        static override translations = [{ de: { 'slow2.a': 'C-de' }, nl: slow(200, { 'slow2.a': 'C-nl' }) }];
        protected override render() {
          return html`<span>${this.localize.term('slow2.a')}</span>`;
        }
      }
      SlowProbe2.define('bp-slow2-probe');
      const waiting = fixture<SlowProbe2>(html`<bp-slow2-probe lang="nl"></bp-slow2-probe>`);
      await new Promise((r) => setTimeout(r, 20));
      FastProbe.define('bp-fast-probe');
      const fast = await fixture<FastProbe>(html`<bp-fast-probe lang="nl"></bp-fast-probe>`);
      expect(fast.shadowRoot!.textContent).to.contain('B-nl');
      // The fast load has ended; an element of the slow class asking now still waits for its messages.
      const late = await fixture<SlowProbe2>(html`<bp-slow2-probe lang="nl"></bp-slow2-probe>`);
      expect(late.shadowRoot!.textContent).to.contain('C-nl');
      expect((await waiting).shadowRoot!.textContent).to.contain('C-nl');
    });
  });
});
