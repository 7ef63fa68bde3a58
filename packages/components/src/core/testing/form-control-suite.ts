import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { BpFormControl } from '../form-control.js';
import { hasState, tick } from './helpers.js';

/**
 * The shared form-control suite (DESIGN.md §8, after Shoelace's form-control-base-tests and
 * Material's testing/forms): what every Blaupause control that holds a value owes a native form.
 */
export interface FormControlSuiteOptions<E extends BpFormControl<unknown>> {
  /** The element's tag, for test titles. */
  tag: string;
  /**
   * Renders one control. It must pass through `name`, `required`, `disabled`, `readonly`, `id`
   * and, when given, the default value (`value` attribute or equivalent).
   */
  render(props: {
    name: string;
    id?: string;
    required?: boolean;
    disabled?: boolean;
    readonly?: boolean;
    defaultValue?: string;
  }): TemplateResult;
  /** Fills the (focused) control by keyboard with a valid value, as a user would. */
  fillByKeyboard(el: E): Promise<void>;
  /** The FormData entries `fillByKeyboard` produces for name `field`. */
  filledEntries: [string, string][];
  /** The entries of the default value given as `defaultValue: 'Vorgabe'`. */
  defaultEntries: [string, string][];
  /** Sets a valid value programmatically. */
  setValue(el: E): void;
  /** The entries `setValue` produces. */
  setEntries: [string, string][];
  /** A state to hand to formStateRestoreCallback and the entries it must produce. */
  restore: { state: string | FormData; entries: [string, string][] };
  /** The inner element that receives focus. */
  focusTarget(el: E): HTMLElement;
  /**
   * Whether Enter submits the form, as in a native text field (default true). `false` where Enter
   * keeps another native meaning (a new line in a textarea; a native select opens its list or does
   * nothing): the suite then checks that Enter never submits.
   */
  enterSubmits?: boolean;
  /**
   * Whether Enter submits a form without a submit button when this control is its only field
   * (default true, as a text field). Native checkboxes and radios never do (Chromium, Firefox,
   * WebKit): `false` then checks that such a form is not submitted.
   */
  enterSubmitsAlone?: boolean;
  /**
   * Whether focus lands on a slotted child (a radio of a radio group) rather than inside the host's
   * own shadow root (default false): the suite then checks that `focusTarget` has focus.
   */
  focusesSlottedChild?: boolean;
}

function entries(form: HTMLFormElement, submitter?: HTMLElement): [string, string][] {
  return [...new FormData(form, submitter).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
}

export function runFormControlSuite<E extends BpFormControl<unknown>>(o: FormControlSuiteOptions<E>): void {
  describe(`${o.tag}: shared form-control suite`, () => {
    /** A test that only applies where Enter submits (`enterSubmits`). */
    const itEnter = (title: string, fn: () => Promise<void>): void => {
      if (o.enterSubmits ?? true) it(title, fn);
    };

    async function inForm(props: Parameters<typeof o.render>[0], extra: TemplateResult = html``) {
      const form = await fixture<HTMLFormElement>(html`<form>${o.render(props)}${extra}</form>`);
      const el = form.querySelector(o.tag) as E;
      await el.updateComplete;
      return { form, el };
    }

    it('is form-associated and knows its form', async () => {
      const { form, el } = await inForm({ name: 'field' });
      expect((el.constructor as typeof BpFormControl).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
      expect([...form.elements]).to.include(el);
    });

    it('submits what the user typed', async () => {
      const { form, el } = await inForm({ name: 'field' });
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(o.filledEntries);
    });

    it('submits a value set by script, at once (no render in between)', async () => {
      const { form, el } = await inForm({ name: 'field' });
      o.setValue(el);
      expect(entries(form)).to.deep.equal(o.setEntries);
    });

    it('has the typed value in the form inside an input listener', async () => {
      const { form, el } = await inForm({ name: 'field' });
      const seen: [string, string][][] = [];
      el.addEventListener('input', () => seen.push(entries(form)));
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      expect(seen.at(-1)).to.deep.equal(o.filledEntries);
    });

    it('reports validity at once after a property change', async () => {
      const { el } = await inForm({ name: 'field' });
      expect(el.checkValidity()).to.equal(true);
      el.required = true;
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('stays quiet when only asked checkValidity()', async () => {
      const { el } = await inForm({ name: 'field', required: true });
      expect(el.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(hasState(el, 'user-invalid')).to.equal(false);
    });

    it('form.reset() returns to the default value and hides feedback', async () => {
      const { form, el } = await inForm({ name: 'field', defaultValue: 'Vorgabe', required: true });
      o.setValue(el);
      el.reportValidity();
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(o.defaultEntries);
      expect(hasState(el, 'user-invalid')).to.equal(false);
      expect(hasState(el, 'user-valid')).to.equal(false);
    });

    it('takes back a restored state (formStateRestoreCallback)', async () => {
      const { form, el } = await inForm({ name: 'field' });
      (el as unknown as { formStateRestoreCallback(s: unknown, m: string): void }).formStateRestoreCallback(
        o.restore.state,
        'restore',
      );
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(o.restore.entries);
    });

    it('is disabled, unsubmitted and unfocusable inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled>${o.render({ name: 'field' })}</fieldset></form>`,
      );
      const el = form.querySelector(o.tag) as E;
      o.setValue(el);
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      expect(el.isDisabled).to.equal(true);
      el.focus();
      o.focusTarget(el).focus();
      const focusedInside = document.activeElement === el || el.contains(document.activeElement);
      expect(focusedInside, 'neither the control nor its inner field takes focus').to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(el.isDisabled).to.equal(false);
      expect(entries(form)).to.deep.equal(o.setEntries);
    });

    it('is not submitted when disabled itself', async () => {
      const { form, el } = await inForm({ name: 'field', disabled: true });
      o.setValue(el);
      await el.updateComplete;
      expect(entries(form)).to.deep.equal([]);
      expect(el.willValidate).to.equal(false);
    });

    it('is submitted but not validated when readonly', async () => {
      const { form, el } = await inForm({ name: 'field', readonly: true, required: true, defaultValue: 'Vorgabe' });
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(entries(form)).to.deep.equal(o.defaultEntries);
    });

    it('blocks submission while required and empty, with a localized message on the validity', async () => {
      const { form, el } = await inForm({ name: 'field', required: true });
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(el.validationMessage).to.not.match(/^validation\./);
      expect(form.checkValidity()).to.equal(false);
      o.setValue(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows feedback after the user leaves the field, not on the first keystroke', async () => {
      const { el } = await inForm({ name: 'field', required: true }, html`<button type="button">weiter</button>`);
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      await el.updateComplete;
      expect(hasState(el, 'user-invalid')).to.equal(false);
      expect(hasState(el, 'user-valid')).to.equal(false);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(hasState(el, 'user-valid')).to.equal(true);
    });

    it('shows feedback on a submit attempt', async () => {
      const { form, el } = await inForm({ name: 'field', required: true });
      expect(hasState(el, 'invalid')).to.equal(true);
      expect(hasState(el, 'user-invalid')).to.equal(false);
      form.requestSubmit();
      await el.updateComplete;
      expect(hasState(el, 'user-invalid')).to.equal(true);
    });

    it('lists the <label for> elements that point at it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><label for="c1">Außen</label>${o.render({ name: 'field', id: 'c1' })}</form>`,
      );
      const el = form.querySelector(o.tag) as E;
      expect(el.labels.length).to.equal(1);
      expect((el.labels[0] as HTMLElement).textContent).to.equal('Außen');
    });

    itEnter('submits the form with Enter through its default button', async () => {
      const { form, el } = await inForm(
        { name: 'field' },
        html`<button type="submit" name="aktion" value="senden">Senden</button>`,
      );
      form.addEventListener('submit', (e) => e.preventDefault());
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      const submitted = oneEvent(form, 'submit');
      await sendKeys({ press: 'Enter' });
      const event = (await submitted) as unknown as SubmitEvent;
      expect(event.submitter?.getAttribute('value')).to.equal('senden');
      expect(entries(form, event.submitter ?? undefined)).to.deep.equal([...o.filledEntries, ['aktion', 'senden']]);
    });

    itEnter('commits the edit with a change event before Enter submits, and not again on leaving', async () => {
      const { form, el } = await inForm({ name: 'field' }, html`<button type="submit">Senden</button>`);
      const seen: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        seen.push('submit');
      });
      el.addEventListener('change', () => seen.push('change'));
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      await sendKeys({ press: 'Enter' });
      await tick(20);
      await sendKeys({ press: 'Tab' });
      await tick(20);
      expect(seen).to.deep.equal(['change', 'submit']);
    });

    itEnter('submits with Enter without a button only when it is the single field', async () => {
      let submitted = 0;
      const count = (e: Event) => {
        e.preventDefault();
        submitted++;
      };
      const single = await fixture<HTMLFormElement>(html`<form>${o.render({ name: 'a' })}</form>`);
      single.addEventListener('submit', count);
      o.focusTarget(single.querySelector(o.tag) as E).focus();
      await sendKeys({ press: 'Enter' });
      await tick(20);
      expect(submitted).to.equal((o.enterSubmitsAlone ?? true) ? 1 : 0);
      const two = await fixture<HTMLFormElement>(
        html`<form>${o.render({ name: 'a' })}<input name="b" aria-label="b" /></form>`,
      );
      two.addEventListener('submit', count);
      o.focusTarget(two.querySelector(o.tag) as E).focus();
      await sendKeys({ press: 'Enter' });
      await tick(20);
      expect(submitted).to.equal((o.enterSubmitsAlone ?? true) ? 1 : 0);
    });

    if (o.enterSubmits === false) {
      it('never submits the form with Enter', async () => {
        const { form, el } = await inForm({ name: 'field' }, html`<button type="submit">Senden</button>`);
        let submitted = 0;
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          submitted++;
        });
        o.focusTarget(el).focus();
        await o.fillByKeyboard(el);
        await sendKeys({ press: 'Enter' });
        await tick(50);
        expect(submitted).to.equal(0);
      });
    }

    it('does not submit with Enter while the default button is disabled', async () => {
      const { form, el } = await inForm({ name: 'field' }, html`<button type="submit" disabled>Senden</button>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      o.focusTarget(el).focus();
      await sendKeys({ press: 'Enter' });
      await tick(50);
      expect(submitted).to.equal(0);
    });

    it('fires input and change on user action, never on programmatic change', async () => {
      const { el } = await inForm({ name: 'field' }, html`<button type="button">weiter</button>`);
      const seen: string[] = [];
      el.addEventListener('input', () => seen.push('input'));
      el.addEventListener('change', () => seen.push('change'));
      o.setValue(el);
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      o.focusTarget(el).focus();
      await o.fillByKeyboard(el);
      await sendKeys({ press: 'Tab' });
      await tick(10);
      expect(seen).to.include('input');
      expect(seen.filter((s) => s === 'change')).to.have.length(1);
      expect(seen.at(-1)).to.equal('change');
    });

    it('delegates focus to its inner field', async () => {
      const { el } = await inForm({ name: 'field' });
      el.focus();
      if (o.focusesSlottedChild) {
        expect(el.contains(document.activeElement)).to.equal(true);
        expect(o.focusTarget(el).matches(':focus')).to.equal(true);
        return;
      }
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(o.focusTarget(el));
    });
  });
}
