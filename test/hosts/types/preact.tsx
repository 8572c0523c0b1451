/** @jsxImportSource preact */
// Compiled (not run) by test/hosts/types.test.mjs with Preact's types: the same generated JSX types.
import type {} from 'opioid-elements/types/jsx';

export function Card({ plan }: { plan: string }) {
  return (
    <div>
      <opioid-plan-card plan={plan} compact />
      <opioid-stop-date-prompt name="stop" start="2026-11-20" />
      {/* @ts-expect-error: not a property of the plan card */}
      <opioid-plan-card plans={[plan]} />
    </div>
  );
}
