export { BpElement, devWarnings, warnOnce } from './bp-element.js';
export { BpFormControl, defaultButton, submitImplicitly, valueText, type FormValue } from './form-control.js';
export { ValidationController, type LocalizedFinding, type ValidationHost } from './validation.js';
export {
  DEFAULT_LANG,
  Localize,
  LocalizeController,
  interpolate,
  loadLanguage,
  registerDefaultTranslations,
  registerTranslation,
  registeredLanguages,
  resolveAttribute,
  type Catalogue,
  type CatalogueSource,
  type Message,
  type MessageParams,
  type Translations,
} from './localize.js';
export { announce, announcerRegions, ANNOUNCE_DELAY_MS, type Politeness } from './announcer.js';
export { css, type TokenVar } from './tokens.js';
export { hostStyles, focusRing } from './styles.js';
export { fieldStyles } from './field.styles.js';
export {
  CharacterCountController,
  characterCountStyles,
  COUNT_ANNOUNCE_DELAY_MS,
  isCount,
  type CharacterCountOptions,
  type CharacterCountHost,
} from './character-count.js';
export { characterCountTranslations } from './character-count.strings.js';
export { clampHeadingLevel, heading, type HeadingLevel } from './heading.js';
export { describedBy, labelText, renderFeedback, slotText, type Feedback } from './feedback.js';
export { choiceStyles } from './choice.styles.js';
export { groupStyles } from './group.styles.js';
