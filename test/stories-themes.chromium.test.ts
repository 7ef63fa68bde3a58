/**
 * Every component's "Alle Zustände" matrix (each component has one: every state side by side) and
 * the token stories, in every theme, light and dark, audited by axe in Chromium. This proves that
 * components only use colour pairs the contrast gate checks, in every theme. Every single story is
 * audited in the default theme in all three browsers by stories.test.ts; auditing each of them in
 * every theme too would multiply the run by the number of themes × 2 for no new colour pairs.
 */
import { expect } from '@open-wc/testing';
import { auditStory, RENDER_TIMEOUT_MS, stories } from './testing/stories.js';

const matrices = stories.filter((s) => s.name === 'Alle Zustände' || s.title.startsWith('Grundlagen/'));
const themes = ((await (await fetch('/tokens/dist/themes.json')).json()) as { name: string }[]).map((t) => t.name);
const components = new Set(stories.filter((s) => s.title.startsWith('Komponenten/')).map((s) => s.title));

describe('Storybook: every component in every theme and mode (Chromium)', () => {
  it('finds the themes, and an "Alle Zustände" story for every component', () => {
    expect(themes).to.include.members(['default', 'bayern', 'hessen']);
    const withMatrix = new Set(matrices.map((s) => s.title));
    expect([...components].filter((title) => !withMatrix.has(title))).to.deep.equal([]);
  });
  for (const theme of themes) {
    for (const mode of ['light', 'dark']) {
      for (const story of matrices) {
        it(`${theme} ${mode}: ${story.title} / ${story.name}`, async function () {
          this.timeout(RENDER_TIMEOUT_MS + 15_000);
          await auditStory(story.id, `theme:${theme};mode:${mode}`);
        });
      }
    }
  }
});
