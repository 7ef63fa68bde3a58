/**
 * @blaupause/components — classes without side effects. Import `@blaupause/components/<name>.js`
 * (or `all.js`) to register the elements.
 */
export * from './core/index.js';
export { TextField, type TextFieldType, type TextFieldWidth } from './text-field/text-field.js';
export { ErrorSummary, type ErrorSummaryEntry, type ErrorSummaryHeadingLevel } from './error-summary/error-summary.js';
export { ErrorSummaryNavigateEvent } from './error-summary/events.js';
export {
  Select,
  type SelectItem,
  type SelectOption,
  type SelectOptionGroup,
  type SelectWidth,
} from './select/select.js';
export { Textarea } from './textarea/textarea.js';
