import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@blaupause/components/combobox.js';
import type { Combobox, ComboboxOption, ComboboxSource } from '@blaupause/components/combobox.js';
import { renderElement, showFeedback } from './render.js';

/** Beispieldaten: die kreisfreien Städte Bayerns mit Gemeindeschlüssel. */
const ORTE: ComboboxOption[] = [
  ['Amberg', '09361000'],
  ['Ansbach', '09561000'],
  ['Aschaffenburg', '09661000'],
  ['Augsburg', '09761000'],
  ['Bamberg', '09461000'],
  ['Bayreuth', '09462000'],
  ['Coburg', '09463000'],
  ['Erlangen', '09562000'],
  ['Fürth', '09563000'],
  ['Hof', '09464000'],
  ['Ingolstadt', '09161000'],
  ['Kaufbeuren', '09762000'],
  ['Kempten (Allgäu)', '09763000'],
  ['Landshut', '09261000'],
  ['Memmingen', '09764000'],
  ['München', '09162000'],
  ['Nürnberg', '09564000'],
  ['Passau', '09262000'],
  ['Regensburg', '09362000'],
  ['Rosenheim', '09163000'],
  ['Schwabach', '09565000'],
  ['Schweinfurt', '09662000'],
  ['Straubing', '09263000'],
  ['Weiden i.d.OPf.', '09363000'],
  ['Würzburg', '09663000'],
].map(([label, value]) => ({ label: label, value: value }));

/** Beispieldaten: Straßen mit Postleitzahl und Ort als zweiter Zeile. */
const STRASSEN: ComboboxOption[] = [
  ['Dalbergstraße', '63739'],
  ['Frohsinnstraße', '63739'],
  ['Goldbacher Straße', '63741'],
  ['Hanauer Straße', '63739'],
  ['Herstallstraße', '63739'],
  ['Hofgartenstraße', '63739'],
  ['Löherstraße', '63739'],
  ['Weißenburger Straße', '63739'],
  ['Würzburger Straße', '63743'],
].map(([label, plz]) => ({ value: label, label: label, description: `${plz} Aschaffenburg` }));

/** Eine Beispiel-Quelle, die wie ein Adressdienst nach kurzer Zeit antwortet und Abbrüche beachtet. */
const strassenSuche: ComboboxSource = (query, { signal }) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const q = query.toLocaleLowerCase('de');
      resolve(STRASSEN.filter((s) => s.label.toLocaleLowerCase('de').startsWith(q)));
    }, 400);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });

/** Eine Quelle, die nie antwortet: zeigt den Ladezustand. */
const endloseSuche: ComboboxSource = (_query, { signal }) =>
  new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));

/** Eine Quelle, die scheitert: zeigt den Fehlerzustand. */
const kaputteSuche: ComboboxSource = () => Promise.reject(new Error('Der Adressdienst antwortet nicht.'));

const input = (el: Combobox) => el.shadowRoot!.querySelector('input')!;

/** Tippt Text ein, wie es die Nutzerin täte (ohne Fokus, damit mehrere Felder offen bleiben). */
async function typeInto(el: Combobox, text: string): Promise<void> {
  await el.updateComplete;
  input(el).value = text;
  input(el).dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
  await el.updateComplete;
}

/** Drückt eine Taste im Feld. */
async function pressKey(el: Combobox, key: string): Promise<void> {
  await el.updateComplete;
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

/** Wartet, bis ein Zustand sichtbar ist (asynchrone Quelle). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

const status = (el: Combobox) => el.shadowRoot!.querySelector('[part~="status"]');

/** Shows the field's feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-combobox');

const first = (canvasElement: HTMLElement) => canvasElement.querySelector('bp-combobox')!;

/** Room under an open field, so its popup does not cover the next one. */
const room = 'padding-block-end: 20rem;';

const meta: Meta<Combobox> = {
  title: 'Komponenten/Kombinationsfeld',
  component: 'bp-combobox',
  args: { label: 'Ort', name: 'ort', options: ORTE },
  render: (a) => renderElement('bp-combobox', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid', 'bp-combobox-select'] },
    docs: {
      description: {
        component:
          'Ein Textfeld mit Vorschlagsliste (WAI-ARIA-Muster „Combobox mit Listen-Autovervollständigung“): Tippen filtert ' +
          'die Vorschläge, die Pfeiltasten wählen aus, Enter übernimmt. Freie Eingabe ist erlaubt, außer mit `restrict`. ' +
          'Vorschläge kommen aus `options` oder asynchron aus `source`. Siehe docs/components/combobox.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Combobox>;

export const Leer: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { label: 'Wohnort', hint: 'Tippen Sie die ersten Buchstaben und wählen Sie aus der Liste.' },
};

export const Pflichtfeld: Story = {
  args: { label: 'Ort', required: true, autocomplete: 'address-level2' },
};

export const Ausgefuellt: Story = {
  name: 'Ausgefüllt',
  args: { label: 'Ort', value: '09661000' },
};

export const Offen: Story = {
  render: (a) => html`<div style=${room}>${renderElement('bp-combobox', a)}</div>`,
  play: async ({ canvasElement }) => {
    await typeInto(first(canvasElement), 'A');
  },
};

export const AktiveOption: Story = {
  name: 'Aktive Option',
  render: (a) => html`<div style=${room}>${renderElement('bp-combobox', a)}</div>`,
  play: async ({ canvasElement }) => {
    const el = first(canvasElement);
    await typeInto(el, 'A');
    await pressKey(el, 'ArrowDown');
    await pressKey(el, 'ArrowDown');
  },
};

export const KeineTreffer: Story = {
  name: 'Keine Treffer',
  render: (a) => html`<div style=${room}>${renderElement('bp-combobox', a)}</div>`,
  play: async ({ canvasElement }) => {
    await typeInto(first(canvasElement), 'Atlantis');
  },
};

export const Asynchron: Story = {
  name: 'Asynchron (Straßensuche)',
  render: () =>
    html`<div style=${room}>
      <bp-combobox
        label="Straße"
        name="strasse"
        hint="Vorschläge ab 3 Buchstaben. Beispieldaten aus Aschaffenburg."
        autocomplete="address-line1"
        min-chars="3"
        .source=${strassenSuche}
      ></bp-combobox>
    </div>`,
};

export const Laden: Story = {
  name: 'Suche läuft',
  render: () =>
    html`<div style=${room}>
      <bp-combobox label="Straße" min-chars="3" .source=${endloseSuche}></bp-combobox>
    </div>`,
  play: async ({ canvasElement }) => {
    await typeInto(first(canvasElement), 'Her');
  },
};

export const FehlerBeimLaden: Story = {
  name: 'Fehler beim Laden',
  render: () =>
    html`<div style=${room}>
      <bp-combobox label="Straße" min-chars="3" debounce="0" .source=${kaputteSuche}></bp-combobox>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = first(canvasElement);
    await typeInto(el, 'Her');
    await until(() => status(el)?.textContent?.includes('nicht geladen') ?? false);
  },
};

export const MitBeschreibung: Story = {
  name: 'Vorschläge mit zweiter Zeile',
  render: () =>
    html`<div style=${room}>
      <bp-combobox label="Straße" .options=${STRASSEN}></bp-combobox>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = first(canvasElement);
    await typeInto(el, 'H');
    await pressKey(el, 'ArrowDown');
  },
};

export const NurAusDerListe: Story = {
  name: 'Nur aus der Liste (restrict)',
  args: { label: 'Zuständige Stadt', restrict: true, required: true },
};

export const Fehler: Story = {
  name: 'Fehler: nicht in der Liste',
  args: { label: 'Zuständige Stadt', restrict: true, value: 'Atlantis' },
  play: reportValidity,
};

export const FehlerLeer: Story = {
  name: 'Fehler: leer',
  args: { label: 'Ort', required: true },
  play: reportValidity,
};

export const OptionElemente: Story = {
  name: 'Mit <option>-Elementen',
  render: () => html`
    <bp-combobox label="Ortsteil" name="ortsteil">
      <option value="aschaffenburg">Aschaffenburg</option>
      <option value="damm">Damm</option>
      <option value="gailbach">Gailbach</option>
      <option value="leider">Leider</option>
      <option value="nilkheim">Nilkheim</option>
      <option value="obernau">Obernau</option>
      <option value="schweinheim">Schweinheim</option>
      <option value="strietwald">Strietwald</option>
    </bp-combobox>
  `,
};

export const Deaktiviert: Story = {
  args: { label: 'Ort', value: '09661000', disabled: true },
};

export const Schreibgeschuetzt: Story = {
  name: 'Schreibgeschützt',
  args: { label: 'Ort', value: '09661000', readonly: true },
};

export const InEinemFormular: Story = {
  name: 'In einem Formular',
  render: () => html`
    <form
      style=${room}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output');
        const data = new FormData(e.target as HTMLFormElement, e.submitter);
        if (out) out.textContent = JSON.stringify([...data.entries()]);
      }}
    >
      <bp-combobox label="Ort" name="ort" autocomplete="address-level2" required .options=${ORTE}></bp-combobox>
      <bp-combobox
        label="Straße"
        name="strasse"
        autocomplete="address-line1"
        min-chars="3"
        .source=${strassenSuche}
      ></bp-combobox>
      <button type="submit" name="aktion" value="weiter">Weiter</button>
      <p>Abgeschickte Daten: <output aria-live="polite"></output></p>
    </form>
  `,
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { label: 'Town', restrict: true, value: 'Atlantis' },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-combobox label="Geschlossen" .options=${ORTE}></bp-combobox>
    <bp-combobox label="Mit Hinweis" hint="Ein Hinweis zum Feld." .options=${ORTE}></bp-combobox>
    <bp-combobox label="Pflichtfeld" required .options=${ORTE}></bp-combobox>
    <bp-combobox label="Ausgefüllt" value="09661000" .options=${ORTE}></bp-combobox>
    <bp-combobox
      class="invalid"
      label="Fehler: nicht in der Liste"
      restrict
      value="Atlantis"
      .options=${ORTE}
    ></bp-combobox>
    <bp-combobox class="invalid" label="Fehler: leer" required .options=${ORTE}></bp-combobox>
    <bp-combobox label="Deaktiviert" value="09661000" disabled .options=${ORTE}></bp-combobox>
    <bp-combobox label="Schreibgeschützt" value="09661000" readonly .options=${ORTE}></bp-combobox>
    <div style=${room}><bp-combobox class="open" label="Offen" .options=${ORTE}></bp-combobox></div>
    <div style=${room}><bp-combobox class="active" label="Aktive Option" .options=${ORTE}></bp-combobox></div>
    <div style=${room}><bp-combobox class="none" label="Keine Treffer" .options=${ORTE}></bp-combobox></div>
    <div style=${room}>
      <bp-combobox class="loading" label="Suche läuft" min-chars="3" .source=${endloseSuche}></bp-combobox>
    </div>
    <div style=${room}>
      <bp-combobox class="failing" label="Fehler beim Laden" debounce="0" .source=${kaputteSuche}></bp-combobox>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const one = (cls: string) => canvasElement.querySelector<Combobox>(`bp-combobox.${cls}`)!;
    for (const el of canvasElement.querySelectorAll<Combobox>('bp-combobox.invalid')) {
      el.reportValidity();
      await el.updateComplete;
    }
    await typeInto(one('open'), 'A');
    await typeInto(one('active'), 'B');
    await pressKey(one('active'), 'ArrowDown');
    await typeInto(one('none'), 'Atlantis');
    await typeInto(one('loading'), 'Her');
    await typeInto(one('failing'), 'Her');
    await until(() => status(one('failing'))?.textContent?.includes('nicht') ?? false);
  },
};
