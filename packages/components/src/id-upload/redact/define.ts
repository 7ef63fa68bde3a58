import { RedactionEditor } from './redaction-editor.js';

export { RedactionEditor };
export { RedactionCancelEvent, RedactionChangeEvent, RedactionDoneEvent } from './events.js';
export type { RedactionSuggestion } from './redaction-editor.js';

RedactionEditor.define('bp-redaction-editor');

declare global {
  interface HTMLElementTagNameMap {
    'bp-redaction-editor': RedactionEditor;
  }
}
