import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../checkbox/define.js';
import type { Fieldset } from './fieldset.js';
import { accessible, rendered } from '../core/testing/helpers.js';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('bp-fieldset', () => {
  it('is a group named by its legend in the accessibility tree', async () => {
    await fixture(html`
      <bp-fieldset id="fs" legend="Welche Leistungen beantragen Sie?">
        <bp-checkbox label="Wohngeld"></bp-checkbox>
      </bp-fieldset>
    `);
    const expected = { role: 'group', name: 'Welche Leistungen beantragen Sie?' };
    expect(await accessible(['#fs', 'fieldset'], expected)).to.deep.equal(expected);
  });

  it('takes its legend and hint from slots', async () => {
    const el = await fixture<Fieldset>(html`
      <bp-fieldset id="slotted-fs">
        <span slot="legend">Ihr <abbr title="Geburtsdatum">Geburtsdatum</abbr></span>
        <span slot="hint">Zum Beispiel 27 3 1990</span>
      </bp-fieldset>
    `);
    const expected = { role: 'group', name: 'Ihr Geburtsdatum' };
    expect(await accessible(['#slotted-fs', 'fieldset'], expected)).to.deep.equal(expected);
    expect(part(el, 'hint')!.hidden).to.equal(false);
    expect(part(el, 'base')!.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('links hint and group error to the fieldset with aria-describedby, the error with a prefix and a bar', async () => {
    const el = await fixture<Fieldset>(html`
      <bp-fieldset legend="Welche Leistungen beantragen Sie?" hint="Wählen Sie alle zutreffenden aus.">
        <bp-checkbox label="Wohngeld"></bp-checkbox>
      </bp-fieldset>
    `);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-describedby')).to.equal('hint');
    expect(part(el, 'error')).to.equal(null);
    expect(base.classList.contains('has-error')).to.equal(false);
    el.error = 'Wählen Sie mindestens eine Leistung aus.';
    await el.updateComplete;
    expect(base.getAttribute('aria-describedby')).to.equal('hint error');
    expect(text(part(el, 'error'))).to.equal('Fehler: Wählen Sie mindestens eine Leistung aus.');
    expect(base.classList.contains('has-error')).to.equal(true);
    expect(parseFloat(getComputedStyle(base).borderInlineStartWidth)).to.be.greaterThan(0);
    el.error = '';
    await el.updateComplete;
    expect(base.getAttribute('aria-describedby')).to.equal('hint');
    expect(parseFloat(getComputedStyle(base).borderInlineStartWidth)).to.equal(0);
  });

  it('says "Error:" in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <bp-fieldset legend="Your date of birth" error="Enter your date of birth."></bp-fieldset>
      </div>`,
    );
    await rendered(wrapper);
    expect(text(part(wrapper.querySelector('bp-fieldset')!, 'error'))).to.equal('Error: Enter your date of birth.');
  });

  it('shows the legend as the page heading, at the level asked for', async () => {
    const el = await fixture<Fieldset>(html`
      <bp-fieldset id="hfs" legend="Wie lautet Ihre Adresse?" legend-as-heading>
        <bp-checkbox label="Ich wohne im Ausland"></bp-checkbox>
      </bp-fieldset>
    `);
    const h1 = { role: 'heading', name: 'Wie lautet Ihre Adresse?' };
    expect(await accessible(['#hfs', 'h1'], h1)).to.deep.equal(h1);
    const group = { role: 'group', name: 'Wie lautet Ihre Adresse?' };
    expect(await accessible(['#hfs', 'fieldset'], group)).to.deep.equal(group);
    const legendSize = parseFloat(getComputedStyle(part(el, 'legend')!).fontSize);
    expect(legendSize).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize));
    el.headingLevel = 3;
    await el.updateComplete;
    expect(part(el, 'legend')!.querySelector('h3')).to.not.equal(null);
    el.headingLevel = 9; // out of range: clamped to 6, as in every component with heading-level
    await el.updateComplete;
    expect(part(el, 'legend')!.querySelector('h6')).to.not.equal(null);
    el.legendAsHeading = false;
    await el.updateComplete;
    expect(part(el, 'legend')!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('is not a form control: its controls submit and take focus as usual', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <bp-fieldset legend="Welche Leistungen beantragen Sie?">
          <bp-checkbox label="Wohngeld" name="leistung" value="wohngeld"></bp-checkbox>
          <bp-checkbox label="Kinderzuschlag" name="leistung" value="kiz"></bp-checkbox>
        </bp-fieldset>
      </form>
    `);
    const fieldset = form.querySelector('bp-fieldset')!;
    expect([...form.elements]).to.not.include(fieldset);
    const [a, b] = [...form.querySelectorAll('bp-checkbox')];
    a.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(b);
    await sendKeys({ press: ' ' });
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['leistung', 'wohngeld'],
      ['leistung', 'kiz'],
    ]);
  });

  it('sets the checkboxes of one question closer together than separate questions', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <bp-checkbox label="Allein"></bp-checkbox>
        <bp-fieldset legend="Leistungen">
          <bp-checkbox label="Wohngeld"></bp-checkbox>
          <bp-checkbox label="Kinderzuschlag"></bp-checkbox>
        </bp-fieldset>
      </div>
    `);
    const [alone, first, last] = [...wrapper.querySelectorAll('bp-checkbox')].map((el) =>
      parseFloat(getComputedStyle(el).marginBlockEnd),
    );
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(alone);
    expect(last).to.equal(0);
  });

  it('leaves disabling to a native <fieldset disabled> around it', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset disabled style="border: 0; padding: 0; margin: 0">
          <bp-fieldset legend="Leistungen">
            <bp-checkbox label="Wohngeld" name="leistung" checked></bp-checkbox>
          </bp-fieldset>
        </fieldset>
      </form>
    `);
    const checkbox = form.querySelector('bp-checkbox')!;
    await checkbox.updateComplete;
    expect(checkbox.matches(':disabled')).to.equal(true);
    expect([...new FormData(form).entries()]).to.deep.equal([]);
  });

  it('renders markup in legend and error as text', async () => {
    const el = await fixture<Fieldset>(
      html`<bp-fieldset legend=${'<img src=x onerror=alert(1)>'} error=${'<b>x</b>'}></bp-fieldset>`,
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(part(el, 'legend')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  describe('axe', () => {
    it('is accessible with legend and hint', async () => {
      const el = await fixture(html`
        <bp-fieldset legend="Welche Leistungen beantragen Sie?" hint="Wählen Sie alle zutreffenden aus.">
          <bp-checkbox label="Wohngeld"></bp-checkbox>
          <bp-checkbox label="Kinderzuschlag" checked></bp-checkbox>
        </bp-fieldset>
      `);
      await expect(el).to.be.accessible();
    });
    it('is accessible with a group error', async () => {
      const el = await fixture(html`
        <bp-fieldset legend="Welche Leistungen beantragen Sie?" error="Wählen Sie mindestens eine Leistung aus.">
          <bp-checkbox label="Wohngeld"></bp-checkbox>
        </bp-fieldset>
      `);
      await expect(el).to.be.accessible();
    });
    it('is accessible with the legend as heading', async () => {
      const el = await fixture(html`
        <bp-fieldset legend="Wie lautet Ihre Adresse?" legend-as-heading>
          <bp-checkbox label="Ich wohne im Ausland"></bp-checkbox>
        </bp-fieldset>
      `);
      await expect(el).to.be.accessible();
    });
    it('is accessible with disabled controls inside', async () => {
      const el = await fixture(html`
        <bp-fieldset legend="Leistungen"><bp-checkbox label="Wohngeld" disabled></bp-checkbox></bp-fieldset>
      `);
      await expect(el).to.be.accessible();
    });
  });
});
