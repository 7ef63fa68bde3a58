import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BpElement, warnOnce } from '../core/bp-element.js';
import { fieldTranslations } from '../core/strings.js';
import { hostStyles } from '../core/styles.js';
import { clampHeadingLevel, heading } from '../core/heading.js';
import { groupStyles } from '../core/group.styles.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * Groups related controls under one question: a `<fieldset>` with its legend, hint and an error for
 * the whole group (GOV.UK fieldset), e.g. "Welche Leistungen beantragen Sie?" over several
 * `bp-checkbox`es, or the three fields of a date.
 *
 * Not a form control: it holds no value and is not submitted. The page sets `error` after checking
 * the group (for example "Wählen Sie mindestens eine Leistung aus.").
 *
 * @tagname bp-fieldset
 * @summary Fieldset: a legend, hint and error over related controls.
 *
 * @slot - The grouped controls.
 * @slot legend - Rich legend content; replaces the `legend` attribute.
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error - The group's error message.
 * @csspart content - The wrapper of the grouped controls.
 */
export class Fieldset extends BpElement {
  static override styles = [hostStyles, groupStyles, fieldsetStyles];
  static override translations = [fieldTranslations];

  /** The question or heading of the group. Every fieldset needs one (or content in the `legend` slot). */
  @property() legend = '';

  /** Help text below the legend, read out when entering the group. */
  @property() hint = '';

  /**
   * An error for the group as a whole, shown below the hint with a bar at the group's side and
   * linked to the group with `aria-describedby`. Empty for none.
   */
  @property() error = '';

  /**
   * Shows the legend as the page heading (GOV.UK "legend as page heading"), for a page that asks
   * just this one question.
   */
  @property({ type: Boolean, attribute: 'legend-as-heading' }) legendAsHeading = false;

  /** The heading level of the legend with `legend-as-heading` (1–6, default 1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  @state() private hasHintSlot = false;
  @state() private hasLegendSlot = false;

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.legend && !this.hasLegendSlot) {
      warnOnce(`<${this.localName}> needs a legend (legend attribute or legend slot).`);
    }
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const filled = slot
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
    if (slot.name === 'hint') this.hasHintSlot = filled;
    else this.hasLegendSlot = filled;
  }

  protected override render() {
    const hasHint = this.hint !== '' || this.hasHintSlot;
    const hasError = this.error.trim() !== '';
    const describedBy = [hasHint ? 'hint' : '', hasError ? 'error' : ''].filter(Boolean).join(' ');
    const legend = html`<slot name="legend" @slotchange=${this.#onSlotChange}>${this.legend}</slot>`;

    return html`
      <fieldset
        part="base"
        class="fieldset ${hasError ? 'has-error' : ''}"
        aria-describedby=${ifDefined(describedBy || undefined)}
      >
        <legend part="legend" id="legend" class="legend ${this.legendAsHeading ? 'is-heading' : ''}">
          ${this.legendAsHeading ? heading(clampHeadingLevel(this.headingLevel), legend, { class: 'legend-heading' }) : legend}
        </legend>
        <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint" @slotchange=${this.#onSlotChange}>${this.hint}</slot>
        </div>
        ${
          hasError
            ? html`<p part="error" id="error" class="error">
                <span class="visually-hidden">${this.localize.term('field.error-prefix')}</span> ${this.error}
              </p>`
            : nothing
        }
        <div part="content" class="content"><slot></slot></div>
      </fieldset>
    `;
  }
}
