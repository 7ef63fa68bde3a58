import { en as statusMessagesEn } from '@blaupause/domain/status/messages.en';
import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  ...statusMessagesEn,
  /** How dates are written (`formatStatusTime`): German „24.11.2026, 14:03 Uhr“ or English "24 November 2026 at 14:03". */
  'status-tracker.date-style': 'en',
  'status-tracker.label': 'Progress',
  'status-tracker.case-id': 'Case number:',
  'status-tracker.copy': 'Copy case number',
  'status-tracker.copied': 'Copied',
  'status-tracker.copy-failed': 'Copying is not possible. Select the case number and copy it yourself.',
  'status-tracker.reason': 'Reason:',
  'status-tracker.retrying': 'The progress shown is not being updated right now. We keep trying.',
  'status-tracker.failed': 'The progress shown cannot be updated. Reload the page later.',
};
