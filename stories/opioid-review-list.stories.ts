import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/opioid-review-list/register.js';
import { DEMO_TODAY, SCENARIOS, chronicHighDose, hostileTextPlan, invalidPlan, invalidPlanJson } from './data/plans.js';
import { generatePopulation } from './data/review-population.js';

interface ListArgs {
  plans: unknown;
  guidance?: 'uk' | 'us';
  threshold?: number;
  today: string;
  locale?: string;
  /** Drafts (cy, es) are shown only with this. */
  allowDraftLocales?: boolean;
  label?: string;
}

const render = (args: ListArgs) => html`<opioid-review-list
  .plans=${args.plans}
  guidance=${args.guidance ?? ''}
  .threshold=${args.threshold}
  today=${args.today}
  locale=${args.locale ?? ''}
  ?allow-draft-locales=${args.allowDraftLocales ?? false}
  label=${args.label ?? ''}
  identifier-label="NHS number"
></opioid-review-list>`;

/** A practice's caseload: 150 fictional people (see stories/data/review-population.ts). */
const practice = generatePopulation(150, { seed: 13 });

export default {
  title: 'Elements/Review list',
  component: 'opioid-review-list',
  tags: ['autodocs'],
  render,
  args: { plans: practice, today: DEMO_TODAY, label: 'Opioid review list: Riverside Medical Practice' },
  argTypes: {
    guidance: { control: 'inline-radio', options: [undefined, 'uk', 'us'] },
    threshold: { control: 'number' },
    today: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'en-GB', 'en-US', 'cy', 'es'] },
    allowDraftLocales: { control: 'boolean' },
  },
} satisfies Meta<ListArgs>;

type Story = StoryObj<ListArgs>;

/** 150 people on opioids at one practice, most urgent first, with the measures the service reports. */
export const PracticeCaseload: Story = {};

// Languages (issue 9). cy and es are drafts (not yet reviewed by a clinician fluent in the language):
// shown only with allow-draft-locales on the list or its <opioid-plan-context>; without it, en-GB.

/** Welsh (draft): the practice's caseload; the inline plan cards follow the list's language. */
export const WelshPracticeCaseload: Story = {
  args: { locale: 'cy', allowDraftLocales: true, label: 'Rhestr adolygu opioidau: Meddygfa Glan yr Afon' },
};

/** Spanish (draft): the practice's caseload. */
export const SpanishPracticeCaseload: Story = {
  args: { locale: 'es', allowDraftLocales: true, label: 'Lista de revisión de opioides: Consultorio Riverside' },
};

/** Spanish (draft) under US guidance (MME, the CDC bands), as a US clinic would show it. */
export const SpanishUnitedStates: Story = {
  args: { plans: generatePopulation(60, { seed: 5, guidance: 'us' }), guidance: 'us', locale: 'es', allowDraftLocales: true, label: 'Lista de revisión de opioides: Lakeside Family Medicine' },
};

/** The same list where the service has agreed the older 120 mg/day OME threshold (Opioids Aware 2020). */
export const ThresholdSetTo120: Story = { args: { threshold: 120 } };

/** The six REFERENCE.md §7 scenarios, one person each. */
export const ReferenceScenarios: Story = {
  args: { plans: SCENARIOS.map(({ label, plan }, i) => ({ plan, person: { name: label, identifier: `999 000 00${String(i).padStart(2, '0')}` } })) },
};

/** One person. */
export const OnePerson: Story = { args: { plans: [{ plan: chronicHighDose, person: { name: 'ASHWORTH, Robert', identifier: '999 123 4567', age: 61 } }] } };

/** Nobody on the list yet. */
export const NoOne: Story = { args: { plans: [] } };

/** Plans only, no display fields: rows are named by their position and plan id, and the CSV has no identity columns. */
export const PlansWithoutNames: Story = { args: { plans: SCENARIOS.map(({ plan }) => plan) } };

/** Every plan fails validation: each row says what is wrong; none is counted as "nothing wrong". */
export const AllInvalid: Story = {
  args: { plans: [invalidPlan, invalidPlanJson, { plan: { ...(invalidPlan as object), id: 'demo-broken-2', startDate: '31/02/2026' }, person: { name: 'DOHERTY, Niamh' } }] },
};

/** Some invalid plans and repeated plan ids among the people: listed first, counted apart. */
export const SomeInvalidAndDuplicates: Story = { args: { plans: generatePopulation(80, { seed: 21, invalidShare: 0.06, duplicateShare: 0.05 }) } };

/** An integrated care board's list: 10,000 people, virtualised (a screenful of rows in the DOM). */
export const TenThousandPeople: Story = { args: { plans: generatePopulation(10_000, { seed: 13 }), label: 'Opioid review list: North ICB (10,000 people)' } };

/** A US clinic read by CDC 2022: MME, the reassess band at 50 MME/day, naloxone. */
export const UnitedStates: Story = { args: { plans: generatePopulation(60, { seed: 5, guidance: 'us' }), guidance: 'us', locale: 'en-US', label: 'Opioid review list: Lakeside Family Medicine' } };

/** At most 320 px wide: each person is a block of labelled lines; nothing scrolls sideways. */
export const Narrow320: Story = {
  args: { plans: generatePopulation(20, { seed: 13 }) },
  render: (args) => html`<div style="max-width: 320px">${render(args)}</div>`,
};

/** Markup and right-to-left overrides in the host's names and in the plans show as plain text. */
export const HostileText: Story = {
  args: { plans: [{ plan: hostileTextPlan, person: { name: '<img src=x onerror=alert(1)>\u202Eevil', note: '<b>not bold</b>' } }] },
};

/** A FHIR Bundle of several patients: medicines grouped by patient, names and ages from each Patient. */
export const FromFhirBundle: Story = {
  render: (args) => html`<opioid-review-list today=${args.today} .fhir=${{
    resourceType: 'Bundle', type: 'collection', entry: [
      { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Ashworth', given: ['Robert'] }], identifier: [{ value: '999 123 4567' }], birthDate: '1965-05-14' } },
      { resource: { resourceType: 'Patient', id: 'p2', name: [{ family: 'Begum', given: ['Nasreen'] }], birthDate: '1958-02-02' } },
      { resource: { resourceType: 'MedicationRequest', id: 'm1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, authoredOn: '2022-11-21', medicationCodeableConcept: { text: 'Morphine sulfate 60 mg modified-release tablets' }, dosageInstruction: [{ text: '60 mg twice a day' }] } },
      { resource: { resourceType: 'MedicationRequest', id: 'm2', status: 'active', intent: 'order', subject: { reference: 'Patient/p2' }, authoredOn: '2025-03-01', medicationCodeableConcept: { text: 'Tramadol 50 mg capsules' }, dosageInstruction: [{ text: '50 mg four times a day' }] } },
      { resource: { resourceType: 'MedicationRequest', id: 'm3', status: 'active', intent: 'order', subject: { reference: 'Patient/p2' }, authoredOn: '2025-03-01', medicationCodeableConcept: { text: 'Pregabalin 75 mg capsules' }, dosageInstruction: [{ text: '75 mg twice a day' }] } },
    ],
  }}></opioid-review-list>`,
};

/** From a server-side template: the list as JSON in a child script, no script of the page's own. */
export const FromJsonScript: Story = {
  render: (args) => html`<opioid-review-list today=${args.today}><script type="application/json">${JSON.stringify(generatePopulation(12, { seed: 2 }))}</script></opioid-review-list>`,
};

/** What prints: the summary and a real table of the whole view; no toolbar, no scroll box. */
export const PrintView: Story = {
  args: { plans: generatePopulation(30, { seed: 13 }) },
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('beforeprint'));
    await canvasElement.querySelector('opioid-review-list')?.updateComplete;
  },
};
