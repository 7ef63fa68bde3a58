/** Registers every Blaupause element. */
export * from './index.js';
import './text-field/define.js';
import './error-summary/define.js';
import './select/define.js';
import './textarea/define.js';
import './combobox/define.js';
import './button/define.js';
import './checkbox/define.js';
import './radio-group/define.js';
import './fieldset/define.js';
import './notice/define.js';
import './address-input/define.js';
import './status-tracker/define.js';
import './payment-step/define.js';
import './id-upload/define.js';
