/**
 * Renders a story of the built Storybook (storybook-static, which `npm test` builds first) in an
 * iframe, exactly as designers see it, and audits it with axe-core: a serious or critical violation
 * fails, and so does a bare message id (`validation.required`) shown instead of text, which is what
 * a production bundle shows when a catalogue was tree-shaken away. Used by test/stories*.test.ts.
 */
import { expect } from '@open-wc/testing';

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

interface AxeWindow extends Window {
  axe?: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> };
}

const BLOCKING = new Set(['serious', 'critical']);
export const RENDER_TIMEOUT_MS = 15_000;

const response = await fetch('/storybook-static/index.json');
if (!response.ok) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
const index = (await response.json()) as { entries: Record<string, IndexEntry> };
export const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + RENDER_TIMEOUT_MS;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Renders the story in an iframe of the built Storybook and waits until it and its elements are done. */
async function renderStory(id: string, globals = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1024px; block-size: 768px; border: 0;';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = () => frame.contentDocument!;
  await waitUntil(
    () =>
      doc().body.classList.contains('sb-show-main') ||
      doc().body.classList.contains('sb-show-errordisplay') ||
      doc().body.classList.contains('sb-show-nopreview'),
    `story ${id} to render`,
  );
  if (!doc().body.classList.contains('sb-show-main')) {
    const message = doc().querySelector('#error-message')?.textContent ?? 'no preview';
    throw new Error(`Story ${id} failed to render: ${message}`);
  }
  const root = doc().querySelector('#storybook-root')!;
  await waitUntil(() => root.children.length > 0, `content in story ${id}`);
  // Let play functions and Lit updates settle.
  await new Promise((r) => setTimeout(r, 300));
  const all = [...root.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.flatMap((el) => (el.updateComplete ? [el.updateComplete] : [])));
  return frame;
}

async function audit(frame: HTMLIFrameElement): Promise<AxeViolation[]> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.textContent = axeSource;
    frame.contentDocument!.head.append(script);
  }
  const root = frame.contentDocument!.querySelector('#storybook-root')!;
  const options = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  };
  // Storybook's a11y addon may be running its own audit in the preview: wait for it to finish.
  for (let attempt = 0; ; attempt++) {
    try {
      return (await win.axe!.run(root, options)).violations;
    } catch (error) {
      if (attempt > 100 || !String(error).includes('already running')) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Text nodes that are bare message ids (`validation.required`): a catalogue did not load. User data
 * that the page marks as not to be translated (`translate="no"`, e.g. a file name like
 * `ausweis-vorne.jpg`) is not text of ours and is skipped.
 */
function untranslatedKeys(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/.test(text)) found.push(text);
    }
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('translate') === 'no') return;
    // The story lives in another realm (the iframe): no instanceof checks.
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) walk(shadow);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact ?? '?'} ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    at ${JSON.stringify(n.target)}\n    ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

export async function auditStory(id: string, globals = ''): Promise<void> {
  const frame = await renderStory(id, globals);
  try {
    const violations = await audit(frame);
    const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
    if (minor.length) console.warn(`${id} ${globals}: minor axe findings\n${describeViolations(minor)}`);
    expect(blocking, describeViolations(blocking)).to.deep.equal([]);
    const root = frame.contentDocument!.querySelector('#storybook-root')!;
    expect(untranslatedKeys(root), 'message ids shown instead of text').to.deep.equal([]);
  } finally {
    frame.remove();
  }
}
