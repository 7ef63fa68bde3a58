import { expect, fixture, html } from '@open-wc/testing';
import { Localize, interpolate, registerTranslation, resolveAttribute } from './localize.js';
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
});
