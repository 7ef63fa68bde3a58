/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import themes from '../tokens/dist/themes.json';
import './preview.css';

// Every built theme's class stylesheet (not the :root variants): the toolbar switches between them live.
import.meta.glob(['../tokens/dist/css/themes/*.css', '!../tokens/dist/css/themes/*.root.css'], { eager: true });

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
    options: { storySort: { order: ['Einführung', 'Grundlagen', 'Komponenten'] } },
  },
  globalTypes: {
    theme: {
      description: 'Theme / Design',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map((t) => ({ value: t.name, title: t.name })),
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Hell, dunkel oder wie das System',
      toolbar: {
        title: 'Modus',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'wie das System (prefers-color-scheme)' },
          { value: 'light', title: 'hell' },
          { value: 'dark', title: 'dunkel' },
        ],
        dynamicTitle: true,
      },
    },
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
  initialGlobals: { theme: 'default', mode: 'light', lang: 'de', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals['lang'] ?? 'de');
      const dir = String(context.globals['dir'] ?? 'ltr');
      const theme = String(context.globals['theme'] ?? 'default');
      const mode = String(context.globals['mode'] ?? 'light');
      // The whole preview document follows the toolbar, as a portal page would.
      const root = document.documentElement;
      root.lang = lang;
      root.dir = dir;
      root.className = [`bp-theme-${theme}`, mode === 'auto' ? '' : `bp-mode-${mode}`].filter(Boolean).join(' ');
      return html`<div class="bp-story" lang=${lang} dir=${dir}>${story()}</div>`;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
