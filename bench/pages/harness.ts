// Runs in the benchmark page: renders N elements (N from ?n=) and reports the time from the first
// createElement to the end of the first layout after every element finished its first update.
declare global {
  interface Window {
    bpBenchResult?: { ms: number; n: number };
  }
}

export function runBench(make: (i: number) => HTMLElement): void {
  const n = Number(new URLSearchParams(location.search).get('n') ?? '50');
  requestAnimationFrame(() => {
    void (async () => {
      const start = performance.now();
      const host = document.createElement('div');
      const els: HTMLElement[] = [];
      for (let i = 0; i < n; i++) els.push(host.appendChild(make(i)));
      document.body.append(host);
      await Promise.all(
        els.map(
          (el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve(),
        ),
      );
      document.body.getBoundingClientRect(); // force style and layout
      const ms = performance.now() - start;
      // A page whose elements did not render (e.g. a define tree-shaken away) must not report a time.
      if (!els.every((el) => el.shadowRoot?.querySelector(':not(style)'))) throw new Error('elements did not render');
      window.bpBenchResult = { ms, n };
    })();
  });
}
