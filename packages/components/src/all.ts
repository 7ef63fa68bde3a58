/** Registers every Blaupause element. */
export * from './index.js';
import './text-field/define.js';
import './error-summary/define.js';
import './select/define.js';
import './textarea/define.js';
