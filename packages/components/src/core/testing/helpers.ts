import { executeServerCommand } from '@web/test-runner-commands';
import { announcerRegions, ANNOUNCE_DELAY_MS } from '../announcer.js';

/** Role and accessible name as the browser's accessibility tree reports them. */
export interface AccessibleNode {
  role: string;
  name: string;
}

/**
 * Reads role and accessible name of the element at `path` (CSS selectors, each inside the shadow
 * root of the previous) from the browser's accessibility tree (test/plugins/accessibility-tree.mjs).
 */
export function accessible(...path: string[]): Promise<AccessibleNode> {
  return executeServerCommand<AccessibleNode, { path: string[] }>('bp-accessible', { path });
}

/** Roles differ in spelling between engines' trees (`textbox` vs `entry`); this maps the common ones. */
export function normalizeRole(role: string): string {
  const r = role.toLowerCase();
  if (r === 'entry' || r === 'text' || r === 'textfield') return 'textbox';
  return r;
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
