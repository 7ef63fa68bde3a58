import type { ComboboxOption } from './matching.js';

/**
 * The user chose an option of a `bp-combobox` (Enter or Tab on the active option, or a click).
 * Not fired for typed text, nor when `value` is set from script.
 */
export class ComboboxSelectEvent extends Event {
  static readonly type = 'bp-combobox-select';

  constructor(
    /** The chosen option, as given in `options` or by the `source`. */
    readonly option: Readonly<ComboboxOption>,
  ) {
    super(ComboboxSelectEvent.type, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-combobox-select': ComboboxSelectEvent;
  }
}
