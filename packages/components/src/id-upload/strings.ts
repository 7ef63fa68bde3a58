import type { Catalogue, Translations } from '../core/localize.js';

/**
 * Labels, the PAuswG § 20 notice, statuses and announcements of `bp-id-upload`, overridable per
 * instance through `strings`. The refusals of a file (`validation.upload.*`) come from
 * `@blaupause/domain/upload` (GOV.UK's catalogue, DOMAIN.md §7B-2) and are overridable the same way.
 */
export const de: Catalogue = {
  'id-upload.label.personalausweis': 'Personalausweis',
  'id-upload.label.reisepass': 'Reisepass',
  'id-upload.label.aufenthaltstitel': 'Aufenthaltstitel',
  'id-upload.label.nachweis': 'Nachweise',
  'id-upload.slot.personalausweis.vorderseite': 'Vorderseite des Personalausweises',
  'id-upload.slot.personalausweis.rueckseite': 'Rückseite des Personalausweises',
  'id-upload.slot.reisepass.datenseite': 'Datenseite des Reisepasses (die Seite mit Ihrem Foto)',
  'id-upload.slot.aufenthaltstitel.vorderseite': 'Vorderseite des Aufenthaltstitels',
  'id-upload.slot.aufenthaltstitel.rueckseite': 'Rückseite des Aufenthaltstitels',
  'id-upload.hint': '{types}, je Datei höchstens {size}.',
  'id-upload.hint-files': 'Bis zu {max} Dateien: {types}, je Datei höchstens {size}.',
  'id-upload.pick': 'Datei auswählen',
  'id-upload.camera': 'Foto aufnehmen',
  'id-upload.drop': 'oder Datei hierher ziehen',
  'id-upload.notice-title': 'Kopie eines Ausweisdokuments',
  'id-upload.notice':
    'Eine Kopie Ihres Ausweisdokuments dürfen wir nur mit Ihrer Einwilligung erhalten. Daten, die wir nicht brauchen, können und sollen Sie schwärzen, vor allem die Zugangsnummer (CAN) und die Seriennummer.',
  'id-upload.notice-law': 'Rechtsgrundlage: § 20 Absatz 2 Personalausweisgesetz.',
  'id-upload.consent': 'Ich bin damit einverstanden, dass eine Kopie meines Ausweisdokuments übermittelt wird.',
  'validation.upload.consent': 'Bestätigen Sie, dass Sie mit der Übermittlung der Kopie einverstanden sind.',
  'validation.upload.required': 'Wählen Sie eine Datei aus.',
  'validation.upload.queued': '„{file}“ ist noch nicht hochgeladen. Wählen Sie „Hochladen“.',
  'validation.upload.unavailable':
    'Die Datei konnte nicht gelesen oder geprüft werden. Wählen Sie sie erneut aus. Besteht das Problem weiter, prüfen Sie Ihre Internetverbindung.',
  'validation.upload.pending': '„{file}“ ist noch nicht fertig. Warten Sie, bis die Datei bereit ist.',
  'id-upload.upload': 'Hochladen',
};

export const idUploadTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
