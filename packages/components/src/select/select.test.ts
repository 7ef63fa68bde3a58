import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { Select, SelectItem } from './select.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, hasState, rendered, tick } from '../core/testing/helpers.js';

const inner = (el: Select) => el.shadowRoot!.querySelector('select')!;
const part = (el: Select, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** The native options as [value, label] pairs. */
const shown = (el: Select) => [...inner(el).options].map((o) => [o.value, o.label]);
const selectedLabel = (el: Select) => inner(el).selectedOptions[0]?.label ?? null;

/** Waits until focus has left `el` (Firefox moves it a moment after the key press). */
async function focusLeft(el: Select): Promise<void> {
  for (let i = 0; i < 100 && el.matches(':focus-within'); i++) await tick(10);
  await el.updateComplete;
}

const laender = html`
  <option value="by">Bayern</option>
  <option value="he">Hessen</option>
  <option value="sn">Sachsen</option>
`;

runFormControlSuite<Select>({
  tag: 'bp-select',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-select
      label="Bundesland"
      name=${name}
      id=${ifDefined(id)}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
      >${laender}
      <option value="Vorgabe" ?selected=${defaultValue === 'Vorgabe'}>Vorgabe</option></bp-select
    >`,
  fillByKeyboard: async () => {
    await sendKeys({ type: 'h' });
  },
  filledEntries: [['field', 'he']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.value = 'sn';
  },
  setEntries: [['field', 'sn']],
  restore: { state: 'by', entries: [['field', 'by']] },
  focusTarget: inner,
  enterSubmits: false,
});

describe('bp-select', () => {
  it('copies <option> children into its native select, after an empty "Bitte auswählen" option', async () => {
    const el = await fixture<Select>(html`<bp-select label="Bundesland">${laender}</bp-select>`);
    expect(shown(el)).to.deep.equal([
      ['', 'Bitte auswählen'],
      ['by', 'Bayern'],
      ['he', 'Hessen'],
      ['sn', 'Sachsen'],
    ]);
    expect(el.value).to.equal('');
    expect(selectedLabel(el)).to.equal('Bitte auswählen');
  });

  it('starts on the selected option, without a placeholder, and a form reset returns to it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-select label="Anrede" name="anrede">
          <option value="">keine Angabe</option>
          <option value="frau">Frau</option>
          <option value="herr" selected>Herr</option>
        </bp-select>
      </form>`,
    );
    const el = form.querySelector('bp-select')!;
    expect(el.value).to.equal('herr');
    expect(el.defaultValue).to.equal('herr');
    expect(el.selectedLabel).to.equal('Herr');
    expect(shown(el)[0]).to.deep.equal(['', 'keine Angabe']);
    expect(selectedLabel(el)).to.equal('Herr');
    el.value = 'frau';
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Frau');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('herr');
    expect(selectedLabel(el)).to.equal('Herr');
  });

  it('renders <optgroup> children, disabled options and groups', async () => {
    const el = await fixture<Select>(
      html`<bp-select label="Landkreis">
        <optgroup label="Schwaben">
          <option value="a">Augsburg</option>
          <option value="dlg" disabled>Dillingen</option>
        </optgroup>
        <optgroup label="Oberbayern" disabled><option value="m">München</option></optgroup>
      </bp-select>`,
    );
    const groups = [...inner(el).querySelectorAll('optgroup')];
    expect(groups.map((g) => [g.label, g.disabled])).to.deep.equal([
      ['Schwaben', false],
      ['Oberbayern', true],
    ]);
    const options = [...inner(el).options];
    expect(options.map((o) => [o.value, o.disabled])).to.deep.equal([
      ['', false],
      ['a', false],
      ['dlg', true],
      ['m', true],
    ]);
  });

  it('follows changes to its <option> children', async () => {
    const el = await fixture<Select>(html`<bp-select label="Bundesland">${laender}</bp-select>`);
    el.value = 'nw';
    expect(el.value).to.equal('');
    const option = document.createElement('option');
    option.value = 'nw';
    option.textContent = 'Nordrhein-Westfalen';
    el.append(option);
    await tick();
    await el.updateComplete;
    expect(shown(el).at(-1)).to.deep.equal(['nw', 'Nordrhein-Westfalen']);
    expect(el.value).to.equal('nw');
    expect(selectedLabel(el)).to.equal('Nordrhein-Westfalen');
    option.textContent = 'NRW';
    el.querySelector('option[value="by"]')!.setAttribute('disabled', '');
    await tick();
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('NRW');
    expect(inner(el).options[1]?.disabled).to.equal(true);
    option.remove();
    await tick();
    await el.updateComplete;
    expect(el.value).to.equal('');
  });

  it('takes its choices from the options property, with groups', async () => {
    const options: SelectItem[] = [
      { value: 'de', label: 'Deutschland', selected: true },
      {
        label: 'Nachbarländer',
        options: [
          { value: 'at', label: 'Österreich' },
          { value: 'ch', label: 'Schweiz' },
        ],
      },
    ];
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-select label="Staat" name="staat" .options=${options}></bp-select></form>`,
    );
    const el = form.querySelector('bp-select')!;
    expect(shown(el)).to.deep.equal([
      ['de', 'Deutschland'],
      ['at', 'Österreich'],
      ['ch', 'Schweiz'],
    ]);
    expect(new FormData(form).get('staat')).to.equal('de');
    el.value = 'ch';
    expect(new FormData(form).get('staat')).to.equal('ch');
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Schweiz');
  });

  it('changes the value with a letter and with the arrow keys, firing input and change once each', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-select label="Bundesland" name="land">${laender}</bp-select><button type="button">weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-select')!;
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.value}`));
    el.addEventListener('change', () => seen.push(`change:${el.value}`));
    inner(el).focus();
    await sendKeys({ type: 's' });
    await tick(10);
    expect(seen).to.deep.equal(['input:sn', 'change:sn']);
    await sendKeys({ press: 'ArrowUp' });
    await tick(10);
    expect(seen).to.deep.equal(['input:sn', 'change:sn', 'input:he', 'change:he']);
    expect(new FormData(form).get('land')).to.equal('he');
    await sendKeys({ press: 'Tab' });
    await focusLeft(el);
    expect(seen).to.have.length(4);
  });

  it('requires a choice: the placeholder is missing a value, with a "Wählen Sie … aus." message', async () => {
    const el = await fixture<Select>(html`<bp-select label="Bundesland" required>${laender}</bp-select>`);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Wählen Sie „Bundesland“ aus.');
    el.reportValidity();
    await el.updateComplete;
    expect(part(el, 'error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Fehler: Wählen Sie „Bundesland“ aus.');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('error');
    expect(hasState(el, 'user-invalid')).to.equal(true);
    el.value = 'by';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(part(el, 'error')).to.equal(null);
  });

  it('shows the error after the user chooses the placeholder again and leaves', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-select label="Bundesland" required>${laender}</bp-select><button type="button">x</button></form>`,
    );
    const el = form.querySelector('bp-select')!;
    inner(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(part(el, 'error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await focusLeft(el);
    expect(part(el, 'error')).to.not.equal(null);
  });

  it('exposes its accessible name and the native role in the accessibility tree', async () => {
    await fixture(html`<bp-select id="a11y-name" label="Bundesland" required>${laender}</bp-select>`);
    // WebKit exposes a native select as a pop-up button, the other engines as a combobox.
    const webkit = navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome');
    const expected = { role: webkit ? 'button' : 'combobox', name: 'Bundesland (Pflichtfeld)' };
    expect(await accessible(['#a11y-name', 'select'], expected)).to.deep.equal(expected);
  });

  it('links the hint and passes autocomplete through', async () => {
    const el = await fixture<Select>(
      html`<bp-select label="Staat" hint="In dem Sie wohnen." autocomplete="country-name">${laender}</bp-select>`,
    );
    expect(inner(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(inner(el).getAttribute('autocomplete')).to.equal('country-name');
    expect(part(el, 'hint')!.textContent.trim()).to.equal('In dem Sie wohnen.');
  });

  it('keeps its value when read-only: the other options cannot be chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-select label="Bundesland" name="land" readonly>
          <option value="by" selected>Bayern</option>
          <option value="he">Hessen</option>
        </bp-select>
      </form>`,
    );
    const el = form.querySelector('bp-select')!;
    expect(inner(el).getAttribute('aria-readonly')).to.equal('true');
    inner(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'h' });
    await tick(10);
    expect(el.value).to.equal('by');
    expect(new FormData(form).get('land')).to.equal('by');
  });

  it('fits the longest option with width="auto" and fills the container with width="full"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 600px">
        <bp-select label="Kurz"><option>A</option></bp-select>
        <bp-select label="Lang"><option>Ein sehr langer Name eines Landkreises mit Zusatz</option></bp-select>
        <bp-select label="Voll" width="full"><option>A</option></bp-select>
        <bp-select label="Fünf" width="5"><option>A</option></bp-select>
      </div>`,
    );
    const [short, long, full, five] = [...wrapper.querySelectorAll('bp-select')].map(
      (el) => inner(el).getBoundingClientRect().width,
    ) as [number, number, number, number];
    expect(long).to.be.greaterThan(short);
    expect(full).to.be.closeTo(600, 1);
    expect(long).to.be.lessThan(600);
    expect(five).to.be.lessThan(short);
  });

  it('speaks English when an ancestor says lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bp-select label="Region" required>${laender}</bp-select></div>`,
    );
    await rendered(wrapper);
    const el = wrapper.querySelector('bp-select')!;
    expect(shown(el)[0]).to.deep.equal(['', 'Select an option']);
    expect(el.validationMessage).to.equal('Select “Region”.');
  });

  it('takes the placeholder and messages per instance', async () => {
    const el = await fixture<Select>(
      html`<bp-select
        label="Bundesland"
        required
        placeholder="Bundesland wählen"
        .strings=${{ 'select.required': 'Wählen Sie Ihr Bundesland aus.' }}
        >${laender}</bp-select
      >`,
    );
    expect(shown(el)[0]).to.deep.equal(['', 'Bundesland wählen']);
    expect(el.validationMessage).to.equal('Wählen Sie Ihr Bundesland aus.');
  });

  it('renders markup in labels as text', async () => {
    const el = await fixture<Select>(
      html`<bp-select label=${'<img src=x onerror=alert(1)>'}><option value="x">${'<b>fett</b>'}</option></bp-select>`,
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shown(el)[1]).to.deep.equal(['x', '<b>fett</b>']);
  });

  describe('axe', () => {
    it('is accessible empty', async () => {
      const el = await fixture(html`<bp-select label="Bundesland" hint="Ihr Wohnsitz.">${laender}</bp-select>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible filled', async () => {
      const el = await fixture<Select>(html`<bp-select label="Bundesland">${laender}</bp-select>`);
      el.value = 'he';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('is accessible invalid', async () => {
      const el = await fixture<Select>(html`<bp-select label="Bundesland" required>${laender}</bp-select>`);
      el.reportValidity();
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    it('is accessible disabled', async () => {
      const el = await fixture(html`<bp-select label="Bundesland" disabled>${laender}</bp-select>`);
      await expect(el).to.be.accessible();
    });
    it('is accessible read-only', async () => {
      const el = await fixture(
        html`<bp-select label="Bundesland" readonly
          ><option value="by" selected>Bayern</option>
          <option value="he">Hessen</option></bp-select
        >`,
      );
      await expect(el).to.be.accessible();
    });
  });
});
