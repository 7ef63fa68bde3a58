import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { RadioGroup } from './radio-group.js';
import type { Radio } from './radio.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, hasState, tick, rendered } from '../core/testing/helpers.js';

const radiosOf = (group: RadioGroup) => [...group.querySelectorAll('bp-radio')];
const inputOf = (radio: Radio) => radio.shadowRoot!.querySelector('input')!;
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const entries = (form: HTMLFormElement) => [...new FormData(form).entries()];

/** WebDriver key codes, for chords in WebKit (classic WebDriver has no separate key down and up). */
const WEBDRIVER_KEYS: Record<string, string> = {
  Shift: '\uE008',
  Control: '\uE009',
  Tab: '\uE004',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** Presses a key, or a chord such as `Shift+Tab`, in all three browsers. */
async function pressKeys(keys: string): Promise<void> {
  const [modifier, key] = keys.split('+');
  if (!key || !modifier) {
    await sendKeys({ press: keys });
    return;
  }
  try {
    await sendKeys({ down: modifier });
  } catch {
    // WebDriver classic presses all keys of one string down, then releases them: a chord.
    await sendKeys({ press: `${WEBDRIVER_KEYS[modifier]}${WEBDRIVER_KEYS[key]}` });
    return;
  }
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

runFormControlSuite<RadioGroup>({
  tag: 'bp-radio-group',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-radio-group
      label="Wie möchten Sie benachrichtigt werden?"
      name=${name}
      id=${ifDefined(id)}
      value=${ifDefined(defaultValue)}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    >
      <bp-radio value="post">Per Post</bp-radio>
      <bp-radio value="email">Per E-Mail</bp-radio>
      <bp-radio value="Vorgabe">Wie bisher</bp-radio>
    </bp-radio-group>`,
  fillByKeyboard: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  filledEntries: [['field', 'email']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.value = 'post';
  },
  setEntries: [['field', 'post']],
  restore: { state: 'email', entries: [['field', 'email']] },
  focusTarget: (el) => inputOf(radiosOf(el)[0]),
  enterSubmitsAlone: false,
  focusesSlottedChild: true,
});

const LABELS: Record<string, string> = {
  post: 'Per Post',
  email: 'Per E-Mail',
  konto: 'Im Bürgerkonto',
  abholen: 'Ich hole ihn ab',
};

interface Setup {
  value?: string;
  dir?: 'ltr' | 'rtl';
  readonly?: boolean;
  disabled?: string[];
}

/** A group of four radios between two buttons; records input and change with the value they saw. */
async function setup(o: Setup = {}) {
  const form = await fixture<HTMLFormElement>(html`
    <form dir=${ifDefined(o.dir)}>
      <button type="button" id="before">vorher</button>
      <bp-radio-group
        label="Wie möchten Sie den Bescheid erhalten?"
        name="weg"
        value=${ifDefined(o.value)}
        ?readonly=${o.readonly}
      >
        ${Object.entries(LABELS).map(
          ([value, label]) =>
            html`<bp-radio value=${value} ?disabled=${o.disabled?.includes(value)}>${label}</bp-radio>`,
        )}
      </bp-radio-group>
      <button type="button" id="after">nachher</button>
    </form>
  `);
  const group = form.querySelector('bp-radio-group')!;
  await group.updateComplete;
  const events: string[] = [];
  group.addEventListener('input', () => events.push(`input:${group.value}`));
  group.addEventListener('change', () => events.push(`change:${group.value}`));
  /** The value of the radio that has focus, or the id of the focused element outside the group. */
  const focused = (): string =>
    radiosOf(group).find((r) => inputOf(r).matches(':focus'))?.value ?? document.activeElement?.id ?? '';
  /** The values of the radios whose native input is checked (what the user sees and hears). */
  const checked = async (): Promise<string[]> => {
    await group.updateComplete;
    return radiosOf(group)
      .filter((r) => inputOf(r).checked)
      .map((r) => r.value);
  };
  const press = async (key: string) => {
    await pressKeys(key);
    await group.updateComplete;
  };
  return { form, group, events, focused, checked, press };
}

describe('bp-radio-group: keyboard (WAI-ARIA APG radio group), key by key', () => {
  it('Tab into the group lands on the first radio when none is checked', async () => {
    const { form, focused, events } = await setup();
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('post');
    expect(events).to.deep.equal([]);
  });

  it('Tab into the group lands on the checked radio', async () => {
    const { form, focused } = await setup({ value: 'konto' });
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('konto');
  });

  it('Shift+Tab into the group lands on the checked radio, or the first when none is checked', async () => {
    const a = await setup({ value: 'email' });
    a.form.querySelector<HTMLButtonElement>('#after')!.focus();
    await pressKeys('Shift+Tab');
    expect(a.focused()).to.equal('email');
    const b = await setup();
    b.form.querySelector<HTMLButtonElement>('#after')!.focus();
    await pressKeys('Shift+Tab');
    expect(b.focused()).to.equal('post');
  });

  it('Tab leaves the group: the group is one tab stop', async () => {
    const { form, focused } = await setup({ value: 'email' });
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('email');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('after');
    await pressKeys('Shift+Tab');
    expect(focused()).to.equal('email');
    await pressKeys('Shift+Tab');
    expect(focused()).to.equal('before');
  });

  it('Down Arrow moves to the next radio and checks it, wrapping from the last to the first', async () => {
    const { group, form, focused, checked, press, events } = await setup({ value: 'konto' });
    group.focus();
    await press('ArrowDown');
    expect([focused(), await checked(), entries(form)]).to.deep.equal(['abholen', ['abholen'], [['weg', 'abholen']]]);
    await press('ArrowDown');
    expect([focused(), await checked(), entries(form)]).to.deep.equal(['post', ['post'], [['weg', 'post']]]);
    expect(events).to.deep.equal(['input:abholen', 'change:abholen', 'input:post', 'change:post']);
  });

  it('Right Arrow moves to the next radio and checks it, wrapping from the last to the first', async () => {
    const { group, focused, checked, press, events } = await setup({ value: 'konto' });
    group.focus();
    await press('ArrowRight');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    await press('ArrowRight');
    expect([focused(), await checked()]).to.deep.equal(['post', ['post']]);
    expect(events).to.deep.equal(['input:abholen', 'change:abholen', 'input:post', 'change:post']);
  });

  it('Up Arrow moves to the previous radio and checks it, wrapping from the first to the last', async () => {
    const { group, focused, checked, press, events } = await setup({ value: 'email' });
    group.focus();
    await press('ArrowUp');
    expect([focused(), await checked()]).to.deep.equal(['post', ['post']]);
    await press('ArrowUp');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    expect(events).to.deep.equal(['input:post', 'change:post', 'input:abholen', 'change:abholen']);
  });

  it('Left Arrow moves to the previous radio and checks it, wrapping from the first to the last', async () => {
    const { group, focused, checked, press, events } = await setup({ value: 'email' });
    group.focus();
    await press('ArrowLeft');
    expect([focused(), await checked()]).to.deep.equal(['post', ['post']]);
    await press('ArrowLeft');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    expect(events).to.deep.equal(['input:post', 'change:post', 'input:abholen', 'change:abholen']);
  });

  it('an arrow key from the first, unchecked radio checks the next one (none was checked)', async () => {
    const { form, focused, checked, press, events } = await setup();
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    await press('ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['email', ['email']]);
    expect(events).to.deep.equal(['input:email', 'change:email']);
  });

  it('Space checks the focused radio when it is unchecked, and does nothing when it is checked', async () => {
    const { form, focused, checked, press, events } = await setup();
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(await checked()).to.deep.equal([]);
    await press(' ');
    expect([focused(), await checked(), entries(form)]).to.deep.equal(['post', ['post'], [['weg', 'post']]]);
    await press(' ');
    expect(await checked()).to.deep.equal(['post']);
    expect(events).to.deep.equal(['input:post', 'change:post']);
  });

  it('skips disabled radios with the arrow keys and with Tab', async () => {
    const { form, focused, checked, press, events } = await setup({ disabled: ['post', 'konto'] });
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused()).to.equal('email');
    await press('ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    await press('ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['email', ['email']]);
    await press('ArrowUp');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    expect(events).to.deep.equal([
      'input:abholen',
      'change:abholen',
      'input:email',
      'change:email',
      'input:abholen',
      'change:abholen',
    ]);
  });

  it('an arrow key on the only enabled radio keeps it checked and fires nothing', async () => {
    const { group, focused, checked, press, events } = await setup({
      value: 'email',
      disabled: ['post', 'konto', 'abholen'],
    });
    group.focus();
    await press('ArrowDown');
    await press('ArrowUp');
    expect([focused(), await checked()]).to.deep.equal(['email', ['email']]);
    expect(events).to.deep.equal([]);
  });

  it('right-to-left: Left Arrow moves to the next radio, Right Arrow to the previous; Up and Down unchanged', async () => {
    const { group, focused, checked, press } = await setup({ dir: 'rtl', value: 'email' });
    group.focus();
    await press('ArrowLeft');
    expect([focused(), await checked()]).to.deep.equal(['konto', ['konto']]);
    await press('ArrowRight');
    expect([focused(), await checked()]).to.deep.equal(['email', ['email']]);
    await press('ArrowRight');
    expect([focused(), await checked()]).to.deep.equal(['post', ['post']]);
    await press('ArrowRight');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
    await press('ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['post', ['post']]);
    await press('ArrowUp');
    expect([focused(), await checked()]).to.deep.equal(['abholen', ['abholen']]);
  });

  it('leaves Alt/Ctrl+arrow combinations to the browser', async () => {
    const { group, focused, checked, press, events } = await setup({ value: 'email' });
    group.focus();
    await press('Control+ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['email', ['email']]);
    expect(events).to.deep.equal([]);
  });

  it('read-only: arrow keys move focus without checking, Space and clicks change nothing, Tab returns to the checked radio', async () => {
    const { group, form, focused, checked, press, events } = await setup({ value: 'email', readonly: true });
    group.focus();
    await press('ArrowDown');
    expect([focused(), await checked()]).to.deep.equal(['konto', ['email']]);
    await press(' ');
    expect(await checked()).to.deep.equal(['email']);
    radiosOf(group)[0].shadowRoot!.querySelector('label')!.click();
    expect(await checked()).to.deep.equal(['email']);
    expect(entries(form)).to.deep.equal([['weg', 'email']]);
    expect(events).to.deep.equal([]);
    await press('Tab');
    expect(focused()).to.equal('after');
    await press('Shift+Tab');
    expect(focused()).to.equal('email');
  });

  it('checks a radio on a click on its label, firing input and change once', async () => {
    const { group, form, checked, events } = await setup({ value: 'post' });
    const label = radiosOf(group)[2].shadowRoot!.querySelector('label')!;
    label.click();
    expect(entries(form)).to.deep.equal([['weg', 'konto']]);
    expect(await checked()).to.deep.equal(['konto']);
    label.click();
    expect(events).to.deep.equal(['input:konto', 'change:konto']);
  });

  it('checks the radio given by value, without events, and checks none for an unknown value', async () => {
    const { group, form, checked, events } = await setup();
    group.value = 'abholen';
    expect(entries(form)).to.deep.equal([['weg', 'abholen']]);
    expect(await checked()).to.deep.equal(['abholen']);
    expect(radiosOf(group)[3].checked).to.equal(true);
    group.value = 'fax';
    expect(entries(form)).to.deep.equal([]);
    expect(await checked()).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('is not focusable and not submitted when disabled; radios follow the group', async () => {
    const { form, group, focused } = await setup({ value: 'email' });
    group.disabled = true;
    await group.updateComplete;
    expect(entries(form)).to.deep.equal([]);
    expect(radiosOf(group).every((r) => inputOf(r).disabled)).to.equal(true);
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('after');
    group.focus();
    expect(focused()).to.equal('after');
  });

  it('is not focusable inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset disabled>
          <bp-radio-group label="Frage" name="f"><bp-radio value="a">A</bp-radio></bp-radio-group>
        </fieldset>
      </form>
    `);
    const group = form.querySelector('bp-radio-group')!;
    await group.updateComplete;
    group.focus();
    expect(group.contains(document.activeElement)).to.equal(false);
    expect(inputOf(radiosOf(group)[0]).disabled).to.equal(true);
  });

  it('follows radios that come and go', async () => {
    const { group, form, checked } = await setup({ value: 'konto' });
    radiosOf(group)[2].remove();
    await group.updateComplete;
    expect(entries(form)).to.deep.equal([]);
    const radio = document.createElement('bp-radio');
    radio.value = 'konto';
    radio.textContent = 'Im Bürgerkonto (neu)';
    group.append(radio);
    await group.updateComplete;
    expect(entries(form)).to.deep.equal([['weg', 'konto']]);
    expect(await checked()).to.deep.equal(['konto']);
    expect(inputOf(radio).getAttribute('aria-posinset')).to.equal('4');
  });
});

describe('bp-radio-group', () => {
  it('is a radiogroup named by its legend, with radios named by their labels', async () => {
    const group = await fixture<RadioGroup>(html`
      <bp-radio-group id="rg" label="Haben Sie einen Hund?" required>
        <bp-radio id="ja" value="ja">Ja</bp-radio>
        <bp-radio id="nein" value="nein" hint="Dann brauchen Sie keine Hundesteuer zu zahlen.">Nein</bp-radio>
      </bp-radio-group>
    `);
    const groupNode = { role: 'radiogroup', name: 'Haben Sie einen Hund? (Pflichtfeld)' };
    expect(await accessible(['#rg', 'fieldset'], groupNode)).to.deep.equal(groupNode);
    const ja = { role: 'radio', name: 'Ja' };
    expect(await accessible(['#ja', 'input'], ja)).to.deep.equal(ja);
    const nein = { role: 'radio', name: 'Nein' };
    expect(await accessible(['#nein', 'input'], nein)).to.deep.equal(nein);
    const [r1, r2] = radiosOf(group);
    expect(inputOf(r2).getAttribute('aria-describedby')).to.equal('hint');
    expect(part(r2, 'hint')!.textContent.trim()).to.equal('Dann brauchen Sie keine Hundesteuer zu zahlen.');
    expect(inputOf(r1).hasAttribute('aria-describedby')).to.equal(false);
    expect([inputOf(r1).getAttribute('aria-posinset'), inputOf(r1).getAttribute('aria-setsize')]).to.deep.equal([
      '1',
      '2',
    ]);
    const fieldset = part(group, 'form-control')!;
    expect(fieldset.getAttribute('aria-required')).to.equal('true');
  });

  it('links the group hint and error to the fieldset with aria-describedby', async () => {
    const group = await fixture<RadioGroup>(html`
      <bp-radio-group label="Haben Sie einen Hund?" hint="Auch wenn er nur vorübergehend bei Ihnen lebt." required>
        <bp-radio value="ja">Ja</bp-radio>
        <bp-radio value="nein">Nein</bp-radio>
      </bp-radio-group>
    `);
    const fieldset = part(group, 'form-control')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    group.reportValidity();
    await group.updateComplete;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint error');
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset.classList.contains('has-error')).to.equal(true);
    expect(part(group, 'error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Fehler: Wählen Sie eine Antwort zu „Haben Sie einen Hund?“ aus.',
    );
  });

  it('requires an answer: blocks submission, shows the error on submit and focuses the first radio', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <bp-radio-group label="Haben Sie einen Hund?" name="hund" required>
          <bp-radio value="ja" disabled>Ja</bp-radio>
          <bp-radio value="nein">Nein</bp-radio>
        </bp-radio-group>
      </form>
    `);
    const group = form.querySelector('bp-radio-group')!;
    await group.updateComplete;
    expect(group.validity.valueMissing).to.equal(true);
    expect(group.validationMessage).to.equal('Wählen Sie eine Antwort zu „Haben Sie einen Hund?“ aus.');
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    await group.updateComplete;
    expect(submitted).to.equal(0);
    expect(hasState(group, 'user-invalid')).to.equal(true);
    expect(inputOf(radiosOf(group)[1]).matches(':focus')).to.equal(true);
    group.value = 'nein';
    expect(group.checkValidity()).to.equal(true);
  });

  it('does not count a checked but disabled radio as an answer', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <bp-radio-group label="Frage" name="f" value="a" required>
          <bp-radio value="a" disabled>A</bp-radio>
          <bp-radio value="b">B</bp-radio>
        </bp-radio-group>
      </form>
    `);
    const group = form.querySelector('bp-radio-group')!;
    await group.updateComplete;
    expect(entries(form)).to.deep.equal([]);
    expect(group.validity.valueMissing).to.equal(true);
    expect(inputOf(radiosOf(group)[0]).checked).to.equal(true);
  });

  it('shows the legend as the page heading', async () => {
    const group = await fixture<RadioGroup>(html`
      <bp-radio-group id="hg" label="Wo wohnen Sie?" legend-as-heading>
        <bp-radio value="de">In Deutschland</bp-radio>
        <bp-radio value="aus">Im Ausland</bp-radio>
      </bp-radio-group>
    `);
    const h1 = { role: 'heading', name: 'Wo wohnen Sie?' };
    expect(await accessible(['#hg', 'h1'], h1)).to.deep.equal(h1);
    const groupNode = { role: 'radiogroup', name: 'Wo wohnen Sie?' };
    expect(await accessible(['#hg', 'fieldset'], groupNode)).to.deep.equal(groupNode);
    group.headingLevel = 2;
    await group.updateComplete;
    expect(part(group, 'legend')!.querySelector('h2')).to.not.equal(null);
    expect(part(group, 'legend')!.querySelector('h1')).to.equal(null);
  });

  it('takes its legend and hint from slots', async () => {
    const group = await fixture<RadioGroup>(html`
      <bp-radio-group id="sg" required>
        <span slot="label">Haben Sie einen <abbr title="Hund">Hund</abbr>?</span>
        <span slot="hint">Zum Beispiel einen Pflegehund.</span>
        <bp-radio value="ja">Ja</bp-radio>
      </bp-radio-group>
    `);
    expect(group.validationMessage).to.equal('Wählen Sie eine Antwort zu „Haben Sie einen Hund?“ aus.');
    expect((part(group, 'hint') as HTMLElement).hidden).to.equal(false);
    expect(part(group, 'form-control')!.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('lays out two short answers side by side with orientation="horizontal"', async () => {
    const group = await fixture<RadioGroup>(html`
      <bp-radio-group label="Haben Sie einen Hund?" orientation="horizontal">
        <bp-radio value="ja">Ja</bp-radio>
        <bp-radio value="nein">Nein</bp-radio>
      </bp-radio-group>
    `);
    const [a, b] = radiosOf(group).map((r) => r.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(b.left).to.be.greaterThan(a.right);
    group.orientation = 'vertical';
    await group.updateComplete;
    const [c, d] = radiosOf(group).map((r) => r.getBoundingClientRect());
    expect(d.top).to.be.at.least(c.bottom);
  });

  it('returns to its value attribute on form.reset() and takes back a restored state', async () => {
    const { form, group, checked, press } = await setup({ value: 'email' });
    group.focus();
    await press('ArrowDown');
    expect(entries(form)).to.deep.equal([['weg', 'konto']]);
    form.reset();
    expect(entries(form)).to.deep.equal([['weg', 'email']]);
    expect(await checked()).to.deep.equal(['email']);
  });

  it('has circles and click targets of at least 24 × 24 px, the input lying on the circle', async () => {
    const { group } = await setup();
    for (const radio of radiosOf(group)) {
      const circle = part(radio, 'control')!.getBoundingClientRect();
      const input = inputOf(radio).getBoundingClientRect();
      expect(Math.min(circle.width, circle.height, input.width, input.height)).to.be.at.least(24);
      expect([input.left, input.top, input.width]).to.deep.equal([circle.left, circle.top, circle.width]);
    }
  });

  it('shows a visible focus ring on the circle', async () => {
    const { form, group } = await setup({ value: 'email' });
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(part(radiosOf(group)[1], 'control')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(0);
  });

  it('speaks English and takes per-instance wording', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en">
        <bp-radio-group label="Do you have a dog?" required><bp-radio value="y">Yes</bp-radio></bp-radio-group>
      </div>
    `);
    await rendered(wrapper);
    const group = wrapper.querySelector('bp-radio-group')!;
    expect(group.validationMessage).to.equal('Select an answer for “Do you have a dog?”.');
    expect(part(group, 'required-marker')!.textContent).to.equal('(required)');
    group.strings = { 'radio-group.required': 'Select yes if you have a dog.' };
    await group.updateComplete;
    expect(group.validationMessage).to.equal('Select yes if you have a dog.');
  });

  it('renders markup in labels as text', async () => {
    const group = await fixture<RadioGroup>(
      html`<bp-radio-group label=${'<img src=x onerror=alert(1)>'}><bp-radio value="a">A</bp-radio></bp-radio-group>`,
    );
    expect(group.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(group, 'legend')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  describe('axe', () => {
    const render = (attrs: { value?: string; disabled?: boolean; readonly?: boolean; heading?: boolean } = {}) =>
      fixture<RadioGroup>(html`
        <bp-radio-group
          label="Wie möchten Sie den Bescheid erhalten?"
          hint="Sie können das später ändern."
          value=${ifDefined(attrs.value)}
          ?disabled=${attrs.disabled}
          ?readonly=${attrs.readonly}
          ?legend-as-heading=${attrs.heading}
          required
        >
          <bp-radio value="post">Per Post</bp-radio>
          <bp-radio value="email" hint="An die Adresse aus Ihrem Bürgerkonto.">Per E-Mail</bp-radio>
          <bp-radio value="abholen" disabled>Ich hole ihn ab</bp-radio>
        </bp-radio-group>
      `);
    it('is accessible with nothing checked', async () => {
      await expect(await render()).to.be.accessible();
    });
    it('is accessible checked', async () => {
      await expect(await render({ value: 'email' })).to.be.accessible();
    });
    it('is accessible invalid', async () => {
      const group = await render();
      group.reportValidity();
      await group.updateComplete;
      expect(part(group, 'error')).to.not.equal(null);
      await expect(group).to.be.accessible();
    });
    it('is accessible disabled', async () => {
      await expect(await render({ value: 'post', disabled: true })).to.be.accessible();
    });
    it('is accessible read-only', async () => {
      await expect(await render({ value: 'post', readonly: true })).to.be.accessible();
    });
    it('is accessible with the legend as heading', async () => {
      await expect(await render({ heading: true })).to.be.accessible();
    });
  });

  it('waits for its radios in updateComplete', async () => {
    const group = document.createElement('bp-radio-group');
    group.label = 'Frage';
    group.innerHTML = '<bp-radio value="a">A</bp-radio><bp-radio value="b">B</bp-radio>';
    group.value = 'b';
    document.body.append(group);
    try {
      await group.updateComplete;
      expect(radiosOf(group).map((r) => inputOf(r)?.checked)).to.deep.equal([false, true]);
    } finally {
      group.remove();
    }
    await tick();
  });
});
