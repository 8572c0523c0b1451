import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/opioid-risk-explainer/register.js';
import '../src/context/opioid-plan-context/register.js';
import { DEFAULT_PACK_EN_GB } from '../src/locales/risk/index.js';
import type { RiskPack } from '../src/core/risk/pack-schema.js';
import { DEMO_TODAY, chronicHighDose, ostWithChronicPain, primaryCareCodeine, usPrimaryCare } from './data/plans.js';

interface ExplainerArgs {
  dose?: number;
  guidance?: 'uk' | 'us';
  audience: 'patient' | 'clinician';
  benzodiazepine: boolean;
  gabapentinoid: boolean;
  pack?: unknown;
}

const render = (args: ExplainerArgs) => html`<opioid-risk-explainer
  dose=${args.dose ?? ''}
  guidance=${args.guidance ?? ''}
  audience=${args.audience}
  ?benzodiazepine=${args.benzodiazepine}
  ?gabapentinoid=${args.gabapentinoid}
  .pack=${args.pack}
></opioid-risk-explainer>`;

export default {
  title: 'Elements/Risk explainer',
  component: 'opioid-risk-explainer',
  tags: ['autodocs'],
  render,
  args: { dose: 60, audience: 'patient', benzodiazepine: false, gabapentinoid: false },
  argTypes: {
    dose: { control: 'number', description: 'Total daily dose, mg OME/MME' },
    guidance: { control: 'inline-radio', options: ['uk', 'us'], description: 'The guidance the dose is counted by (named with its cautions)' },
    audience: { control: 'inline-radio', options: ['patient', 'clinician'] },
    benzodiazepine: { control: 'boolean' },
    gabapentinoid: { control: 'boolean' },
    pack: { control: false },
  },
} satisfies Meta<ExplainerArgs>;

type Story = StoryObj<ExplainerArgs>;

/** 10 mg a day: the 1–20 mg band, about 2 in 1,000 overdoses a year (Dunn 2010). */
export const Dose10: Story = { args: { dose: 10 } };

/** 60 mg a day: the 50–99 mg band, about 7 in 1,000 a year. */
export const Dose60: Story = { args: { dose: 60 } };

/** 60 MME a day, counted by the US guidance (CDC 2022): the guidance and the MME cautions are named. */
export const Dose60US: Story = { args: { dose: 60, guidance: 'us' } };

/** 120 mg a day: the 100 mg-or-more band, about 18 in 1,000 a year. */
export const Dose120: Story = { args: { dose: 120 } };

/** 35 mg a day falls between the study's bands: "we do not have a figure", nothing interpolated. */
export const NoFigureDose35: Story = { args: { dose: 35 } };

/** Also taking a benzodiazepine: "about 3.9 times as high" beside the absolute figure for the band. */
export const WithBenzodiazepine: Story = { args: { dose: 60, benzodiazepine: true } };

/** Also taking gabapentin or pregabalin: "about 49% higher" beside the absolute figure. */
export const WithGabapentinoid: Story = { args: { dose: 120, gabapentinoid: true } };

/** Both, at a dose with no band: the relative figures sit beside the figures for every band. */
export const BothAtNoFigureDose: Story = { args: { dose: 35, benzodiazepine: true, gabapentinoid: true } };

/** For the clinician: compact, full citations under each figure. */
export const Clinician: Story = { args: { dose: 60, audience: 'clinician', benzodiazepine: true } };

/**
 * Inside `<opioid-plan-context>`: REFERENCE.md §7.2, morphine 60 mg twice a day (120 mg/day OME) with
 * pregabalin. The total comes from the core; the guidance and its cautions are named.
 */
export const InsidePlanContext: Story = {
  render: () => html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}>
    <opioid-risk-explainer></opioid-risk-explainer>
  </opioid-plan-context>`,
};

/** §7.6 under CDC 2022: 60 MME/day with alprazolam (a benzodiazepine). */
export const InsidePlanContextUS: Story = {
  render: () => html`<opioid-plan-context .plan=${usPrimaryCare} today=${DEMO_TODAY} locale="en-US">
    <opioid-risk-explainer></opioid-risk-explainer>
  </opioid-plan-context>`,
};

/** §7.3: methadone cannot be converted (UK), so the total is incomplete and no band is chosen, in words. */
export const InsidePlanContextIncompleteTotal: Story = {
  render: () => html`<opioid-plan-context .plan=${ostWithChronicPain} today=${DEMO_TODAY}>
    <opioid-risk-explainer></opioid-risk-explainer>
  </opioid-plan-context>`,
};

/** §7.4: 24 mg/day OME of codeine falls between bands; the clinician view beside the plan. */
export const InsidePlanContextCodeine: Story = {
  render: () => html`<opioid-plan-context .plan=${primaryCareCodeine} today=${DEMO_TODAY}>
    <opioid-risk-explainer audience="clinician"></opioid-risk-explainer>
  </opioid-plan-context>`,
};

/** A site's own reviewed pack: shorter wording, fewer figures, a review line at the foot. */
function reviewedPack(): RiskPack {
  const pack = structuredClone(DEFAULT_PACK_EN_GB);
  pack.id = 'riverside-trust';
  pack.review = 'Wording reviewed by the Riverside NHS Trust pain team and patient panel, September 2026.';
  pack.text.title = 'Strong painkillers for long-lasting pain: the facts in brief';
  pack.text.intro = 'These are the numbers our pain team uses when we talk with you about opioids. Ask us about anything that is not clear.';
  pack.text.benefitsHeading = 'How they can help';
  pack.text.harmsHeading = 'How they can harm';
  pack.benefits = pack.benefits.slice(0, 1).map((figure) => ({
    ...figure,
    title: 'Pain eases a little',
    sentence: 'Compared with a dummy pill, roughly {count} extra people out of {denominator} felt their pain ease.',
  }));
  pack.harms = pack.harms.filter((figure) => figure.id !== 'vomiting');
  pack.questions = ['What would happen if I took less?', 'Who can I call if I feel unwell?'];
  return pack;
}

export const CustomPack: Story = { args: { dose: 60, pack: reviewedPack() } };

/** The same pack given as JSON in a child `<script type="application/json">`, as a server template would. */
export const CustomPackFromScript: Story = {
  render: () => html`<opioid-risk-explainer dose="10"><script type="application/json">${JSON.stringify(reviewedPack())}</script></opioid-risk-explainer>`,
};

/** A pack that fails validation (a number typed into the words, a missing list): only the error shows. */
export const InvalidPack: Story = {
  args: {
    pack: (() => {
      const broken = structuredClone(DEFAULT_PACK_EN_GB) as unknown as Record<string, unknown> & { text: Record<string, unknown> };
      broken.text.intro = 'Opioids help 9 out of 10 people.';
      delete broken.questions;
      return broken;
    })(),
  },
};

/** Markup, script and right-to-left marks in a pack show as plain text. */
export const HostileStringsInPack: Story = {
  args: {
    dose: 60,
    pack: (() => {
      const hostile = structuredClone(DEFAULT_PACK_EN_GB);
      hostile.text.title = '<img src=x onerror="alert(\'title\')"> Opioids';
      hostile.benefits[0]!.sentence = '<script>alert(\'sentence\')</script> About {count} in every {denominator} people noticed less pain.';
      hostile.benefits[0]!.population = '<b onmouseover="alert(1)">26,169 adults</b>';
      hostile.harmsInWords = ['"><svg onload=alert(\'harm\')>', '\u202Eevil right-to-left text', 'https://example.invalid/a-very-long-unbroken-address-that-must-wrap-rather-than-widen-the-box'];
      return hostile;
    })(),
  },
};

/** The broken dose attribute "sixty": reported, and no overdose figure is guessed. */
export const InvalidDose: Story = {
  render: () => html`<opioid-risk-explainer dose="sixty"></opioid-risk-explainer>`,
};

/** At most 320 px: one column, nothing scrolls sideways. */
export const Narrow320: Story = {
  args: { dose: 60, benzodiazepine: true },
  render: (args) => html`<div style="max-width: 320px">${render(args)}</div>`,
  // Storybook 10 sets the initial viewport through globals (parameters.viewport.defaultViewport is gone).
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/**
 * What prints: black and white, shapes (filled, outline, striped) tell the groups apart. Use the
 * browser's print preview, or `node scripts/shot.mjs elements-risk-explainer--print out.png 800 --print`.
 */
export const Print: Story = {
  args: { dose: 120, gabapentinoid: true },
  render: (args) => html`<div style="width: 680px; filter: grayscale(1)">${render(args)}</div>`,
};

// Languages (issue 9). cy and es are drafts (not yet reviewed by a clinician fluent in the language):
// shown only with allow-draft-locales; without it the page gets en-GB and one console warning.

/** Welsh (draft), 60 mg a day: `locale="cy"` with `allow-draft-locales`. */
export const WelshDose60: Story = {
  render: (args) => html`<opioid-risk-explainer locale="cy" allow-draft-locales dose=${args.dose ?? ''}
    ?benzodiazepine=${args.benzodiazepine} ?gabapentinoid=${args.gabapentinoid} audience=${args.audience}></opioid-risk-explainer>`,
};

/** Welsh (draft) on a `lang="cy-GB"` page, inside a plan context that allows drafts: 120 mg/day with pregabalin. */
export const WelshInsidePlanContext: Story = {
  render: () => html`<div lang="cy-GB"><opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY} allow-draft-locales>
    <opioid-risk-explainer></opioid-risk-explainer>
  </opioid-plan-context></div>`,
};

/** Spanish (draft), 60 mg a day with a benzodiazepine: `locale="es"` with `allow-draft-locales`. */
export const SpanishWithBenzodiazepine: Story = {
  render: () => html`<opioid-risk-explainer locale="es" allow-draft-locales dose="60" benzodiazepine></opioid-risk-explainer>`,
};

/** Spanish (draft) inside a US plan context (`locale="es-US"`, CDC 2022, MME, alprazolam). */
export const SpanishInsidePlanContextUS: Story = {
  render: () => html`<opioid-plan-context .plan=${usPrimaryCare} today=${DEMO_TODAY} locale="es-US" allow-draft-locales>
    <opioid-risk-explainer></opioid-risk-explainer>
  </opioid-plan-context>`,
};

/** Spanish for the clinician (draft): compact, full citations (which stay in the language they were published in). */
export const SpanishClinician: Story = {
  render: () => html`<opioid-risk-explainer locale="es" allow-draft-locales dose="120" audience="clinician" gabapentinoid></opioid-risk-explainer>`,
};

/** A Welsh page without the opt-in: English is shown, and the console says once how to opt in. */
export const WelshWithoutOptIn: Story = {
  render: () => html`<div lang="cy"><opioid-risk-explainer dose="60"></opioid-risk-explainer></div>`,
};
