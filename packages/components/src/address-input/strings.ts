import type { Catalogue, Translations } from '../core/localize.js';

/** Labels, hints and announcements of `bp-address-input`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'address.label': 'Anschrift',
  'address.ausland-toggle': 'Die Anschrift liegt im Ausland',
  'address.strasse': 'Straße',
  'address.hausnummer': 'Hausnummer',
  'address.zusatz': 'Adresszusatz',
  'address.zusatz-hint': 'Zum Beispiel c/o, Hinterhaus oder Appartement',
  'address.postleitzahl': 'Postleitzahl',
  'address.ort': 'Ort',
  'address.ort-choose':
    'Zur Postleitzahl {plz} gehören mehrere Orte. Wählen Sie Ihren Ort aus oder tippen Sie ihn ein.',
  'address.staat': 'Staat',
  'address.zeile': 'Zeile {line}',
  'address.zeilen-hint': 'Schreiben Sie die Anschrift so, wie sie im Ausland auf einen Brief gehört, ohne den Staat.',
  'address.optional': '(optional)',
  'address.ort-filled': 'Ort „{ort}“ zur Postleitzahl {plz} eingetragen.',
  'address.ort-several': ({ count, plz }) => `Zur Postleitzahl ${plz} gibt es ${count} Orte. Wählen Sie Ihren Ort aus.`,
  'address.paste-question': 'Sie haben eine ganze Anschrift eingefügt. Sollen wir sie auf die Felder verteilen?',
  'address.paste-preview': 'Straße: {strasse}, Hausnummer: {hausnummer}, Postleitzahl: {postleitzahl}, Ort: {ort}',
  'address.paste-accept': 'Auf die Felder verteilen',
  'address.paste-dismiss': 'Nein, so lassen',
  'address.paste-done': 'Die Anschrift wurde auf die Felder verteilt.',
  'address.source': 'Straßenvorschläge:',
};

export const addressInputTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
