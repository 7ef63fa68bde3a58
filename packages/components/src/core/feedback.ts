import { html, nothing, type TemplateResult } from 'lit';
import type { Localize } from './localize.js';
import type { LocalizedFinding } from './validation.js';

/** What a control shows of its validation: the first error and any warnings or infos. */
export interface Feedback {
  readonly visibleError: LocalizedFinding | undefined;
  readonly visibleAdvice: readonly LocalizedFinding[];
}

/**
 * The ids for a control's `aria-describedby`, in reading order: hint, error, advice, then any
 * extra ids (e.g. a character-count description). Empty parts are left out; undefined when none.
 */
export function describedBy(feedback: Feedback, hasHint: boolean, ...extra: string[]): string | undefined {
  return describedByIds(feedback, hasHint ? 'hint' : '', '', ...extra);
}

/**
 * `describedBy` for one part of a composite control: the hint id as given, the error and advice
 * ids with `suffix` (`error-strasse`, as `renderFeedback(…, suffix)` writes them).
 */
export function describedByIds(
  feedback: Feedback,
  hintId: string,
  suffix: string,
  ...extra: string[]
): string | undefined {
  const ids = [
    hintId,
    feedback.visibleError ? `error${suffix}` : '',
    feedback.visibleAdvice.length ? `advice${suffix}` : '',
    ...extra,
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * The error message (`part="error"`, id `error`) and the warnings and infos (`part="advice"`, id
 * `advice`) of a control, the same in every Blaupause control. The error's "Fehler:" prefix is for
 * screen readers (the red bar and bold text show it); a warning's "Hinweis:" and an info's
 * "Information:" are shown too, since their colours alone would not tell them apart (WCAG 1.4.1).
 * A composite control renders one per part with a `suffix` for the ids (`error-strasse`).
 */
export function renderFeedback(feedback: Feedback, t: Localize, suffix = ''): TemplateResult | typeof nothing {
  const error = feedback.visibleError;
  const advice = feedback.visibleAdvice;
  // Nothing to show (the usual case) costs no template: a page of many fields pays per instance.
  if (!error && !advice.length) return nothing;
  return html`${
    error
      ? html`<p part="error" id=${`error${suffix}`} class="error">
          <span class="visually-hidden">${t.term('field.error-prefix')}</span> ${error.text}
        </p>`
      : nothing
  }${
    advice.length
      ? html`<div part="advice" id=${`advice${suffix}`} class="advice">
          ${advice.map(
            (a) =>
              html`<p class="advice-${a.type}">
                <span class="advice-prefix">${t.term(`field.${a.type}-prefix`)}</span> ${a.text}
              </p>`,
          )}
        </div>`
      : nothing
  }`;
}

/**
 * The text of a slot's assigned nodes with white space collapsed, so that line breaks and
 * indentation of slotted markup do not reach messages such as „{label}“.
 */
export function slotText(slot: HTMLSlotElement | null | undefined): string {
  const nodes = slot?.assignedNodes({ flatten: true }) ?? [];
  return nodes
    .map((n) => n.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A control's label for messages: the `label` attribute, else the label slot's text, white space collapsed. */
export function labelText(label: string, slot: HTMLSlotElement | null | undefined): string {
  return label.replace(/\s+/g, ' ').trim() || slotText(slot);
}
