import { RadioGroup } from './radio-group.js';
import { Radio } from './radio.js';

export { RadioGroup, Radio };
export type { RadioGroupOrientation } from './radio-group.js';

// The group first, so radios upgrading after it find their group ready.
RadioGroup.define('bp-radio-group');
Radio.define('bp-radio');

declare global {
  interface HTMLElementTagNameMap {
    'bp-radio-group': RadioGroup;
    'bp-radio': Radio;
  }
}
