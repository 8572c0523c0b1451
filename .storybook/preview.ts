import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';

// Argument tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from our JSDoc.
setCustomElementsManifest(manifest);

/** The draft catalogues: a story shown in them opts every widget in (`allow-draft-locales`). */
const DRAFTS = new Set(['cy', 'es']);

/**
 * Every story in every locale from the toolbar: the story is wrapped in an element with that `lang`
 * (the widgets follow the nearest lang unless a story sets its own `locale`), and for a draft locale
 * each widget in it gets `allow-draft-locales`, as a host that has opted in would write.
 */
function optInDrafts(root: Element | undefined, locale: string): void {
  if (!root || !DRAFTS.has(locale)) return;
  queueMicrotask(() => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('opioid-')) element.setAttribute('allow-draft-locales', '');
    }
  });
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (cy and es are drafts, not yet clinically reviewed)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'en-US', title: 'English (US)' },
          { value: 'cy', title: 'Cymraeg (draft)' },
          { value: 'es', title: 'Español (draft)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'en-GB');
      return html`<div lang=${locale} ${ref((element) => optInDrafts(element, locale))}>${story()}</div>`;
    },
  ],
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
