import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline by design: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Host demos are plain HTML pages that load the self-contained bundle from /dist.
  staticDirs: [{ from: '../stories/demos', to: '/demos' }, { from: '../dist', to: '/dist' }],
};
export default config;
