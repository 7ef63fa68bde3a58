import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Validator } from '@blaupause/domain/validation';
import './define.js';
import type { TextField } from './text-field.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, clearAnnouncements, hasState, nextAnnouncement, rendered } from '../core/testing/helpers.js';

const inner = (el: TextField) => el.shadowRoot!.querySelector('input')!;
const part = (el: TextField, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

runFormControlSuite<TextField>({
  tag: 'bp-text-field',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-text-field
      label="Vorname"
      name=${name}
      id=${ifDefined(id)}
      value=${ifDefined(defaultValue)}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-text-field>`,
  fillByKeyboard: async () => {
    await sendKeys({ type: 'Jürgen' });
  },
  filledEntries: [['field', 'Jürgen']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.value = 'Ayşe';
  },
  setEntries: [['field', 'Ayşe']],
  restore: { state: 'Zoë', entries: [['field', 'Zoë']] },
  focusTarget: inner,
});

describe('bp-text-field', () => {
  it('submits an empty string under its name when empty, like a native input', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-text-field label="Ort" name="ort"></bp-text-field></form>`,
    );
    expect([...new FormData(form).entries()]).to.deep.equal([['ort', '']]);
  });

  it('renders label, hint, input and required marker in one shadow root, wired by ids', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field
        label="E-Mail-Adresse"
        hint="Wir schreiben Ihnen nur zu diesem Antrag."
        required
      ></bp-text-field>`,
    );
    const input = inner(el);
    const label = part(el, 'label') as HTMLLabelElement;
    expect(label.htmlFor).to.equal(input.id);
    expect(part(el, 'required-marker')!.textContent).to.equal('(Pflichtfeld)');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(part(el, 'hint')!.textContent.trim()).to.equal('Wir schreiben Ihnen nur zu diesem Antrag.');
    expect(input.getAttribute('aria-required')).to.equal('true');
  });

  it('exposes its accessible name and role in the accessibility tree', async () => {
    await fixture(html`<bp-text-field id="a11y-name" label="Familienname" required></bp-text-field>`);
    const expected = { role: 'textbox', name: 'Familienname (Pflichtfeld)' };
    expect(await accessible(['#a11y-name', 'input'], expected)).to.deep.equal(expected);
  });

  it('takes its label from the label slot', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field id="slotted"><span slot="label">Geburts&shy;name</span></bp-text-field>`,
    );
    const expected = { role: 'textbox', name: 'Geburts\u00adname' };
    expect(await accessible(['#slotted', 'input'], expected)).to.deep.equal(expected);
    el.required = true;
    el.reportValidity();
    await el.updateComplete;
    expect(el.validationMessage.replace(/\u00ad/g, '')).to.contain('Geburtsname');
  });

  it('maps type=number to a text input with a numeric keyboard and digit validation', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="Anzahl" type="number"></bp-text-field>`);
    expect(inner(el).type).to.equal('text');
    expect(inner(el).inputMode).to.equal('numeric');
    expect(inner(el).spellcheck).to.equal(false);
    el.value = '12a';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('„Anzahl“ darf nur Ziffern enthalten.');
    el.value = '012';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });

  it('keeps e-mail, URL, telephone and number values left-to-right in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <bp-text-field label="E-Mail" type="email"></bp-text-field><bp-text-field label="Name"></bp-text-field>
      </div>`,
    );
    const [email, name] = [...wrapper.querySelectorAll('bp-text-field')];
    expect(getComputedStyle(inner(email)).direction).to.equal('ltr');
    expect(getComputedStyle(inner(name)).direction).to.equal('rtl');
  });

  it('passes autocomplete, inputmode and placeholder to the native input', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field
        label="E-Mail"
        type="email"
        autocomplete="email"
        inputmode="email"
        placeholder="name@beispiel.de"
      ></bp-text-field>`,
    );
    expect(inner(el).getAttribute('autocomplete')).to.equal('email');
    expect(inner(el).getAttribute('inputmode')).to.equal('email');
    expect(inner(el).getAttribute('placeholder')).to.equal('name@beispiel.de');
    expect(inner(el).type).to.equal('email');
  });

  it('checks e-mail, telephone and URL formats with GOV.UK-style messages', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="E-Mail" type="email"></bp-text-field>`);
    el.value = 'name@';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.contain('name@beispiel.de');
    el.value = 'name@beispiel.de';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    el.type = 'tel';
    el.value = 'abc';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    el.value = '+49 821 324-0';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    el.type = 'url';
    el.value = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
  });

  it('applies minlength, maxlength and pattern with the right validity flags', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field label="Kennung" minlength="3" maxlength="5" pattern="[A-Z]+"></bp-text-field>`,
    );
    el.value = 'AB';
    await el.updateComplete;
    expect(el.validity.tooShort).to.equal(true);
    el.value = 'ABCDEF';
    await el.updateComplete;
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal('„Kennung“ darf höchstens 5 Zeichen lang sein.');
    el.value = 'abc';
    await el.updateComplete;
    expect(el.validity.patternMismatch).to.equal(true);
    el.value = 'ABC';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });

  it('survives removing maxlength, a fractional maxlength and an invalid pattern, like a native input', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field label="Kennung" maxlength="3" pattern="[0-9 /-]+"></bp-text-field>`,
    );
    el.value = 'abcd';
    await el.updateComplete;
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validity.patternMismatch).to.equal(false);
    el.removeAttribute('maxlength');
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="count"]')).to.equal(null);
    el.setAttribute('maxlength', '2.5');
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    el.label = 'Neu';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('Neu');
  });

  it('keeps every character typed past maxlength and shows how many are too many', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="Betreff" maxlength="5"></bp-text-field>`);
    inner(el).focus();
    await sendKeys({ type: 'Grüß Gott' });
    await el.updateComplete;
    expect(el.value).to.equal('Grüß Gott');
    expect(part(el, 'count')!.textContent).to.equal('4 Zeichen zu viel');
    expect(el.validity.tooLong).to.equal(true);
    el.value = 'Grüß';
    await el.updateComplete;
    expect(part(el, 'count')!.textContent).to.equal('Noch 1 Zeichen möglich');
  });

  it('announces the remaining characters politely once typing pauses near the limit', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="Betreff" maxlength="10"></bp-text-field>`);
    clearAnnouncements();
    inner(el).focus();
    await sendKeys({ type: 'Antrag Nr' });
    expect(await nextAnnouncement('polite')).to.equal('Noch 1 Zeichen möglich');
  });

  it('counts user-perceived characters, so an emoji or a combining accent counts once', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="Name" maxlength="3"></bp-text-field>`);
    el.value = 'e\u0301👍🏽a';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(part(el, 'count')!.textContent).to.equal('Noch 0 Zeichen möglich');
  });

  it('shows the error after the user leaves the field and links it with aria-describedby and aria-invalid', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-text-field label="Vorname" required></bp-text-field><button type="button">weiter</button></form>`,
    );
    const el = form.querySelector('bp-text-field')!;
    inner(el).focus();
    await sendKeys({ type: 'a' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.textContent.replace(/\s+/g, ' ').trim()).to.equal('Fehler: Füllen Sie das Feld „Vorname“ aus.');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.contain('error');
    expect(hasState(el, 'user-invalid')).to.equal(true);
  });

  it('shows warnings and infos from custom validators without blocking submission', async () => {
    const warning: Validator = {
      name: 'ort-unbekannt',
      type: 'warning',
      message: 'Diesen Ort kennen wir nicht. Prüfen Sie die Schreibweise.',
      test: (v) => v !== 'Atlantis',
    };
    const el = await fixture<TextField>(html`<bp-text-field label="Ort" .validators=${[warning]}></bp-text-field>`);
    el.value = 'Atlantis';
    el.reportValidity();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(hasState(el, 'warning')).to.equal(true);
    expect(part(el, 'advice')!.textContent).to.contain('Diesen Ort kennen wir nicht.');
    expect(inner(el).getAttribute('aria-describedby')).to.contain('advice');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('sets a custom error with setCustomValidity', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label="Kassenzeichen"></bp-text-field>`);
    el.setCustomValidity('Dieses Kassenzeichen ist schon bezahlt.');
    await el.updateComplete;
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Dieses Kassenzeichen ist schon bezahlt.');
    el.setCustomValidity('');
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });

  it('speaks English when an ancestor says lang="en", and switches live', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bp-text-field label="First name" required maxlength="10"></bp-text-field></div>`,
    );
    await rendered(wrapper);
    const el = wrapper.querySelector('bp-text-field')!;
    expect(part(el, 'required-marker')!.textContent).to.equal('(required)');
    expect(el.validationMessage).to.equal('Fill in “First name”.');
    wrapper.lang = 'de';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'required-marker')!.textContent).to.equal('(Pflichtfeld)');
    expect(el.validationMessage).to.equal('Füllen Sie das Feld „First name“ aus.');
  });

  it('takes per-instance wording from strings', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field
        label="Vorname"
        required
        .strings=${{ 'validation.required': 'Geben Sie Ihren Vornamen an.', 'field.required': '(muss)' }}
      ></bp-text-field>`,
    );
    expect(el.validationMessage).to.equal('Geben Sie Ihren Vornamen an.');
    expect(part(el, 'required-marker')!.textContent).to.equal('(muss)');
  });

  it('renders prefix and suffix slots hidden from assistive technology', async () => {
    const el = await fixture<TextField>(
      html`<bp-text-field label="Betrag in Euro"><span slot="prefix">€</span></bp-text-field>`,
    );
    await el.updateComplete;
    expect((part(el, 'prefix') as HTMLElement).hidden).to.equal(false);
    expect(part(el, 'prefix')!.getAttribute('aria-hidden')).to.equal('true');
    expect((part(el, 'suffix') as HTMLElement).hidden).to.equal(true);
  });

  it('renders markup in values and labels as text', async () => {
    const el = await fixture<TextField>(html`<bp-text-field label=${'<img src=x onerror=alert(1)>'}></bp-text-field>`);
    el.value = '<script>alert(1)</script>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'label')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(inner(el).value).to.equal('<script>alert(1)</script>');
  });

  describe('axe', () => {
    it('is accessible empty', async () => {
      const el = await fixture(html`<bp-text-field label="Vorname" hint="Wie im Ausweis"></bp-text-field>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible filled', async () => {
      const el = await fixture(html`<bp-text-field label="Vorname" value="Jürgen" maxlength="20"></bp-text-field>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible invalid', async () => {
      const el = await fixture<TextField>(html`<bp-text-field label="Vorname" required></bp-text-field>`);
      el.reportValidity();
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    it('is accessible disabled', async () => {
      const el = await fixture(html`<bp-text-field label="Vorname" value="Jürgen" disabled></bp-text-field>`);
      await expect(el).to.be.accessible();
    });
  });
});
