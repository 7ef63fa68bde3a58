/**
 * Renders a Blaupause element from Storybook args. The argTypes come from the custom-elements
 * manifest (`setCustomElementsManifest` in .storybook/preview.ts); each arg that names a property
 * of the element is set as that property, any other as an attribute.
 */
export function renderElement(tag: string, args: object): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args) as [string, unknown][]) {
    if (value === undefined || value === null || typeof value === 'function') continue;
    if (key in el) (el as unknown as Record<string, unknown>)[key] = value;
    else if (typeof value === 'boolean') el.toggleAttribute(key, value);
    else if (typeof value === 'string' || typeof value === 'number') el.setAttribute(key, String(value));
  }
  return el;
}

/**
 * A play function that shows the feedback of the story's `tag` elements at once, as after a submit
 * attempt (`reportValidity()`): of those with class `invalid` when the story marks some, else of all.
 */
export function showFeedback(tag: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const marked = canvasElement.querySelectorAll<HTMLElement & { reportValidity(): boolean }>(`${tag}.invalid`);
    const all = marked.length
      ? marked
      : canvasElement.querySelectorAll<HTMLElement & { reportValidity(): boolean }>(tag);
    for (const el of all) {
      el.reportValidity();
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    }
  };
}
