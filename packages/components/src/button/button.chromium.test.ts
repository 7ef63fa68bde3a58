/**
 * Forced colours and reduced motion for bp-button, emulated through the Chrome DevTools Protocol
 * and read from computed styles. Chromium only (*.chromium.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { Button } from './button.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const base = (el: Button) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('bp-button: forced colours and reduced motion (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('keeps a system-colour border in every variant, GrayText when disabled, LinkText as a link', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default">
        <bp-button variant="primary">A</bp-button>
        <bp-button variant="secondary">B</bp-button>
        <bp-button variant="tertiary">C</bp-button>
        <bp-button variant="danger">D</bp-button>
        <bp-button disabled>E</bp-button>
        <bp-button href="#f">F</bp-button>
      </div>`,
    );
    const buttons = [...wrapper.querySelectorAll('bp-button')];
    const [buttonText, grayText, linkText] = ['ButtonText', 'GrayText', 'LinkText'].map(resolveColor);
    const expected = [buttonText, buttonText, buttonText, buttonText, grayText, linkText];
    buttons.forEach((el, i) => {
      const style = getComputedStyle(base(el));
      expect(style.borderTopColor, el.textContent ?? '').to.equal(expected[i]);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    });
  });

  it('shows the focus outline in Highlight in forced colours', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default"><input aria-label="davor" /><bp-button>Weiter</bp-button></div>`,
    );
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(base(wrapper.querySelector('bp-button')!));
    expect(style.outlineColor).to.equal(resolveColor('Highlight'));
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('stops the busy spinner from turning under prefers-reduced-motion, keeping it visible', async () => {
    const el = await fixture<Button>(html`<bp-button class="bp-theme-default" busy>Senden</bp-button>`);
    const spinner = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="spinner"]')!;
    expect(getComputedStyle(spinner()).animationIterationCount).to.equal('infinite');
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    expect(getComputedStyle(spinner()).animationDuration).to.equal('0s');
    expect(spinner().getBoundingClientRect().width).to.be.greaterThan(0);
  });
});
