import { expect, fixture, html } from '@open-wc/testing';
import '../text-field/define.js';
import type { TextField } from '../text-field/text-field.js';
import { loadTheme, resolveColor, themeValues } from './testing/helpers.js';

const input = (el: TextField) => el.shadowRoot!.querySelector('input')!;

describe('themes and modes (class-based, every browser)', () => {
  before(async () => {
    await loadTheme('default');
    await loadTheme('hessen');
  });

  it('takes the light values of the theme on its wrapper', async () => {
    const { light } = await themeValues('hessen');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-hessen bp-mode-light"><bp-text-field label="Name"></bp-text-field></div>`,
    );
    const el = wrapper.querySelector('bp-text-field')!;
    const defaults = await themeValues('default');
    // hessen's neutrals are tinted red: its values differ from the default theme's fallbacks.
    expect(light['--bp-color-text-default']).to.not.equal(defaults.light['--bp-color-text-default']);
    expect(getComputedStyle(input(el)).borderTopColor).to.equal(resolveColor(light['--bp-color-border-input']));
    const label = el.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label).color).to.equal(resolveColor(light['--bp-color-text-default']));
  });

  it('switches to dark with .bp-mode-dark, and back, live', async () => {
    const { light, dark } = await themeValues('default');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default bp-mode-dark"><bp-text-field label="Name"></bp-text-field></div>`,
    );
    const el = wrapper.querySelector('bp-text-field')!;
    const label = el.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(input(el)).backgroundColor).to.equal(resolveColor(dark['--bp-color-surface-default']));
    expect(getComputedStyle(label).color).to.equal(resolveColor(dark['--bp-color-text-default']));
    expect(getComputedStyle(wrapper).colorScheme).to.equal('dark');
    wrapper.className = 'bp-theme-default bp-mode-light';
    expect(getComputedStyle(label).color).to.equal(resolveColor(light['--bp-color-text-default']));
  });

  it('switches theme live by changing the class', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default bp-mode-light"><bp-text-field label="Name" required></bp-text-field></div>`,
    );
    const el = wrapper.querySelector('bp-text-field')!;
    el.reportValidity();
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    const before = getComputedStyle(error).color;
    wrapper.className = 'bp-theme-hessen bp-mode-dark';
    const { dark } = await themeValues('hessen');
    expect(getComputedStyle(error).color).to.equal(resolveColor(dark['--bp-color-feedback-error-text']));
    expect(getComputedStyle(error).color).to.not.equal(before);
  });

  it('follows a semantic token overridden on any ancestor, and a component token set on the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default" style="--bp-color-border-input: rgb(1, 2, 3)">
        <bp-text-field label="Betrag"><span slot="prefix">€</span></bp-text-field>
        <bp-text-field label="Name" style="--bp-field-border-color: rgb(4, 5, 6)"></bp-text-field>
      </div>`,
    );
    const [withPrefix, knob] = [...wrapper.querySelectorAll('bp-text-field')];
    await withPrefix.updateComplete;
    expect(getComputedStyle(input(withPrefix)).borderTopColor).to.equal('rgb(1, 2, 3)');
    const prefix = withPrefix.shadowRoot!.querySelector('[part~="prefix"]')!;
    expect(getComputedStyle(prefix).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(input(knob)).borderTopColor).to.equal('rgb(4, 5, 6)');
  });

  it('draws a focus outline of at least 2 px', async () => {
    const el = await fixture<TextField>(html`<bp-text-field class="bp-theme-default" label="Name"></bp-text-field>`);
    input(el).focus();
    const style = getComputedStyle(input(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
