/**
 * The select's arrow in forced-colors mode and in right-to-left pages, emulated through the Chrome
 * DevTools Protocol and read from computed styles. Chromium only (*.chromium.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { Select } from './select.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const arrow = (el: Select) => el.shadowRoot!.querySelector<HTMLElement>('[part~="arrow"]')!;
const select = (el: Select) => el.shadowRoot!.querySelector('select')!;

describe('bp-select arrow (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('draws the arrow in system colours in forced-colors mode, grey when disabled', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default">
        <bp-select label="Bundesland"><option>Bayern</option></bp-select>
        <bp-select label="Aus" disabled><option>Bayern</option></bp-select>
      </div>`,
    );
    const [el, disabled] = [...wrapper.querySelectorAll('bp-select')] as [Select, Select];
    const style = getComputedStyle(arrow(el));
    expect(style.borderBottomColor).to.equal(resolveColor('CanvasText'));
    expect(parseFloat(style.borderBottomWidth)).to.be.at.least(2);
    expect(getComputedStyle(select(el)).borderTopColor).to.equal(resolveColor('CanvasText'));
    expect(getComputedStyle(arrow(disabled)).borderBottomColor).to.equal(resolveColor('GrayText'));
    select(el).focus();
    expect(getComputedStyle(select(el)).outlineColor).to.equal(resolveColor('Highlight'));
  });

  it('uses the text colour token for the arrow, and mirrors its place in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default">
        <bp-select label="Land"><option>Bayern</option></bp-select>
        <div dir="rtl">
          <bp-select label="Land"><option>Bayern</option></bp-select>
        </div>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('bp-select')] as [Select, Select];
    expect(getComputedStyle(arrow(ltr)).borderBottomColor).to.equal(getComputedStyle(ltr).color);
    const box = (el: Select) => [arrow(el).getBoundingClientRect(), select(el).getBoundingClientRect()] as const;
    const [a, s] = box(ltr);
    expect(a.right).to.be.greaterThan(s.right - s.width / 4);
    const [ra, rs] = box(rtl);
    expect(ra.left).to.be.lessThan(rs.left + rs.width / 4);
  });
});
