import { de as statusMessagesDe } from '@blaupause/domain/status/messages.de';
import type { Catalogue, Translations } from '../core/localize.js';

/**
 * German texts of `bp-status-tracker`, overridable per instance through `strings` (and for every
 * instance with `registerTranslation`). The `status.*` keys are the vocabulary's texts from
 * `@blaupause/domain/status` (DOMAIN.md §4), the same a portal's server sends in a notification;
 * a portal names its own codes with `status.<code>.label`, `.next` and `.action`. The English
 * texts (./strings.en.ts) load only when an element is shown in English.
 */
export const de: Catalogue = {
  ...statusMessagesDe,
  /** How dates are written (`formatStatusTime`): German „24.11.2026, 14:03 Uhr“ or English "24 November 2026 at 14:03". */
  'status-tracker.date-style': 'de',
  'status-tracker.label': 'Bearbeitungsstand',
  'status-tracker.case-id': 'Vorgangsnummer:',
  'status-tracker.copy': 'Vorgangsnummer kopieren',
  'status-tracker.copied': 'Kopiert',
  'status-tracker.copy-failed': 'Kopieren nicht möglich. Markieren Sie die Vorgangsnummer und kopieren Sie sie selbst.',
  'status-tracker.reason': 'Grund:',
  'status-tracker.retrying': 'Der Stand wird gerade nicht aktualisiert. Wir versuchen es weiter.',
  'status-tracker.failed': 'Der Stand kann nicht aktualisiert werden. Laden Sie die Seite später neu.',
};

export const statusTrackerTranslations: Translations = {
  de,
  en: () => import('./strings.en.js').then((m) => m.en),
};
