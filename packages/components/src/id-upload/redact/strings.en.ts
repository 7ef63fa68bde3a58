import type { Catalogue } from '../../core/localize.js';

/** English texts of `bp-redaction-editor` (loaded on first use; keys as in strings.ts). */
export const en: Catalogue = {
  'redaction-editor.stage': 'Black-outs on: {label}',
  'redaction-editor.help':
    'Drag a rectangle with the mouse or your finger over every number nobody should see. With the keyboard: ' +
    '“Add black-out”, then the arrow keys move the rectangle, Shift and the arrow keys resize it, Enter places ' +
    'it, Delete removes it and Escape undoes the move.',
  'redaction-editor.rect': 'Black-out {n} of {total}, left {x}%, top {y}%, width {width}%, height {height}%',
  'redaction-editor.add': 'Add black-out',
  'redaction-editor.suggestions': 'Suggestions from the layout of the document – please check and adjust',
  'redaction-editor.suggestion': 'Black out the {label}',
  'redaction-editor.suggestions-all': 'Apply all suggestions',
  'redaction-editor.mark': 'Write “KOPIE” (German for “copy”) across the image',
  'redaction-editor.mark-text': 'KOPIE',
  'redaction-editor.done': 'Done',
  'redaction-editor.cancel': 'Cancel',
  'redaction-editor.placed': 'Black-out {n} placed.',
  'redaction-editor.reverted': 'Move cancelled.',
  'redaction-editor.removed': ({ remaining }) =>
    remaining === 0
      ? 'Black-out removed. No black-outs left.'
      : remaining === 1
        ? 'Black-out removed. 1 black-out left.'
        : `Black-out removed. ${remaining} black-outs left.`,
  'redaction-editor.applied': ({ count }) =>
    count === 1
      ? '1 suggestion applied. Check that the rectangle covers the whole number.'
      : `${count} suggestions applied. Check that the rectangles cover the whole numbers.`,
};
