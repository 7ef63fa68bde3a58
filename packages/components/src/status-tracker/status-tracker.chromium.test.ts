/**
 * bp-status-tracker printed and in forced-colors mode, emulated through the Chrome DevTools
 * Protocol and read from computed styles. Chromium only (*.chromium.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { StatusTracker } from './status-tracker.js';
import { emulateMedia, loadTheme } from '../core/testing/helpers.js';

const events = [
  { id: 'e1', code: 'submitted', time: '2026-11-20T08:15:00Z' },
  { id: 'e2', code: 'in_progress', time: '2026-11-23T07:30:00Z' },
  { id: 'e3', code: 'query', time: '2026-11-23T13:03:00Z', data: { url: 'https://example.org/nachreichen' } },
];
const part = (el: StatusTracker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('bp-status-tracker printed and in forced colours (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('prints without buttons, the steps one below the other, links with their address', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 60rem">
        <bp-status-tracker case-id="FIT-2026-000123" .events=${events.slice(0, 2)}></bp-status-tracker>
      </div>`,
    );
    const el = wrapper.querySelector('bp-status-tracker')!;
    const query = await fixture<StatusTracker>(html`<bp-status-tracker .events=${events}></bp-status-tracker>`);
    const tops = () => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops()).size, 'on screen: one row').to.equal(1);

    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    expect(getComputedStyle(part(el, 'copy')).display).to.equal('none');
    const printed = tops();
    expect(
      printed.every((t, i) => i === 0 || t > printed[i - 1]),
      printed.join(),
    ).to.equal(true);
    const link = part(query, 'action').querySelector('a')!;
    expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/nachreichen)"');
  });

  it('draws markers, lines and bars in system colours in forced-colors mode', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const el = await fixture<StatusTracker>(
      html`<div class="bp-theme-default"><bp-status-tracker .events=${events}></bp-status-tracker></div>`,
    ).then((w) => w.querySelector('bp-status-tracker')!);
    await el.updateComplete;
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    for (const marker of el.shadowRoot!.querySelectorAll<HTMLElement>('.marker')) {
      expect(getComputedStyle(marker).borderTopColor).to.equal(canvasText);
    }
    // The current step stands out by a system colour of its own (the browser alone would not do it).
    const highlight = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    const current = el.shadowRoot!.querySelector<HTMLElement>('li[aria-current] .marker')!;
    const other = el.shadowRoot!.querySelector<HTMLElement>('li:not([aria-current]) .marker')!;
    expect(getComputedStyle(current).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(other).backgroundColor).to.not.equal(highlight);
    expect(getComputedStyle(part(el, 'details')).borderInlineStartColor).to.equal(canvasText);
  });
});
