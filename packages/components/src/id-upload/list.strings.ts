import type { Catalogue, Translations } from '../core/localize.js';

/**
 * The file list's texts (statuses, notes, actions, announcements), loaded with the list (list.ts)
 * and overridable per instance through `strings` like the rest.
 */
export const de: Catalogue = {
  'validation.upload.heic':
    '„{file}“ ist ein HEIC-Bild, das hier nicht umgewandelt werden kann. Wählen Sie ein JPG, PNG oder PDF aus.',
  'id-upload.remove': 'Entfernen',
  'id-upload.replace': 'Ersetzen',
  'id-upload.retry': 'Erneut versuchen',
  'id-upload.redact': 'Schwärzen',
  'id-upload.mark': 'KOPIE',
  'id-upload.status.processing': 'Wird vorbereitet …',
  'id-upload.status.queued': 'Bereit zum Hochladen',
  'id-upload.status.uploading': 'Wird hochgeladen: {percent}',
  'id-upload.status.retrying': 'Verbindung unterbrochen, neuer Versuch …',
  'id-upload.status.ready': 'Bereit',
  'id-upload.status.done': 'Hochgeladen',
  'id-upload.status.failed': 'Nicht hochgeladen',
  'id-upload.note.converted': 'Aus HEIC in JPG umgewandelt.',
  'id-upload.note.passed-through':
    'Als HEIC übernommen: nicht verkleinert, Metadaten wie der Aufnahmeort bleiben enthalten.',
  'id-upload.note.redacted': 'Geschwärzt.',
  'id-upload.note.restored': 'Früher hochgeladen.',
  'id-upload.pages': ({ count }) => (Number(count) === 1 ? '1 Seite' : `${count} Seiten`),
  'id-upload.announce.added': '„{file}“ hinzugefügt.',
  'id-upload.announce.removed': '„{file}“ entfernt.',
  'id-upload.announce.progress': '„{file}“: {percent} hochgeladen.',
  'id-upload.announce.done': 'Hochladen abgeschlossen: „{file}“.',
  'id-upload.announce.ready': '„{file}“ ist bereit.',
};

export const listTranslations: Translations = { de, en: () => import('./list.strings.en.js').then((m) => m.en) };
