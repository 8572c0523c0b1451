import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Every Lit module the stories, the elements and Storybook's web-components renderer import. Vite
 * pre-bundles what its scan finds, but the renderer's preview entry lives in node_modules and its
 * `lit/directive-helpers.js` import is not found, so Vite served that file (and the lit-html it
 * imports) unbundled beside the pre-bundled copy: two lit-html instances on one page, and Lit's
 * "Multiple versions of Lit loaded" warning in dev, with only one lit on disk. Listing them all makes
 * Vite bundle them together in one pass, sharing one lit-html. Add a module here when a new one is
 * imported (a directive, say).
 */
const LIT_MODULES = [
  'lit',
  'lit/decorators.js',
  'lit/directives/live.js',
  'lit/directive-helpers.js',
  '@lit/context',
  '@lit-labs/virtualizer/virtualize.js',
  '@lit-labs/virtualizer/layouts/flow.js',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline by design: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Host demos are plain HTML pages that load the self-contained bundle from /dist.
  staticDirs: [{ from: '../stories/demos', to: '/demos' }, { from: '../dist', to: '/dist' }],
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), ...LIT_MODULES] },
    build: {
      ...vite.build,
      // Vite warns above 500 kB a chunk. Storybook's own preview runtime (about 0.9 MB), its docs
      // blocks (0.8 MB) and axe for the a11y panel (0.65 MB) are each one chunk we cannot split, so the
      // warning said nothing about our code. Our elements' size is budgeted by scripts/size.mjs
      // instead; this limit still catches a chunk growing far past Storybook's own.
      chunkSizeWarningLimit: 1500,
    },
  }),
};
export default config;
