// Runs in the benchmark page. `window.bpBench()` (called by scripts/bench.mjs, so it can read the
// main thread's CPU time around it) renders N elements (N from ?n=) on the next frame and resolves
// with the time from the first createElement to the end of the first layout after every element
// finished its first update.
// Nested controls count too: if an instance's shadow tree still holds a Lit element with a pending
// update, or a custom element whose definition is still loading (a lazy import), the harness waits
// for them and takes the time again, so a component cannot finish "early" by deferring its parts;
// `nested` counts what it waited for. scripts/bench.mjs serves this module as its own file
// (/harness.js), so it does not count in a page's JS.
export interface BenchResult {
  ms: number;
  n: number;
  nested: number;
}

declare global {
  interface Window {
    bpBench?: () => Promise<BenchResult>;
  }
}

type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

/** Custom elements in the trees below `roots` that are undefined or have an update pending. */
function unfinished(roots: readonly ParentNode[]): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll<Updating>('*')) {
      if (el.localName.includes('-') && !customElements.get(el.localName)) {
        pending.push(customElements.whenDefined(el.localName));
      } else if (el.isUpdatePending && el.updateComplete) {
        pending.push(el.updateComplete);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const root of roots) visit(root);
  return pending;
}

async function render(make: (i: number) => HTMLElement, n: number): Promise<BenchResult> {
  const start = performance.now();
  const host = document.createElement('div');
  const els: Updating[] = [];
  for (let i = 0; i < n; i++) els.push(host.appendChild(make(i)));
  document.body.append(host);
  await Promise.all(els.map((el) => el.updateComplete ?? Promise.resolve()));
  document.body.getBoundingClientRect(); // force style and layout
  let ms = performance.now() - start;
  // Checked after the time is taken, so pages without nested work pay nothing for the walk.
  const roots = els.flatMap((el) => (el.shadowRoot ? [el, el.shadowRoot] : [el]));
  let pending = unfinished(roots);
  const nested = pending.length;
  if (nested) {
    while (pending.length) {
      await Promise.all(pending);
      pending = unfinished(roots);
    }
    document.body.getBoundingClientRect();
    ms = performance.now() - start;
  }
  // A page whose elements did not render (e.g. a define tree-shaken away) must not report a time.
  if (!els.every((el) => el.shadowRoot?.querySelector(':not(style)'))) throw new Error('elements did not render');
  return { ms, n, nested };
}

export function runBench(make: (i: number) => HTMLElement): void {
  const n = Number(new URLSearchParams(location.search).get('n') ?? '50');
  window.bpBench = () =>
    new Promise((resolve, reject) => requestAnimationFrame(() => void render(make, n).then(resolve, reject)));
}
