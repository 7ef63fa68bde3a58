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
