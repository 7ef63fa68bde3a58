import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { Combobox } from './combobox.js';
import type { ComboboxSelectEvent } from './events.js';
import { filterOptions, startsWith, type ComboboxOption, type ComboboxSource } from './matching.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { ANNOUNCE_DELAY_MS } from '../core/announcer.js';
import { accessible, clearAnnouncements, hasState, nextAnnouncement, tick, rendered } from '../core/testing/helpers.js';

/** The 25 independent cities of Bavaria with their municipality keys (AGS), alphabetical. */
const placesUrl = new URL('./fixtures/places.json', import.meta.url);
const PLACES = (await (await fetch(placesUrl)).json()) as ComboboxOption[];
const A_PLACES = ['Amberg', 'Ansbach', 'Aschaffenburg', 'Augsburg'];

// ── helpers (this file only) ─────────────────────────────────────────────────────────────────

const inner = (el: Combobox) => el.shadowRoot!.querySelector('input')!;
const part = (el: Combobox, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const optionEls = (el: Combobox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const labelOf = (option: Element) => option.querySelector('.option-label')!.textContent;
const shownLabels = (el: Combobox) => optionEls(el).map(labelOf);
const expanded = (el: Combobox) => inner(el).getAttribute('aria-expanded');
const listboxVisible = (el: Combobox) => {
  const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
  return listbox.getClientRects().length > 0 && getComputedStyle(listbox).visibility !== 'hidden';
};
/** The label of the option aria-activedescendant points at, checked against aria-selected. */
function active(el: Combobox): string | null {
  const id = inner(el).getAttribute('aria-activedescendant');
  const selected = optionEls(el).filter((o) => o.getAttribute('aria-selected') === 'true');
  if (!id) {
    expect(selected, 'no option is aria-selected without an active descendant').to.have.length(0);
    return null;
  }
  const option = el.shadowRoot!.getElementById(id)!;
  expect(selected, 'exactly the active descendant is aria-selected').to.deep.equal([option]);
  return labelOf(option);
}
const caret = (el: Combobox) => [inner(el).selectionStart, inner(el).selectionEnd];
const statusText = (el: Combobox) => part(el, 'status')?.textContent.trim() ?? null;

const ua = navigator.userAgent;
const isWebDriver = !ua.includes('Chrome') && !ua.includes('Firefox');
/** WebDriver key codes, for chords (webdriverio holds every key of one string down together). */
const WD: Record<string, string> = { Alt: '\uE00A', ArrowDown: '\uE015', ArrowUp: '\uE013' };

async function press(el: Combobox, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function pressWith(el: Combobox, modifier: 'Alt', key: 'ArrowDown' | 'ArrowUp'): Promise<void> {
  if (isWebDriver) {
    await sendKeys({ press: `${WD[modifier]}${WD[key]}` });
  } else {
    await sendKeys({ down: modifier });
    await sendKeys({ press: key });
    await sendKeys({ up: modifier });
  }
  await el.updateComplete;
}

async function type(el: Combobox, text: string): Promise<void> {
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Lets announcements still pending from earlier steps land, then empties the live regions. */
async function quiet(): Promise<void> {
  await tick(ANNOUNCE_DELAY_MS + 20);
  clearAnnouncements();
}

async function until(check: () => boolean, what: string, timeout = 4000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(20);
  }
}

async function places(extra: Partial<Combobox> = {}): Promise<Combobox> {
  const el = await fixture<Combobox>(html`<bp-combobox id="ort" label="Ort" .options=${PLACES}></bp-combobox>`);
  Object.assign(el, extra);
  await el.updateComplete;
  inner(el).focus();
  return el;
}

/** A source that really fetches the fixture and filters it; each call waits for `release` when gated. */
function fetchingSource(options: { gated?: boolean; ignoreAbort?: boolean; url?: URL } = {}) {
  const calls: { query: string; signal: AbortSignal; release: () => void; settled: boolean }[] = [];
  const source: ComboboxSource = async (query, { signal }) => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const call = { query, signal, release, settled: false };
    calls.push(call);
    if (options.gated) await gate;
    try {
      const response = await fetch(options.url ?? placesUrl, options.ignoreAbort ? {} : { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const all = (await response.json()) as ComboboxOption[];
      return all.filter((o) => o.label.toLowerCase().startsWith(query.toLowerCase()));
    } finally {
      call.settled = true;
    }
  };
  return { source, calls };
}

// ── shared form-control suite ────────────────────────────────────────────────────────────────

runFormControlSuite<Combobox>({
  tag: 'bp-combobox',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-combobox
      label="Ort"
      name=${name}
      id=${ifDefined(id)}
      .options=${PLACES}
      value=${ifDefined(defaultValue)}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-combobox>`,
  // Replace any text, type, move to the suggestion, take it with Enter: the popup is closed again.
  fillByKeyboard: async (el) => {
    inner(el).select();
    await sendKeys({ type: 'Aschaf' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  },
  filledEntries: [['field', '09661000']],
  defaultEntries: [['field', 'Vorgabe']],
  setValue: (el) => {
    el.value = '09761000';
  },
  setEntries: [['field', '09761000']],
  restore: { state: 'Zoë', entries: [['field', 'Zoë']] },
  focusTarget: inner,
});

// ── matching ─────────────────────────────────────────────────────────────────────────────────

describe('bp-combobox matching', () => {
  it('matches the start of labels, ignoring case, accents, and with ä = a = ae, ß = ss', () => {
    expect(startsWith('München', 'mün', 'de')).to.equal(true);
    expect(startsWith('München', 'MUN', 'de')).to.equal(true);
    expect(startsWith('München', 'Muen', 'de')).to.equal(true);
    expect(startsWith('Müller', 'Mue', 'de')).to.equal(true);
    expect(startsWith('Groß-Umstadt', 'Gross', 'de')).to.equal(true);
    expect(startsWith('Straße der Einheit', 'Strasse d', 'de')).to.equal(true);
    expect(startsWith('Ägidienberg', 'ae', 'de')).to.equal(true);
    expect(startsWith('Ägidienberg', 'a', 'de')).to.equal(true);
    expect(startsWith('Bamberg', 'berg', 'de')).to.equal(false);
    expect(startsWith('München', 'Mün ', 'de')).to.equal(true);
    expect(startsWith('Augsburg', 'Aux', 'de')).to.equal(false);
  });

  it('shows every option for an empty text or an exact label, as APG does', () => {
    expect(filterOptions(PLACES, '', 'de')).to.have.length(25);
    expect(filterOptions(PLACES, 'a', 'de').map((o) => o.label)).to.deep.equal(A_PLACES);
    expect(filterOptions(PLACES, 'hof', 'de')).to.have.length(25);
  });
});

// ── APG "Editable Combobox With List Autocomplete", key by key ───────────────────────────────

describe('bp-combobox: APG list autocomplete, key by key', () => {
  afterEach(() => resetMouse());

  it('has role=combobox, aria-autocomplete=list, aria-controls, and starts collapsed', async () => {
    const el = await places();
    const input = inner(el);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    const popupId = input.getAttribute('aria-controls')!;
    expect(el.shadowRoot!.getElementById(popupId)?.getAttribute('role')).to.equal('listbox');
    expect(expanded(el)).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(listboxVisible(el)).to.equal(false);
  });

  it('typing a character opens the listbox with the matching options, none selected', async () => {
    const el = await places();
    await type(el, 'a');
    expect(expanded(el)).to.equal('true');
    expect(listboxVisible(el)).to.equal(true);
    expect(shownLabels(el)).to.deep.equal(A_PLACES);
    expect(active(el)).to.equal(null);
    expect(el.open).to.equal(true);
  });

  it('Down on an empty closed field opens the listbox and moves visual focus to the first option', async () => {
    const el = await places();
    await press(el, 'ArrowDown');
    expect(expanded(el)).to.equal('true');
    expect(optionEls(el)).to.have.length(25);
    expect(active(el)).to.equal('Amberg');
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
  });

  it('Down moves through the options and wraps from the last to the first', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Amberg');
    for (const label of A_PLACES.slice(1)) {
      await press(el, 'ArrowDown');
      expect(active(el)).to.equal(label);
    }
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Amberg');
    expect(inner(el).value).to.equal('a');
  });

  it('Alt+Down opens the listbox without moving visual focus into it', async () => {
    const el = await places();
    await pressWith(el, 'Alt', 'ArrowDown');
    expect(expanded(el)).to.equal('true');
    expect(listboxVisible(el)).to.equal(true);
    expect(active(el)).to.equal(null);
  });

  it('Up on an empty closed field opens the listbox on the last option', async () => {
    const el = await places();
    await press(el, 'ArrowUp');
    expect(expanded(el)).to.equal('true');
    expect(active(el)).to.equal('Würzburg');
  });

  it('Up moves back through the options and wraps from the first to the last', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('Augsburg');
    for (const label of ['Aschaffenburg', 'Ansbach', 'Amberg']) {
      await press(el, 'ArrowUp');
      expect(active(el)).to.equal(label);
    }
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('Augsburg');
  });

  it('Alt+Up closes the listbox and returns visual focus to the field (combobox pattern)', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    await pressWith(el, 'Alt', 'ArrowUp');
    expect(expanded(el)).to.equal('false');
    expect(active(el)).to.equal(null);
    expect(inner(el).value).to.equal('a');
  });

  it('Enter without an active option closes the listbox, keeps the text and does not submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-combobox label="Ort" .options=${PLACES}></bp-combobox><button>Senden</button></form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    inner(el).focus();
    await type(el, 'a');
    await press(el, 'Enter');
    await tick(20);
    expect(expanded(el)).to.equal('false');
    expect(inner(el).value).to.equal('a');
    expect(submitted).to.equal(0);
  });

  it('Enter on an active option takes its label into the field, closes, and keeps the caret at the end', async () => {
    const el = await places();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.value}`));
    el.addEventListener('change', () => seen.push(`change:${el.value}`));
    el.addEventListener('bp-combobox-select', (e: ComboboxSelectEvent) => seen.push(`select:${e.option.label}`));
    await type(el, 'a');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(expanded(el)).to.equal('false');
    expect(listboxVisible(el)).to.equal(false);
    expect(inner(el).value).to.equal('Ansbach');
    expect(el.value).to.equal('09561000');
    expect(el.selectedOption).to.deep.equal({ value: '09561000', label: 'Ansbach' });
    expect(caret(el)).to.deep.equal([7, 7]);
    expect(active(el)).to.equal(null);
    expect(seen).to.deep.equal(['input:a', 'input:09561000', 'select:Ansbach', 'change:09561000']);
  });

  it('Enter submits the form when the listbox is closed', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" name="ort" .options=${PLACES}></bp-combobox><button name="a" value="b">Senden</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    inner(el).focus();
    await type(el, 'Atlantis');
    // No option matches: the status says so, but the listbox is not shown (aria-expanded=false).
    expect(expanded(el)).to.equal('false');
    expect(statusText(el)).to.equal('Keine Treffer');
    const submitted = oneEvent(form, 'submit');
    await press(el, 'Enter');
    const event = (await submitted) as unknown as SubmitEvent;
    expect([...new FormData(form, event.submitter).entries()]).to.deep.equal([
      ['ort', 'Atlantis'],
      ['a', 'b'],
    ]);
  });

  it('Escape closes an open listbox and keeps the text', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(inner(el).value).to.equal('a');
  });

  it('Escape on an active option closes the listbox and keeps the typed text', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(active(el)).to.equal(null);
    expect(inner(el).value).to.equal('a');
  });

  it('Escape in a closed field clears the text, as a user action', async () => {
    const el = await places();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.value}`));
    el.addEventListener('change', () => seen.push(`change:${el.value}`));
    await type(el, 'a');
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(inner(el).value).to.equal('');
    expect(el.value).to.equal('');
    inner(el).blur();
    await el.updateComplete;
    expect(seen).to.deep.equal(['input:a', 'input:', 'change:']);
  });

  it('Escape lets the key through when there is nothing to close or clear (e.g. to close a dialog)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><bp-combobox label="Ort" .options=${PLACES}></bp-combobox></div>`,
    );
    const el = wrapper.querySelector('bp-combobox')!;
    const escapes: boolean[] = [];
    wrapper.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') escapes.push(e.defaultPrevented);
    });
    inner(el).focus();
    await type(el, 'a');
    await press(el, 'Escape'); // closes: handled
    await press(el, 'Escape'); // clears: handled
    await press(el, 'Escape'); // nothing to do: reaches the page
    expect(escapes).to.deep.equal([false]);
  });

  it('Left and Right move the caret and take visual focus back to the field; the listbox stays', async () => {
    const el = await places();
    await type(el, 'au');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Augsburg');
    await press(el, 'ArrowLeft');
    expect(active(el)).to.equal(null);
    expect(caret(el)).to.deep.equal([1, 1]);
    expect(expanded(el)).to.equal('true');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Augsburg');
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal(null);
    expect(caret(el)).to.deep.equal([2, 2]);
  });

  it('Home and End put the caret at the start and end and take visual focus back to the field', async () => {
    const el = await places();
    await type(el, 'au');
    await press(el, 'ArrowDown');
    await press(el, 'Home');
    expect(caret(el)).to.deep.equal([0, 0]);
    expect(active(el)).to.equal(null);
    expect(expanded(el)).to.equal('true');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Augsburg');
    await press(el, 'End');
    expect(caret(el)).to.deep.equal([2, 2]);
    expect(active(el)).to.equal(null);
  });

  it('a printable character while an option is active types into the field and refilters', async () => {
    const el = await places();
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Amberg');
    await type(el, 'a');
    expect(inner(el).value).to.equal('a');
    expect(active(el)).to.equal(null);
    expect(shownLabels(el)).to.deep.equal(A_PLACES);
  });

  it('editing keys refilter: Backspace widens the list again', async () => {
    const el = await places();
    await type(el, 'au');
    expect(shownLabels(el)).to.deep.equal(['Augsburg']);
    await press(el, 'Backspace');
    expect(shownLabels(el)).to.deep.equal(A_PLACES);
    await press(el, 'Backspace');
    expect(inner(el).value).to.equal('');
    expect(optionEls(el)).to.have.length(25);
  });

  it('Tab takes the active option and moves on', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" .options=${PLACES}></bp-combobox><button type="button">Weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    inner(el).focus();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(inner(el).value).to.equal('Amberg');
    expect(el.value).to.equal('09361000');
    expect(expanded(el)).to.equal('false');
    expect(document.activeElement).to.equal(form.querySelector('button'));
  });

  it('Tab without an active option keeps the typed text and closes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" .options=${PLACES}></bp-combobox><button type="button">Weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    inner(el).focus();
    await type(el, 'a');
    await press(el, 'Tab');
    expect(inner(el).value).to.equal('a');
    expect(expanded(el)).to.equal('false');
    expect(document.activeElement).to.equal(form.querySelector('button'));
  });

  it('leaving the field closes the listbox', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" .options=${PLACES}></bp-combobox><button type="button">Weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    inner(el).focus();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    form.querySelector('button')!.focus();
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(active(el)).to.equal(null);
    expect(el.open).to.equal(false);
  });

  it('a click in the field opens and closes the list; a click on an option takes it, focus stays', async () => {
    const el = await places();
    const center = (node: Element) => {
      const r = node.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    };
    await sendMouse({ type: 'click', position: center(inner(el)) });
    await el.updateComplete;
    expect(expanded(el)).to.equal('true');
    await sendMouse({ type: 'click', position: center(inner(el)) });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    await type(el, 'a');
    const selected: string[] = [];
    el.addEventListener('bp-combobox-select', (e) => selected.push(e.option.value));
    await sendMouse({ type: 'click', position: center(optionEls(el)[2]) });
    await el.updateComplete;
    expect(inner(el).value).to.equal('Aschaffenburg');
    expect(el.value).to.equal('09661000');
    expect(selected).to.deep.equal(['09661000']);
    expect(expanded(el)).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
  });

  it('pointer hover highlights an option without moving aria-activedescendant', async () => {
    const el = await places();
    await type(el, 'a');
    await press(el, 'ArrowDown');
    const option = optionEls(el)[3];
    const before = getComputedStyle(option).backgroundColor;
    const r = option.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    expect(option.matches(':hover')).to.equal(true);
    expect(getComputedStyle(option).backgroundColor).to.not.equal(before);
    expect(active(el)).to.equal('Amberg');
  });

  it('filters by the start of the label, ignoring case and umlauts (ü = u = ue)', async () => {
    const el = await places();
    await type(el, 'mue');
    expect(shownLabels(el)).to.deep.equal(['München']);
    await press(el, 'Escape');
    await press(el, 'Escape');
    await type(el, 'WU');
    expect(shownLabels(el)).to.deep.equal(['Würzburg']);
    await press(el, 'Escape');
    await press(el, 'Escape');
    await type(el, 'fü');
    expect(shownLabels(el)).to.deep.equal(['Fürth']);
  });

  it('typing an option label in full counts as choosing it, and shows the whole list again', async () => {
    const el = await places();
    await type(el, 'hof');
    expect(el.value).to.equal('09464000');
    expect(inner(el).value).to.equal('hof');
    expect(optionEls(el)).to.have.length(25);
  });

  it('a label that several options share chooses none of them and narrows the list to them', async () => {
    const neustadt = [
      { value: '09190148', label: 'Neustadt', description: 'an der Donau' },
      { value: '09573125', label: 'Neustadt', description: 'bei Coburg' },
      { value: '09375177', label: 'Neutraubling' },
      { value: '09162000', label: 'München' },
    ];
    const el = await places({ options: neustadt, restrict: true });
    await type(el, 'Neustadt');
    expect(el.value, 'the typed text, not the first Neustadt').to.equal('Neustadt');
    expect(optionEls(el)).to.have.length(2);
    expect(el.checkValidity(), 'restrict asks the user to pick one').to.equal(false);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('09573125');
  });

  it('scrolls the active option into view inside the listbox', async () => {
    const el = await places();
    await press(el, 'ArrowUp');
    const popup = part(el, 'listbox')!;
    const option = optionEls(el).at(-1)!;
    expect(popup.scrollHeight).to.be.greaterThan(popup.clientHeight);
    const p = popup.getBoundingClientRect();
    const o = option.getBoundingClientRect();
    expect(o.top).to.be.at.least(p.top - 1);
    expect(o.bottom).to.be.at.most(p.bottom + 1);
  });

  it('places the popup under the field with option targets of at least 24 px', async () => {
    const el = await places();
    await press(el, 'ArrowDown');
    const field = inner(el).getBoundingClientRect();
    const popup = part(el, 'popup')!.getBoundingClientRect();
    expect(popup.top).to.be.at.least(field.bottom - 1);
    expect(Math.abs(popup.left - field.left)).to.be.below(2);
    for (const option of optionEls(el).slice(0, 5)) expect(option.getBoundingClientRect().height).to.be.at.least(24);
  });
});

// ── roles and names from the accessibility tree ──────────────────────────────────────────────

describe('bp-combobox: accessibility tree', () => {
  it('exposes the combobox, the listbox and the options with their names', async () => {
    const el = await places({ required: true });
    const combobox = { role: 'combobox', name: 'Ort (Pflichtfeld)' };
    expect(await accessible(['#ort', 'input'], combobox)).to.deep.equal(combobox);
    await type(el, 'a');
    await press(el, 'ArrowDown');
    const listbox = { role: 'listbox', name: 'Ort (Pflichtfeld)' };
    expect(await accessible(['#ort', '#listbox'], listbox)).to.deep.equal(listbox);
    const option = { role: 'option', name: 'Amberg' };
    expect(await accessible(['#ort', '#option-0'], option)).to.deep.equal(option);
  });

  it('names an option by its label; the description is a description, not part of the name', async () => {
    const el = await fixture<Combobox>(
      html`<bp-combobox
        id="strasse"
        label="Straße"
        .options=${[{ value: 'hanauer', label: 'Hanauer Straße', description: '63739 Aschaffenburg' }]}
      ></bp-combobox>`,
    );
    inner(el).focus();
    await press(el, 'ArrowDown');
    const option = optionEls(el)[0];
    expect(option.getAttribute('aria-describedby')).to.equal('option-0-description');
    expect(el.shadowRoot!.getElementById('option-0-description')!.textContent).to.equal('63739 Aschaffenburg');
    const expected = { role: 'option', name: 'Hanauer Straße' };
    expect(await accessible(['#strasse', '#option-0'], expected)).to.deep.equal(expected);
  });
});

// ── value, options, restriction ──────────────────────────────────────────────────────────────

describe('bp-combobox: value and options', () => {
  it('shows the label of an option value set from script, and free text as it is', async () => {
    const el = await fixture<Combobox>(html`<bp-combobox label="Ort" .options=${PLACES}></bp-combobox>`);
    el.value = '09162000';
    await el.updateComplete;
    expect(inner(el).value).to.equal('München');
    expect(el.selectedOption?.label).to.equal('München');
    el.value = 'Atlantis';
    await el.updateComplete;
    expect(inner(el).value).to.equal('Atlantis');
    expect(el.value).to.equal('Atlantis');
    expect(el.selectedOption).to.equal(null);
  });

  it('shows the label once options arrive after the value (e.g. after a PLZ lookup)', async () => {
    const el = await fixture<Combobox>(html`<bp-combobox label="Ort" value="09564000"></bp-combobox>`);
    expect(inner(el).value).to.equal('09564000');
    el.options = PLACES;
    await el.updateComplete;
    expect(inner(el).value).to.equal('Nürnberg');
    expect(el.value).to.equal('09564000');
  });

  it('reads <option> children when the options property is empty', async () => {
    const el = await fixture<Combobox>(
      html`<bp-combobox label="Ort" name="ort" value="63741">
        <option value="63739">Aschaffenburg</option>
        <option value="63741">Aschaffenburg-Damm</option>
        <option value="63743" data-description="Stadtteil">Obernau</option>
      </bp-combobox>`,
    );
    await el.updateComplete;
    expect(inner(el).value).to.equal('Aschaffenburg-Damm');
    inner(el).focus();
    await press(el, 'ArrowDown');
    expect(shownLabels(el)).to.deep.equal(['Aschaffenburg', 'Aschaffenburg-Damm', 'Obernau']);
    expect(part(el, 'description')!.textContent).to.equal('Stadtteil');
    // Light-DOM options are data, not visible content.
    expect(el.querySelector('option')!.getClientRects().length).to.equal(0);
  });

  it('allows free text by default', async () => {
    // Tab needs somewhere to go inside the page (leaving it blurs the window in Firefox).
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" .options=${PLACES}></bp-combobox><button type="button">Weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    inner(el).focus();
    await type(el, 'Obernburg a.Main');
    await press(el, 'Tab');
    expect(el.value).to.equal('Obernburg a.Main');
    expect(el.checkValidity()).to.equal(true);
  });

  it('restrict: text that matches no option is an error, and stays in the field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" restrict .options=${PLACES}></bp-combobox><button type="button">Weiter</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    inner(el).focus();
    await type(el, 'Atlantis');
    await press(el, 'Tab');
    expect(inner(el).value).to.equal('Atlantis');
    expect(el.validity.badInput).to.equal(true);
    expect(el.validationMessage).to.equal('Wählen Sie für „Ort“ einen Eintrag aus der Liste aus.');
    expect(part(el, 'error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Fehler: Wählen Sie für „Ort“ einen Eintrag aus der Liste aus.',
    );
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(hasState(el, 'user-invalid')).to.equal(true);
    inner(el).focus();
    inner(el).select();
    await type(el, 'Aug');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('09761000');
    expect(el.validity.valid).to.equal(true);
  });

  it('sets nothing active when options change while open (a new PLZ gives new places)', async () => {
    const el = await places();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Ansbach');
    el.options = PLACES.slice(10, 12);
    await el.updateComplete;
    expect(shownLabels(el)).to.deep.equal(['Ingolstadt', 'Kaufbeuren']);
    expect(active(el)).to.equal(null);
  });

  it('does not open or react to keys when disabled or readonly; readonly Enter still submits', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-combobox label="Ort" readonly value="09661000" .options=${PLACES}></bp-combobox><button>Senden</button>
      </form>`,
    );
    const el = form.querySelector('bp-combobox')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    inner(el).focus();
    await press(el, 'ArrowDown');
    expect(expanded(el)).to.equal('false');
    expect(part(el, 'popup')!.hidden).to.equal(true);
    const submitted = oneEvent(form, 'submit');
    await press(el, 'Enter');
    await submitted;
    el.readonly = false;
    el.disabled = true;
    el.open = true;
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(part(el, 'popup')!.hidden).to.equal(true);
  });

  it('fires no input, change or select event when value or options are set from script', async () => {
    const el = await places();
    const seen: string[] = [];
    for (const type of ['input', 'change', 'bp-combobox-select']) el.addEventListener(type, () => seen.push(type));
    el.value = '09661000';
    el.options = PLACES.slice(0, 5);
    el.open = true;
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    // Opened from script: the popup shows (the whole list, for the chosen option's exact label).
    expect(expanded(el)).to.equal('true');
    expect(shownLabels(el)).to.have.length(5);
  });

  it('announces the number of suggestions politely once typing pauses', async () => {
    const el = await places();
    await quiet();
    await type(el, 'a');
    expect(await nextAnnouncement('polite')).to.equal('4 Vorschläge verfügbar');
    await quiet();
    await type(el, 'u');
    expect(await nextAnnouncement('polite')).to.equal('1 Vorschlag verfügbar');
    await quiet();
    await type(el, 'x');
    expect(await nextAnnouncement('polite')).to.equal('Keine Treffer');
    expect(statusText(el)).to.equal('Keine Treffer');
  });

  it('speaks English when an ancestor says lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bp-combobox label="Town" restrict .options=${PLACES}></bp-combobox></div>`,
    );
    await rendered(wrapper);
    const el = wrapper.querySelector('bp-combobox')!;
    inner(el).focus();
    await quiet();
    await type(el, 'zz');
    expect(statusText(el)).to.equal('No matches');
    expect(await nextAnnouncement('polite')).to.equal('No matches');
    expect(el.validationMessage).to.equal('Choose an option from the list for “Town”.');
  });

  it('takes per-instance wording from strings', async () => {
    const el = await places({
      strings: { 'combobox.no-results': 'Diesen Ort kennen wir nicht.', 'combobox.count': '{count} Orte' },
    });
    await quiet();
    await type(el, 'a');
    expect(await nextAnnouncement('polite')).to.equal('4 Orte');
    await type(el, 'x');
    expect(statusText(el)).to.equal('Diesen Ort kennen wir nicht.');
  });

  it('renders markup in labels and options as text', async () => {
    const el = await fixture<Combobox>(
      html`<bp-combobox label="Ort" .options=${[{ value: 'x', label: '<img src=x onerror=alert(1)>' }]}></bp-combobox>`,
    );
    inner(el).focus();
    await press(el, 'ArrowDown');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shownLabels(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });
});

// ── asynchronous source ──────────────────────────────────────────────────────────────────────

describe('bp-combobox: asynchronous source', () => {
  async function asyncBox(source: ComboboxSource, extra: Partial<Combobox> = {}): Promise<Combobox> {
    const el = await fixture<Combobox>(html`<bp-combobox id="async" label="Ort" .source=${source}></bp-combobox>`);
    Object.assign(el, extra);
    await el.updateComplete;
    inner(el).focus();
    return el;
  }

  it('asks the source after typing pauses and shows its suggestions', async () => {
    const { source, calls } = fetchingSource();
    const el = await asyncBox(source, { debounce: 50 });
    await quiet();
    await type(el, 'a');
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(calls.map((c) => c.query)).to.deep.equal(['a']);
    expect(shownLabels(el)).to.deep.equal(A_PLACES);
    expect(expanded(el)).to.equal('true');
    expect(await nextAnnouncement('polite')).to.equal('4 Vorschläge verfügbar');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('09361000');
    expect(inner(el).value).to.equal('Amberg');
  });

  it('a typed label that is exactly one suggestion becomes its value, and listeners hear of it', async () => {
    const { source } = fetchingSource();
    const el = await asyncBox(source, { debounce: 50 });
    const values: string[] = [];
    el.addEventListener('input', () => values.push(el.value));
    await type(el, 'Hof');
    await until(() => el.value === '09464000', 'the suggestion to be taken');
    expect(values.at(-1)).to.equal('09464000');
  });

  it('restores the chosen suggestion with its label, and free text as free text (back/forward)', async () => {
    const { source } = fetchingSource();
    const el = await asyncBox(source, { debounce: 50, restrict: true });
    const restore = (state: string) =>
      (el as unknown as { formStateRestoreCallback(s: string, m: string): void }).formStateRestoreCallback(
        state,
        'restore',
      );
    const saved = () => (el as unknown as { formState(): string }).formState();
    await type(el, 'a');
    await until(() => optionEls(el).length > 0, 'suggestions');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    const chosen = saved();
    el.value = '';
    restore(chosen);
    await el.updateComplete;
    expect(el.value).to.equal('09361000');
    expect(inner(el).value).to.equal('Amberg');
    expect(el.checkValidity()).to.equal(true);
    // Free text that matched nothing stays free text, and restrict still objects to it.
    el.value = '';
    await el.updateComplete;
    await type(el, 'Atlantis');
    const free = saved();
    el.value = '';
    restore(free);
    await el.updateComplete;
    expect(inner(el).value).to.equal('Atlantis');
    expect(el.checkValidity()).to.equal(false);
  });

  it('debounces: several quick keystrokes make one request', async () => {
    const { source, calls } = fetchingSource();
    // A generous pause, so that even slow key delivery (WebDriver) stays inside it.
    const el = await asyncBox(source, { debounce: 1500 });
    await type(el, 'Aug');
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(calls.map((c) => c.query)).to.deep.equal(['Aug']);
    expect(shownLabels(el)).to.deep.equal(['Augsburg']);
  });

  it('asks nothing below min-chars', async () => {
    const { source, calls } = fetchingSource();
    const el = await asyncBox(source, { debounce: 10, minChars: 3 });
    await type(el, 'Au');
    await tick(100);
    expect(calls).to.have.length(0);
    expect(el.open).to.equal(false);
    await type(el, 'g');
    await until(() => calls.length === 1, 'a request');
    expect(calls[0].query).to.equal('Aug');
  });

  it('keeps one request in flight: a new query aborts the previous one', async () => {
    const { source, calls } = fetchingSource({ gated: true });
    const el = await asyncBox(source, { debounce: 10 });
    await type(el, 'a');
    await until(() => calls.length === 1, 'the first request');
    expect(calls[0].signal.aborted).to.equal(false);
    await type(el, 'u');
    expect(calls[0].signal.aborted).to.equal(true);
    await until(() => calls.length === 2, 'the second request');
    expect(calls[1].signal.aborted).to.equal(false);
    calls[0].release();
    calls[1].release();
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(shownLabels(el)).to.deep.equal(['Augsburg']);
  });

  it('ignores a late answer to an older query, even from a source that ignores the signal', async () => {
    const { source, calls } = fetchingSource({ gated: true, ignoreAbort: true });
    const el = await asyncBox(source, { debounce: 10 });
    await type(el, 'a');
    await until(() => calls.length === 1, 'the first request');
    await type(el, 'u');
    await until(() => calls.length === 2, 'the second request');
    calls[1].release();
    await until(() => calls[1].settled && optionEls(el).length > 0, 'the answer to "au"');
    calls[0].release();
    await until(() => calls[0].settled, 'the late answer to "a"');
    await tick(20);
    await el.updateComplete;
    expect(shownLabels(el)).to.deep.equal(['Augsburg']);
  });

  it('shows and announces "Suche läuft …" while a request is slow', async () => {
    const { source, calls } = fetchingSource({ gated: true });
    const el = await asyncBox(source, { debounce: 10 });
    await quiet();
    await type(el, 'Re');
    expect(statusText(el)).to.equal('Suche läuft …');
    expect(expanded(el)).to.equal('false');
    expect(await nextAnnouncement('polite')).to.equal('Suche läuft …');
    await until(() => calls.at(-1)?.query === 'Re', 'the request');
    await quiet();
    for (const call of calls) call.release();
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(statusText(el)).to.equal(null);
    expect(await nextAnnouncement('polite')).to.equal('1 Vorschlag verfügbar');
  });

  it('shows and announces "Keine Treffer" when the source finds nothing', async () => {
    const { source } = fetchingSource();
    const el = await asyncBox(source, { debounce: 10 });
    await quiet();
    await type(el, 'Xanten');
    await until(() => statusText(el) === 'Keine Treffer', 'the no-results state');
    expect(expanded(el)).to.equal('false');
    expect(await nextAnnouncement('polite')).to.equal('Keine Treffer');
    expect(inner(el).value).to.equal('Xanten');
  });

  it('shows and announces an error when the source fails, and keeps the text', async () => {
    const { source } = fetchingSource({ url: new URL('./fixtures/missing.json', import.meta.url) });
    const el = await asyncBox(source, { debounce: 10 });
    await quiet();
    await type(el, 'Aug');
    const message = 'Vorschläge können gerade nicht geladen werden. Sie können Ihre Angabe trotzdem eintippen.';
    await until(() => statusText(el) === message, 'the error state');
    expect(await nextAnnouncement('polite')).to.equal(message);
    expect(inner(el).value).to.equal('Aug');
    expect(el.value).to.equal('Aug');
    expect(expanded(el)).to.equal('false');
  });

  it('restrict with a source: only a suggestion is valid; a preset value counts as one', async () => {
    const { source } = fetchingSource();
    const el = await asyncBox(source, { debounce: 10, restrict: true });
    await type(el, 'Bam');
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(el.validity.badInput).to.equal(true);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('09461000');
    expect(el.validity.valid).to.equal(true);
    el.value = 'Hauptstraße';
    expect(el.validity.valid).to.equal(true);
  });

  it('Down with nothing shown asks the source at once and opens', async () => {
    const { source, calls } = fetchingSource();
    const el = await asyncBox(source, { debounce: 5000, value: '09761000' });
    expect(inner(el).value).to.equal('09761000');
    el.value = 'Augsburg';
    await el.updateComplete;
    await press(el, 'ArrowDown');
    await until(() => optionEls(el).length > 0, 'suggestions');
    expect(calls.map((c) => c.query)).to.deep.equal(['Augsburg']);
    expect(expanded(el)).to.equal('true');
  });
});

// ── axe in every state ───────────────────────────────────────────────────────────────────────

describe('bp-combobox: axe', () => {
  it('is accessible closed', async () => {
    const el = await fixture(
      html`<bp-combobox label="Ort" hint="Wie in Ihrer Anschrift" .options=${PLACES}></bp-combobox>`,
    );
    await expect(el).to.be.accessible();
  });
  it('is accessible open', async () => {
    const el = await places();
    await type(el, 'a');
    expect(expanded(el)).to.equal('true');
    await expect(el).to.be.accessible();
  });
  it('is accessible with an active option', async () => {
    const el = await places();
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('Amberg');
    await expect(el).to.be.accessible();
  });
  it('is accessible while loading', async () => {
    const { source } = fetchingSource({ gated: true });
    const el = await fixture<Combobox>(html`<bp-combobox label="Straße" .source=${source}></bp-combobox>`);
    inner(el).focus();
    await type(el, 'Ha');
    expect(statusText(el)).to.equal('Suche läuft …');
    await expect(el).to.be.accessible();
  });
  it('is accessible with no results', async () => {
    const el = await places();
    await type(el, 'Xy');
    expect(statusText(el)).to.equal('Keine Treffer');
    await expect(el).to.be.accessible();
  });
  it('is accessible invalid', async () => {
    const el = await fixture<Combobox>(
      html`<bp-combobox label="Ort" required restrict value="Atlantis" .options=${PLACES}></bp-combobox>`,
    );
    el.reportValidity();
    await el.updateComplete;
    expect(part(el, 'error')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
  it('is accessible disabled', async () => {
    const el = await fixture(
      html`<bp-combobox label="Ort" disabled value="09661000" .options=${PLACES}></bp-combobox>`,
    );
    await expect(el).to.be.accessible();
  });
  it('is accessible filled', async () => {
    const el = await fixture<Combobox>(
      html`<bp-combobox label="Ort" value="09661000" .options=${PLACES}></bp-combobox>`,
    );
    expect(inner(el).value).to.equal('Aschaffenburg');
    await expect(el).to.be.accessible();
  });
});
