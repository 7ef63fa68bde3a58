/**
 * One shared live-region announcer for the whole page (DESIGN.md §7).
 *
 * Two visually hidden regions live in the light DOM of `document.body`, created on first use:
 * a polite one (`role=status`) for progress and results, an assertive one for blocking errors.
 * Live regions inside shadow roots are announced unreliably across screen readers, and one shared
 * region keeps several components from talking over each other.
 *
 * A message is written after the region was emptied, in a later task, so that repeating the same
 * text is announced again (the technique GOV.UK and USWDS use).
 */

export type Politeness = 'polite' | 'assertive';

const ATTRIBUTE = 'data-bp-announcer';
const HIDDEN =
  'position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0;';

let regions: Record<Politeness, HTMLElement> | undefined;
const pending = new Map<Politeness, ReturnType<typeof setTimeout>>();

function ensureRegions(): Record<Politeness, HTMLElement> {
  if (regions && regions.polite.isConnected && regions.assertive.isConnected) return regions;
  const container = document.createElement('div');
  container.setAttribute(ATTRIBUTE, '');
  container.setAttribute('style', HIDDEN);
  const polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  polite.setAttribute('aria-live', 'polite');
  polite.setAttribute('aria-atomic', 'true');
  const assertive = document.createElement('div');
  assertive.setAttribute('aria-live', 'assertive');
  assertive.setAttribute('aria-atomic', 'true');
  container.append(polite, assertive);
  document.body.append(container);
  regions = { polite, assertive };
  return regions;
}

/** How long after emptying a region the new text is written. */
export const ANNOUNCE_DELAY_MS = 100;

/**
 * Speaks `message` through the shared live region. A newer message of the same politeness that
 * arrives before the old one was written replaces it (no queue of stale announcements).
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const text = message.trim();
  if (!text || typeof document === 'undefined') return;
  const region = ensureRegions()[politeness];
  clearTimeout(pending.get(politeness));
  region.textContent = '';
  pending.set(
    politeness,
    setTimeout(() => {
      region.textContent = text;
      pending.delete(politeness);
    }, ANNOUNCE_DELAY_MS),
  );
}

/** The regions, for tests and for a page that wants to place them itself. */
export function announcerRegions(): Readonly<Record<Politeness, HTMLElement>> {
  return ensureRegions();
}
