// Every story of <opioid-stop-date-prompt> renders in the test browser as Storybook would render it
// (the meta's render with the story's args, then its play function): the prompt shows its controls
// or its sentence in the story's language, no broken text, an alert only in a story named Invalid…
// (the Storybook story test's rule), and axe finds nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../stories/opioid-stop-date-prompt.stories.js';
import type { OpioidStopDatePrompt } from '../../src/elements/opioid-stop-date-prompt/register.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

describe('<opioid-stop-date-prompt> stories', () => {
  it('every story renders its prompt in its language, with an alert only when named Invalid…, and passes axe [T-PROMPT-046]', async () => {
    expect(named.length, 'stories found').to.be.greaterThan(20);
    expect(named.filter(([name]) => name.startsWith('Welsh') || name.startsWith('Spanish')).length, 'cy and es stories').to.be.greaterThan(5);
    for (const [name, story] of named) {
      const args = { ...(meta.args as Args), ...story.args };
      const render = story.render ?? (meta.render as unknown as (args: Args) => TemplateResult);
      const canvasElement = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
      const prompt = canvasElement.querySelector<OpioidStopDatePrompt>('opioid-stop-date-prompt')!;
      await prompt.updateComplete;
      await story.play?.({ canvasElement });
      await prompt.updateComplete;
      const root = prompt.shadowRoot!;
      expect(root.querySelector('[part~="base"], [part~="sentence"], [part~="field-error"]'), `${name}: controls or the sentence`).to.exist;
      expect(root.textContent ?? '', name).not.to.match(/undefined|NaN|\[object/);
      // A draft's words load on demand: the story shows them once they are here.
      const locale = args.allowDraftLocales ? String(args.locale) : args.locale === 'en-US' ? 'en-US' : 'en-GB';
      await waitUntil(() => root.querySelector('div[lang]')?.getAttribute('lang') === locale, `${name}: the words in ${locale}`, { timeout: 5000 });
      expect(root.querySelector('[role="alert"]') !== null, `${name}: an alert only in an Invalid… story`).to.equal(name.includes('Invalid'));
      await expect(canvasElement, name).to.be.accessible();
    }
  });
});
