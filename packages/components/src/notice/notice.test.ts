import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../text-field/define.js';
import { NoticeDismissEvent } from './events.js';
import type { Notice, NoticeVariant } from './notice.js';
import { accessible, rendered } from '../core/testing/helpers.js';

const part = (el: Notice, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const message = (el: Notice) => part(el, 'message')!;
const dismissButton = (el: Notice) => part(el, 'dismiss') as HTMLButtonElement;
/**
 * An element as `tag#id[part]`, for focus assertions: chai prints a whole failing element (the
 * body, with the test page in it) so slowly that the run stalls instead of failing.
 */
const label = (el: Element | null | undefined): string =>
  el
    ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`
    : 'nothing';

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const VARIANTS: [NoticeVariant, 'status' | 'alert', string][] = [
  ['info', 'status', 'Information:'],
  ['success', 'status', 'Erfolg:'],
  ['warning', 'status', 'Warnung:'],
  ['error', 'alert', 'Fehler:'],
];

describe('bp-notice', () => {
  describe('severity', () => {
    for (const [variant, role, prefix] of VARIANTS) {
      it(`${variant}: role=${role} in the accessibility tree, the severity in text, an icon hidden from assistive technology`, async () => {
        const el = await fixture<Notice>(
          html`<bp-notice id="n-${variant}" variant=${variant}><p>Ihr Antrag ist eingegangen.</p></bp-notice>`,
        );
        expect(message(el).getAttribute('role')).to.equal(role);
        const found = await accessible([`#n-${variant}`, '[part~="message"]'], { role, name: '' });
        expect(found.role).to.equal(role);
        expect(text(message(el).querySelector('.visually-hidden')!)).to.equal(prefix);
        expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
        expect(part(el, 'icon')!.querySelector('svg')).to.not.equal(null);
      });
    }

    it('draws a different icon for each severity', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>${VARIANTS.map(([v]) => html`<bp-notice variant=${v}>Text</bp-notice>`)}</div>`,
      );
      const shapes = [...wrapper.querySelectorAll('bp-notice')].map((n) => part(n, 'icon')!.innerHTML);
      expect(new Set(shapes).size).to.equal(4);
    });

    it('falls back to info for an unknown variant', async () => {
      const el = await fixture<Notice>(html`<bp-notice>Text</bp-notice>`);
      el.setAttribute('variant', 'critical');
      await el.updateComplete;
      expect(message(el).getAttribute('role')).to.equal('status');
      expect(part(el, 'base')!.classList.contains('info')).to.equal(true);
    });

    it('keeps the same live element when its content or severity changes, so changes are announced', async () => {
      const el = await fixture<Notice>(html`<bp-notice>Wird gespeichert …</bp-notice>`);
      const live = message(el);
      el.textContent = 'Gespeichert.';
      el.variant = 'success';
      await el.updateComplete;
      expect(message(el)).to.equal(live);
      el.variant = 'error';
      await el.updateComplete;
      expect(message(el)).to.equal(live);
      expect(live.getAttribute('role')).to.equal('alert');
    });
  });

  describe('heading', () => {
    it('renders the heading attribute as a heading of the given level, with the severity in front', async () => {
      const el = await fixture<Notice>(
        html`<bp-notice id="with-heading" variant="error" heading="Zahlung fehlgeschlagen" heading-level="3"
          ><p>Ihre Karte wurde abgelehnt.</p></bp-notice
        >`,
      );
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('Fehler: Zahlung fehlgeschlagen');
      expect(message(el).contains(heading)).to.equal(true);
      const expected = { role: 'heading', name: 'Fehler: Zahlung fehlgeschlagen' };
      expect(await accessible(['#with-heading', 'h3'], expected)).to.deep.equal(expected);
      // The severity is said once, in the heading.
      expect(message(el).querySelectorAll('.visually-hidden')).to.have.length(1);
    });

    it('defaults to level 2 and keeps levels within 2–6', async () => {
      const el = await fixture<Notice>(html`<bp-notice heading="Wartungsarbeiten">Text</bp-notice>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      for (const [given, tag] of [
        ['1', 'h2'],
        ['4', 'h4'],
        ['6', 'h6'],
        ['9', 'h6'],
        ['abc', 'h2'],
      ]) {
        el.setAttribute('heading-level', given);
        await el.updateComplete;
        expect(part(el, 'heading')!.localName, given).to.equal(tag);
      }
    });

    it('takes a heading element from the heading slot instead', async () => {
      const el = await fixture<Notice>(
        html`<bp-notice variant="success" heading="Überschrieben"
          ><h3 slot="heading">Antrag gesendet</h3>
          <p>Wir haben Ihnen eine Bestätigung geschickt.</p></bp-notice
        >`,
      );
      const box = part(el, 'heading')!;
      expect(box.hidden).to.equal(false);
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
      expect(text(box.querySelector('.visually-hidden')!)).to.equal('Erfolg:');
      expect(message(el).querySelectorAll('.visually-hidden')).to.have.length(1);
    });
  });

  describe('dismiss', () => {
    it('has no close button unless dismissible', async () => {
      const el = await fixture<Notice>(html`<bp-notice>Text</bp-notice>`);
      expect(part(el, 'dismiss')).to.equal(null);
    });

    it('shows a named close button of at least 24 × 24 px, outside the live region', async () => {
      const el = await fixture<Notice>(html`<bp-notice id="closable" dismissible>Text</bp-notice>`);
      const button = dismissButton(el);
      expect(message(el).contains(button)).to.equal(false);
      const rect = button.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
      const expected = { role: 'button', name: 'Hinweis schließen' };
      expect(await accessible(['#closable', '[part~="dismiss"]'], expected)).to.deep.equal(expected);
    });

    it('is dismissed with the keyboard: bp-notice-dismiss, hidden, focus to the next focusable element', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>davor</button>
          <bp-notice dismissible>Die Seite wird am Sonntag gewartet. <a href="#mehr">Mehr erfahren</a></bp-notice>
          <p>Kein Fokus hier</p>
          <bp-text-field label="Vorname"></bp-text-field>
        </div>`,
      );
      const el = wrapper.querySelector('bp-notice')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' }); // the link in the message
      await sendKeys({ press: 'Tab' }); // the close button
      expect(label(el.shadowRoot!.activeElement)).to.equal(label(dismissButton(el)));
      const dismissed = oneEvent(el, 'bp-notice-dismiss');
      await sendKeys({ press: 'Enter' });
      const event = (await dismissed) as unknown as NoticeDismissEvent;
      expect(event).to.be.instanceOf(NoticeDismissEvent);
      expect(event.trigger).to.equal('user');
      expect(event.bubbles).to.equal(true);
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(label(document.activeElement)).to.equal(label(wrapper.querySelector('bp-text-field')));
    });

    it('is dismissed with Space too', async () => {
      const el = await fixture<Notice>(html`<bp-notice dismissible>Text</bp-notice>`);
      dismissButton(el).focus();
      await sendKeys({ press: ' ' });
      expect(el.hidden).to.equal(true);
    });

    it('moves focus to the element named by focus-after-dismiss', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <h2 id="ziel" tabindex="-1">Ihre Anträge</h2>
          <bp-notice dismissible focus-after-dismiss="ziel">Text</bp-notice>
          <a href="#x">danach</a>
        </div>`,
      );
      const el = wrapper.querySelector('bp-notice')!;
      dismissButton(el).focus();
      dismissButton(el).click();
      expect(label(document.activeElement)).to.equal(label(wrapper.querySelector('#ziel')));
    });

    it('moves focus to the previous focusable element when nothing follows', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="#oben">oben</a>
          <button disabled>aus</button>
          <bp-notice dismissible>Text</bp-notice>
          <span tabindex="-1">nicht per Tab</span>
        </div>`,
      );
      const el = wrapper.querySelector('bp-notice')!;
      dismissButton(el).focus();
      dismissButton(el).click();
      expect(label(document.activeElement)).to.equal(label(wrapper.querySelector('a')));
    });

    it('stays when bp-notice-dismiss is cancelled, with focus where it was', async () => {
      const el = await fixture<Notice>(html`<bp-notice dismissible>Text</bp-notice>`);
      el.addEventListener('bp-notice-dismiss', (e) => e.preventDefault());
      dismissButton(el).focus();
      dismissButton(el).click();
      expect(el.hidden).to.equal(false);
      expect(label(el.shadowRoot!.activeElement)).to.equal(label(dismissButton(el)));
      expect(el.dismiss()).to.equal(false);
    });

    it('dismiss() from script fires bp-notice-dismiss and leaves focus alone when it was elsewhere', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <bp-notice>Text</bp-notice>
          <input aria-label="Feld" />
          <a href="#x">danach</a>
        </div>`,
      );
      const el = wrapper.querySelector('bp-notice')!;
      const input = wrapper.querySelector('input')!;
      input.focus();
      let trigger = '';
      el.addEventListener('bp-notice-dismiss', (e) => (trigger = e.trigger));
      expect(el.dismiss()).to.equal(true);
      expect(trigger).to.equal('script');
      expect(el.hidden).to.equal(true);
      expect(label(document.activeElement)).to.equal(label(input));
    });

    it('can be shown again by removing hidden', async () => {
      const el = await fixture<Notice>(html`<bp-notice dismissible>Text</bp-notice>`);
      el.dismiss();
      el.hidden = false;
      expect(getComputedStyle(el).display).to.equal('block');
    });
  });

  it('focus() moves focus to the message', async () => {
    const el = await fixture<Notice>(html`<bp-notice variant="success">Antrag gesendet.</bp-notice>`);
    el.focus();
    expect(label(el.shadowRoot!.activeElement)).to.equal(label(message(el)));
  });

  it('speaks English with lang="en" and takes per-instance wording', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <bp-notice variant="warning" dismissible>Your session ends soon.</bp-notice>
        <bp-notice variant="warning" .strings=${{ 'notice.prefix.warning': 'Achtung:' }}>Text</bp-notice>
      </div>`,
    );
    await rendered(wrapper);
    const [en, own] = [...wrapper.querySelectorAll('bp-notice')];
    expect(text(message(en).querySelector('.visually-hidden')!)).to.equal('Warning:');
    expect(dismissButton(en).getAttribute('aria-label')).to.equal('Dismiss notice');
    expect(text(message(own).querySelector('.visually-hidden')!)).to.equal('Achtung:');
  });

  it('renders markup in the heading attribute as text', async () => {
    const el = await fixture<Notice>(html`<bp-notice heading=${'<img src=x onerror=alert(1)>'}>Text</bp-notice>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(part(el, 'heading')!)).to.contain('<img src=x onerror=alert(1)>');
  });

  describe('axe', () => {
    for (const [variant] of VARIANTS) {
      it(`is accessible as ${variant}`, async () => {
        const el = await fixture(html`<bp-notice variant=${variant}><p>Ein Text.</p></bp-notice>`);
        await expect(el).to.be.accessible();
      });
      it(`is accessible as ${variant} with heading and close button`, async () => {
        const el = await fixture(
          html`<bp-notice variant=${variant} heading="Überschrift" dismissible
            ><p>Ein Text mit <a href="#x">Link</a>.</p></bp-notice
          >`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});
