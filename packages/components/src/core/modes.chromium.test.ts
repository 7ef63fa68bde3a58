/**
 * Forced colours, reduced motion and the system colour scheme, emulated through the Chrome DevTools
 * Protocol and read from computed styles. Chromium only (*.chromium.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../text-field/define.js';
import type { TextField } from '../text-field/text-field.js';
import { emulateMedia, loadTheme, resolveColor, themeValues } from './testing/helpers.js';

const input = (el: TextField) => el.shadowRoot!.querySelector('input')!;

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('forced colours, reduced motion and colour scheme (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('uses system colours in forced-colors mode: borders, focus, error bar, disabled', async () => {
    // Reduced motion too, so no colour is read half-way through a transition.
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default">
        <bp-text-field label="Name" required></bp-text-field>
        <bp-text-field label="Aus" disabled value="x"></bp-text-field>
      </div>`,
    );
    const [el, disabled] = [...wrapper.querySelectorAll('bp-text-field')] as [TextField, TextField];
    el.reportValidity();
    await el.updateComplete;
    input(el).blur(); // reportValidity focused it; read the resting state first
    const canvasText = resolveColor('CanvasText');
    expect(getComputedStyle(input(el)).borderTopColor).to.equal(canvasText);
    expect(parseFloat(getComputedStyle(input(el)).borderTopWidth)).to.be.at.least(2);
    const bar = getComputedStyle(el.shadowRoot!.querySelector('.form-control')!);
    expect(bar.borderInlineStartColor).to.equal(canvasText);
    expect(parseFloat(bar.borderInlineStartWidth)).to.be.at.least(2);
    input(el).focus();
    const focused = getComputedStyle(input(el));
    expect(focused.outlineColor).to.equal(resolveColor('Highlight'));
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(input(disabled)).borderTopColor).to.equal(resolveColor('GrayText'));
  });

  it('keeps state changes but drops transitions under prefers-reduced-motion', async () => {
    const el = await fixture<TextField>(html`<bp-text-field class="bp-theme-default" label="Name"></bp-text-field>`);
    expect(getComputedStyle(input(el)).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    expect(getComputedStyle(input(el)).transitionDuration).to.match(/^0s(, 0s)*$/);
  });

  it('follows prefers-color-scheme: dark unless the page pins .bp-mode-light', async () => {
    const { light, dark } = await themeValues('default');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default"><bp-text-field label="Name"></bp-text-field></div>`,
    );
    const el = wrapper.querySelector('bp-text-field')!;
    await emulateMedia({ 'prefers-color-scheme': 'dark', 'prefers-reduced-motion': 'reduce' });
    expect(getComputedStyle(input(el)).backgroundColor).to.equal(resolveColor(dark['--bp-color-surface-default']));
    wrapper.classList.add('bp-mode-light');
    expect(getComputedStyle(input(el)).backgroundColor).to.equal(resolveColor(light['--bp-color-surface-default']));
  });

  it('focus outline has 3:1 against the page in light and dark', async () => {
    for (const mode of ['light', 'dark']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="bp-theme-default bp-mode-${mode}"><bp-text-field label="Name"></bp-text-field></div>`,
      );
      const el = wrapper.querySelector('bp-text-field')!;
      input(el).focus();
      const ring = getComputedStyle(input(el)).outlineColor;
      const page = getComputedStyle(wrapper).getPropertyValue('--bp-color-surface-default').trim();
      expect(contrast(ring, resolveColor(page)), mode).to.be.at.least(3);
    }
  });
});
