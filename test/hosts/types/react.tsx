// Compiled (not run) by test/hosts/types.test.mjs with React 19's types: the elements in TSX through
// 'opioid-elements/types/jsx' (generated from custom-elements.json), with the core's input types.
import type {} from 'opioid-elements/types/jsx';
import { useRef } from 'react';
import type { OpioidPlanInput } from 'opioid-elements/core';
import type { OpioidPlanCard, OpioidStopDatePrompt } from 'opioid-elements';

const plan: OpioidPlanInput = {
  id: 'types-react', indication: 'acute', startDate: '2026-11-20', stopDate: '2026-11-25',
  medications: [{ drug: 'oxycodone', route: 'oral', strength: { value: 5, unit: 'mg' }, asNeeded: true, maxDosesPerDay: 4 }],
};

export function Discharge() {
  const card = useRef<OpioidPlanCard>(null);
  const prompt = useRef<OpioidStopDatePrompt>(null);
  return (
    <opioid-plan-context plan={plan} today="2026-11-21">
      <opioid-plan-card ref={card} compact heading-level={3} />
      <opioid-taper-chart start="2026-11-21" dose="40" percent="10" interval-days="14" basis="original" />
      <opioid-risk-explainer dose={60} audience="patient" />
      <opioid-stop-date-prompt ref={prompt} name="stop" indication="acute" required
        onopioid-stop-date-change={(event) => console.log(event)} />
      {/* @ts-expect-error: not a property of the plan card */}
      <opioid-plan-card plans={[plan]} />
      {/* @ts-expect-error: a misspelt plan field is a type error, not a silent empty card */}
      <opioid-plan-card plan={{ id: 'x', medicationz: [] }} />
    </opioid-plan-context>
  );
}

export function assignInCode(card: OpioidPlanCard): void {
  card.plan = plan;
  card.plan = JSON.stringify(plan);
  // @ts-expect-error: `medicationz` is not a plan field
  card.plan = { id: 'x', indication: 'acute', medicationz: [] };
}
