import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A usable heading level from an attribute value: whole numbers are clamped to `min`–6, anything
 * that is not a number gives `min`.
 */
export function clampHeadingLevel(level: unknown, min: HeadingLevel = 1): HeadingLevel {
  const n = Math.round(Number(level));
  if (!Number.isFinite(n)) return min;
  return Math.min(6, Math.max(min, n)) as HeadingLevel;
}

/**
 * A real `<h1>`–`<h6>` around `content` (not `role=heading`), so heading navigation finds it. The
 * level should fit the page's outline; components take it from a `heading-level` attribute.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  attributes: { part?: string; class?: string; id?: string } = {},
): TemplateResult {
  const { part, id } = attributes;
  const cls = attributes.class;
  switch (level) {
    case 1:
      return html`<h1 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${ifDefined(part)} class=${ifDefined(cls)} id=${ifDefined(id)}>${content}</h6>`;
  }
}
