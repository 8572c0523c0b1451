import { css } from 'lit';

export const planContextStyles = css`
  /* A transparent wrapper: it adds no box styling of its own around the host's widgets. */
  :host { display: block; }
  .error { margin-block-end: var(--opioid-plan-context-gap, var(--_space)); }
`;
