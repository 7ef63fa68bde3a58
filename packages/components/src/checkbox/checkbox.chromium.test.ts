/**
 * Forced colours, emulated through the Chrome DevTools Protocol (Chromium only): the box, the tick,
 * the focus ring and the disabled state use system colours, so the checkbox stays visible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { Checkbox } from './checkbox.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const part = (el: Checkbox, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('bp-checkbox in forced-colors mode (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('draws box, tick, dash, focus ring and disabled state in system colours', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(html`
      <div class="bp-theme-default">
        <button type="button">vorher</button>
        <bp-checkbox label="Angekreuzt" checked></bp-checkbox>
        <bp-checkbox label="Teilweise" indeterminate></bp-checkbox>
        <bp-checkbox label="Aus" disabled></bp-checkbox>
      </div>
    `);
    const [checked, mixed, disabled] = [...wrapper.querySelectorAll('bp-checkbox')] as [Checkbox, Checkbox, Checkbox];
    const canvasText = resolveColor('CanvasText');
    const box = getComputedStyle(part(checked, 'control'));
    expect(box.borderTopColor).to.equal(canvasText);
    expect(parseFloat(box.borderTopWidth)).to.be.at.least(2);
    const tick = getComputedStyle(checked.shadowRoot!.querySelector('.tick')!);
    expect([tick.visibility, tick.color]).to.deep.equal(['visible', canvasText]);
    const dash = getComputedStyle(mixed.shadowRoot!.querySelector('.dash')!);
    expect([dash.visibility, dash.color]).to.deep.equal(['visible', canvasText]);
    expect(getComputedStyle(part(disabled, 'control')).borderTopColor).to.equal(resolveColor('GrayText'));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = getComputedStyle(part(checked, 'control'));
    expect(focused.outlineColor).to.equal(resolveColor('Highlight'));
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
  });
});
