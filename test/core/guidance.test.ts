import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  doseBand, guidanceProfile, resolveGuidance, UK_HIGH_DOSE_DEFAULT, UK_HIGH_DOSE_OLDER, type DoseBandId,
} from '../../src/core/guidance.js';
import { catalogueFor, wordsFor } from '../../src/locales/index.js';

describe('guidance profiles', () => {
  it('describes the UK guidance: OME, 90 mg/day high dose, 300 mg/day specialist referral, no naloxone threshold [T-FLAG-038]', () => {
    const uk = guidanceProfile('uk');
    expect(uk).to.include({
      id: 'uk', unit: 'OME', thresholdMeaning: 'high-dose', thresholdSetLocally: false,
      highDoseThreshold: 90, naloxoneThreshold: undefined, specialistReferralThreshold: 300,
    });
    expect(uk.highDoseSource).to.match(/Opioids Aware .*2025/);
    expect(UK_HIGH_DOSE_DEFAULT).to.equal(90);
    expect(UK_HIGH_DOSE_OLDER).to.equal(120);
  });

  it('describes the US guidance: MME, 50 MME/day threshold and naloxone, no specialist referral threshold [T-FLAG-039]', () => {
    const us = guidanceProfile('us');
    expect(us).to.include({
      id: 'us', unit: 'MME', thresholdMeaning: 'reassess', thresholdSetLocally: false,
      highDoseThreshold: 50, naloxoneThreshold: 50, specialistReferralThreshold: undefined,
    });
    expect(us.highDoseSource).to.match(/CDC .*2022, recommendation 4/);
  });

  it('reads anything that is not a known guidance as UK [T-FLAG-040]', () => {
    for (const value of [undefined, null, 'UK', 'US ', 'gb', 42, {}, ['us']]) {
      expect(guidanceProfile(value).id, String(value)).to.equal('uk');
      expect(resolveGuidance(value)).to.equal('uk');
    }
    expect(guidanceProfile().id).to.equal('uk');
    expect(resolveGuidance('us')).to.equal('us');
  });

  it('the catalogue carries the cautions for every total, in the guidance’s own unit [T-OME-040]', () => {
    for (const [guidance, unit, other] of [['uk', 'OME', 'MME'], ['us', 'MME', 'OME']] as const) {
      expect(guidanceProfile(guidance).unit).to.equal(unit);
      const text = catalogueFor('en-GB').cautions(unit).join(' ');
      expect(text, guidance).to.contain('approximate and do not account for individual variation');
      expect(text).to.contain('must not be used to calculate a dose when switching opioids');
      expect(text).to.contain('25–50% lower');
      expect(text).to.contain('Methadone and fentanyl patches need particular caution');
      expect(text).to.contain('opioid substitution treatment');
      expect(text).to.contain(`the ${unit} total is incomplete`);
      expect(text).to.contain(`(${unit})`);
      expect(text).to.not.contain(other);
    }
  });

  it('takes a locally configured high-dose threshold and says which default it replaced [T-FLAG-041]', () => {
    const uk = guidanceProfile('uk', { highDoseThreshold: UK_HIGH_DOSE_OLDER });
    expect(uk.highDoseThreshold).to.equal(120);
    expect(uk.thresholdSetLocally).to.equal(true);
    expect(uk.replacedThreshold).to.equal(90);
    expect(uk.highDoseSource).to.match(/^Opioids Aware/);
    expect(doseBand(100, uk)?.params).to.deep.include({ setLocally: true, replacedThreshold: 90 });
    const us = guidanceProfile('us', { highDoseThreshold: 90 });
    expect(us.highDoseThreshold).to.equal(90);
    expect(us.replacedThreshold).to.equal(50);
    expect(us.highDoseSource).to.match(/CDC/);
    expect(us.naloxoneThreshold).to.equal(50);
  });

  it('keeps the default for a threshold that is not a positive finite number [T-FLAG-042]', () => {
    const defaultSource = guidanceProfile('uk').highDoseSource;
    for (const highDoseThreshold of [0, -90, Number.NaN, Infinity, '120', null]) {
      const profile = guidanceProfile('uk', { highDoseThreshold: highDoseThreshold as number });
      expect(profile.highDoseThreshold, String(highDoseThreshold)).to.equal(90);
      expect(profile.highDoseSource).to.equal(defaultSource);
      expect(profile.thresholdSetLocally).to.equal(false);
    }
    expect(guidanceProfile('uk', { highDoseThreshold: 90 }).highDoseSource).to.equal(defaultSource);
  });
});

describe('dose bands', () => {
  const uk = guidanceProfile('uk');
  const us = guidanceProfile('us');

  it('places UK totals against 90 and 300 mg/day OME [T-FLAG-043]', () => {
    expect(doseBand(0, uk)).to.deep.equal({
      id: 'below-threshold', params: { threshold: 90, unit: 'OME' }, threshold: 90, source: uk.highDoseSource,
    });
    expect(doseBand(89.9, uk)?.id).to.equal('below-threshold');
    expect(doseBand(90, uk)).to.deep.equal({
      id: 'high-dose', params: { threshold: 90, unit: 'OME' }, threshold: 90, source: uk.highDoseSource,
    });
    expect(doseBand(299.94, uk)?.id).to.equal('high-dose');
    const referral = doseBand(300, uk);
    expect(referral).to.deep.include({ id: 'specialist-referral', params: { threshold: 300, unit: 'OME' }, threshold: 300 });
    expect(referral?.source).to.match(/Sheffield .*Opioids Aware/);
  });

  it('places US totals against 50 MME/day and offers naloxone there; no referral band [T-FLAG-044]', () => {
    expect(doseBand(49, us)).to.deep.equal({
      id: 'below-threshold', params: { threshold: 50, unit: 'MME' }, threshold: 50, source: us.highDoseSource,
    });
    // CDC 2022 rec. 4: 50 MME/day is not a "high dose" and not a point to taper.
    expect(doseBand(50, us)).to.deep.equal({
      id: 'reassess', params: { threshold: 50, unit: 'MME', naloxone: true }, threshold: 50, source: us.highDoseSource,
    });
    expect(doseBand(1000, us)?.id).to.equal('reassess');
    expect(JSON.stringify([doseBand(49, us), doseBand(50, us), doseBand(1000, us)])).to.not.match(/high.dose|taper/i);
  });

  it('uses a locally configured threshold [T-FLAG-045]', () => {
    const older = guidanceProfile('uk', { highDoseThreshold: 120 });
    expect(doseBand(100, older)).to.deep.include({ id: 'below-threshold', params: { threshold: 120, unit: 'OME', setLocally: true, replacedThreshold: 90 } });
    expect(doseBand(120, older)).to.include({ id: 'high-dose', threshold: 120, source: older.highDoseSource });
    // Below CDC's naloxone threshold, a lower local threshold does not claim naloxone is due.
    expect(doseBand(45, guidanceProfile('us', { highDoseThreshold: 40 }))).to.deep.include({ id: 'reassess', params: { threshold: 40, unit: 'MME', naloxone: false, setLocally: true, replacedThreshold: 50 } });
  });

  it('gives no band for a total it cannot place [T-FLAG-046]', () => {
    for (const total of [Number.NaN, -1, -0.0001, Infinity, -Infinity]) {
      expect(doseBand(total, uk), String(total)).to.equal(undefined);
    }
    expect(doseBand('120' as unknown as number, uk)).to.equal(undefined);
    expect(doseBand(120, null as never)).to.equal(undefined);
    expect(doseBand(120, { ...uk, highDoseThreshold: Number.NaN })).to.equal(undefined);
  });

  it('property: never throws, and the band never goes down as the total goes up [T-FLAG-047]', () => {
    const rank: Partial<Record<DoseBandId, number>> = { 'below-threshold': 0, 'high-dose': 1, reassess: 1, 'specialist-referral': 2 };
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (guidance, options, total) => {
      const profile = guidanceProfile(guidance, options as { highDoseThreshold?: number });
      doseBand(total as number, profile);
      doseBand(total as number, options as never);
    }));
    fc.assert(fc.property(
      fc.constantFrom('uk', 'us'), fc.double({ min: 1, max: 500, noNaN: true }),
      fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }),
      (guidance, threshold, a, b) => {
        const profile = guidanceProfile(guidance, { highDoseThreshold: threshold });
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[doseBand(low, profile)!.id]).to.be.at.most(rank[doseBand(high, profile)!.id]!);
      },
    ));
  });
});

describe('daily doses in words (one formatter for every element: the catalogue\'s `dose`)', () => {
  const uk = guidanceProfile('uk');
  const us = guidanceProfile('us');

  it('writes each guidance\'s unit, rounded for reading with the locale\'s grouping, and names the guidance [T-OME-041]', () => {
    const gb = wordsFor('en-GB');
    expect(gb.dose(120, uk.unit)).to.equal('120 mg/day OME');
    expect(gb.dose(60, us.unit)).to.equal('60 MME/day');
    expect(gb.dose(1200, uk.unit)).to.equal('1,200 mg/day OME');
    expect(wordsFor('en-US').dose(52.4567, us.unit)).to.equal('52.5 MME/day');
    expect(gb.dose(2.256, us.unit)).to.equal('2.26 MME/day');
    expect(gb.dose(90, 'OME', false)).to.equal('90 mg OME');
    expect(gb.dose(50, 'MME', false)).to.equal('50 MME');
    // Never a unit without its number.
    for (const bad of [Number.NaN, Infinity, '90', undefined]) expect(gb.dose(bad, 'OME'), String(bad)).to.equal('');
    const { guidance, unit } = catalogueFor('en-GB');
    expect(guidance.label(guidance.uk, unit.OME.long, 'OME')).to.equal('UK: Opioids Aware (FPM/RCoA, 2020) — oral morphine equivalent (OME)');
    expect(guidance.label(guidance.us, unit.MME.long, 'MME')).to.equal('US: CDC Clinical Practice Guideline (2022) — morphine milligram equivalents (MME)');
  });

  it('C5: the UK 90 mg/day default is cited as the reported 2025 Opioids Aware update [T-FLAG-048]', () => {
    expect(uk.highDoseSource).to.contain('reported');
    expect(uk.highDoseCitation).to.equal('Opioids Aware, reported 2025 update');
    expect(us.highDoseCitation).to.equal('CDC 2022, recommendation 4');
    // A local threshold keeps the guidance's citation as data and says it was set locally (the catalogue words it).
    expect(guidanceProfile('uk', { highDoseThreshold: 120 })).to.include({ highDoseCitation: 'Opioids Aware, reported 2025 update', thresholdSetLocally: true });
  });
});

describe('dose bands for an incomplete total (L1: one rule, in the core)', () => {
  const uk = guidanceProfile('uk');
  const us = guidanceProfile('us');

  it('an incomplete total below the threshold cannot be placed, and says so [T-FLAG-049]', () => {
    expect(doseBand(45, uk, { complete: false })).to.deep.equal({
      id: 'incomplete', params: { threshold: 90, unit: 'OME' }, threshold: 90, source: uk.highDoseSource,
    });
    expect(doseBand(0, us, { complete: false })?.id).to.equal('incomplete');
  });

  it('an incomplete total that already reaches a threshold is placed there: missing lines can only add to it [T-FLAG-050]', () => {
    expect(doseBand(90, uk, { complete: false })?.id).to.equal('high-dose');
    expect(doseBand(300, uk, { complete: false })?.id).to.equal('specialist-referral');
    expect(doseBand(50, us, { complete: false })?.id).to.equal('reassess');
  });

  it('a complete total (the default) is placed as before [T-FLAG-051]', () => {
    expect(doseBand(45, uk, { complete: true })?.id).to.equal('below-threshold');
    expect(doseBand(45, uk)?.id).to.equal('below-threshold');
    expect(doseBand(45, uk, 'nonsense' as never)?.id).to.equal('below-threshold');
  });
});
