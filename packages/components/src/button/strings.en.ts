import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'button.busy': 'Please wait …',
  'button.busy-announcement': '{label}: please wait …',
  'button.new-window': '(opens in a new tab)',
};
