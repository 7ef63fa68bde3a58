/**
 * Forced colours for the popup, emulated through the Chrome DevTools Protocol (Chromium only).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { Combobox } from './combobox.js';
import { emulateMedia, resolveColor } from '../core/testing/helpers.js';

const OPTIONS = [
  { value: '09661000', label: 'Aschaffenburg' },
  { value: '09761000', label: 'Augsburg' },
];

describe('bp-combobox in forced colours (Chromium)', () => {
  afterEach(() => emulateMedia(null));

  it('marks the active option with Highlight/HighlightText and a bar, and outlines the popup', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const el = await fixture<Combobox>(html`<bp-combobox label="Ort" .options=${OPTIONS}></bp-combobox>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const [activeOption, other] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(activeOption.getAttribute('aria-selected')).to.equal('true');
    const active = getComputedStyle(activeOption);
    expect(active.backgroundColor).to.equal(resolveColor('Highlight'));
    expect(active.color).to.equal(resolveColor('HighlightText'));
    expect(parseFloat(active.borderInlineStartWidth)).to.be.at.least(2);
    expect(getComputedStyle(other).backgroundColor).to.not.equal(resolveColor('Highlight'));
    const popup = getComputedStyle(el.shadowRoot!.querySelector('[part~="popup"]')!);
    expect(popup.borderTopColor).to.equal(resolveColor('CanvasText'));
  });

  it('marks the active option by more than colour outside forced colours too', async () => {
    const el = await fixture<Combobox>(html`<bp-combobox label="Ort" .options=${OPTIONS}></bp-combobox>`);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const [activeOption, other] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(parseFloat(getComputedStyle(activeOption).borderInlineStartWidth)).to.be.at.least(2);
    expect(parseFloat(getComputedStyle(other).borderInlineStartWidth)).to.equal(0);
  });
});
