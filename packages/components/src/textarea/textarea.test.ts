import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { Textarea } from './textarea.js';
import { COUNT_ANNOUNCE_DELAY_MS } from '../core/character-count.js';
import { announcerRegions } from '../core/announcer.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, clearAnnouncements, hasState, nextAnnouncement, tick } from '../core/testing/helpers.js';

const inner = (el: Textarea) => el.shadowRoot!.querySelector('textarea')!;
const part = (el: Textarea, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const countText = (el: Textarea) => part(el, 'count')?.textContent ?? null;
const description = (el: Textarea) => el.shadowRoot!.getElementById('count-description')?.textContent ?? null;

runFormControlSuite<Textarea>({
  tag: 'bp-textarea',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-textarea
      label="Begründung"
      name=${name}
      id=${ifDefined(id)}
      value=${ifDefined(defaultValue)}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-textarea>`,
  fillByKeyboard: async () => {
    await sendKeys({ type: 'Grüße' });
  },
  filledEntries: [['field', 'Grüße']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.value = 'Zeile 1\nZeile 2';
  },
  setEntries: [['field', 'Zeile 1\nZeile 2']],
  restore: { state: 'Zoë', entries: [['field', 'Zoë']] },
  focusTarget: inner,
  enterSubmits: false,
});

describe('bp-textarea', () => {
  it('renders label, hint, textarea and required marker in one shadow root, wired by ids', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea label="Begründung" hint="Schreiben Sie in ganzen Sätzen." required rows="8"></bp-textarea>`,
    );
    const textarea = inner(el);
    expect((part(el, 'label') as HTMLLabelElement).htmlFor).to.equal(textarea.id);
    expect(part(el, 'required-marker')!.textContent).to.equal('(Pflichtfeld)');
    expect(textarea.getAttribute('aria-describedby')).to.equal('hint');
    expect(textarea.getAttribute('aria-required')).to.equal('true');
    expect(textarea.rows).to.equal(8);
    expect(getComputedStyle(textarea).resize).to.equal('vertical');
    expect(part(el, 'count')).to.equal(null);
  });

  it('exposes its accessible name and role in the accessibility tree', async () => {
    await fixture(html`<bp-textarea id="a11y-name" label="Ihre Nachricht" required></bp-textarea>`);
    const expected = { role: 'textbox', name: 'Ihre Nachricht (Pflichtfeld)' };
    expect(await accessible(['#a11y-name', 'textarea'], expected)).to.deep.equal(expected);
  });

  it('inserts a new line on Enter, fires input, and commits with one change on leaving', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-textarea label="Nachricht" name="nachricht"></bp-textarea><button>Senden</button></form>`,
    );
    const el = form.querySelector('bp-textarea')!;
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    inner(el).focus();
    await sendKeys({ type: 'Hallo' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Welt' });
    expect(el.value).to.equal('Hallo\nWelt');
    expect(seen.filter((s) => s === 'input')).to.have.length(10);
    expect(seen).to.not.include('change');
    await sendKeys({ press: 'Tab' });
    await tick(10);
    expect(seen.filter((s) => s === 'change')).to.have.length(1);
    expect(new FormData(form).get('nachricht')).to.match(/^Hallo\r?\nWelt$/);
  });

  it('shows the limit in the description and the remaining characters under the field', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Betreff" maxlength="10" value="Hallo"></bp-textarea>`);
    expect(description(el)).to.equal('Sie können bis zu 10 Zeichen eingeben.');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('count-description');
    expect(countText(el)).to.equal('Noch 5 Zeichen möglich');
    expect(part(el, 'count')!.getAttribute('aria-hidden')).to.equal('true');
    el.value = 'Hallo Welt';
    await el.updateComplete;
    expect(countText(el)).to.equal('Noch 0 Zeichen möglich');
    el.value = 'Hallo Welt!';
    await el.updateComplete;
    expect(countText(el)).to.equal('1 Zeichen zu viel');
  });

  it('keeps every character typed past maxlength and shows an error with the count after leaving', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-textarea label="Betreff" maxlength="5"></bp-textarea><button type="button">x</button></form>`,
    );
    const el = form.querySelector('bp-textarea')!;
    inner(el).focus();
    await sendKeys({ type: 'Grüß Gott' });
    await el.updateComplete;
    expect(el.value).to.equal('Grüß Gott');
    expect(countText(el)).to.equal('4 Zeichen zu viel');
    expect(part(el, 'count')!.classList.contains('over')).to.equal(true);
    expect(el.validity.tooLong).to.equal(true);
    expect(part(el, 'error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Fehler: „Betreff“ darf höchstens 5 Zeichen lang sein.',
    );
    expect(inner(el).getAttribute('aria-describedby')).to.equal('error count-description');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(hasState(el, 'user-invalid')).to.equal(true);
  });

  it('counts a line break as one character, typed or set as \\r\\n, and an emoji once', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Notiz" maxlength="10"></bp-textarea>`);
    inner(el).focus();
    await sendKeys({ type: 'ab' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'c' });
    await el.updateComplete;
    expect(countText(el)).to.equal('Noch 6 Zeichen möglich');
    el.value = 'ab\r\ncd\r\n👍🏽';
    await el.updateComplete;
    expect(countText(el)).to.equal('Noch 3 Zeichen möglich');
  });

  it('shows the count only from the threshold on, but always describes the limit', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea label="Betreff" maxlength="20" threshold="50" value="Kurz"></bp-textarea>`,
    );
    const count = part(el, 'count') as HTMLElement;
    expect(getComputedStyle(count).visibility).to.equal('hidden');
    expect(description(el)).to.equal('Sie können bis zu 20 Zeichen eingeben.');
    el.value = 'Schon etwas länger';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'count')!).visibility).to.equal('visible');
    expect(countText(el)).to.equal('Noch 2 Zeichen möglich');
  });

  it('announces the remaining characters politely once typing pauses near the limit', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Betreff" maxlength="10"></bp-textarea>`);
    clearAnnouncements();
    inner(el).focus();
    await sendKeys({ type: 'Antrag Nr' });
    expect(await nextAnnouncement('polite')).to.equal('Noch 1 Zeichen möglich');
  });

  it('announces far from the limit only when a quarter of the allowance is crossed', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Nachricht" maxlength="40"></bp-textarea>`);
    clearAnnouncements();
    inner(el).focus();
    await sendKeys({ type: 'Guten Tag' });
    await tick(COUNT_ANNOUNCE_DELAY_MS + 300);
    expect(announcerRegions().polite.textContent).to.equal('');
    await sendKeys({ type: ' Frau' });
    expect(await nextAnnouncement('polite')).to.equal('Noch 26 Zeichen möglich');
  });

  it('says nothing below the threshold', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea label="Betreff" maxlength="10" threshold="100"></bp-textarea>`,
    );
    clearAnnouncements();
    inner(el).focus();
    await sendKeys({ type: 'Antrag' });
    await tick(COUNT_ANNOUNCE_DELAY_MS + 300);
    expect(announcerRegions().polite.textContent).to.equal('');
  });

  it('counts words with maxwords and reports too many as an error', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea label="Kurzbeschreibung" maxwords="3" value="Ein  kurzer"></bp-textarea>`,
    );
    expect(description(el)).to.equal('Sie können bis zu 3 Wörter eingeben.');
    expect(countText(el)).to.equal('Noch 1 Wort möglich');
    expect(el.validity.valid).to.equal(true);
    el.value = 'Ein sehr\nkurzer Text';
    await el.updateComplete;
    expect(countText(el)).to.equal('1 Wort zu viel');
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal('„Kurzbeschreibung“ darf höchstens 3 Wörter enthalten.');
  });

  it('announces the remaining words politely after a pause', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Stichworte" maxwords="3"></bp-textarea>`);
    clearAnnouncements();
    inner(el).focus();
    await sendKeys({ type: 'Lärm Baustelle' });
    expect(await nextAnnouncement('polite')).to.equal('Noch 1 Wort möglich');
  });

  it('formats large limits for the language', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Begründung" maxlength="1500"></bp-textarea>`);
    expect(description(el)).to.equal('Sie können bis zu 1.500 Zeichen eingeben.');
    expect(countText(el)).to.equal('Noch 1.500 Zeichen möglich');
  });

  it('follows the spellcheck attribute, live', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label="Notiz"></bp-textarea>`);
    expect(inner(el).spellcheck).to.equal(true);
    el.setAttribute('spellcheck', 'false');
    await el.updateComplete;
    expect(inner(el).spellcheck).to.equal(false);
    el.spellcheck = true;
    await el.updateComplete;
    expect(inner(el).spellcheck).to.equal(true);
  });

  it('passes autocomplete and minlength through', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea label="Anschrift" autocomplete="street-address" minlength="5"></bp-textarea>`,
    );
    expect(inner(el).getAttribute('autocomplete')).to.equal('street-address');
    el.value = 'abc';
    await el.updateComplete;
    expect(el.validity.tooShort).to.equal(true);
  });

  it('speaks English when an ancestor says lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bp-textarea label="Details" maxlength="10" value="Too long text"></bp-textarea></div>`,
    );
    const el = wrapper.querySelector('bp-textarea')!;
    // English loads on first use; the element renders once it is there.
    await el.updateComplete;
    expect(countText(el)).to.equal('You have 3 characters too many');
    expect(description(el)).to.equal('You can enter up to 10 characters.');
    expect(el.validationMessage).to.equal('“Details” must be 10 characters or fewer.');
  });

  it('takes per-instance wording from strings', async () => {
    const el = await fixture<Textarea>(
      html`<bp-textarea
        label="Nachricht"
        maxlength="10"
        .strings=${{ 'character-count.characters.remaining': 'Sie haben noch {count} Zeichen.' }}
      ></bp-textarea>`,
    );
    expect(countText(el)).to.equal('Sie haben noch 10 Zeichen.');
  });

  it('renders markup in values and labels as text', async () => {
    const el = await fixture<Textarea>(html`<bp-textarea label=${'<img src=x onerror=alert(1)>'}></bp-textarea>`);
    el.value = '</textarea><script>alert(1)</script>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(inner(el).value).to.equal('</textarea><script>alert(1)</script>');
  });

  describe('axe', () => {
    it('is accessible empty', async () => {
      const el = await fixture(html`<bp-textarea label="Nachricht" hint="Ohne persönliche Daten."></bp-textarea>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible filled, with a count', async () => {
      const el = await fixture(html`<bp-textarea label="Nachricht" maxlength="200" value="Guten Tag"></bp-textarea>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible invalid, over the limit', async () => {
      const el = await fixture<Textarea>(
        html`<bp-textarea label="Nachricht" maxlength="5" value="Guten Tag" required></bp-textarea>`,
      );
      el.reportValidity();
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    it('is accessible disabled', async () => {
      const el = await fixture(html`<bp-textarea label="Nachricht" value="Guten Tag" disabled></bp-textarea>`);
      await expect(el).to.be.accessible();
    });
  });
});
