import { isServer } from 'lit';
import { ContextEvent } from '@lit/context';
import { planContext, type PlanContextValue } from './plan-context-key.js';

/**
 * The plan of the surrounding `<opioid-plan-context>` during a server render (Lit SSR), asked for once
 * from `willUpdate`; undefined in the browser, where the widget's context consumer does this on
 * connection.
 *
 * Why: Lit SSR calls neither `connectedCallback` nor the controllers' `hostConnected` unless the server
 * opts in, so a consumer never asks and a card inside a context would render "no plan" on a page that
 * has one. Lit SSR does pass events up from a child to the elements around it while it renders, and
 * the provider listens from its constructor and has its value before its children render, so one
 * plain request answers at once.
 */
export function planFromServerContext(host: HTMLElement): PlanContextValue | undefined {
  if (!isServer) return undefined;
  let value: PlanContextValue | undefined;
  try {
    host.dispatchEvent(new ContextEvent(planContext, host, (provided) => { value = provided; }, false));
  } catch {
    // An SSR DOM shim without events: the widget renders on its own inputs.
  }
  return value;
}
