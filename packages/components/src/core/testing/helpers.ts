import { executeServerCommand } from '@web/test-runner-commands';
import { announcerRegions, ANNOUNCE_DELAY_MS } from '../announcer.js';

/** Role and accessible name as the browser's accessibility tree reports them. */
export interface AccessibleNode {
  role: string;
  name: string;
}

/**
 * Role and accessible name of the element at `path` (CSS selectors, each inside the shadow root of
 * the previous), read from the browser's accessibility tree by test/plugins/accessibility-tree.mjs:
 * CDP in Chromium, WebDriver computed role/label in WebKit. Firefox's WebDriver BiDi can only
 * confirm a given role and name (`browsingContext.locateNodes` with an accessibility locator), so
 * the expected values travel along; compare the result with them, exactly.
 */
export function accessible(path: string[], expected: AccessibleNode): Promise<AccessibleNode> {
  return executeServerCommand<AccessibleNode, { path: string[]; role: string; name: string }>('bp-accessible', {
    path,
    ...expected,
  });
}

/** Waits until the shared announcer's region of that politeness says `text`, or fails. */
export async function nextAnnouncement(politeness: 'polite' | 'assertive' = 'polite', timeout = 3000): Promise<string> {
  const region = announcerRegions()[politeness];
  const start = Date.now();
  await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 10));
  while (Date.now() - start < timeout) {
    if (region.textContent) return region.textContent;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`No ${politeness} announcement within ${timeout} ms`);
}

/** Whether a custom state is set (`:state(name)`). */
export function hasState(el: Element, name: string): boolean {
  return el.matches(`:state(${name})`);
}

export const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Empties the shared live regions, so the next announcement a test waits for is a new one. */
export function clearAnnouncements(): void {
  const regions = announcerRegions();
  regions.polite.textContent = '';
  regions.assertive.textContent = '';
}

/** Loads a built theme's class stylesheet into the test page (once) and resolves when it applies. */
export async function loadTheme(name = 'default'): Promise<void> {
  const href = `/tokens/dist/css/themes/${name}.css`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`cannot load ${href}: build the tokens`)), { once: true });
  });
  document.head.append(link);
  await loaded;
}

/** The built token values of a theme, from tokens/dist/json/themes/<name>.json. */
export async function themeValues(
  name = 'default',
): Promise<{ light: Record<string, string>; dark: Record<string, string> }> {
  const res = await fetch(`/tokens/dist/json/themes/${name}.json`);
  return (await res.json()) as { light: Record<string, string>; dark: Record<string, string> };
}

/** The computed rgb() of a CSS colour (hex, system colour, …) in this browser. */
export function resolveColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Emulates media features in Chromium (forced-colors, prefers-reduced-motion, prefers-color-scheme). */
export function emulateMedia(features: Record<string, string> | null): Promise<unknown> {
  return executeServerCommand('bp-emulate-media', features ?? {});
}

/**
 * Waits until every Lit element in `root` (itself included, shadow roots too) has finished its
 * pending update, and returns `root`. `fixture()` waits only for the element it renders: a wrapper
 * `<div lang="en">` has no update of its own, and the elements inside it first wait for their
 * language's messages to load.
 */
export async function rendered<T extends Element>(root: T): Promise<T> {
  type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
  for (;;) {
    const all = [root, ...root.querySelectorAll('*')] as Updating[];
    const inShadow = all.flatMap((el) =>
      el.shadowRoot ? ([...el.shadowRoot.querySelectorAll('*')] as Updating[]) : [],
    );
    const pending = [...all, ...inShadow].flatMap((el) =>
      el.isUpdatePending && el.updateComplete ? [el.updateComplete] : [],
    );
    if (!pending.length) return root;
    await Promise.all(pending);
  }
}
