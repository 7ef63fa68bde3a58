import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { StaticStreetLookup, type Anschrift } from '@blaupause/domain/address';
import './define.js';
import type { AddressInput } from './address-input.js';
import type { Combobox } from '../combobox/combobox.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, clearAnnouncements, rendered } from '../core/testing/helpers.js';
import { announcerRegions } from '../core/announcer.js';

/** Waits until the polite live region says exactly `message` (earlier tests' announcements may still arrive first). */
const announced = (message: string) =>
  waitUntil(() => announcerRegions().polite.textContent === message, `announced: ${message}`, { timeout: 5000 });

// ── helpers (this file only) ─────────────────────────────────────────────────────────────────

const field = (el: AddressInput, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
const combobox = (el: AddressInput, id: string) => el.shadowRoot!.querySelector<Combobox>(`bp-combobox#${id}`);
const comboInput = (box: Combobox) => box.shadowRoot!.querySelector('input')!;
const entries = (form: HTMLFormElement) =>
  [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorOf = (el: AddressInput, part: string) => text(el.shadowRoot!.getElementById(`error-${part}`));
const adviceOf = (el: AddressInput, part: string) => text(el.shadowRoot!.getElementById(`advice-${part}`));
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Types into a field of the control as a user would (focus, keys), then waits for the render. */
async function typeInto(el: AddressInput, id: string, keys: string): Promise<void> {
  const input = field(el, id);
  input.focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

/** Sets a field's text as an input event would (for long or exotic text the keyboard cannot type). */
async function setText(el: AddressInput, id: string, value: string): Promise<void> {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function inForm(template = html`<bp-address-input name="anschrift" required></bp-address-input>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Absenden</button></form>`);
  const el = form.querySelector('bp-address-input')!;
  await el.updateComplete;
  return { form, el };
}

const augsburg: Anschrift = {
  inlandAusland: '001',
  strasse: 'Maximilianstraße',
  hausnummer: '12',
  hausnummerZusatz: 'a',
  postleitzahl: '86150',
  ort: 'Augsburg',
};

// ── the shared suite ─────────────────────────────────────────────────────────────────────────

runFormControlSuite<AddressInput>({
  tag: 'bp-address-input',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-address-input
      name=${name}
      id=${ifDefined(id)}
      .defaultValue=${
        defaultValue === undefined
          ? undefined
          : { ...augsburg, strasse: defaultValue, hausnummer: '1', hausnummerZusatz: '' }
      }
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-address-input>`,
  async fillByKeyboard(el) {
    // Focus starts in Straße; Tab walks Hausnummer, Adresszusatz, PLZ, and ends in the Ort it filled.
    await sendKeys({ type: 'Hauptstraße' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '5a' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '86150' });
    await waitUntil(() => el.value.inlandAusland === '001' && el.value.ort === 'Augsburg', 'Ort filled from the PLZ');
    await sendKeys({ press: 'Tab' });
  },
  filledEntries: [
    ['field[inlandAusland]', '001'],
    ['field[strasse]', 'Hauptstraße'],
    ['field[hausnummer]', '5'],
    ['field[hausnummerZusatz]', 'a'],
    ['field[postleitzahl]', '86150'],
    ['field[ort]', 'Augsburg'],
  ],
  defaultEntries: [
    ['field[inlandAusland]', '001'],
    ['field[strasse]', 'Vorgabe'],
    ['field[hausnummer]', '1'],
    ['field[hausnummerZusatz]', ''],
    ['field[postleitzahl]', '86150'],
    ['field[ort]', 'Augsburg'],
  ],
  setValue(el) {
    el.value = augsburg;
  },
  setEntries: [
    ['field[inlandAusland]', '001'],
    ['field[strasse]', 'Maximilianstraße'],
    ['field[hausnummer]', '12'],
    ['field[hausnummerZusatz]', 'a'],
    ['field[postleitzahl]', '86150'],
    ['field[ort]', 'Augsburg'],
  ],
  restore: {
    state: JSON.stringify({ kind: '002', staat: 'FR', zeilen: ['12 rue de la Paix', '75002 Paris'], strasse: 'Alt' }),
    entries: [
      ['field[inlandAusland]', '002'],
      ['field[staat]', 'FR'],
      ['field[zeilen][0]', '12 rue de la Paix'],
      ['field[zeilen][1]', '75002 Paris'],
    ],
  },
  focusTarget: (el) => field(el, 'strasse'),
});

// ── structure and accessibility ──────────────────────────────────────────────────────────────

describe('bp-address-input: fields, names and autofill tokens', () => {
  it('is a group named by its legend, with every field labelled in German order', async () => {
    const el = await fixture<AddressInput>(html`<bp-address-input id="ai" required></bp-address-input>`);
    const labels = [...el.shadowRoot!.querySelectorAll('label.label')].map((l) => text(l));
    expect(labels).to.deep.equal(['Straße', 'Hausnummer (optional)', 'Adresszusatz (optional)', 'Postleitzahl', 'Ort']);
    expect(text(el.shadowRoot!.querySelector('legend.legend'))).to.equal('Anschrift (Pflichtfeld)');
    const expected: [string, { role: string; name: string }][] = [
      ['fieldset', { role: 'group', name: 'Anschrift (Pflichtfeld)' }],
      ['#kind', { role: 'checkbox', name: 'Die Anschrift liegt im Ausland' }],
      ['#strasse', { role: 'textbox', name: 'Straße' }],
      ['#hausnummer', { role: 'textbox', name: 'Hausnummer (optional)' }],
      ['#zusatz', { role: 'textbox', name: 'Adresszusatz (optional)' }],
      ['#postleitzahl', { role: 'textbox', name: 'Postleitzahl' }],
      ['#ort', { role: 'textbox', name: 'Ort' }],
    ];
    for (const [selector, node] of expected) {
      expect(await accessible(['#ai', selector], node), selector).to.deep.equal(node);
    }
    await expect(el).to.be.accessible();
  });

  it('gives each field the autocomplete token browsers fill (WCAG 1.3.5)', async () => {
    const el = await fixture<AddressInput>(html`<bp-address-input></bp-address-input>`);
    const tokens = Object.fromEntries(
      ['strasse', 'hausnummer', 'zusatz', 'postleitzahl', 'ort'].map((id) => [
        id,
        field(el, id).getAttribute('autocomplete'),
      ]),
    );
    expect(tokens).to.deep.equal({
      strasse: 'address-line1',
      hausnummer: 'off',
      zusatz: 'address-line2',
      postleitzahl: 'postal-code',
      ort: 'address-level2',
    });
    expect(field(el, 'postleitzahl').inputMode).to.equal('numeric');
  });

  it('takes its legend from label and the language from the page', async () => {
    const el = await fixture<AddressInput>(
      html`<div lang="en"><bp-address-input label="Home address"></bp-address-input></div>`,
    ).then((d) => d.querySelector('bp-address-input')!);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('legend.legend'))).to.equal('Home address');
    expect(text(el.shadowRoot!.querySelector('label[for="postleitzahl"]'))).to.equal('Postcode');
    expect(text(el.shadowRoot!.querySelector('label[for="kind"]'))).to.equal('The address is outside Germany');
  });

  it('hides the Inland/Ausland choice with inland-only', async () => {
    const el = await fixture<AddressInput>(html`<bp-address-input inland-only></bp-address-input>`);
    expect(el.shadowRoot!.querySelector('[part="kind"]')).to.equal(null);
    expect(field(el, 'strasse')).to.exist;
  });
});

// ── value, house number, form data ──────────────────────────────────────────────────────────

describe('bp-address-input: value and form data', () => {
  it('splits the house number into number, suffix and range end', async () => {
    const { form, el } = await inForm();
    await typeInto(el, 'hausnummer', '12-14');
    expect(el.value).to.deep.include({ hausnummer: '12', hausnummerZusatz: '', hausnummerBis: '14' });
    await setText(el, 'hausnummer', '16 1/7');
    expect(el.value).to.deep.include({ hausnummer: '16', hausnummerZusatz: '1/7' });
    await setText(el, 'hausnummer', '12 a');
    expect(el.value).to.deep.include({ hausnummer: '12', hausnummerZusatz: 'a' });
    expect(field(el, 'hausnummer').value, 'the field keeps what was typed').to.equal('12 a');
    expect(entries(form)).to.deep.include(['anschrift[hausnummerZusatz]', 'a']);
  });

  it('normalises to NFC and keeps the PLZ a string of digits (D-, spaces, leading zero)', async () => {
    const { form, el } = await inForm();
    await setText(el, 'strasse', 'Mu\u0308hlweg');
    await setText(el, 'postleitzahl', 'D-01067');
    expect(el.value).to.deep.include({ strasse: 'Mühlweg', postleitzahl: '01067' });
    await setText(el, 'postleitzahl', ' 010 67 ');
    expect(entries(form)).to.deep.include(['anschrift[postleitzahl]', '01067']);
    expect(field(el, 'postleitzahl').value).to.equal(' 010 67 ');
  });

  it('splits a street autofilled with its number (one address-line1) into Straße and Hausnummer', async () => {
    const { el } = await inForm();
    const input = field(el, 'strasse');
    input.value = 'Hauptstraße 5a';
    // Browsers without a house-number field type fill address-line1 and report a replacement.
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    await waitUntil(() => field(el, 'hausnummer').value === '5a', 'number moved to Hausnummer');
    expect(el.value).to.deep.include({ strasse: 'Hauptstraße', hausnummer: '5', hausnummerZusatz: 'a' });
    await setText(el, 'hausnummer', '');
    await setText(el, 'strasse', 'Straße des 17. Juni 135');
    await new Promise((r) => setTimeout(r, 200));
    expect(field(el, 'hausnummer').value, 'typed text is never split').to.equal('');
  });

  it('takes a value set by script into the fields and submits it', async () => {
    const { form, el } = await inForm();
    el.value = { ...augsburg, hausnummerBis: '14', zusatz: 'Hinterhaus' };
    await el.updateComplete;
    expect(field(el, 'hausnummer').value).to.equal('12a-14');
    expect(field(el, 'zusatz').value).to.equal('Hinterhaus');
    expect(entries(form)).to.deep.include(['anschrift[zusatz]', 'Hinterhaus']);
    expect(entries(form)).to.deep.include(['anschrift[hausnummerBis]', '14']);
  });

  it('takes an invalid value before it is connected, and warns about its PLZ once feedback shows', async () => {
    const el = document.createElement('bp-address-input');
    el.value = { ...augsburg, postleitzahl: '99999', ort: 'Irgendwo' };
    expect(el.checkValidity()).to.equal(true);
    el.value = { ...augsburg, postleitzahl: '8615' };
    expect(el.checkValidity()).to.equal(false);
    el.value = { ...augsburg, postleitzahl: '99999', ort: 'Irgendwo' };
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.append(el);
    await el.updateComplete;
    el.reportValidity();
    await waitUntil(() => adviceOf(el, 'postleitzahl') !== '', 'the unknown-PLZ warning', { timeout: 5000 });
    expect(adviceOf(el, 'postleitzahl')).to.contain(
      'Die Postleitzahl 99999 ist in unserem Verzeichnis nicht enthalten.',
    );
  });

  it('ignores a value attribute that is not JSON of an address, and says so', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<AddressInput>(html`<bp-address-input></bp-address-input>`);
      el.setAttribute('value', 'Hauptstraße 5');
      await el.updateComplete;
      expect(el.value).to.deep.include({ inlandAusland: '001', strasse: '' });
      expect(warnings.join()).to.contain('not the JSON of an address');
    } finally {
      console.warn = warn;
    }
  });
});

// ── PLZ → Ort ────────────────────────────────────────────────────────────────────────────────

describe('bp-address-input: PLZ → Ort', () => {
  beforeEach(clearAnnouncements);

  it('fills the Ort of a PLZ with one place and says so politely', async () => {
    const { el } = await inForm();
    await typeInto(el, 'postleitzahl', '86405');
    await waitUntil(() => field(el, 'ort').value === 'Meitingen', 'Ort filled');
    await announced('Ort „Meitingen“ zur Postleitzahl 86405 eingetragen.');
  });

  it('never overwrites an Ort the user typed, and warns when it does not fit the PLZ', async () => {
    const { el } = await inForm();
    await typeInto(el, 'strasse', 'Hauptstraße');
    await typeInto(el, 'ort', 'Augsburg');
    await typeInto(el, 'postleitzahl', '86405');
    field(el, 'postleitzahl').dispatchEvent(new Event('change', { bubbles: true }));
    await aTimeout(300);
    await el.updateComplete;
    expect(field(el, 'ort').value).to.equal('Augsburg');
    el.reportValidity();
    await el.updateComplete;
    expect(adviceOf(el, 'ort')).to.contain('„Augsburg“ gehört laut unserem Verzeichnis nicht zur Postleitzahl 86405');
    expect(el.checkValidity(), 'a warning does not block').to.equal(true);
  });

  it('replaces an Ort it filled itself when the PLZ changes', async () => {
    const { el } = await inForm();
    await typeInto(el, 'postleitzahl', '86405');
    await waitUntil(() => field(el, 'ort').value === 'Meitingen');
    field(el, 'postleitzahl').select();
    await sendKeys({ type: '93309' });
    await waitUntil(() => field(el, 'ort').value === 'Kelheim', 'Ort follows the new PLZ');
    await announced('Ort „Kelheim“ zur Postleitzahl 93309 eingetragen.');
  });

  it('offers the places of a PLZ with several as a combobox, nothing preselected, free entry kept', async () => {
    const { el } = await inForm();
    await typeInto(el, 'postleitzahl', '54636');
    await waitUntil(() => combobox(el, 'ort'), 'Ort became a combobox');
    await announced('Zur Postleitzahl 54636 gibt es 39 Orte. Wählen Sie Ihren Ort aus.');
    const box = combobox(el, 'ort')!;
    await box.updateComplete;
    expect(box.options).to.have.length(39);
    expect(box.value, 'nothing preselected').to.equal('');
    comboInput(box).focus();
    await sendKeys({ type: 'Bic' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.include({ ort: 'Bickendorf' });
    // Free text stays possible (the table can be older than the post).
    comboInput(box).select();
    await sendKeys({ type: 'Neudorf' });
    await el.updateComplete;
    expect(el.value).to.deep.include({ ort: 'Neudorf' });
    // Enter with the list closed submits the address's form, as in its native fields (here the
    // submit is refused, Straße is missing: the attempt shows as `invalid`).
    if (box.open) await sendKeys({ press: 'Escape' });
    expect(box.open).to.equal(false);
    const attempted = oneEvent(el, 'invalid');
    await sendKeys({ press: 'Enter' });
    await attempted;
    expect(el.value).to.deep.include({ ort: 'Neudorf' });
  });

  it('warns (does not block) about a well-formed PLZ the table does not know', async () => {
    const { el } = await inForm();
    await typeInto(el, 'strasse', 'Hauptstraße');
    await typeInto(el, 'postleitzahl', '99999');
    await typeInto(el, 'ort', 'Irgendwo');
    await aTimeout(300);
    el.reportValidity();
    await el.updateComplete;
    await waitUntil(() => adviceOf(el, 'postleitzahl') !== '', 'warning shown');
    expect(adviceOf(el, 'postleitzahl')).to.equal(
      'Hinweis: Die Postleitzahl 99999 ist in unserem Verzeichnis nicht enthalten. Prüfen Sie sie. Wenn sie stimmt, können Sie fortfahren.',
    );
    expect(el.checkValidity()).to.equal(true);
  });
});

// ── errors ───────────────────────────────────────────────────────────────────────────────────

describe('bp-address-input: errors', () => {
  it('blocks a submit with the missing parts, each at its field, and focuses the first', async () => {
    const { form, el } = await inForm();
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorOf(el, 'strasse')).to.equal('Fehler: Geben Sie die Straße an.');
    expect(errorOf(el, 'postleitzahl')).to.equal('Fehler: Geben Sie die Postleitzahl an.');
    expect(errorOf(el, 'ort')).to.equal('Fehler: Geben Sie den Ort an.');
    expect(field(el, 'strasse').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'strasse').getAttribute('aria-describedby')).to.equal('error-strasse');
    expect(el.validationMessage).to.equal('Geben Sie die Straße an.');
    expect(el.validationAnchor()).to.equal(field(el, 'strasse'));
    await expect(el).to.be.accessible();
  });

  it('keeps each field’s ARIA state and error frame in step with its messages, both ways', async () => {
    const { form, el } = await inForm();
    form.addEventListener('submit', (e) => e.preventDefault());
    const wrapper = (id: string) => field(el, id).parentElement!;
    expect(field(el, 'strasse').getAttribute('aria-required'), 'required part').to.equal('true');
    expect(field(el, 'hausnummer').hasAttribute('aria-required'), 'optional part').to.equal(false);
    expect(field(el, 'zusatz').getAttribute('aria-describedby'), 'hint').to.equal('hint-zusatz');
    expect(field(el, 'ort').hasAttribute('aria-invalid')).to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect(field(el, 'ort').getAttribute('aria-invalid')).to.equal('true');
    expect(wrapper('ort').classList.contains('has-error')).to.equal(true);
    await typeInto(el, 'ort', 'Augsburg');
    await el.updateComplete;
    expect(field(el, 'ort').hasAttribute('aria-invalid'), 'fixed').to.equal(false);
    expect(field(el, 'ort').hasAttribute('aria-describedby')).to.equal(false);
    expect(wrapper('ort').classList.contains('has-error')).to.equal(false);
    expect(field(el, 'strasse').getAttribute('aria-invalid'), 'still missing').to.equal('true');
    el.required = false;
    await el.updateComplete;
    expect(field(el, 'strasse').hasAttribute('aria-required')).to.equal(false);
  });

  it('shows a field’s error when the user leaves it changed, not before', async () => {
    const { el } = await inForm();
    await typeInto(el, 'postleitzahl', '8615');
    expect(errorOf(el, 'postleitzahl')).to.equal('');
    field(el, 'ort').focus();
    await el.updateComplete;
    expect(errorOf(el, 'postleitzahl')).to.equal(
      'Fehler: Geben Sie eine Postleitzahl mit 5 Ziffern an, zum Beispiel 86150.',
    );
    expect(errorOf(el, 'strasse'), 'untouched fields stay quiet').to.equal('');
  });

  it('names a character outside DIN 91379, and the limits of Straße (55) and Ort (40)', async () => {
    const { el } = await inForm();
    await setText(el, 'strasse', 'Hauptstraße ☃');
    await setText(el, 'ort', 'A'.repeat(41));
    await setText(el, 'hausnummer', 'Haus B');
    el.reportValidity();
    await el.updateComplete;
    expect(errorOf(el, 'strasse')).to.contain('„Straße“ enthält ein Zeichen, das wir nicht verarbeiten können: ☃');
    expect(errorOf(el, 'ort')).to.equal('Fehler: Der Ort darf höchstens 40 Zeichen lang sein.');
    expect(errorOf(el, 'hausnummer')).to.contain('Hausnummer mit Ziffern');
    await setText(el, 'strasse', 'S'.repeat(56));
    expect(errorOf(el, 'strasse')).to.contain('höchstens 55 Zeichen');
  });

  it('words its messages in English on an English page', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en"><bp-address-input name="a" required></bp-address-input></form>`,
    );
    await rendered(form);
    const el = form.querySelector('bp-address-input')!;
    el.reportValidity();
    await el.updateComplete;
    expect(errorOf(el, 'strasse')).to.equal('Error: Enter the street.');
    expect(el.validationMessage).to.equal('Enter the street.');
  });

  it('keeps an optional address valid while empty, but wants it complete once started', async () => {
    const { el } = await inForm(html`<bp-address-input name="a"></bp-address-input>`);
    expect(el.checkValidity()).to.equal(true);
    await setText(el, 'strasse', 'Hauptstraße');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Geben Sie die Postleitzahl an.');
  });
});

// ── Ausland ──────────────────────────────────────────────────────────────────────────────────

describe('bp-address-input: Ausland', () => {
  it('switches to Staat and five lines, keeps the Inland entries, and submits the lines', async () => {
    const { form, el } = await inForm();
    await typeInto(el, 'strasse', 'Hauptstraße');
    field(el, 'kind').click();
    await el.updateComplete;
    await waitUntil(() => combobox(el, 'staat'), 'Staat is a combobox once the list loaded');
    const labels = [...el.shadowRoot!.querySelectorAll('label.label')].map((l) => text(l));
    expect(labels).to.deep.equal([
      'Zeile 1',
      'Zeile 2 (optional)',
      'Zeile 3 (optional)',
      'Zeile 4 (optional)',
      'Zeile 5 (optional)',
    ]);
    const box = combobox(el, 'staat')!;
    await box.updateComplete;
    expect(box.options.map((o) => o.value)).to.not.include('DE');
    expect(box.options.find((o) => o.value === 'FR')?.label).to.equal('Frankreich');
    comboInput(box).focus();
    await sendKeys({ type: 'Frankr' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await typeInto(el, 'zeile-0', '12 rue de la Paix');
    await typeInto(el, 'zeile-1', '75002 Paris');
    expect(entries(form)).to.deep.equal([
      ['anschrift[inlandAusland]', '002'],
      ['anschrift[staat]', 'FR'],
      ['anschrift[zeilen][0]', '12 rue de la Paix'],
      ['anschrift[zeilen][1]', '75002 Paris'],
    ]);
    expect(el.checkValidity()).to.equal(true);
    field(el, 'kind').click();
    await el.updateComplete;
    expect(field(el, 'strasse').value, 'Inland entries kept').to.equal('Hauptstraße');
    await expect(el).to.be.accessible();
  });

  it('reports a gap between lines and a state typed but not chosen', async () => {
    const { el } = await inForm();
    field(el, 'kind').click();
    await waitUntil(() => combobox(el, 'staat'));
    el.value = { inlandAusland: '002', staat: 'Absurdistan', zeilen: ['Via Roma 1', '', '20121 Milano'] };
    el.reportValidity();
    await el.updateComplete;
    await waitUntil(() => text(combobox(el, 'staat')!.shadowRoot!.querySelector('[part="error"]')) !== '');
    expect(text(combobox(el, 'staat')!.shadowRoot!.querySelector('[part="error"]'))).to.equal(
      'Fehler: Wählen Sie den Staat aus der Liste aus.',
    );
    expect(errorOf(el, 'zeile-1')).to.contain('Zeile 2 ist leer');
  });
});

// ── keyboard only ────────────────────────────────────────────────────────────────────────────

describe('bp-address-input: keyboard only', () => {
  it('takes a complete address in Germany with Tab and typing, then submits with Enter', async () => {
    const { form, el } = await inForm();
    const submitted = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        resolve(new FormData(form));
      }),
    );
    el.focus();
    expect(deepActive(), 'focus() goes to the first field').to.equal(field(el, 'strasse'));
    field(el, 'kind').focus();
    for (const [keys, id] of [
      ['Rathausplatz', 'strasse'],
      ['1', 'hausnummer'],
      ['', 'zusatz'],
      ['82049', 'postleitzahl'],
    ] as const) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), id).to.equal(field(el, id));
      if (keys) await sendKeys({ type: keys });
    }
    await waitUntil(() => field(el, 'ort').value === 'Pullach im Isartal');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(el, 'ort'));
    await sendKeys({ press: 'Enter' });
    const data = await submitted;
    expect(data.get('anschrift[strasse]')).to.equal('Rathausplatz');
    expect(data.get('anschrift[ort]')).to.equal('Pullach im Isartal');
  });

  it('takes an address abroad with Space on the checkbox and the arrow keys in the combobox', async () => {
    const { form, el } = await inForm();
    field(el, 'kind').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(field(el, 'kind').checked).to.equal(true);
    await waitUntil(() => combobox(el, 'staat'));
    await sendKeys({ press: 'Tab' });
    const box = combobox(el, 'staat')!;
    expect(deepActive()).to.equal(comboInput(box));
    await sendKeys({ type: 'Österr' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(el, 'zeile-0'));
    await sendKeys({ type: 'Stephansplatz 1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1010 Wien' });
    expect(entries(form)).to.deep.equal([
      ['anschrift[inlandAusland]', '002'],
      ['anschrift[staat]', 'AT'],
      ['anschrift[zeilen][0]', 'Stephansplatz 1'],
      ['anschrift[zeilen][1]', '1010 Wien'],
    ]);
  });
});

// ── paste ────────────────────────────────────────────────────────────────────────────────────

/** What the browser does on a paste into a field: the text lands in it, with an `insertFromPaste` input event. */
function paste(target: HTMLInputElement, value: string): void {
  target.value = value;
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

describe('bp-address-input: pasting a whole address', () => {
  it('offers to split it into the fields and does so only when the user agrees', async () => {
    const { el } = await inForm();
    paste(field(el, 'strasse'), 'Hauptstraße 5a, 86150 Augsburg');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="paste-offer"]'), 'offer shown');
    await announced('Sie haben eine ganze Anschrift eingefügt. Sollen wir sie auf die Felder verteilen?');
    const offer = el.shadowRoot!.querySelector('[part="paste-offer"]')!;
    expect(text(offer)).to.contain('Straße: Hauptstraße, Hausnummer: 5a, Postleitzahl: 86150, Ort: Augsburg');
    expect(el.value).to.deep.include({ strasse: 'Hauptstraße 5a, 86150 Augsburg', postleitzahl: '' });
    const [accept] = offer.querySelectorAll<HTMLElement>('bp-button');
    accept.click();
    await el.updateComplete;
    expect(el.value).to.deep.include({
      strasse: 'Hauptstraße',
      hausnummer: '5',
      hausnummerZusatz: 'a',
      postleitzahl: '86150',
      ort: 'Augsburg',
    });
    expect(el.shadowRoot!.querySelector('[part="paste-offer"]')).to.equal(null);
    await waitUntil(() => deepActive() === field(el, 'strasse'), 'focus back in Straße');
    await announced('Die Anschrift wurde auf die Felder verteilt.');
  });

  it('leaves the pasted text as it is when the user says no', async () => {
    const { el } = await inForm();
    paste(field(el, 'strasse'), 'Hauptstraße 5a, 86150 Augsburg');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="paste-offer"]'));
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part="paste-offer"] bp-button')[1].click();
    await el.updateComplete;
    expect(el.value).to.deep.include({ strasse: 'Hauptstraße 5a, 86150 Augsburg', postleitzahl: '' });
    expect(el.shadowRoot!.querySelector('[part="paste-offer"]')).to.equal(null);
  });
});

// ── bad input ────────────────────────────────────────────────────────────────────────────────

describe('bp-address-input: bad input', () => {
  it('keeps 10,000 pasted characters and reports the limit', async () => {
    const { el } = await inForm();
    await setText(el, 'strasse', 'x'.repeat(10_000));
    el.reportValidity();
    await el.updateComplete;
    expect(field(el, 'strasse').value).to.have.length(10_000);
    expect(errorOf(el, 'strasse')).to.contain('höchstens 55 Zeichen');
  });

  it('renders markup as text and names emoji and right-to-left characters', async () => {
    const { el } = await inForm();
    await setText(el, 'strasse', '<script>window.__bpXss = 1</script>');
    await setText(el, 'ort', 'Augsburg 👨‍👩‍👧');
    await setText(el, 'zusatz', 'شارع');
    el.reportValidity();
    await el.updateComplete;
    expect((window as { __bpXss?: number }).__bpXss).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(errorOf(el, 'ort')).to.contain('👨‍👩‍👧');
    expect(errorOf(el, 'zusatz')).to.contain('\u2068ش');
    expect(field(el, 'strasse').value).to.equal('<script>window.__bpXss = 1</script>');
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('address')!.textContent).to.contain('<script>window.__bpXss = 1</script>');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });
});

// ── readonly summary, disabled ───────────────────────────────────────────────────────────────

describe('bp-address-input: readonly summary and disabled', () => {
  it('shows the address as a DIN 5008 block when readonly', async () => {
    const el = await fixture<AddressInput>(
      html`<bp-address-input readonly .value=${{ ...augsburg, zusatz: 'c/o Müller' }}></bp-address-input>`,
    );
    const block = el.shadowRoot!.querySelector<HTMLElement>('address[part="summary"]')!;
    expect(block.innerText.split('\n')).to.deep.equal(['c/o Müller', 'Maximilianstraße 12a', '86150 Augsburg']);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('writes the state abroad in capitals on the last line', async () => {
    const paris: Anschrift = { inlandAusland: '002', staat: 'FR', zeilen: ['12 rue de la Paix', '75002 PARIS'] };
    const el = await fixture<AddressInput>(html`<bp-address-input readonly .value=${paris}></bp-address-input>`);
    await waitUntil(() => el.formatted.at(-1) === 'FRANKREICH', 'state name loaded');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('address')!.innerText.split('\n')).to.deep.equal([
      '12 rue de la Paix',
      '75002 PARIS',
      'FRANKREICH',
    ]);
  });

  it('disables every field', async () => {
    const el = await fixture<AddressInput>(html`<bp-address-input disabled></bp-address-input>`);
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.length).to.be.greaterThan(5);
    expect(inputs.every((i) => i.matches(':disabled'))).to.equal(true);
  });
});

// ── street suggestions from a static register ────────────────────────────────────────────────

describe('bp-address-input: street suggestions (static register)', () => {
  const register = new StaticStreetLookup([
    { name: 'Hauptstraße', postalCode: '82049', locality: 'Pullach im Isartal' },
    { name: 'Habenschadenstraße', postalCode: '82049', locality: 'Pullach im Isartal' },
    { name: 'Heilmannstraße', postalCode: '82049', locality: 'Pullach im Isartal' },
  ]);

  it('suggests from 3 characters, fills PLZ and Ort on choice, and needs no network', async () => {
    const { el } = await inForm(html`<bp-address-input name="a" .lookup=${register}></bp-address-input>`);
    await waitUntil(() => combobox(el, 'strasse'), 'Straße became a combobox');
    const box = combobox(el, 'strasse')!;
    await box.updateComplete;
    comboInput(box).focus();
    await sendKeys({ type: 'Ha' });
    await aTimeout(400);
    expect(box.open, 'not from 2 characters').to.equal(false);
    await sendKeys({ type: 'u' });
    await waitUntil(() => box.shadowRoot!.querySelectorAll('[role="option"]').length === 1, 'one suggestion', {
      timeout: 3000,
    });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.include({
      strasse: 'Hauptstraße',
      postleitzahl: '82049',
      ort: 'Pullach im Isartal',
    });
    expect(el.shadowRoot!.querySelector('[part="attribution"]')).to.equal(null);
  });
});

// ── change and input events ──────────────────────────────────────────────────────────────────

describe('bp-address-input: events', () => {
  it('fires one change when the user leaves the address changed, none between its own fields', async () => {
    const { form, el } = await inForm();
    const seen: string[] = [];
    el.addEventListener('change', () => seen.push('change'));
    await typeInto(el, 'strasse', 'Hauptstraße');
    await typeInto(el, 'hausnummer', '5');
    await typeInto(el, 'postleitzahl', '86150');
    expect(seen).to.deep.equal([]);
    const changed = oneEvent(el, 'change');
    form.querySelector('button')!.focus();
    await changed;
    expect(seen).to.deep.equal(['change']);
  });
});
