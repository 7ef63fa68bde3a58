import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../all.js';
import type { ErrorSummary } from './error-summary.js';
import type { TextField } from '../text-field/text-field.js';
import type { BpFormControl } from '../core/form-control.js';
import { ErrorSummaryNavigateEvent } from './events.js';
import { accessible, clearAnnouncements, hasState, nextAnnouncement, tick, rendered } from '../core/testing/helpers.js';

const links = (s: ErrorSummary) => [...s.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const texts = (s: ErrorSummary) => links(s).map((a) => a.textContent.trim());
const base = (s: ErrorSummary) => s.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const innerInput = (el: Element) => el.shadowRoot!.querySelector('input')!;

/** A real form of mixed controls: Blaupause fields, a native e-mail field and a native radio group. */
async function mixedForm() {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <bp-error-summary for="antrag"></bp-error-summary>
      <form id="antrag" action="#">
        <bp-text-field id="vorname" name="vorname" label="Vorname" required></bp-text-field>
        <label for="email">E-Mail-Adresse</label>
        <input id="email" name="email" type="email" value="max@" />
        <fieldset>
          <legend>Haben Sie einen Hund?</legend>
          <input type="radio" id="hund-ja" name="hund" value="ja" required /><label for="hund-ja">Ja</label>
          <input type="radio" id="hund-nein" name="hund" value="nein" /><label for="hund-nein">Nein</label>
        </fieldset>
        <bp-text-field id="ort" name="ort" label="Wohnort" required></bp-text-field>
        <button type="submit">Absenden</button>
      </form>
    </div>
  `);
  const summary = root.querySelector('bp-error-summary')!;
  const form = root.querySelector('form')!;
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form));
  });
  await summary.updateComplete;
  return { root, summary, form, submitted };
}

async function settle(summary: ErrorSummary) {
  for (let i = 0; i < 4; i++) {
    await tick(0);
    await summary.updateComplete;
  }
}

describe('bp-error-summary', () => {
  afterEach(() => clearAnnouncements());

  it('shows nothing while there are no errors', async () => {
    const { summary } = await mixedForm();
    expect(base(summary).hidden).to.equal(true);
    expect(getComputedStyle(base(summary)).display).to.equal('none');
    await expect(summary).to.be.accessible();
  });

  it('takes over the browser bubbles: sets novalidate on its form and gives it back when removed', async () => {
    const { summary, form } = await mixedForm();
    expect(form.noValidate).to.equal(true);
    summary.remove();
    expect(form.noValidate).to.equal(false);
  });

  it('end to end: submit → summary focused → link → field focused → fix → summary updates', async () => {
    const { summary, form, submitted } = await mixedForm();
    const vorname = form.querySelector<TextField>('#vorname')!;
    const ort = form.querySelector<TextField>('#ort')!;

    // A failed submit by keyboard: focus the button and press Enter.
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);

    expect(submitted).to.have.length(0);
    expect(texts(summary)).to.deep.equal([
      'Füllen Sie das Feld „Vorname“ aus.',
      'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.',
      'Wählen Sie eine Antwort zu „Haben Sie einen Hund?“ aus.',
      'Füllen Sie das Feld „Wohnort“ aus.',
    ]);
    // Each entry says what the field itself says.
    expect(texts(summary)[0]).to.equal(vorname.validationMessage);
    expect(hasState(vorname, 'user-invalid')).to.equal(true);
    // Focus on the container, the alert role on a child (GOV.UK #2677).
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(base(summary));
    expect(base(summary).hasAttribute('role')).to.equal(false);
    expect(base(summary).querySelector('[role="alert"]')).to.not.equal(null);
    const heading = { role: 'heading', name: 'Es gibt ein Problem' };
    expect(await accessible(['bp-error-summary', 'h2'], heading)).to.deep.equal(heading);
    await expect(summary).to.be.accessible();

    // Tab to the first link, Enter: focus lands in Vorname's inner input.
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[0]);
    const link = { role: 'link', name: 'Füllen Sie das Feld „Vorname“ aus.' };
    expect(await accessible(['bp-error-summary', 'a'], link)).to.deep.equal(link);
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(document.activeElement).to.equal(vorname);
    expect(vorname.shadowRoot!.activeElement).to.equal(innerInput(vorname));

    // Fix it and leave the field: the entry goes, without a new alert.
    await sendKeys({ type: 'Jürgen' });
    await sendKeys({ press: 'Tab' });
    await settle(summary);
    expect(texts(summary)).to.have.length(3);
    expect(texts(summary)[0]).to.match(/E-Mail-Adresse/);
    expect(base(summary).querySelector('[role="alert"]')).to.equal(null);

    // Fix the rest by script and user action alike: the summary disappears and says so politely.
    form.querySelector<HTMLInputElement>('#email')!.value = 'max@example.org';
    form.querySelector<HTMLInputElement>('#hund-nein')!.click();
    await settle(summary);
    expect(texts(summary)).to.have.length(1);
    ort.focus();
    await sendKeys({ type: 'Augsburg' });
    await sendKeys({ press: 'Tab' });
    await settle(summary);
    expect(base(summary).hidden).to.equal(true);
    expect(await nextAnnouncement('polite')).to.equal(
      'Alle Fehler sind behoben. Sie können das Formular jetzt absenden.',
    );

    // Now the submit goes through.
    form.requestSubmit();
    await settle(summary);
    expect(submitted).to.have.length(1);
    expect(submitted[0].get('vorname')).to.equal('Jürgen');
    expect(submitted[0].get('hund')).to.equal('nein');
  });

  it('end to end on a form of every Blaupause control, submitted by keyboard through bp-button', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <bp-error-summary for="alle"></bp-error-summary>
        <form id="alle">
          <bp-text-field id="a-name" name="name" label="Name" required></bp-text-field>
          <bp-textarea id="a-grund" name="grund" label="Grund des Antrags" required></bp-textarea>
          <bp-select id="a-land" name="land" label="Staatsangehörigkeit" required>
            <option value="de">deutsch</option>
            <option value="at">österreichisch</option>
          </bp-select>
          <bp-combobox id="a-ort" name="ort" label="Wohnort" required restrict></bp-combobox>
          <bp-radio-group id="a-zustellung" name="zustellung" label="Zustellung" required>
            <bp-radio value="post">Per Post</bp-radio>
            <bp-radio value="abholung">Abholung im Bürgerbüro</bp-radio>
          </bp-radio-group>
          <bp-checkbox id="a-richtig" name="richtig" label="Meine Angaben sind richtig" required></bp-checkbox>
          <bp-button type="submit" name="aktion" value="senden">Antrag senden</bp-button>
        </form>
      </div>
    `);
    const summary = root.querySelector('bp-error-summary')!;
    const form = root.querySelector('form')!;
    const combobox = form.querySelector('bp-combobox')!;
    combobox.options = [
      { value: '09761000', label: 'Augsburg' },
      { value: '09162000', label: 'München' },
    ];
    const sent: [string, FormDataEntryValue][][] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sent.push([...new FormData(form, e.submitter).entries()]);
    });
    const controls = [...form.querySelectorAll<BpFormControl<unknown>>('[id^="a-"]')];
    await Promise.all(controls.map((c) => c.updateComplete));

    form.querySelector('bp-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(sent).to.have.length(0);
    expect(document.activeElement).to.equal(summary);
    expect(texts(summary)).to.deep.equal(controls.map((c) => c.validationMessage));
    expect(texts(summary)).to.include('Kreuzen Sie „Meine Angaben sind richtig“ an.');
    expect(texts(summary)).to.have.length(6);
    await expect(summary).to.be.accessible();

    // Every link leads into its own control's inner field.
    for (const [i, control] of controls.entries()) {
      links(summary)[i].click();
      await settle(summary);
      expect(control.contains(document.activeElement) || document.activeElement === control, control.id).to.equal(true);
      let deepest = document.activeElement;
      while (deepest?.shadowRoot?.activeElement) deepest = deepest.shadowRoot.activeElement;
      expect(deepest, control.id).to.equal(control.validationAnchor());
    }

    // Fix them as a user would, by keyboard, each from its link; the list shrinks with each.
    const fix = async (index: number, keys: () => Promise<void>) => {
      links(summary)[0].click();
      await settle(summary);
      await keys();
      await sendKeys({ press: 'Tab' });
      await settle(summary);
      expect(texts(summary)).to.have.length(5 - index);
    };
    await fix(0, () => sendKeys({ type: 'Erika Mustermann' }));
    await fix(1, () => sendKeys({ type: 'Umzug' }));
    await fix(2, () => sendKeys({ press: 'ArrowDown' }));
    await fix(3, () => sendKeys({ type: 'Augsburg' }));
    await fix(4, () => sendKeys({ press: ' ' }));
    await fix(5, () => sendKeys({ press: ' ' }));
    expect(base(summary).hidden).to.equal(true);

    form.querySelector('bp-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(summary);
    expect(sent).to.have.length(1);
    expect(Object.fromEntries(sent[0])).to.deep.equal({
      name: 'Erika Mustermann',
      grund: 'Umzug',
      land: 'de', // ArrowDown from the "Bitte auswählen" placeholder
      ort: '09761000',
      zustellung: 'post',
      richtig: 'on',
      aktion: 'senden',
    });
  });

  it('moves focus to a native field by its link and shows its label', async () => {
    const { summary, form } = await mixedForm();
    form.requestSubmit();
    await settle(summary);
    links(summary)[1].click();
    await settle(summary);
    expect(document.activeElement).to.equal(form.querySelector('#email'));
    links(summary)[2].click();
    await settle(summary);
    expect(document.activeElement).to.equal(form.querySelector('#hund-ja'));
  });

  it('words native range and number errors with the shared messages, links at least 24 px high', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <bp-error-summary></bp-error-summary>
        <label for="kinder">Anzahl der Kinder</label>
        <input id="kinder" name="kinder" type="number" min="0" max="20" value="25" />
        <label for="alter">Alter</label>
        <input id="alter" name="alter" type="number" min="18" value="16" />
        <button>Senden</button>
      </form>
    `);
    const summary = form.querySelector('bp-error-summary')!;
    form.requestSubmit();
    await settle(summary);
    expect(texts(summary)).to.deep.equal([
      '„Anzahl der Kinder“ darf höchstens 20 sein.',
      '„Alter“ muss 18 oder mehr sein.',
    ]);
    for (const link of links(summary)) expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('alerts again on a second failed submit', async () => {
    const { summary, form } = await mixedForm();
    form.requestSubmit();
    await settle(summary);
    const firstAlert = base(summary).querySelector('[role="alert"]');
    form.querySelector<HTMLInputElement>('#email')!.value = 'max@example.org';
    form.requestSubmit();
    await settle(summary);
    const secondAlert = base(summary).querySelector('[role="alert"]');
    expect(secondAlert).to.not.equal(null);
    expect(secondAlert).to.not.equal(firstAlert);
    expect(texts(summary)).to.have.length(3);
  });

  it('lets a submit button with formnovalidate through (e.g. "Zwischenspeichern")', async () => {
    const { summary, form, submitted } = await mixedForm();
    const save = document.createElement('button');
    save.type = 'submit';
    save.formNoValidate = true;
    save.textContent = 'Zwischenspeichern';
    form.append(save);
    save.click();
    await settle(summary);
    expect(submitted).to.have.length(1);
    expect(base(summary).hidden).to.equal(true);
  });

  it('forgets its errors when the form is reset', async () => {
    const { summary, form } = await mixedForm();
    form.requestSubmit();
    await settle(summary);
    expect(texts(summary)).to.have.length(4);
    form.reset();
    await settle(summary);
    expect(base(summary).hidden).to.equal(true);
  });

  it('finds a form that is inserted after it in the same task (summary first, as a framework renders it)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const summary = document.createElement('bp-error-summary');
    summary.htmlFor = 'spaet';
    root.append(summary); // upgraded and connected at once: no form yet
    const form = document.createElement('form');
    form.id = 'spaet';
    form.innerHTML = '<bp-text-field name="a" label="Aktenzeichen" required></bp-text-field>';
    root.append(form);
    await settle(summary);
    expect(summary.form === form, 'attached to the later form').to.equal(true);
    expect(form.noValidate).to.equal(true);
    form.requestSubmit();
    await settle(summary);
    expect(texts(summary)).to.deep.equal(['Füllen Sie das Feld „Aktenzeichen“ aus.']);
  });

  it('finds its form as an ancestor when there is no for attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <bp-error-summary></bp-error-summary>
        <bp-text-field name="a" label="Aktenzeichen" required></bp-text-field>
      </form>
    `);
    const summary = form.querySelector('bp-error-summary')!;
    form.requestSubmit();
    await settle(summary);
    expect(summary.form).to.equal(form);
    expect(texts(summary)).to.deep.equal(['Füllen Sie das Feld „Aktenzeichen“ aus.']);
  });

  it('shows errors the server found (JSON attribute), takes focus on load, and links to the field', async () => {
    // As a server or CMS writes it: plain HTML.
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.innerHTML = `
      <bp-error-summary for="f" errors='[{"message":"Diese Postleitzahl gehört nicht zu Pullach.","href":"#plz"}]'>
      </bp-error-summary>
      <form id="f"><bp-text-field id="plz" name="plz" label="Postleitzahl" value="80331"></bp-text-field></form>`;
    const summary = root.querySelector('bp-error-summary')!;
    await settle(summary);
    expect(texts(summary)).to.deep.equal(['Diese Postleitzahl gehört nicht zu Pullach.']);
    expect(document.activeElement).to.equal(summary);
    expect(links(summary)[0].getAttribute('href')).to.equal('#plz');
    links(summary)[0].click();
    await settle(summary);
    const plz = root.querySelector('#plz')!;
    expect(document.activeElement).to.equal(plz);
    expect(plz.shadowRoot!.activeElement).to.equal(innerInput(plz));
  });

  it('does not take focus on load with no-autofocus', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.innerHTML = `<bp-error-summary no-autofocus errors='[{"message":"Fehler","href":"#x"}]'></bp-error-summary>
      <input id="x" aria-label="x" />`;
    const summary = root.querySelector('bp-error-summary')!;
    await settle(summary);
    expect(texts(summary)).to.deep.equal(['Fehler']);
    expect(document.activeElement).to.not.equal(summary);
  });

  describe('multi-step forms', () => {
    async function twoSteps() {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <bp-error-summary for="wizard"></bp-error-summary>
          <form id="wizard">
            <section id="step1" hidden>
              <bp-text-field id="name" name="name" label="Name" required></bp-text-field>
            </section>
            <section id="step2">
              <bp-text-field id="iban" name="iban" label="IBAN" required></bp-text-field>
              <button>Absenden</button>
            </section>
          </form>
        </div>
      `);
      const summary = root.querySelector('bp-error-summary')!;
      const showStep = (id: string) => {
        for (const s of root.querySelectorAll('section')) s.hidden = s.id !== id;
      };
      return { root, summary, form: root.querySelector('form')!, showStep };
    }

    it('lists errors of every step and, through the navigate callback, shows the step before focusing', async () => {
      const { root, summary, form, showStep } = await twoSteps();
      const visited: string[] = [];
      summary.navigate = async (entry) => {
        const step = entry.control!.closest('section')!;
        visited.push(step.id);
        showStep(step.id);
        await tick(10); // a step that renders asynchronously
      };
      form.requestSubmit();
      await settle(summary);
      expect(texts(summary)).to.deep.equal(['Füllen Sie das Feld „Name“ aus.', 'Füllen Sie das Feld „IBAN“ aus.']);
      links(summary)[0].click();
      await tick(50);
      await settle(summary);
      expect(visited).to.deep.equal(['step1']);
      expect(root.querySelector<HTMLElement>('#step1')!.hidden).to.equal(false);
      expect(document.activeElement).to.equal(root.querySelector('#name'));
    });

    it('lets a bp-error-summary-navigate listener show the step (waitUntil) or cancel the focus move', async () => {
      const { root, summary, form, showStep } = await twoSteps();
      let cancel = false;
      summary.addEventListener('bp-error-summary-navigate', (e) => {
        expect(e).to.be.instanceOf(ErrorSummaryNavigateEvent);
        if (cancel) {
          e.preventDefault();
          return;
        }
        e.waitUntil(tick(10).then(() => showStep('step1')));
      });
      form.requestSubmit();
      await settle(summary);
      links(summary)[0].click();
      await tick(50);
      expect(document.activeElement).to.equal(root.querySelector('#name'));
      (document.activeElement as HTMLElement).blur();
      cancel = true;
      showStep('step2');
      links(summary)[1].click();
      await tick(50);
      expect(document.activeElement).to.not.equal(root.querySelector('#iban'));
    });

    it('validate(scope) checks only the current step (for a "Weiter" button)', async () => {
      const { root, summary } = await twoSteps();
      const step2 = root.querySelector<HTMLElement>('#step2')!;
      expect(summary.validate(step2)).to.equal(false);
      await settle(summary);
      expect(texts(summary)).to.deep.equal(['Füllen Sie das Feld „IBAN“ aus.']);
      expect(document.activeElement).to.equal(summary);
      root.querySelector<TextField>('#iban')!.value = 'DE02120300000000202051';
      expect(summary.validate(step2)).to.equal(true);
      await settle(summary);
      expect(base(summary).hidden).to.equal(true);
    });
  });

  it('speaks English on an English page, with a custom heading level', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div lang="en">
        <form>
          <bp-error-summary heading-level="3"></bp-error-summary>
          <bp-text-field name="a" label="First name" required></bp-text-field>
        </form>
      </div>
    `);
    await rendered(root);
    const summary = root.querySelector('bp-error-summary')!;
    root.querySelector('form')!.requestSubmit();
    await settle(summary);
    const heading = summary.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent.trim()).to.equal('There is a problem');
    expect(texts(summary)).to.deep.equal(['Fill in “First name”.']);
    const h3 = { role: 'heading', name: 'There is a problem' };
    expect(await accessible(['bp-error-summary', 'h3'], h3)).to.deep.equal(h3);
  });
});
