/**
 * Forced colours, emulated through the Chrome DevTools Protocol (Chromium only): circles, the dot,
 * the focus ring, the disabled state and the group's error bar use system colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { Radio } from './radio.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const control = (radio: Radio) => radio.shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!;

describe('bp-radio-group in forced-colors mode (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('draws circles, the dot, focus ring, disabled radios and the error bar in system colours', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(html`
      <div class="bp-theme-default">
        <button type="button">vorher</button>
        <bp-radio-group label="Haben Sie einen Hund?" value="ja" required>
          <bp-radio value="ja">Ja</bp-radio>
          <bp-radio value="nein">Nein</bp-radio>
          <bp-radio value="vielleicht" disabled>Vielleicht</bp-radio>
        </bp-radio-group>
      </div>
    `);
    const group = wrapper.querySelector('bp-radio-group')!;
    await group.updateComplete;
    const [ja, nein, vielleicht] = [...group.querySelectorAll('bp-radio')] as [Radio, Radio, Radio];
    const canvasText = resolveColor('CanvasText');
    const circle = getComputedStyle(control(nein));
    expect(circle.borderTopColor).to.equal(canvasText);
    expect(parseFloat(circle.borderTopWidth)).to.be.at.least(2);
    const dot = getComputedStyle(control(ja), '::after');
    expect([dot.opacity, dot.borderTopColor]).to.deep.equal(['1', canvasText]);
    expect(parseFloat(dot.borderTopWidth)).to.be.at.least(4);
    expect(getComputedStyle(control(nein), '::after').opacity).to.equal('0');
    expect(getComputedStyle(control(vielleicht)).borderTopColor).to.equal(resolveColor('GrayText'));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = getComputedStyle(control(ja));
    expect(focused.outlineColor).to.equal(resolveColor('Highlight'));
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    group.value = '';
    group.reportValidity();
    await group.updateComplete;
    const bar = getComputedStyle(group.shadowRoot!.querySelector('fieldset')!);
    expect(bar.borderInlineStartColor).to.equal(canvasText);
    expect(parseFloat(bar.borderInlineStartWidth)).to.be.at.least(2);
  });
});
