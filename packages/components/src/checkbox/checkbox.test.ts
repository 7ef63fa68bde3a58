import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { Checkbox } from './checkbox.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, hasState, tick, rendered } from '../core/testing/helpers.js';

const inner = (el: Checkbox) => el.shadowRoot!.querySelector('input')!;
const part = (el: Checkbox, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const entries = (form: HTMLFormElement) => [...new FormData(form).entries()];

runFormControlSuite<Checkbox>({
  tag: 'bp-checkbox',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-checkbox
      label="Ich habe die Datenschutzhinweise gelesen."
      name=${name}
      id=${ifDefined(id)}
      value=${ifDefined(defaultValue)}
      ?checked=${defaultValue !== undefined}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-checkbox>`,
  fillByKeyboard: async () => {
    await sendKeys({ press: ' ' });
  },
  filledEntries: [['field', 'on']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.checked = true;
  },
  setEntries: [['field', 'on']],
  restore: { state: 'on', entries: [['field', 'on']] },
  focusTarget: inner,
  enterSubmitsAlone: false,
});

describe('bp-checkbox', () => {
  it('submits name=value only while checked, like a native checkbox', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-checkbox label="Newsletter" name="newsletter" value="ja"></bp-checkbox></form>`,
    );
    const el = form.querySelector('bp-checkbox')!;
    expect(entries(form)).to.deep.equal([]);
    el.checked = true;
    expect(entries(form)).to.deep.equal([['newsletter', 'ja']]);
    el.value = 'yes';
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['newsletter', 'yes']]);
  });

  it('toggles with Space and with a click on the label, and fires input and change once each time', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label="Newsletter abonnieren"></bp-checkbox>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.checked}`));
    el.addEventListener('change', () => seen.push(`change:${el.checked}`));
    inner(el).focus();
    await sendKeys({ press: ' ' });
    expect(el.checked).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(el.checked).to.equal(false);
    part(el, 'label')!.click();
    expect(el.checked).to.equal(true);
    expect(seen).to.deep.equal([
      'input:true',
      'change:true',
      'input:false',
      'change:false',
      'input:true',
      'change:true',
    ]);
  });

  it('comes back as the user left it after back/forward navigation, also unchecked when checked by default', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-checkbox name="news" label="Newsletter" checked></bp-checkbox></form>`,
    );
    const el = form.querySelector('bp-checkbox')!;
    inner(el).click();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    // What the browser saved (formState) is what it hands back on restore.
    const saved = (el as unknown as { formState(): string }).formState();
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    (el as unknown as { formStateRestoreCallback(s: string, m: string): void }).formStateRestoreCallback(
      saved,
      'restore',
    );
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(entries(form)).to.deep.equal([]);
  });

  it('does not toggle on Enter, and Enter presses the default button', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-checkbox label="Newsletter" name="n"></bp-checkbox><button>Senden</button></form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const el = form.querySelector('bp-checkbox')!;
    inner(el).focus();
    await sendKeys({ press: 'Enter' });
    await tick(20);
    expect(el.checked).to.equal(false);
    expect(submitted).to.equal(1);
  });

  it('returns to its checked attribute on form.reset()', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-checkbox label="A" name="a"></bp-checkbox><bp-checkbox label="B" name="b" checked></bp-checkbox>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('bp-checkbox')];
    inner(a).focus();
    await sendKeys({ press: ' ' });
    b.checked = false;
    expect(entries(form)).to.deep.equal([['a', 'on']]);
    form.reset();
    await a.updateComplete;
    expect(entries(form)).to.deep.equal([['b', 'on']]);
    expect(inner(a).checked).to.equal(false);
    expect(inner(b).checked).to.equal(true);
  });

  it('shows "partly checked" as aria-checked=mixed and clears it on a click', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label="Alle auswählen" indeterminate></bp-checkbox>`);
    expect(inner(el).indeterminate).to.equal(true);
    expect(inner(el).matches(':indeterminate')).to.equal(true);
    const mark = el.shadowRoot!.querySelector('.dash')!;
    expect(getComputedStyle(mark).visibility).to.equal('visible');
    inner(el).click();
    await el.updateComplete;
    expect(el.indeterminate).to.equal(false);
    expect(el.checked).to.equal(true);
    expect(getComputedStyle(mark).visibility).to.equal('hidden');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.tick')!).visibility).to.equal('visible');
  });

  it('is a checkbox named by its label in the accessibility tree, with the hint as its description', async () => {
    const el = await fixture<Checkbox>(
      html`<bp-checkbox
        id="a11y-cb"
        label="Ich stimme zu"
        hint="Sie können später widerrufen."
        required
      ></bp-checkbox>`,
    );
    const expected = { role: 'checkbox', name: 'Ich stimme zu (Pflichtfeld)' };
    expect(await accessible(['#a11y-cb', 'input'], expected)).to.deep.equal(expected);
    expect(inner(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(part(el, 'hint')!.textContent.trim()).to.equal('Sie können später widerrufen.');
  });

  it('takes its label from its content', async () => {
    const el = await fixture<Checkbox>(
      html`<bp-checkbox id="slotted-cb" required>Ich habe die <strong>AGB</strong> gelesen.</bp-checkbox>`,
    );
    const expected = { role: 'checkbox', name: 'Ich habe die AGB gelesen. (Pflichtfeld)' };
    expect(await accessible(['#slotted-cb', 'input'], expected)).to.deep.equal(expected);
    expect(el.validationMessage).to.equal('Kreuzen Sie „Ich habe die AGB gelesen.“ an.');
  });

  it('requires the box to be checked, with a GOV.UK-style message, shown after leaving it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-checkbox label="Meine Angaben sind richtig" name="ok" required></bp-checkbox>
        <button type="button">weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-checkbox')!;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Kreuzen Sie „Meine Angaben sind richtig“ an.');
    inner(el).focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(part(el, 'error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Fehler: Kreuzen Sie „Meine Angaben sind richtig“ an.',
    );
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('error');
    expect(hasState(el, 'user-invalid')).to.equal(true);
  });

  it('speaks English and takes per-instance wording', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bp-checkbox label="I agree" required></bp-checkbox></div>`,
    );
    await rendered(wrapper);
    const el = wrapper.querySelector('bp-checkbox')!;
    expect(el.validationMessage).to.equal('Select “I agree”.');
    expect(part(el, 'required-marker')!.textContent).to.equal('(required)');
    el.strings = { 'checkbox.required': 'Confirm that your answers are correct.' };
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Confirm that your answers are correct.');
  });

  it('keeps its state when read-only, but can be focused', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label="Bestätigt" checked readonly></bp-checkbox>`);
    let events = 0;
    el.addEventListener('input', () => events++);
    el.addEventListener('change', () => events++);
    inner(el).focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ press: ' ' });
    part(el, 'label')!.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(inner(el).checked).to.equal(true);
    expect(events).to.equal(0);
    expect(inner(el).getAttribute('aria-readonly')).to.equal('true');
  });

  it('cannot be changed when disabled', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label="Gesperrt" disabled></bp-checkbox>`);
    part(el, 'label')!.click();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(inner(el).disabled).to.equal(true);
  });

  it('has a box and click target of at least 24 × 24 px, and the label widens the target', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label="Ja"></bp-checkbox>`);
    const box = part(el, 'control')!.getBoundingClientRect();
    const input = inner(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    expect(input.width).to.be.at.least(24);
    expect(input.height).to.be.at.least(24);
    // The invisible native input lies exactly on the box.
    expect([input.left, input.top, input.width]).to.deep.equal([box.left, box.top, box.width]);
  });

  it('shows a visible focus ring on the box when reached by keyboard', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><button type="button">vorher</button><bp-checkbox label="Ja"></bp-checkbox></form>`,
    );
    const el = form.querySelector('bp-checkbox')!;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    const control = getComputedStyle(part(el, 'control')!);
    expect(control.outlineStyle).to.equal('solid');
    expect(parseFloat(control.outlineWidth)).to.be.greaterThan(0);
  });

  it('renders markup in labels as text', async () => {
    const el = await fixture<Checkbox>(html`<bp-checkbox label=${'<img src=x onerror=alert(1)>'}></bp-checkbox>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'label')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  describe('axe', () => {
    it('is accessible unchecked', async () => {
      const el = await fixture(html`<bp-checkbox label="Newsletter" hint="Einmal im Monat"></bp-checkbox>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible checked', async () => {
      const el = await fixture(html`<bp-checkbox label="Newsletter" checked></bp-checkbox>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible indeterminate', async () => {
      const el = await fixture(html`<bp-checkbox label="Alle auswählen" indeterminate></bp-checkbox>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible invalid', async () => {
      const el = await fixture<Checkbox>(html`<bp-checkbox label="Ich stimme zu" required></bp-checkbox>`);
      el.reportValidity();
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    it('is accessible disabled', async () => {
      const el = await fixture(html`<bp-checkbox label="Gesperrt" checked disabled></bp-checkbox>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible read-only', async () => {
      const el = await fixture(html`<bp-checkbox label="Bestätigt" checked readonly></bp-checkbox>`);
      await expect(el).to.be.accessible();
    });
  });
});
