import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** What a native field of the address shows: its text and its state for assistive technology. */
export interface FieldState {
  /** The text in the field (set only when it differs, as lit's `live()`: the caret stays put). */
  readonly value: string;
  readonly required: boolean;
  readonly invalid: boolean;
  /** The ids of its hint and messages, or undefined. */
  readonly describedBy: string | undefined;
}

const toggle = (el: Element, name: string, value: string | undefined): void => {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/**
 * `<input ${fieldState(state)}>`: one binding for the value and ARIA state of a field, instead of
 * four (`.value`, `aria-required`, `aria-invalid`, `aria-describedby`), and the wrapper's
 * `has-error` class (core/field.styles.ts). The address input renders five to seven fields per
 * instance; each binding is an object lit keeps per instance, and a page of many addresses
 * (a list of household members) pays for every one (bench/pages/address-input.ts).
 */
class FieldStateDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('fieldState() belongs on an <input>');
  }

  /** Declares the argument for lit's types; an element binding renders nothing, `update` applies it. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- lit's directive signature; update() reads it
  render(_state: FieldState): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [state]: [FieldState]): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (input.value !== state.value) input.value = state.value;
    toggle(input, 'aria-required', state.required ? 'true' : undefined);
    toggle(input, 'aria-invalid', state.invalid ? 'true' : undefined);
    toggle(input, 'aria-describedby', state.describedBy);
    input.parentElement?.classList.toggle('has-error', state.invalid);
    return nothing;
  }
}

export const fieldState = directive(FieldStateDirective);
