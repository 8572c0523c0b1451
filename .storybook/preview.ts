import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Argument tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from our JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y addon runs axe on every story; violations fail the story's a11y panel.
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '812px' } },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
};
export default preview;
