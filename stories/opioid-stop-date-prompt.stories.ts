import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/opioid-stop-date-prompt/register.js';
import type { OpioidStopDatePrompt } from '../src/elements/opioid-stop-date-prompt/register.js';
import { addDays } from '../src/core/dates.js';
import { DEMO_TODAY, ostWithChronicPain, postOpDischarge } from './data/plans.js';

/** The attribute form: what a discharge-summary template writes, with no script of its own. */
interface PromptArgs {
  label: string;
  name: string;
  value?: string;
  kind?: 'stop' | 'review';
  start: string;
  indication: string;
  drug: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  locale?: string;
  /** Lets the draft catalogues (cy, es) show. */
  allowDraftLocales?: boolean;
  /** Width of the box around the prompt, to show how it lays out. */
  boxWidth?: number;
}

const prompt = (args: PromptArgs) => html`
  <label for="stop-date" style="display:block; font: 700 1rem Arial, sans-serif; margin-bottom: 4px">${args.label}</label>
  <opioid-stop-date-prompt
    id="stop-date"
    name=${args.name}
    value=${args.value ?? nothing}
    kind=${args.kind ?? nothing}
    start=${args.start}
    indication=${args.indication}
    drug=${args.drug}
    locale=${args.locale ?? nothing}
    ?allow-draft-locales=${args.allowDraftLocales ?? false}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></opioid-stop-date-prompt>`;

// max-width, not width: the element gets `width` px where there is room, and in a narrower viewport
// the box shrinks with it instead of making the page scroll sideways.
const boxed = (width: number | undefined, content: TemplateResult): TemplateResult => width
  ? html`<div style="max-width:${width}px; border:1px dashed #aeb7bd; padding:4px">${content}</div>`
  : content;

// REFERENCE §7.1 (OUCh): discharged yesterday after a knee replacement on oxycodone 5 mg when needed.
const DISCHARGE = postOpDischarge.startDate;

export default {
  title: 'Elements/Stop date prompt',
  component: 'opioid-stop-date-prompt',
  tags: ['autodocs'],
  render: (args) => boxed(args.boxWidth, prompt(args)),
  args: {
    label: 'Oxycodone: stop date for the GP',
    name: 'opioidStopDate',
    start: DISCHARGE,
    indication: 'acute',
    drug: 'oxycodone',
    required: true,
    disabled: false,
    readonly: false,
    locale: 'en-GB',
  },
  argTypes: {
    indication: { control: 'select', options: ['acute', 'chronic-non-cancer', 'cancer', 'end-of-life', 'opioid-use-disorder'] },
    kind: { control: 'inline-radio', options: [undefined, 'stop', 'review'] },
    locale: { control: 'inline-radio', options: [undefined, 'en-GB', 'en-US', 'cy', 'es'] },
    allowDraftLocales: { control: 'boolean' },
    boxWidth: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
} satisfies Meta<PromptArgs>;

type Story = StoryObj<PromptArgs>;

/** §7.1 (OUCh): acute post-operative pain, oxycodone stops 5 days after discharge. */
export const AcutePostOp: Story = { args: { value: postOpDischarge.stopDate } };

/**
 * §7.2: long-term morphine for back pain, continued on discharge with a review in 4 weeks (CDC 2022:
 * follow up within 1–4 weeks, at least every 3 months).
 */
export const ChronicReview: Story = {
  args: {
    label: 'Morphine MR: review date for the GP', indication: 'chronic-non-cancer', drug: 'morphine',
    start: DEMO_TODAY, value: addDays(DEMO_TODAY, 28), kind: 'review',
  },
};

/** Cancer pain: review dates only suggested; no date chosen yet. */
export const CancerPain: Story = {
  args: { label: 'Morphine: review date', indication: 'cancer', drug: 'morphine', start: DEMO_TODAY, required: false },
};

/** §7.3: oxycodone added for a pain flare in opioid substitution treatment; off within 90 days. */
export const OpioidSubstitution90Days: Story = {
  args: {
    label: 'Oxycodone MR: agreed end date', indication: 'opioid-use-disorder', drug: 'oxycodone',
    start: ostWithChronicPain.startDate, value: addDays(ostWithChronicPain.startDate, 90),
  },
};

/** Required and empty after an attempt to submit: the message sits beside the date field. */
export const RequiredEmptyShowingValidation: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<OpioidStopDatePrompt>('opioid-stop-date-prompt')!;
    await element.updateComplete;
    element.checkValidity();
  },
};

/** An acute course of 10 days: a warning (CDC 2022 rec. 6), but the date is still accepted. */
export const WarningOver7Days: Story = { args: { value: addDays(DISCHARGE, 10) } };

/** Non-cancer use past 3 months: a warning (MHRA 2020). */
export const WarningOver3Months: Story = {
  args: { ...ChronicReview.args, value: addDays(DEMO_TODAY, 120) },
};

/** Read-only: the sentence the discharge summary prints (en-GB). */
export const ReadonlySentence: Story = { args: { value: postOpDischarge.stopDate, readonly: true } };

/**
 * What prints from an editable prompt: the controls give way to the discharge-summary sentence. The
 * story check renders it with print media.
 */
export const PrintView: Story = { args: { value: postOpDischarge.stopDate } };

/** Read-only in US English. */
export const ReadonlySentenceEnUs: Story = {
  args: { value: postOpDischarge.stopDate, readonly: true, locale: 'en-US', label: 'Oxycodone: stop date' },
};

/** Disabled: shown but not editable and not submitted. */
export const Disabled: Story = { args: { value: postOpDischarge.stopDate, disabled: true } };

/** An impossible start date: the error names the attribute, and no quick choices are offered. */
export const InvalidAttribute: Story = { args: { start: '2026-02-30', value: 'yesterday' } };

/** Markup in the drug name is shown as text, never run. */
export const HostileDrugName: Story = {
  args: { drug: '<img src=x onerror=alert(1)><script>alert(2)</script>', label: 'Stop date' },
};

/**
 * A pasted product name with a right-to-left override (U+202E) in it: the override is dropped, so the
 * printed sentence and its date read the right way round.
 */
export const RightToLeftOverrideInDrugName: Story = {
  args: { drug: '\u202Eenodocyxo 5 mg capsules', value: postOpDischarge.stopDate, readonly: true, label: 'Stop date' },
};

/** A plain HTML discharge form: submitting prints the FormData the server would receive. */
export const InsideAForm: Story = {
  render: (args) => {
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const lines = [...new FormData(form)].map(([key, value]) => `${key} = ${String(value)}`);
      form.querySelector('output')!.textContent = lines.join('\n');
    };
    const field = 'display:block; font-weight:700; margin: 12px 0 4px';
    return html`<form @submit=${onSubmit} style="font: 1rem/1.5 Arial, sans-serif; max-width: 40rem">
      <label for="patient" style=${field}>Patient name</label>
      <input id="patient" name="patientName" value="Alex Morgan" autocomplete="off" style="font: inherit; padding: 4px">
      <label for="nhs" style=${field}>NHS number</label>
      <input id="nhs" name="nhsNumber" value="943 476 5919" inputmode="numeric" style="font: inherit; padding: 4px">
      <label for="stop-date" style=${field}>Oxycodone 5 mg capsules: stop date for the GP</label>
      <opioid-stop-date-prompt id="stop-date" name="opioidStopDate" start=${args.start} indication="acute"
        drug="oxycodone" required></opioid-stop-date-prompt>
      <label for="gp-notes" style=${field}>Notes for the GP</label>
      <textarea id="gp-notes" name="gpNotes" rows="3" style="font: inherit; width: 100%">Paracetamol 1 g four times a day continues.</textarea>
      <p><button style="font: inherit; padding: 8px 16px">Save discharge summary</button>
        <button type="reset" style="font: inherit; padding: 8px 16px">Reset</button></p>
      <p style="margin: 0; font-weight: 700">Submitted form data</p>
      <output style="display:block; white-space: pre-wrap; font-family: monospace; background:#f0f4f5; padding: 8px; min-height: 3em">(nothing submitted yet)</output>
    </form>`;
  },
};

/** A phone: the choices stack. */
export const Narrow320px: Story = {
  args: { boxWidth: 320, value: postOpDischarge.stopDate },
  // Storybook 10 sets the initial viewport through globals (parameters.viewport.defaultViewport is gone).
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** Review or stop at 320 px with a warning. */
export const Narrow320pxChronicWarning: Story = { args: { ...WarningOver3Months.args, boxWidth: 320 } };

/** The prompt once it has rendered, for stories that change its inputs afterwards. */
async function promptIn(canvasElement: HTMLElement): Promise<OpioidStopDatePrompt> {
  const element = canvasElement.querySelector<OpioidStopDatePrompt>('opioid-stop-date-prompt')!;
  await element.updateComplete;
  return element;
}

/**
 * "5 days" chosen, then the discharge moved to the next day: a quick choice is a length, so the stop
 * date moves with the start and the prompt says so.
 */
export const QuickChoiceMovedWithStart: Story = {
  play: async ({ canvasElement }) => {
    const element = await promptIn(canvasElement);
    [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.option')].find((label) => label.textContent?.includes('5 days'))?.click();
    await element.updateComplete;
    element.start = addDays(DISCHARGE, 1);
    await element.updateComplete;
  },
};

/**
 * A stop date typed, then the start moved: the date is kept as typed, and the prompt says at once
 * that the start changed and is invalid until the clinician keeps the date or chooses again.
 */
export const TypedDateAfterStartMovedInvalid: Story = {
  // 5 days after the first start, 4 after the new one: not one of the new quick choices' dates.
  args: { value: addDays(DISCHARGE, 5) },
  play: async ({ canvasElement }) => {
    const element = await promptIn(canvasElement);
    element.start = addDays(DISCHARGE, 1);
    await element.updateComplete;
  },
};

/**
 * A review date for chronic pain, then the indication changed to acute, which has no review dates:
 * the date stays a review date, and the prompt says so and is invalid until the clinician chooses again.
 */
export const ReviewDateAfterIndicationChangeInvalid: Story = {
  args: { ...ChronicReview.args },
  play: async ({ canvasElement }) => {
    const element = await promptIn(canvasElement);
    element.indication = 'acute';
    await element.updateComplete;
  },
};

// Welsh and Spanish (drafts: written carefully, not yet reviewed by a clinician fluent in the language;
// shown only with allow-draft-locales). The host page's label is the host's own, in its language.
const welsh = { locale: 'cy', allowDraftLocales: true } as const;
const spanish = { locale: 'es', allowDraftLocales: true } as const;

/** §7.1 in Welsh: acute post-operative pain, oxycodone stops 5 days after discharge. */
export const WelshAcutePostOp: Story = {
  args: { ...AcutePostOp.args, ...welsh, label: 'Ocsicodon: dyddiad stopio ar gyfer y meddyg teulu' },
};

/** §7.2 in Welsh: a review date in 4 weeks, with the stop-or-review choice. */
export const WelshChronicReview: Story = {
  args: { ...ChronicReview.args, ...welsh, label: 'Morffin MR: dyddiad adolygu ar gyfer y meddyg teulu' },
};

/** Welsh at 320 px: non-cancer use past 3 months, with its warning (the longest Welsh lines). */
export const WelshNarrow320pxWarning: Story = {
  args: { ...WarningOver3Months.args, ...welsh, boxWidth: 320, label: 'Morffin MR: dyddiad adolygu' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** Welsh: the review date kept after the indication changed to acute, with the button that keeps it. */
export const WelshReviewDateAfterIndicationChangeInvalid: Story = {
  ...ReviewDateAfterIndicationChangeInvalid,
  args: { ...ChronicReview.args, ...welsh, label: 'Morffin MR: dyddiad adolygu' },
};

/** Read-only in Welsh: the sentence the discharge summary prints. */
export const WelshReadonlySentence: Story = { args: { ...ReadonlySentence.args, ...welsh, label: 'Ocsicodon: dyddiad stopio' } };

/** A Welsh page that has not allowed drafts: English (en-GB), and one console warning. */
export const WelshWithoutDraftsShowsEnglish: Story = { args: { ...AcutePostOp.args, locale: 'cy' } };

/** §7.1 in Spanish (US clinical usage, "usted"). */
export const SpanishAcutePostOp: Story = {
  args: { ...AcutePostOp.args, ...spanish, label: 'Oxicodona: fecha de suspensión para el médico de atención primaria' },
};

/** §7.2 in Spanish: a review date in 4 weeks, with the stop-or-review choice. */
export const SpanishChronicReview: Story = {
  args: { ...ChronicReview.args, ...spanish, label: 'Morfina de liberación prolongada: fecha de revisión' },
};

/** Spanish: an acute course of 10 days, warned about (CDC 2022 rec. 6) but accepted. */
export const SpanishWarningOver7Days: Story = {
  args: { ...WarningOver7Days.args, ...spanish, label: 'Oxicodona: fecha de suspensión' },
};

/** Spanish at 320 px: required and empty after an attempt to submit. */
export const SpanishNarrow320pxRequired: Story = {
  ...RequiredEmptyShowingValidation,
  args: { ...spanish, boxWidth: 320, label: 'Oxicodona: fecha de suspensión' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** Read-only in Spanish: the sentence the discharge summary prints. */
export const SpanishReadonlySentence: Story = { args: { ...ReadonlySentence.args, ...spanish, label: 'Oxicodona: fecha de suspensión' } };
