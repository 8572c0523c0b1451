import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/opioid-taper-chart/register.js';
import '../src/context/opioid-plan-context/register.js';
import { cdcShortCourseTaper } from '../src/core/taper.js';
import { DEMO_TODAY, chronicHighDose, demoDay } from './data/plans.js';

/** The attribute form: what a server-side template writes with no script of its own. */
interface ChartArgs {
  start: string;
  dose: number;
  percent: number;
  intervalDays: number;
  basis: 'original' | 'current';
  roundTo?: number;
  unit?: 'mg' | 'ome' | 'mme';
  drug?: string;
  today: string;
  locale?: string;
  /** Drafts (cy, es) are shown only with this. */
  allowDraftLocales?: boolean;
  tableOpen: boolean;
  /** Width of the box around the chart, to show how it lays out. */
  boxWidth?: number;
}

const chart = (args: ChartArgs) => html`<opioid-taper-chart
  start=${args.start}
  dose=${args.dose}
  percent=${args.percent}
  interval-days=${args.intervalDays}
  basis=${args.basis}
  round-to=${args.roundTo ?? nothing}
  unit=${args.unit ?? nothing}
  drug=${args.drug ?? nothing}
  today=${args.today}
  locale=${args.locale ?? nothing}
  ?allow-draft-locales=${args.allowDraftLocales ?? false}
  ?table-open=${args.tableOpen}
></opioid-taper-chart>`;

// max-width, not width: the element gets `width` px where there is room, and in a narrower viewport
// the box shrinks with it instead of making the page scroll sideways.
const boxed = (width: number | undefined, content: TemplateResult): TemplateResult => width
  ? html`<div style="max-width:${width}px; border:1px dashed #aeb7bd; padding:4px">${content}</div>`
  : content;

export default {
  title: 'Elements/Taper chart',
  component: 'opioid-taper-chart',
  tags: ['autodocs'],
  render: (args) => boxed(args.boxWidth, chart(args)),
  // REFERENCE §7.2: morphine 60 mg twice a day (120 mg/day), 10% of the original dose every 2 weeks.
  args: {
    start: demoDay(-31), dose: 120, percent: 10, intervalDays: 14, basis: 'original',
    drug: 'morphine', today: DEMO_TODAY, locale: 'en-GB', tableOpen: false,
  },
  argTypes: {
    basis: { control: 'inline-radio', options: ['original', 'current'] },
    unit: { control: 'inline-radio', options: [undefined, 'mg', 'ome', 'mme'] },
    locale: { control: 'inline-radio', options: [undefined, 'en-GB', 'en-US', 'cy', 'es'] },
    boxWidth: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
} satisfies Meta<ChartArgs>;

type Story = StoryObj<ChartArgs>;

/** §7.2: long-term morphine 120 mg/day, 10% of the original dose every 14 days: a straight line to 0. */
export const LongTermLinear: Story = {};

/** 10% of the *current* dose every 14 days: each reduction smaller than the last (hyperbolic). */
export const OfCurrentDose: Story = {
  args: { drug: 'oxycodone', dose: 60, basis: 'current', start: demoDay(-45) },
};

/** Of the current dose, every dose rounded to 5 mg tablets: some doses are kept for longer. */
export const RoundedTo5mg: Story = {
  args: { drug: 'oxycodone', dose: 60, basis: 'current', roundTo: 5, start: demoDay(-45) },
};

/** §7.2's plan: 10% of the original every 2 weeks, in 10 mg capsules, holding 100 mg for an extra 4 weeks. */
export const WithPause: Story = {
  render: (args) => html`<opioid-taper-chart
    .taper=${{
      startDate: demoDay(-60), startDose: 120, percent: 10, intervalDays: 14, basis: 'original',
      roundTo: 10, holds: [{ step: 2, intervals: 2 }], drug: 'morphine', unit: 'mg',
    }}
    today=${args.today}
  ></opioid-taper-chart>`,
};

/**
 * CDC 2022 for weeks to months of use: 10% of the original dose a week until 30% remains, then 10% of
 * the remaining dose a week, down to the smallest tablet (5 mg).
 */
export const CdcShortCourse: Story = {
  render: (args) => html`<opioid-taper-chart
    .schedule=${cdcShortCourseTaper({ startDate: demoDay(-14), startDose: 40, roundTo: 5, drug: 'oxycodone' })}
    today=${args.today}
  ></opioid-taper-chart>`,
};

/** Inside a plan context: §7.2's plan with its taper, a pause, its review date and the MDT review. */
export const InPlanContext: Story = {
  render: (args) => html`<opioid-plan-context .plan=${chronicHighDose} today=${args.today}>
    <opioid-taper-chart></opioid-taper-chart>
  </opioid-plan-context>`,
};

/** The daily dose in oral morphine equivalents (UK). */
export const InOme: Story = { args: { unit: 'ome', drug: undefined } };

/** One reduction: 10 mg, then stop (the next dose would be below the 10 mg tablet). */
export const OneStep: Story = {
  args: { drug: 'oxycodone', dose: 10, percent: 50, intervalDays: 7, basis: 'current', roundTo: 10, start: demoDay(-3) },
};

/** 200 reductions (0.5% of the original dose a week): thin marks, dose labels only where they fit. */
export const TwoHundredSteps: Story = {
  args: { dose: 100, percent: 0.5, intervalDays: 7, start: demoDay(-300) },
};

/** 200 steps in a 280 px box: date labels never overlap. */
export const TwoHundredStepsAt280px: Story = { args: { ...TwoHundredSteps.args, boxWidth: 280 } };

/** The narrowest supported width. */
export const Narrow280px: Story = { args: { boxWidth: 280 } };

/** A phone. */
export const Narrow320px: Story = { args: { boxWidth: 320 } };

/** A wide clinical portal column. */
export const Wide1200px: Story = { args: { boxWidth: 1200 } };

/** The table shown on screen (it always prints). */
export const TableOpen: Story = { args: { tableOpen: true, roundTo: 10 } };

/** US English: "Nov 21" rather than "21 Nov"; the dose in MME. */
export const EnUsLocale: Story = {
  args: { locale: 'en-US', unit: 'mme', drug: undefined, dose: 90, start: demoDay(-20) },
};

/** Impossible values: the error says which attribute is wrong, and no chart is drawn. */
export const InvalidInput: Story = {
  args: { percent: 0, dose: -10, start: '2026-02-30' },
};

/** Markup in the drug attribute is shown as text in the error, never run. */
export const HostileDrugText: Story = {
  args: { drug: '<img src=x onerror=alert(1)>' },
};

/**
 * What prints, roughly: an A4 column (about 170 mm) in greys. The browser's print preview (or
 * `node scripts/shot.mjs <id> out.png 800 --print`) shows the real print styles: the table prints even
 * when collapsed, the button does not.
 */
export const PrintView: Story = {
  args: { roundTo: 10 },
  render: (args) => html`<div style="width:640px; filter:grayscale(1)">${chart(args)}</div>`,
};

// Languages (issue 9). cy and es are drafts (not yet reviewed by a clinician fluent in the language):
// shown only with allow-draft-locales on the chart or its <opioid-plan-context>; without it, en-GB.
const welsh = { locale: 'cy', allowDraftLocales: true } as const;
const spanish = { locale: 'es', allowDraftLocales: true } as const;

/** Welsh (draft): §7.2 long-term morphine, 10% of the original dose every 14 days; Welsh month names on the axis. */
export const WelshLongTermLinear: Story = { args: { ...welsh, tableOpen: true } };

/** Welsh (draft): rounded to 5 mg tablets of the current dose, so some doses are kept for longer. */
export const WelshRoundedTo5mg: Story = {
  args: { ...welsh, drug: 'oxycodone', dose: 60, basis: 'current', roundTo: 5, start: demoDay(-45), tableOpen: true },
};

/** Welsh (draft) in a plan context: the pause, the review and the MDT review, opted in on the context. */
export const WelshInPlanContext: Story = {
  render: (args) => html`<opioid-plan-context .plan=${chronicHighDose} today=${args.today} locale="cy" allow-draft-locales>
    <opioid-taper-chart></opioid-taper-chart>
  </opioid-plan-context>`,
};

/** Welsh (draft) at 320 px: the longer month names still do not overlap. */
export const WelshNarrow320px: Story = { args: { ...welsh, boxWidth: 320 } };

/** Welsh (draft): impossible values, the problems in Welsh. */
export const WelshInvalidInput: Story = { args: { ...welsh, percent: 0, dose: -10, start: '2026-02-30' } };

/** Spanish (draft): §7.2 long-term morphine, 10% of the original dose every 14 days. */
export const SpanishLongTermLinear: Story = { args: { ...spanish, tableOpen: true } };

/** Spanish (draft): a US taper in MME, with the CDC 2022 guidance and its cautions. */
export const SpanishInMme: Story = {
  args: { ...spanish, unit: 'mme', drug: undefined, dose: 90, start: demoDay(-20) },
};

/** Spanish (draft): CDC 2022's short course, 10% a week, in 5 mg tablets. */
export const SpanishCdcShortCourse: Story = {
  render: (args) => html`<opioid-taper-chart locale="es" allow-draft-locales
    .schedule=${cdcShortCourseTaper({ startDate: demoDay(-14), startDose: 40, roundTo: 5, drug: 'oxycodone' })}
    today=${args.today}
  ></opioid-taper-chart>`,
};

/** Spanish (draft) in a plan context, opted in on the context: `<opioid-plan-context locale="es-US" allow-draft-locales>`. */
export const SpanishInPlanContext: Story = {
  render: (args) => html`<opioid-plan-context .plan=${chronicHighDose} today=${args.today} locale="es-US" allow-draft-locales>
    <opioid-taper-chart></opioid-taper-chart>
  </opioid-plan-context>`,
};

/** Spanish (draft) at 320 px. */
export const SpanishNarrow320px: Story = { args: { ...spanish, boxWidth: 320 } };

/** A Welsh page without the opt-in: English is shown, and the console says once how to opt in. */
export const WelshWithoutOptIn: Story = {
  render: (args) => html`<div lang="cy">${chart({ ...args, locale: undefined })}</div>`,
};
