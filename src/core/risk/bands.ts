/**
 * Which overdose figure fits a daily dose. Dunn KM et al., Ann Intern Med 2010;152:85 (9,940 people on
 * long-term opioids for chronic non-cancer pain) gave overdose rates per year for half-open dose bands:
 * 1 to < 20, 20 to < 50, 50 to < 100 and ≥ 100 mg/day (REFERENCE.md §5). A dose outside every band of
 * the pack (below 1 mg/day in the default pack), 0, a negative dose or anything that is not a number
 * gets no band: the explainer says it has no figure rather than interpolating one.
 */
import type { OverdoseBand, RiskPack } from './pack-schema.js';
import { roundMg } from '../text.js';

function contains(band: OverdoseBand, dose: number): boolean {
  if (dose < band.atLeast) return false;
  if (band.atMost !== undefined) return dose <= band.atMost;
  if (band.below !== undefined) return dose < band.below;
  return true;
}

/**
 * The band of `pack.overdose` that `dose` (OME/MME mg per day) falls in, or `undefined` when none does
 * or the dose is not a usable number. Never throws.
 */
export function overdoseBand(dose: unknown, pack: Pick<RiskPack, 'overdose'>): OverdoseBand | undefined {
  if (typeof dose !== 'number' || !Number.isFinite(dose) || dose <= 0) return undefined;
  const bands: unknown = pack?.overdose?.bands;
  if (!Array.isArray(bands)) return undefined;
  // Placed as it is shown (`roundMg`): a dose shown as "20" is in the 20–50 band, never the band below.
  const shown = roundMg(dose);
  return (bands as OverdoseBand[]).find((band) => contains(band, shown));
}
