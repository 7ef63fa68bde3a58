// The page of bench/status-events.mjs: one bp-status-tracker with 500 events, rendered once, then
// fed one event at a time as a live source would. `window.bpStatusBench()` returns the times
// and the longest main-thread task seen (PerformanceObserver 'longtask', Chromium).
import '@blaupause/components/status-tracker.js';
import type { StatusEvent, StatusSource } from '@blaupause/domain/status/rules';

declare global {
  interface Window {
    bpStatusBench?: (n: number, updates: number) => Promise<StatusBenchResult>;
  }
}

export interface StatusBenchResult {
  /** From creating the element with `n` events to the end of the first layout. */
  renderMs: number;
  /** The slowest of `updates` live updates, each adding one event, to the end of its layout. */
  updateMaxMs: number;
  /** The median of those updates. */
  updateMedianMs: number;
  /** The longest main-thread task during all of it (0 when none reached 50 ms, the long-task threshold). */
  longestTaskMs: number;
  steps: number;
}

const CODES = ['in_progress', 'query', 'in_progress', 'payment_due', 'in_progress', 'received'];

function events(n: number): StatusEvent[] {
  const start = Date.parse('2026-01-01T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    code: i === 0 ? 'submitted' : CODES[i % CODES.length],
    time: new Date(start + i * 3_600_000).toISOString(),
  }));
}

window.bpStatusBench = async (n, updates) => {
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });

  const all = events(n + updates);
  let push: (list: readonly StatusEvent[]) => void = () => undefined;
  const source: StatusSource = {
    subscribe(onEvents) {
      push = onEvents;
      return () => undefined;
    },
  };
  type Tracker = HTMLElement & {
    events: readonly StatusEvent[];
    source?: StatusSource;
    updateComplete: Promise<unknown>;
  };

  const t0 = performance.now();
  const el = document.createElement('bp-status-tracker') as Tracker;
  el.events = all.slice(0, n);
  el.source = source;
  document.body.append(el);
  await el.updateComplete;
  document.body.getBoundingClientRect();
  const renderMs = performance.now() - t0;

  const times: number[] = [];
  for (let i = 1; i <= updates; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const t = performance.now();
    push(all.slice(n, n + i));
    await el.updateComplete;
    document.body.getBoundingClientRect();
    times.push(performance.now() - t);
  }
  // Long-task entries arrive after the task ended.
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  times.sort((a, b) => a - b);
  const steps = el.shadowRoot!.querySelectorAll('li').length;
  el.remove();
  return {
    renderMs,
    updateMaxMs: times.at(-1) ?? 0,
    updateMedianMs: times[Math.floor(times.length / 2)] ?? 0,
    longestTaskMs,
    steps,
  };
};
