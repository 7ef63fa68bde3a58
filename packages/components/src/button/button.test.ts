import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../text-field/define.js';
import type { Button } from './button.js';
import { accessible, clearAnnouncements, nextAnnouncement, tick } from '../core/testing/helpers.js';

const base = (el: Button) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

/**
 * An element as `tag#id[part]`, for focus assertions: chai prints a whole failing element (the
 * body, with the test page in it) so slowly that the run stalls instead of failing.
 */
const label = (el: Element | null | undefined): string =>
  el
    ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`
    : 'nothing';

type Entries = [string, string][];

/**
 * Records every submission of `form`: the entries a server would receive (read in the submit
 * listener, with the submitter) and the submitter. Submissions are stopped, so the page stays.
 */
function recordSubmissions(form: HTMLFormElement) {
  const log: { entries: Entries; submitter: HTMLElement | null }[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entries = [...new FormData(form, event.submitter).entries()].map(
      ([k, v]) => [k, typeof v === 'string' ? v : v.name] as [string, string],
    );
    log.push({ entries, submitter: event.submitter });
  });
  return log;
}

/** Waits for the form action that follows a click (it runs a task after the click). */
const settle = () => tick(50);

describe('bp-button', () => {
  describe('rendering and names', () => {
    it('renders a native button in its shadow root, named by its text', async () => {
      const el = await fixture<Button>(html`<bp-button id="named">Antrag absenden</bp-button>`);
      expect(base(el).localName).to.equal('button');
      expect(base(el).getAttribute('type')).to.equal('button');
      const expected = { role: 'button', name: 'Antrag absenden' };
      expect(await accessible(['#named', 'button'], expected)).to.deep.equal(expected);
    });

    it('is named by label when it shows only an icon, and hides the icon from assistive technology', async () => {
      const el = await fixture<Button>(
        html`<bp-button id="icon-only" label="Schließen" variant="tertiary"
          ><svg slot="start" viewBox="0 0 10 10"><path d="M1 1 9 9M9 1 1 9" stroke="currentColor" /></svg
        ></bp-button>`,
      );
      await el.updateComplete;
      expect(base(el).classList.contains('icon-only')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="start"]')!.getAttribute('aria-hidden')).to.equal('true');
      const expected = { role: 'button', name: 'Schließen' };
      expect(await accessible(['#icon-only', 'button'], expected)).to.deep.equal(expected);
    });

    it('keeps icons next to the text out of the name', async () => {
      const el = await fixture<Button>(html`<bp-button id="with-icon">Weiter<span slot="end">→</span></bp-button>`);
      await el.updateComplete;
      expect((el.shadowRoot!.querySelector('[part~="end"]') as HTMLElement).hidden).to.equal(false);
      const expected = { role: 'button', name: 'Weiter' };
      expect(await accessible(['#with-icon', 'button'], expected)).to.deep.equal(expected);
    });

    it('reflects the variant and falls back to primary for unknown ones', async () => {
      const el = await fixture<Button>(html`<bp-button variant="danger">Antrag löschen</bp-button>`);
      expect(base(el).classList.contains('danger')).to.equal(true);
      el.setAttribute('variant', 'fancy');
      await el.updateComplete;
      expect(base(el).classList.contains('primary')).to.equal(true);
    });

    it('normalises type like a native button: default and unknown values are submit', async () => {
      const el = await fixture<Button>(html`<bp-button>Senden</bp-button>`);
      expect(el.type).to.equal('submit');
      el.setAttribute('type', 'RESET');
      expect(el.type).to.equal('reset');
      el.setAttribute('type', 'nonsense');
      expect(el.type).to.equal('submit');
      el.type = 'button';
      expect(el.type).to.equal('button');
    });

    it('delegates focus to the inner button', async () => {
      const el = await fixture<Button>(html`<bp-button>Senden</bp-button>`);
      el.focus();
      expect(label(el.shadowRoot!.activeElement)).to.equal(label(base(el)));
      expect(label(document.activeElement)).to.equal(label(el));
    });

    it('offers a target of at least 24 × 24 px in every variant, also with only an icon', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <bp-button variant="primary">A</bp-button>
          <bp-button variant="secondary">B</bp-button>
          <bp-button variant="tertiary">C</bp-button>
          <bp-button variant="danger">D</bp-button>
          <bp-button label="Schließen"><span slot="start">×</span></bp-button>
          <bp-button href="/hilfe">E</bp-button>
          <bp-button disabled>F</bp-button>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('bp-button')) {
        await el.updateComplete;
        const rect = base(el).getBoundingClientRect();
        expect(rect.width, el.outerHTML).to.be.at.least(24);
        expect(rect.height, el.outerHTML).to.be.at.least(24);
      }
    });

    it('speaks English with lang="en" and takes per-instance wording', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <bp-button href="/info" target="_blank">Guidance</bp-button>
          <bp-button href="/info" target="_blank" .strings=${{ 'button.new-window': '(neues Fenster)' }}
            >Hilfe</bp-button
          >
        </div>`,
      );
      const [en, own] = [...wrapper.querySelectorAll('bp-button')];
      // English loads on first use; the elements render once it is there.
      await Promise.all([en.updateComplete, own.updateComplete]);
      expect(en.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('(opens in a new tab)');
      expect(own.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('(neues Fenster)');
    });
  });

  describe('in a form', () => {
    it('submits its form on click, with its name and value only in that submission', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="vorname" value="Jürgen" />
          <bp-button name="aktion" value="senden">Senden</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const button = form.querySelector('bp-button')!;
      // Not part of the form data while it did not submit (material-web #6030).
      expect([...new FormData(form).entries()]).to.deep.equal([['vorname', 'Jürgen']]);
      base(button).click();
      await settle();
      expect(log).to.have.length(1);
      expect(log[0].entries).to.deep.equal([
        ['vorname', 'Jürgen'],
        ['aktion', 'senden'],
      ]);
      expect(log[0].submitter!.getAttribute('value')).to.equal('senden');
      // The stand-in is gone afterwards, and the value stays out of the form data.
      expect(form.querySelector('[data-bp-submitter]')).to.equal(null);
      expect([...new FormData(form).entries()]).to.deep.equal([['vorname', 'Jürgen']]);
    });

    it('sends only the name and value of the button that submitted (material-web #6030)', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-button name="aktion" value="speichern" variant="secondary">Entwurf speichern</bp-button>
          <bp-button name="aktion" value="absenden">Absenden</bp-button>
          <button name="nativ" value="ja">Nativ</button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const [save, send] = [...form.querySelectorAll('bp-button')];
      base(send).click();
      await settle();
      base(save).click();
      await settle();
      form.querySelector('button')!.click();
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([
        [['aktion', 'absenden']],
        [['aktion', 'speichern']],
        [['nativ', 'ja']],
      ]);
    });

    it('submits without a name pair when it has no name', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><input name="a" value="1" /><bp-button value="ignoriert">Senden</bp-button></form>`,
      );
      const log = recordSubmissions(form);
      base(form.querySelector('bp-button')!).click();
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([[['a', '1']]]);
    });

    it('submits with Enter and with Space, like a native button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-button name="aktion" value="weiter">Weiter</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(log).to.have.length(1);
      await sendKeys({ press: ' ' });
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([[['aktion', 'weiter']], [['aktion', 'weiter']]]);
    });

    it('is reached with Tab', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <input aria-label="davor" />
          <bp-button>Weiter</bp-button>
        </div>`,
      );
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      const el = wrapper.querySelector('bp-button')!;
      expect(label(document.activeElement)).to.equal(label(el));
      expect(label(el.shadowRoot!.activeElement)).to.equal(label(base(el)));
    });

    it('is the default button: Enter in a bp-text-field submits through it, with its name and value', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-text-field label="Vorname" name="vorname"></bp-text-field>
          <bp-button name="aktion" value="weiter">Weiter</bp-button>
          <bp-button name="aktion" value="zurueck" variant="secondary">Zurück</bp-button>
        </form>`,
      );
      const submitted = oneEvent(form, 'submit');
      const log = recordSubmissions(form);
      form.querySelector('bp-text-field')!.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'Ayşe' });
      await sendKeys({ press: 'Enter' });
      await submitted;
      expect(log.map((s) => s.entries)).to.deep.equal([
        [
          ['vorname', 'Ayşe'],
          ['aktion', 'weiter'],
        ],
      ]);
    });

    it('runs the form validation: invalid fields block the submission and fire invalid', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-text-field label="Vorname" name="vorname" required></bp-text-field>
          <bp-button>Weiter</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const field = form.querySelector('bp-text-field')!;
      let invalid = 0;
      field.addEventListener('invalid', () => invalid++);
      base(form.querySelector('bp-button')!).click();
      await settle();
      expect(log).to.have.length(0);
      expect(invalid).to.equal(1);
      await field.updateComplete;
      expect(field.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
    });

    it('submits without validation with formnovalidate, and passes formaction, formmethod, formtarget, formenctype', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form action="/senden" method="post">
          <bp-text-field label="Vorname" name="vorname" required></bp-text-field>
          <bp-button
            name="aktion"
            value="entwurf"
            formnovalidate
            formaction="/entwurf"
            formmethod="get"
            formtarget="_self"
            formenctype="multipart/form-data"
            >Entwurf speichern</bp-button
          >
        </form>`,
      );
      const log = recordSubmissions(form);
      base(form.querySelector('bp-button')!).click();
      await settle();
      expect(log).to.have.length(1);
      const submitter = log[0].submitter as HTMLButtonElement;
      expect(submitter.formNoValidate).to.equal(true);
      expect(new URL(submitter.formAction).pathname).to.equal('/entwurf');
      expect(submitter.formMethod).to.equal('get');
      expect(submitter.formTarget).to.equal('_self');
      expect(submitter.formEnctype).to.equal('multipart/form-data');
      expect(log[0].entries).to.deep.equal([
        ['vorname', ''],
        ['aktion', 'entwurf'],
      ]);
    });

    it('submits the form named by its form attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <form id="antrag"><input name="a" value="1" /></form>
          <bp-button name="aktion" value="senden">Senden</bp-button>
        </div>`,
      );
      const form = wrapper.querySelector('form')!;
      const el = wrapper.querySelector('bp-button')!;
      expect(el.form).to.equal(null);
      el.setAttribute('form', 'antrag');
      expect(el.form).to.equal(form);
      const log = recordSubmissions(form);
      base(el).click();
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([
        [
          ['a', '1'],
          ['aktion', 'senden'],
        ],
      ]);
    });

    it('does not submit when a click listener cancels the click', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><bp-button>Senden</bp-button></form>`);
      const log = recordSubmissions(form);
      form.addEventListener('click', (e) => e.preventDefault());
      base(form.querySelector('bp-button')!).click();
      await settle();
      expect(log).to.have.length(0);
    });

    it('submits on a programmatic click() of the element', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><bp-button name="x" value="1">Senden</bp-button></form>`);
      const log = recordSubmissions(form);
      form.querySelector('bp-button')!.click();
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([[['x', '1']]]);
    });

    it('resets its form with type="reset"', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-text-field label="Ort" name="ort" value="Augsburg"></bp-text-field>
          <input name="plz" value="86150" />
          <bp-button type="reset" variant="secondary">Eingaben löschen</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const field = form.querySelector('bp-text-field')!;
      field.value = 'München';
      form.querySelector('input')!.value = '80331';
      const reset = oneEvent(form, 'reset');
      base(form.querySelector('bp-button')!).click();
      await reset;
      await settle();
      expect(field.value).to.equal('Augsburg');
      expect(form.querySelector('input')!.value).to.equal('86150');
      expect(log).to.have.length(0);
    });

    it('does nothing to its form with type="button", but fires click', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="plz" value="86150" />
          <bp-button type="button" name="x" value="y">Adresse suchen</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      let resets = 0;
      form.addEventListener('reset', () => resets++);
      const el = form.querySelector('bp-button')!;
      const clicked = oneEvent(el, 'click');
      form.querySelector('input')!.value = '80331';
      base(el).click();
      await clicked;
      await settle();
      expect(log).to.have.length(0);
      expect(resets).to.equal(0);
      expect(form.querySelector('input')!.value).to.equal('80331');
    });

    it('does nothing outside a form', async () => {
      const el = await fixture<Button>(html`<bp-button>Senden</bp-button>`);
      expect(el.form).to.equal(null);
      base(el).click();
      await settle();
      expect(document.querySelector('[data-bp-submitter]')).to.equal(null);
    });
  });

  describe('disabled', () => {
    it('matches :disabled, cannot be focused or clicked, and submits nothing', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-button disabled name="aktion" value="senden">Senden</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      expect(el.matches(':disabled')).to.equal(true);
      expect((base(el) as HTMLButtonElement).disabled).to.equal(true);
      el.focus();
      expect(label(document.activeElement)).to.not.equal(label(el));
      el.click();
      base(el).click();
      await settle();
      expect(clicks).to.equal(0);
      expect(log).to.have.length(0);
    });

    it('keeps Enter in a field from submitting while it is the disabled default button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-text-field label="Vorname" name="vorname"></bp-text-field>
          <bp-button disabled>Weiter</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      form.querySelector('bp-text-field')!.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(log).to.have.length(0);
    });

    it('is disabled inside a disabled fieldset, and enabled again when the fieldset is', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><bp-button name="a" value="1">Senden</bp-button></fieldset>
        </form>`,
      );
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect((base(el) as HTMLButtonElement).disabled).to.equal(true);
      el.click();
      await settle();
      expect(log).to.have.length(0);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
      base(el).click();
      await settle();
      expect(log.map((s) => s.entries)).to.deep.equal([[['a', '1']]]);
    });

    it('does not submit when a click listener disables it, like a native button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><bp-button>Senden</bp-button></form>`);
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      el.addEventListener('click', () => (el.disabled = true));
      base(el).click();
      await settle();
      expect(log).to.have.length(0);
    });
  });

  describe('busy', () => {
    it('keeps its name and focus, says it is busy, and ignores further clicks, Enter and Space', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-button id="busy-button" name="aktion" value="senden">Antrag senden</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      let clicks = 0;
      el.addEventListener('click', () => {
        clicks++;
        el.busy = true; // the page starts sending
      });
      clearAnnouncements();
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      await el.updateComplete;
      expect(log).to.have.length(1);
      expect(clicks).to.equal(1);
      expect(label(el.shadowRoot!.activeElement)).to.equal(label(base(el)));
      expect(base(el).getAttribute('aria-busy')).to.equal('true');
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part~="spinner"]')).to.not.equal(null);
      expect(await nextAnnouncement('polite')).to.equal('Antrag senden: Bitte warten …');
      const expected = { role: 'button', name: 'Antrag senden' };
      expect(await accessible(['#busy-button', 'button'], expected)).to.deep.equal(expected);

      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      base(el).click();
      el.click();
      await settle();
      expect(clicks).to.equal(1);
      expect(log).to.have.length(1);

      el.busy = false;
      await el.updateComplete;
      expect(base(el).hasAttribute('aria-busy')).to.equal(false);
      await sendKeys({ press: ' ' });
      await settle();
      expect(log).to.have.length(2);
    });

    it('describes the wait to assistive technology while busy', async () => {
      const el = await fixture<Button>(html`<bp-button busy>Bezahlen</bp-button>`);
      const description = el.shadowRoot!.getElementById(base(el).getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal('Bitte warten …');
    });
  });

  describe('as a link', () => {
    it('renders a link with href, in the accessibility tree too, and never touches its form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-button id="link" href="#hilfe" name="x" value="y" variant="secondary">Zur Hilfe</bp-button>
        </form>`,
      );
      const log = recordSubmissions(form);
      const el = form.querySelector('bp-button')!;
      const link = base(el) as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('#hilfe');
      expect(el.type).to.equal('button');
      const expected = { role: 'link', name: 'Zur Hilfe' };
      expect(await accessible(['#link', 'a'], expected)).to.deep.equal(expected);
      link.click();
      await settle();
      expect(log).to.have.length(0);
      expect(location.hash).to.equal('#hilfe');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('is not the default button: Enter in a field does not follow the link', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bp-text-field label="Suche" name="q"></bp-text-field>
          <bp-button href="#woanders">Hilfe</bp-button>
          <bp-text-field label="Ort" name="ort"></bp-text-field>
        </form>`,
      );
      const log = recordSubmissions(form);
      form.querySelector('bp-text-field')!.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(log).to.have.length(0);
      expect(location.hash).to.equal('');
    });

    it('says that a link opens a new tab, also with a label', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <bp-button id="new-tab" href="/merkblatt.pdf" target="_blank">Merkblatt</bp-button>
          <bp-button id="new-tab-label" href="/merkblatt.pdf" target="_blank" label="Merkblatt"
            ><span slot="start">⎙</span></bp-button
          >
        </div>`,
      );
      await wrapper.querySelector('bp-button')!.updateComplete;
      const expected = { role: 'link', name: 'Merkblatt (öffnet in einem neuen Tab)' };
      expect(await accessible(['#new-tab', 'a'], expected)).to.deep.equal(expected);
      expect(await accessible(['#new-tab-label', 'a'], expected)).to.deep.equal(expected);
    });
  });

  describe('axe', () => {
    for (const variant of ['primary', 'secondary', 'tertiary', 'danger'] as const) {
      it(`is accessible as ${variant}`, async () => {
        const el = await fixture(html`<bp-button variant=${variant}>Weiter</bp-button>`);
        await expect(el).to.be.accessible();
      });
      it(`is accessible as ${variant}, disabled`, async () => {
        const el = await fixture(html`<bp-button variant=${variant} disabled>Weiter</bp-button>`);
        await expect(el).to.be.accessible();
      });
      it(`is accessible as ${variant}, busy`, async () => {
        const el = await fixture(html`<bp-button variant=${variant} busy>Weiter</bp-button>`);
        await expect(el).to.be.accessible();
      });
    }
    it('is accessible as a link', async () => {
      const el = await fixture(html`<bp-button href="/hilfe" target="_blank">Hilfe</bp-button>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible with only an icon and a label', async () => {
      const el = await fixture(
        html`<bp-button label="Schließen" variant="tertiary"
          ><svg slot="start" viewBox="0 0 10 10"><path d="M1 1 9 9M9 1 1 9" stroke="currentColor" /></svg
        ></bp-button>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});
