import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../tokens/dist', to: '/tokens' }],
  viteFinal(viteConfig) {
    // Resolve the workspace packages to their TypeScript sources, so Storybook needs no build.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@blaupause/source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};
export default config;
