/**
 * Which overdose figure fits a daily dose. Dunn KM et al., Ann Intern Med 2010;152:85 (9,940 people on
 * long-term opioids for chronic non-cancer pain) gave overdose rates per year for 1–20, 50–99 and
 * ≥ 100 mg/day; the en-GB pack holds them as bands. A dose between bands (20–49 in that study), 0, a
 * negative dose or anything that is not a number gets no band: the explainer says it has no figure
 * rather than interpolating one (REFERENCE.md §5).
 */
import type { OverdoseBand, RiskPack } from './pack-schema.js';

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
  return (bands as OverdoseBand[]).find((band) => contains(band, dose));
}
