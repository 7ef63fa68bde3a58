/**
 * Forced colours for bp-notice, emulated through the Chrome DevTools Protocol and read from
 * computed styles. Chromium only (*.chromium.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { Notice } from './notice.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const part = (el: Notice, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('bp-notice: forced colours (Chromium)', () => {
  before(() => loadTheme('default'));
  afterEach(() => emulateMedia(null));

  it('keeps its border and icon in system colours in every variant, and the close button outlined', async () => {
    await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bp-theme-default">
        ${['info', 'success', 'warning', 'error'].map(
          (v) => html`<bp-notice variant=${v as Notice['variant']} dismissible>Text</bp-notice>`,
        )}
      </div>`,
    );
    const canvasText = resolveColor('CanvasText');
    for (const el of wrapper.querySelectorAll('bp-notice')) {
      const box = getComputedStyle(part(el, 'base'));
      expect(box.borderTopColor, el.variant).to.equal(canvasText);
      expect(parseFloat(box.borderTopWidth)).to.be.at.least(2);
      expect(parseFloat(box.borderInlineStartWidth)).to.be.at.least(4);
      expect(getComputedStyle(part(el, 'icon')).color).to.equal(canvasText);
      const close = getComputedStyle(part(el, 'dismiss'));
      expect(close.borderTopColor).to.equal(resolveColor('ButtonText'));
    }
  });

  it('draws each severity with its own token colours outside forced colours', async () => {
    const el = await fixture<Notice>(html`<bp-notice class="bp-theme-default" variant="error">Text</bp-notice>`);
    const probe = document.createElement('span');
    probe.style.color = 'var(--bp-color-feedback-error-border)';
    el.append(probe);
    const errorBorder = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(part(el, 'base')).borderTopColor).to.equal(errorBorder);
    el.variant = 'success';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')).borderTopColor).to.not.equal(errorBorder);
  });
});
