import { clampRedaction, type RedactionRect } from './redaction.js';

/**
 * Where the numbers that PAuswG § 20 Abs. 2 says "können und sollen … geschwärzt werden" (the
 * Zugangsnummer/CAN and the Seriennummer) sit on German identity documents, as black-out
 * suggestions for the editor of `bp-id-upload`.
 *
 * **Approximate, by design.** The rectangles are fractions of a photo that shows exactly the
 * document (the card or the passport's data page, edge to edge, upright). A real photo has a
 * margin, a tilt or a perspective, and the card models differ a little, so a suggestion is a
 * starting point the user sees on the picture and moves or resizes; it is never applied
 * silently. The boxes are generous (a few millimetres around the printed digits) because
 * covering too much of a number costs nothing and covering too little leaves it readable.
 *
 * Sources (see packages/components/src/id-upload/redact/README.md for the full list):
 * - Personalausweis (since 11/2010, also the 08/2021 model): the Seriennummer ("Ausweisnummer",
 *   9 characters) stands top right on the front next to "BUNDESREPUBLIK DEUTSCHLAND"; the
 *   six-digit Zugangsnummer (CAN) stands on the front "rechts neben dem Gültigkeitsdatum", at
 *   the bottom right (personalausweisportal.de, "Daten auf dem Ausweis"). The back repeats the
 *   Seriennummer in the first line of the machine-readable zone, after "IDD".
 * - Machine-readable zones follow ICAO Doc 9303: ID-1 cards (TD1, 85.6 × 54 mm) have three lines
 *   of 30 characters, the document number in characters 6–14 of line 1 (check digit in 15);
 *   passports (TD3, 125 × 88 mm) have two lines of 44, the document number in characters 1–9 of
 *   line 2. Characters are 2.54 mm apart.
 * - Reisepass (since 03/2017): the Passnummer (Seriennummer) stands top right on the data page
 *   under "Pass-Nr.", and again in the machine-readable zone. The 2017 passport also carries a
 *   CAN "auf Seite 1" (municipal notices of March 2017), but no source at hand gives its place,
 *   so no CAN box is suggested for the passport: the user draws one.
 * - Elektronischer Aufenthaltstitel (eAT, since 09/2011): ID-1 card, the six-digit
 *   Zugangsnummer on the front (BAMF, "Steckbrief"), the document number top right and in the
 *   TD1 zone on the back. The front boxes assume the Personalausweis' arrangement (same format,
 *   same maker); this is the least certain of the layouts.
 */

/** The identity documents `bp-id-upload` has presets for. */
export type IdDocumentType = 'personalausweis' | 'reisepass' | 'aufenthaltstitel';

/** A side or page of an identity document, named as the upload slot is. */
export type IdDocumentSide = 'vorderseite' | 'rueckseite' | 'datenseite';

/** What an area holds: the card access number, or the document's serial number. */
export type IdLayoutField = 'can' | 'seriennummer';

/** One area to black out, with its name in German and English. */
export interface IdLayoutArea {
  /** What the area holds. */
  readonly field: IdLayoutField;
  /** The area in fractions of the upright document photo (see {@link RedactionRect}). */
  readonly rect: RedactionRect;
  /** Its name, for a button ("Zugangsnummer (CAN)") and the rectangle's accessible name. */
  readonly label: { readonly de: string; readonly en: string };
}

const LABELS = {
  can: { de: 'Zugangsnummer (CAN)', en: 'Card access number (CAN)' },
  serial: { de: 'Seriennummer', en: 'Serial number' },
  serialMrz: {
    de: 'Seriennummer in der maschinenlesbaren Zone',
    en: 'Serial number in the machine-readable zone',
  },
  passport: { de: 'Passnummer (Seriennummer)', en: 'Passport number (serial number)' },
} as const;

// ID-1 card, 85.6 × 54 mm. Front: serial number top right, CAN bottom right.
const CARD_SERIAL: IdLayoutArea = {
  field: 'seriennummer',
  rect: { x: 0.66, y: 0.03, width: 0.32, height: 0.15 },
  label: LABELS.serial,
};
const CARD_CAN: IdLayoutArea = {
  field: 'can',
  rect: { x: 0.72, y: 0.8, width: 0.26, height: 0.17 },
  label: LABELS.can,
};
// TD1 zone, line 1, characters 6–15 (number and check digit): about 17–43 mm from the left,
// 36–41 mm from the top; widened by a few millimetres each way.
const CARD_SERIAL_MRZ: IdLayoutArea = {
  field: 'seriennummer',
  rect: { x: 0.16, y: 0.62, width: 0.38, height: 0.17 },
  label: LABELS.serialMrz,
};

/** The layouts, by document and side. A side without entries has nothing known to suggest. */
export const ID_LAYOUTS: Readonly<Record<IdDocumentType, Partial<Record<IdDocumentSide, readonly IdLayoutArea[]>>>> = {
  personalausweis: {
    vorderseite: [CARD_CAN, CARD_SERIAL],
    rueckseite: [CARD_SERIAL_MRZ],
  },
  aufenthaltstitel: {
    vorderseite: [CARD_CAN, CARD_SERIAL],
    rueckseite: [CARD_SERIAL_MRZ],
  },
  reisepass: {
    datenseite: [
      // TD3 data page, 125 × 88 mm: "Pass-Nr." top right.
      { field: 'seriennummer', rect: { x: 0.7, y: 0.03, width: 0.28, height: 0.12 }, label: LABELS.passport },
      // TD3 zone, line 2 (the bottom line), characters 1–10.
      { field: 'seriennummer', rect: { x: 0.03, y: 0.85, width: 0.27, height: 0.13 }, label: LABELS.serialMrz },
    ],
  },
};

/**
 * The areas to suggest for `document` and `side`; empty for an unknown document or side (a
 * `nachweis`, say), never an error, so the editor simply offers no suggestions.
 */
export function idLayoutAreas(document: string, side: string): readonly IdLayoutArea[] {
  const layout = Object.hasOwn(ID_LAYOUTS, document) ? ID_LAYOUTS[document as IdDocumentType] : undefined;
  return (layout && Object.hasOwn(layout, side) ? layout[side as IdDocumentSide] : undefined) ?? [];
}

/**
 * The suggestions in the shape the black-out editor takes (`suggestions` of
 * `bp-redaction-editor`), labelled in `lang` (German unless it starts with `en`), each rectangle
 * passed through {@link clampRedaction}.
 */
export function redactionSuggestions(
  document: string,
  side: string,
  lang = 'de',
): { rect: RedactionRect; label: string }[] {
  const en = lang.toLowerCase().startsWith('en');
  return idLayoutAreas(document, side).flatMap(({ rect, label }) => {
    const clamped = clampRedaction(rect);
    return clamped ? [{ rect: clamped, label: en ? label.en : label.de }] : [];
  });
}
