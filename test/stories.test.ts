/**
 * Every Storybook story, rendered by the built Storybook exactly as designers see it (decorators,
 * play functions, German default), audited by axe-core in this browser (Chromium, Firefox, WebKit).
 * A serious or critical violation fails, and so does a story that shows a bare message id. Stories
 * come from storybook-static/index.json, so a new story is audited without editing this file.
 * The theme × mode audit is in stories-themes.chromium.test.ts.
 */
import { expect } from '@open-wc/testing';
import { auditStory, RENDER_TIMEOUT_MS, stories } from './testing/stories.js';

describe('Storybook: every story is axe-clean', () => {
  it('finds the stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async function () {
      this.timeout(RENDER_TIMEOUT_MS + 15_000);
      await auditStory(story.id);
    });
  }
});
