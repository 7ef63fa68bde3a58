import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import '@blaupause/tokens/css/tokens.css';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: {
      // Fail the a11y panel (and the axe run in `npm test`) on violations, not just report them.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
    docs: { toc: true },
    options: { storySort: { order: ['Einführung', 'Komponenten'] } },
  },
  globalTypes: {
    lang: {
      description: 'Sprache / language',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Schreibrichtung / direction',
      toolbar: {
        title: 'Richtung',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'links → rechts' },
          { value: 'rtl', title: 'rechts → links' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals['lang'] ?? 'de');
      const dir = String(context.globals['dir'] ?? 'ltr');
      // The whole preview document follows the toolbar, as a portal page would.
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
      return html`<div class="bp-story" lang=${lang} dir=${dir}>${story()}</div>`;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
