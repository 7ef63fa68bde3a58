import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { StaticStreetLookup, type Anschrift, type StreetRegisterEntry } from '@blaupause/domain/address';
import '@blaupause/components/address-input.js';
import type { AddressInput } from '@blaupause/components/address-input.js';
import type { Combobox } from '@blaupause/components/combobox.js';
import { renderElement, showFeedback } from './render.js';

/** Beispieldaten: eine Anschrift in Deutschland. */
const AUGSBURG: Anschrift = {
  inlandAusland: '001',
  strasse: 'Maximilianstraße',
  hausnummer: '12',
  hausnummerZusatz: 'a',
  postleitzahl: '86150',
  ort: 'Augsburg',
};

/** Beispieldaten: eine Anschrift im Ausland, so geschrieben, wie sie in Frankreich auf den Brief gehört. */
const PARIS: Anschrift = {
  inlandAusland: '002',
  staat: 'FR',
  zeilen: ['Appartement 14', '12 rue de la Paix', '75002 Paris'],
};

/** Beispieldaten: Straße und Hausnummer stehen, Postleitzahl und Ort fehlen noch. */
const OHNE_ORT: Anschrift = {
  ...AUGSBURG,
  strasse: 'Hauptstraße',
  hausnummer: '3',
  hausnummerZusatz: '',
  postleitzahl: '',
  ort: '',
};

/** Beispieldaten mit Fehlern: Straße fehlt, Hausnummer ohne Ziffer, Postleitzahl mit vier Ziffern. */
const FEHLERHAFT: Anschrift = {
  inlandAusland: '001',
  strasse: '',
  hausnummer: 'B',
  hausnummerZusatz: '',
  postleitzahl: '8615',
  ort: 'Augsburg',
};

/**
 * Beispieldaten: ein Auszug aus dem Straßenverzeichnis von Pullach im Isartal (82049). Ein ganzes
 * Verzeichnis hat einige hundert Einträge; als JSON liegt es beim Portal, ohne Netzabfrage.
 */
const PULLACH: StreetRegisterEntry[] = [
  'Ahornallee',
  'An der Isar',
  'Burgweg',
  'Dr.-Carl-von-Linde-Straße',
  'Gartenstraße',
  'Gerhard-Lenz-Straße',
  'Gistlstraße',
  'Habenschadenstraße',
  'Hans-Keis-Straße',
  'Heilmannstraße',
  'Jaiserstraße',
  'Johann-Bader-Straße',
  'Josef-Heppner-Straße',
  'Kagerbauerstraße',
  'Kastanienallee',
  'Kirchplatz',
  'Margarethenstraße',
  'Parkstraße',
  'Richard-Wagner-Straße',
  'Römerstraße',
  'Seitnerstraße',
  'Tannenstraße',
  'Wolfratshauser Straße',
  'Zugspitzstraße',
].map((name) => ({ name, postalCode: '82049', locality: 'Pullach im Isartal' }));

const strassenverzeichnis = new StaticStreetLookup(PULLACH);

/** The `value` attribute: the initial address as JSON, as a server-rendered page writes it. */
const json = (value: Anschrift) => JSON.stringify(value);

const part = (el: AddressInput, id: string) => el.shadowRoot!.getElementById(id);
const combobox = (el: AddressInput, id: string) => el.shadowRoot!.querySelector<Combobox>(`bp-combobox#${id}`);

/** Wartet, bis ein Zustand sichtbar ist (die PLZ-Tabelle und die Staatenliste laden erst bei Bedarf). */
async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Tippt Text in ein Feld der Anschrift und verlässt es, wie es die Nutzerin täte (ohne Fokus). */
async function typeInto(el: AddressInput, id: string, text: string): Promise<void> {
  await el.updateComplete;
  const input = part(el, id) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Tippt Text in ein Kombinationsfeld der Anschrift (Straße mit Verzeichnis, Ort bei mehreren Orten). */
async function typeIntoCombobox(box: Combobox, text: string): Promise<void> {
  await box.updateComplete;
  const input = box.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await box.updateComplete;
}

/** Öffnet die Liste eines Kombinationsfelds mit Alt+Pfeil runter, ohne einen Eintrag zu wählen. */
async function openList(box: Combobox): Promise<void> {
  await box.updateComplete;
  box
    .shadowRoot!.querySelector('input')!
    .dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true }),
    );
  await box.updateComplete;
}

/** Shows the address's feedback at once, as after a submit attempt. */
const reportValidity = showFeedback('bp-address-input');

/** Warnungen: Postleitzahl eintippen (lädt die PLZ-Tabelle), absenden, warten, bis der Hinweis steht. */
async function showWarning(el: AddressInput, plz: string, adviceOf: string): Promise<void> {
  await typeInto(el, 'postleitzahl', plz);
  el.reportValidity();
  await until(() => part(el, `advice-${adviceOf}`)?.textContent?.trim());
  await el.updateComplete;
}

/** Mehrere Orte: Postleitzahl eintippen, warten, bis Ort eine Auswahlliste ist, und sie öffnen. */
async function showPlaces(el: AddressInput, plz: string): Promise<void> {
  await typeInto(el, 'postleitzahl', plz);
  await until(() => combobox(el, 'ort')?.options.length);
  await openList(combobox(el, 'ort')!);
}

/** Straßenregister: drei Buchstaben in Straße tippen und warten, bis die Vorschläge da sind. */
async function showStreets(el: AddressInput, text: string): Promise<void> {
  await until(() => combobox(el, 'strasse'));
  const box = combobox(el, 'strasse')!;
  await typeIntoCombobox(box, text);
  await until(() => box.shadowRoot!.querySelector('[role="option"]'));
  await box.updateComplete;
}

/** Ausland: warten, bis die Staatenliste geladen ist und der Staat mit Namen dasteht. */
async function showCountry(el: AddressInput): Promise<void> {
  await until(() => combobox(el, 'staat')?.selectedOption);
  await combobox(el, 'staat')?.updateComplete;
}

const first = (canvasElement: HTMLElement) => canvasElement.querySelector('bp-address-input')!;

/** Room under an open field, so its popup does not cover the next one. */
const room = 'padding-block-end: 20rem;';

const meta: Meta<AddressInput> = {
  title: 'Komponenten/Anschrift',
  component: 'bp-address-input',
  args: { name: 'anschrift' },
  render: (a) => renderElement('bp-address-input', a),
  parameters: {
    actions: { handles: ['input', 'change', 'invalid'] },
    docs: {
      description: {
        component:
          'Eine Anschrift in Deutschland oder im Ausland als ein Formularfeld: Straße, Hausnummer, Adresszusatz, ' +
          'Postleitzahl und Ort, im Ausland Staat und bis zu fünf Zeilen. Zur Postleitzahl wird der Ort aus einer ' +
          'eingebauten Tabelle eingetragen (bei mehreren Orten eine Auswahlliste); Straßen schlägt ein ' +
          '`AddressLookup` vor, z. B. das Straßenverzeichnis der Gemeinde. Abgeschickt wird `anschrift[strasse]`, ' +
          '`anschrift[hausnummer]` … Verwenden Sie das Feld, wo Sie eine Postanschrift brauchen, nicht für ' +
          'Ortsangaben ohne Anschrift (dann `bp-combobox`). Siehe docs/components/address-input.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<AddressInput>;

export const Leer: Story = {
  args: { required: true },
};

export const Ausgefuellt: Story = {
  name: 'Ausgefüllt',
  args: { label: 'Wohnanschrift', required: true, defaultValue: { ...AUGSBURG, zusatz: 'Hinterhaus' } },
};

export const Fehler: Story = {
  args: { required: true, defaultValue: FEHLERHAFT },
  play: reportValidity,
};

export const Warnungen: Story = {
  render: () => html`
    <bp-address-input
      class="unbekannt"
      label="Unbekannte Postleitzahl"
      name="anschrift1"
      required
      value=${json({ ...AUGSBURG, postleitzahl: '', ort: 'Irgendwo' })}
    ></bp-address-input>
    <bp-address-input
      class="passt-nicht"
      label="Ort passt nicht zur Postleitzahl"
      name="anschrift2"
      required
      value=${json({ ...AUGSBURG, postleitzahl: '' })}
    ></bp-address-input>
  `,
  play: async ({ canvasElement }) => {
    const one = (cls: string) => canvasElement.querySelector<AddressInput>(`bp-address-input.${cls}`)!;
    await showWarning(one('unbekannt'), '99999', 'postleitzahl');
    await showWarning(one('passt-nicht'), '86405', 'ort');
  },
};

export const MehrereOrte: Story = {
  name: 'Mehrere Orte',
  args: {
    required: true,
    defaultValue: OHNE_ORT,
  },
  render: (a) => html`<div style=${room}>${renderElement('bp-address-input', a)}</div>`,
  play: async ({ canvasElement }) => {
    await showPlaces(first(canvasElement), '54636');
  },
};

export const Ausland: Story = {
  args: { label: 'Anschrift im Ausland', required: true, defaultValue: PARIS },
  play: async ({ canvasElement }) => {
    await showCountry(first(canvasElement));
  },
};

export const Zusammenfassung: Story = {
  name: 'Zusammenfassung (schreibgeschützt)',
  render: () => html`
    <bp-address-input
      label="Wohnanschrift"
      readonly
      value=${json({ ...AUGSBURG, zusatz: 'c/o Müller' })}
    ></bp-address-input>
    <bp-address-input label="Anschrift im Ausland" readonly value=${json(PARIS)}></bp-address-input>
  `,
};

export const Deaktiviert: Story = {
  args: { defaultValue: AUGSBURG, disabled: true },
};

export const NurInland: Story = {
  name: 'Nur Inland',
  args: { label: 'Anschrift der Betriebsstätte', required: true, inlandOnly: true },
};

export const Englisch: Story = {
  name: 'Englisch (lang="en")',
  args: { required: true, defaultValue: { ...FEHLERHAFT, strasse: 'Maximilianstraße' } },
  globals: { lang: 'en' },
  play: reportValidity,
};

export const Strassenregister: Story = {
  name: 'Straßenregister (ohne Netz)',
  render: () =>
    html`<div style=${room}>
      <bp-address-input
        label="Anschrift in Pullach"
        name="anschrift"
        hint="Straßenvorschläge ab 3 Buchstaben aus dem Straßenverzeichnis der Gemeinde (Auszug)."
        inland-only
        required
        .lookup=${strassenverzeichnis}
      ></bp-address-input>
    </div>`,
  play: async ({ canvasElement }) => {
    await showStreets(first(canvasElement), 'Joh');
  },
};

export const AlleZustaende: Story = {
  name: 'Alle Zustände',
  render: () => html`
    <bp-address-input label="Leer" required></bp-address-input>
    <bp-address-input label="Ausgefüllt" value=${json({ ...AUGSBURG, zusatz: 'Hinterhaus' })}></bp-address-input>
    <bp-address-input class="invalid" label="Fehler" required value=${json(FEHLERHAFT)}></bp-address-input>
    <bp-address-input
      class="unbekannt"
      label="Warnung: unbekannte Postleitzahl"
      value=${json({ ...AUGSBURG, postleitzahl: '', ort: 'Irgendwo' })}
    ></bp-address-input>
    <bp-address-input
      class="passt-nicht"
      label="Warnung: Ort passt nicht"
      value=${json({ ...AUGSBURG, postleitzahl: '' })}
    ></bp-address-input>
    <div style=${room}>
      <bp-address-input class="mehrere" label="Mehrere Orte" value=${json(OHNE_ORT)}></bp-address-input>
    </div>
    <bp-address-input class="ausland" label="Ausland" value=${json(PARIS)}></bp-address-input>
    <bp-address-input
      label="Zusammenfassung"
      readonly
      value=${json({ ...AUGSBURG, zusatz: 'c/o Müller' })}
    ></bp-address-input>
    <bp-address-input label="Zusammenfassung Ausland" readonly value=${json(PARIS)}></bp-address-input>
    <bp-address-input label="Deaktiviert" disabled value=${json(AUGSBURG)}></bp-address-input>
    <bp-address-input label="Nur Inland" inland-only></bp-address-input>
    <div style=${room}>
      <bp-address-input
        class="register"
        label="Straßenregister"
        inland-only
        .lookup=${strassenverzeichnis}
      ></bp-address-input>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const one = (cls: string) => canvasElement.querySelector<AddressInput>(`bp-address-input.${cls}`)!;
    await reportValidity({ canvasElement });
    await showWarning(one('unbekannt'), '99999', 'postleitzahl');
    await showWarning(one('passt-nicht'), '86405', 'ort');
    await showPlaces(one('mehrere'), '54636');
    await showCountry(one('ausland'));
    await showStreets(one('register'), 'Joh');
  },
};
