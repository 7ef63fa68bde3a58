import type { Catalogue, Translations } from '../../core/localize.js';

/**
 * Messages of `bp-redaction-editor`, overridable per instance through `strings` (or for the page
 * through `registerTranslation`). Positions are whole percent of the image, measured from its
 * left and top edge.
 */
export const de: Catalogue = {
  'redaction-editor.stage': 'Schwärzungen auf: {label}',
  'redaction-editor.help':
    'Ziehen Sie mit Maus oder Finger ein Rechteck über jede Nummer, die niemand sehen soll. Mit der Tastatur: ' +
    '„Schwärzung hinzufügen“, dann verschieben die Pfeiltasten das Rechteck, Umschalt und Pfeiltasten ändern ' +
    'seine Größe, die Eingabetaste setzt es, Entfernen löscht es und Escape nimmt das Verschieben zurück.',
  'redaction-editor.rect': 'Schwärzung {n} von {total}, links {x} %, oben {y} %, Breite {width} %, Höhe {height} %',
  'redaction-editor.add': 'Schwärzung hinzufügen',
  'redaction-editor.suggestions': 'Vorschläge nach dem Aufbau des Dokuments – bitte prüfen und anpassen',
  'redaction-editor.suggestion': '{label} schwärzen',
  'redaction-editor.suggestions-all': 'Alle Vorschläge übernehmen',
  'redaction-editor.mark': '„KOPIE“ quer über das Bild schreiben',
  'redaction-editor.mark-text': 'KOPIE',
  'redaction-editor.done': 'Fertig',
  'redaction-editor.cancel': 'Abbrechen',
  'redaction-editor.placed': 'Schwärzung {n} gesetzt.',
  'redaction-editor.reverted': 'Verschieben abgebrochen.',
  'redaction-editor.removed': ({ remaining }) =>
    remaining === 0
      ? 'Schwärzung entfernt. Keine Schwärzung mehr.'
      : remaining === 1
        ? 'Schwärzung entfernt. Noch 1 Schwärzung.'
        : `Schwärzung entfernt. Noch ${remaining} Schwärzungen.`,
  'redaction-editor.applied': ({ count }) =>
    count === 1
      ? '1 Vorschlag übernommen. Prüfen Sie, ob das Rechteck die Nummer ganz verdeckt.'
      : `${count} Vorschläge übernommen. Prüfen Sie, ob die Rechtecke die Nummern ganz verdecken.`,
};

export const redactionEditorTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
