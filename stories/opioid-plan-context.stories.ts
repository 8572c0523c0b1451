import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/context/opioid-plan-context/register.js';
import '../src/elements/opioid-plan-card/register.js';
import type { OpioidPlanContext } from '../src/context/opioid-plan-context/register.js';
import {
  DEMO_TODAY, chronicHighDose, hostileTextPlan, invalidPlan, invalidPlanJson, primaryCareCodeine, usPrimaryCare,
} from './data/plans.js';
import { eprRecord, notFhir, stoppedOrderRecord, textDoseRecord, unreadableDoseRecord } from './data/fhir-records.js';

export default {
  title: 'Elements/Plan context',
  component: 'opioid-plan-context',
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

/** One plan, stated once, shared by a full card and a compact card inside the context. */
export const WrappingTwoCards: Story = {
  render: () => html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY}>
    <opioid-plan-card compact></opioid-plan-card>
    <p>The same plan, in full:</p>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A server-side template: the plan in a child JSON script, no script of the page's own. */
export const FromJsonScript: Story = {
  render: () => html`<opioid-plan-context today=${DEMO_TODAY}>
    <script type="application/json">${JSON.stringify(usPrimaryCare)}</script>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A server-side template with the plan as JSON text in the `plan` attribute. */
export const FromPlanAttribute: Story = {
  render: () => html`<opioid-plan-context plan=${JSON.stringify(primaryCareCodeine)} today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/**
 * A patient list: the host swaps the plan (the next patient), and every card inside follows. The
 * button is the host's own; the context only takes the new `.plan`.
 */
export const SwappingPlans: Story = {
  render: () => {
    const plans = [primaryCareCodeine, usPrimaryCare, chronicHighDose];
    const next = (event: Event) => {
      const context = (event.currentTarget as HTMLElement).parentElement!.querySelector<OpioidPlanContext>('opioid-plan-context')!;
      context.plan = plans[(plans.indexOf(context.plan as (typeof plans)[number]) + 1) % plans.length];
    };
    return html`<div>
      <button type="button" @click=${next} style="font: 700 1rem Arial, sans-serif; padding: 8px 16px; margin-bottom: 12px">Next patient</button>
      <opioid-plan-context .plan=${plans[0]} today=${DEMO_TODAY}>
        <opioid-plan-card compact style="margin-bottom: 12px"></opioid-plan-card>
        <opioid-plan-card></opioid-plan-card>
      </opioid-plan-context>
    </div>`;
  },
};

/** A plan with markup, right-to-left marks and long free text: every card inside shows it as text. */
export const HostileTextPlan: Story = {
  render: () => html`<opioid-plan-context .plan=${hostileTextPlan} today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** Markup in an attribute value: the error quotes it as text, never as HTML. */
export const HostileAttribute: Story = {
  render: () => html`<opioid-plan-context .plan=${chronicHighDose} today=${DEMO_TODAY} guidance=${'<img src=x onerror=alert(1)>'}>
    <opioid-plan-card compact></opioid-plan-card>
  </opioid-plan-context>`,
};

/** `guidance="us"` on the context: every card inside reads the UK plan by CDC 2022 (MME). */
export const GuidanceOverride: Story = {
  render: () => html`<opioid-plan-context .plan=${chronicHighDose} guidance="us" locale="en-US" today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** The context's plan fails validation: an alert says why, and the cards show no numbers. */
export const InvalidPlan: Story = {
  render: () => html`<opioid-plan-context .plan=${invalidPlan} today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** Broken JSON in the child script. */
export const InvalidJsonScript: Story = {
  render: () => html`<opioid-plan-context today=${DEMO_TODAY}>
    <script type="application/json">${invalidPlanJson}</script>
    <opioid-plan-card compact></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A `today` attribute that is not a calendar date is an error too: due dates would be wrong. */
export const InvalidToday: Story = {
  render: () => html`<opioid-plan-context .plan=${chronicHighDose} today="21/11/2026">
    <opioid-plan-card compact></opioid-plan-card>
  </opioid-plan-context>`,
};

/**
 * FHIR in: an EPR's Bundle (dm+d-coded MedicationRequests, a GP MedicationStatement with a text-only
 * dose, a stopped codeine order, pregabalin) in a child `<script type="application/fhir+json">`, read
 * with the dm+d table (`fhir-codes="dmd"`, loaded on demand). The card says under each line what was
 * assumed and lists what it did not count.
 */
export const FhirBundle: Story = {
  render: () => html`<opioid-plan-context today=${DEMO_TODAY} fhir-codes="dmd" indication="chronic-non-cancer">
    <script type="application/fhir+json">${JSON.stringify(eprRecord)}</script>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A dose read from free text (GP records send dosage as text): the row says "dose read from text: check". */
export const FhirDoseReadFromText: Story = {
  render: () => html`<opioid-plan-context .fhir=${textDoseRecord} today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A dose no reader can safely count ("Take as directed"): listed with why, and the total is incomplete, in words. */
export const FhirUnreadableDose: Story = {
  render: () => html`<opioid-plan-context .fhir=${unreadableDoseRecord} fhir-codes="dmd" today=${DEMO_TODAY}>
    <opioid-plan-card compact style="margin-bottom: 12px"></opioid-plan-card>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** A stopped order still in the record: listed as not active, never totalled; the total stays complete. */
export const FhirStoppedOrder: Story = {
  render: () => html`<opioid-plan-context .fhir=${stoppedOrderRecord} fhir-codes="dmd" today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** The record's words in Spanish (a draft: allow-draft-locales). */
export const FhirInSpanish: Story = {
  render: () => html`<opioid-plan-context .fhir=${unreadableDoseRecord} fhir-codes="dmd" today=${DEMO_TODAY} locale="es" allow-draft-locales>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};

/** Something that is not FHIR given as FHIR: the context's error block (role="alert") and `opioid-error`. */
export const InvalidFhirNotABundle: Story = {
  render: () => html`<opioid-plan-context .fhir=${notFhir} today=${DEMO_TODAY}>
    <opioid-plan-card></opioid-plan-card>
  </opioid-plan-context>`,
};
