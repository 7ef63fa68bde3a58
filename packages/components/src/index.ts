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
export { Combobox, type ComboboxOption, type ComboboxSource } from './combobox/combobox.js';
export { ComboboxSelectEvent } from './combobox/events.js';
export { Button, type ButtonType, type ButtonVariant } from './button/button.js';
export { Checkbox } from './checkbox/checkbox.js';
export { RadioGroup, type RadioGroupOrientation } from './radio-group/radio-group.js';
export { Radio } from './radio-group/radio.js';
export { Fieldset } from './fieldset/fieldset.js';
export { Notice, type NoticeVariant } from './notice/notice.js';
export { NoticeDismissEvent } from './notice/events.js';
export { AddressInput, type Anschrift, type AddressLookup } from './address-input/address-input.js';
export { StatusTracker } from './status-tracker/status-tracker.js';
export { StatusChangeEvent, StatusResubmitEvent } from './status-tracker/events.js';
export {
  PaymentStep,
  methodKind,
  type PaymentValue,
  type PaymentMethodKind,
  type PaymentPart,
} from './payment-step/payment-step.js';
export { PaymentStartEvent, PaymentResultEvent } from './payment-step/events.js';
export {
  IdUpload,
  type IdUploadDocument,
  type IdUploadFile,
  type IdUploadStatus,
  type IdUploadStoredFile,
} from './id-upload/id-upload.js';
export { FileSelectedEvent, UploadCompleteEvent, UploadErrorEvent, UploadProgressEvent } from './id-upload/events.js';
export { TusUploadTransport } from './id-upload/tus-transport.js';
export { RedactionEditor, type RedactionSuggestion } from './id-upload/redact/redaction-editor.js';
export { RedactionCancelEvent, RedactionChangeEvent, RedactionDoneEvent } from './id-upload/redact/events.js';
