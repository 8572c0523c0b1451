/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["wording en-GB"] = 
`
flag.invalid-plan.plan: This plan could not be checked for risks: Medicines must have at least 1 item. Start date is required.
flag.invalid-plan.today: This plan could not be checked for risks: today's date is missing or is not a calendar date written YYYY-MM-DD.
flag.invalid-plan.unreadable: This plan could not be checked for risks: it could not be read.
flag.invalid-threshold.out-of-range: The locally set threshold (1,200) is not a plausible daily dose: it must be between 20 and 500 mg/day. No dose check was run; correct the setting.
flag.invalid-threshold.not-a-number: The locally set threshold (not a number) is not a plausible daily dose: it must be between 20 and 500 mg/day. No dose check was run; correct the setting.
flag.implausible-total: The OME total is implausibly large (over 10,000 mg/day OME), so it is not shown. Check each dose and its unit (micrograms or mg).
flag.high-dose.uk: Total 120 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-incomplete: Total is at least 90 mg/day OME (not every medicine could be counted), which is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-set-locally: Total 120 mg/day OME is at or above the high-dose threshold of 120 mg/day OME (set locally). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-set-locally-above-referral: Total 320 mg/day OME is below the high-dose threshold of 400 mg/day OME (set locally). At 300 mg/day OME or more, refer to specialist pain services.
flag.high-dose.specialist-referral: Total 320 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). At 300 mg/day OME or more, refer to specialist pain services.
flag.high-dose.information-cancer: Total 400 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). For information: in cancer pain the dose follows the illness; review it as the illness changes.
flag.high-dose.information-end-of-life: Total 400 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). For information: in end-of-life care the dose follows the illness; review it as the illness changes.
flag.reassess-dose: Total 60 MME/day is at or above 50 MME/day: reassess benefits and risks before any increase (CDC 2022, recommendation 4).
flag.reassess-dose.incomplete: Total is at least 60 MME/day (not every medicine could be counted), which is at or above 50 MME/day: reassess benefits and risks before any increase (CDC 2022, recommendation 4).
flag.naloxone.dose: Naloxone is not recorded as supplied, and the total is 50 MME/day (50 MME/day or more). Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.incomplete-dose-benzodiazepine-overdose: Naloxone is not recorded as supplied, and the total is at least 60 MME/day (50 MME/day or more), a benzodiazepine is co-prescribed and there is a history of overdose. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.substance-use-disorder: Naloxone is not recorded as supplied, and there is a history of substance use disorder. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.substitution: Naloxone is not recorded as supplied, and the patient is in opioid substitution treatment (a substance use disorder). Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.benzodiazepine.named: A benzodiazepine (diazepam) is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.benzodiazepine.two-named: A benzodiazepine (diazepam and lorazepam) is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.benzodiazepine.unnamed: A benzodiazepine is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.gabapentinoid.named: A gabapentinoid (pregabalin) is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).
flag.gabapentinoid.unnamed: A gabapentinoid is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).
flag.opioid-substitution.concurrent: The patient is in opioid substitution treatment (buprenorphine). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Morphine is counted as a medicine for pain.
flag.opioid-substitution.assumed-and-analgesic: The patient is in opioid substitution treatment (methadone). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Methadone has no stated purpose and is read as substitution treatment because the plan is for opioid use disorder. Oxycodone is counted as a medicine for pain.
flag.opioid-substitution.acute: The patient is in opioid substitution treatment (methadone). Short-term opioids for acute pain are widely accepted alongside it; if they continue, they need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Morphine is counted as a medicine for pain.
flag.opioid-substitution.us-line: The patient is in opioid substitution treatment (methadone). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to MME (CDC 2022). Morphine is counted as a medicine for pain.
flag.over-the-counter.product: Bought over the counter: Co-codamol 30/500. It is counted in the total. Ask how much is taken and for how long; reliance on over-the-counter codeine may need an addiction service.
flag.over-the-counter.drug: Bought over the counter: codeine. It is counted in the total. Ask how much is taken and for how long; reliance on over-the-counter codeine may need an addiction service.
flag.methadone-conversion.uk: Methadone has no OME factor in the UK, so it is not in the total. Any conversion to or from methadone needs specialist advice (Opioids Aware 2020).
flag.methadone-conversion.us: Methadone is counted with the CDC 2022 factor of 4.7 MME per mg, an approximation: its effect varies between people and builds up over days. Do not use it to calculate a switch; seek specialist advice (CDC 2022).
flag.incomplete-total.part-counted: The OME total is incomplete: 20 mg/day OME counted, without oxymorphone and hydrocodone. Oxymorphone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor. Hydrocodone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor.
flag.incomplete-total.none-counted: No MME total can be given: buprenorphine could not be counted. Buprenorphine is excluded from MME in the CDC 2022 guideline because it is a partial agonist with a ceiling effect.
flag.acute-over-7-days.planned: The planned acute course is 10 days, longer than 7. For acute pain, prescribe no more than is needed for the expected duration of pain severe enough to need opioids; reassess the need (CDC 2022, recommendation 6).
flag.acute-over-7-days.so-far: This acute prescription started 13 days ago and has no stop date. For acute pain, prescribe no more than is needed for the expected duration of pain severe enough to need opioids; reassess the need (CDC 2022, recommendation 6).
flag.long-term: Opioids started on 30 June 2025, more than 3 months ago. Use beyond 3 months for non-cancer pain increases the risk of dependence and addiction; review the benefit with the patient (MHRA 2020).
flag.review-overdue.one-day: The review was due on 4 March 2026 and is overdue by 1 day.
flag.review-overdue.days: The review was due on 20 February 2026 and is overdue by 13 days.
flag.no-stop-date.acute: No stop date is set for this acute prescription. Agree the end of treatment before starting and give the GP a clear stop date (MHRA 2020; OUCh).
flag.no-stop-date.chronic: No stop date or end-of-treatment plan is recorded. Agree with the patient how and when treatment will end (MHRA 2020).
flag.no-review-date: No review date is set. Review within 1–4 weeks of starting or increasing, then at least every 3 months (CDC 2022).
flag.outside-guideline-scope.cancer: No dose advice is given: the CDC 2022 guideline does not cover cancer pain. The MME total is shown for information.
flag.outside-guideline-scope.end-of-life: No dose advice is given: the CDC 2022 guideline does not cover palliative or end-of-life care. The MME total is shown for information.
issue.required.field: Indication is required.
issue.required.nested: Route is required.
issue.wrong-type.object: Strength must be an object, not text.
issue.wrong-type.number: Doses per day must be a number, not text.
issue.wrong-type.list: Medicines must be a list, not text.
issue.wrong-type.null: Goals must be a list, not null.
issue.wrong-type.boolean: Naloxone supplied must be true or false, not text.
issue.wrong-type.non-finite: Strength must be a number, not infinity or not-a-number.
issue.wrong-type.input: This value must be an object, not a number.
issue.unknown-field: “stopdate” is not a field this library knows; check its spelling.
issue.not-one-of: Route must be one of: oral, transdermal, sublingual.
issue.too-few-items: Medicines must have at least 1 item.
issue.too-many-items: Medicines must have at most 20 items.
issue.empty-text: Goals must not be empty.
issue.text-too-long: Product name must be at most 200 characters.
issue.too-small.exclusive: Strength must be more than 0.
issue.too-small.inclusive: Days between reductions must be at least 1.
issue.too-big: Doses per day must be at most 24.
issue.unreadable: This value could not be read.
issue.invalid-json: The plan is not valid JSON (check for a missing quote, comma or bracket).
issue.pack-invalid-json: The content pack is not valid JSON (check for a missing quote, comma or bracket).
issue.rule: This value must name its source.
issue.unit-for-route: Unit must be mg for the oral route.
issue.dose-too-large.oral: Strength must be at most 2000 mg a dose (check the unit: is it micrograms?).
issue.dose-too-large.patch: Strength must be at most 200 micrograms/hour for one patch (for patches worn together, give patchCount or write one line per patch).
issue.not-a-patch-drug: Route cannot be transdermal: morphine does not come as a patch.
issue.patch-doses-per-day: Doses per day cannot be given for a patch: a patch is dosed by its rate in micrograms/hour. For two patches worn together give patchCount: 2, or write one line per patch.
issue.patch-as-needed: As needed cannot be given for a patch, which is worn continuously.
issue.patch-count-not-patch: Patches worn together is only for patches.
issue.max-doses-needs-as-needed: Most doses in a day is only for as-needed medicines: add asNeeded: true, or give dosesPerDay for regular doses.
issue.doses-per-day-required: Doses per day is required (or, for an as-needed medicine, the most doses allowed in a day).
issue.purpose-not-substitution: Purpose cannot be opioid use disorder for oxycodone: only methadone or buprenorphine can be substitution treatment, so oxycodone is counted as a medicine for pain.
issue.substitution-drug-required: Drug is required for opioid substitution treatment (methadone or buprenorphine).
issue.before-start: Stop date must not be before the start date.
issue.not-a-date: Start date must be a real calendar date written YYYY-MM-DD (for example 2026-03-05).
issue.pack-digits: intro must not contain digits: give numbers as a figure's count, where they carry their source.
issue.pack-placeholder: yourDose must not contain {amount}: use only {dose}.
issue.pack-placeholder.none-allowed: title must not contain {dose}: this text takes no placeholders.
issue.pack-brace: title must not contain a { or } that is not part of a {placeholder}.
issue.pack-slug: id must be lower-case letters, digits and hyphens, starting with a letter.
issue.pack-locale: locale must be a language tag such as en-GB.
issue.pack-range-order: high must be more than low.
issue.pack-group-missing: sentence must not use {comparisonCount}: this figure has no comparison group.
issue.pack-count-kind: sentence must not use {count}: the main count is a range.
issue.pack-count-above-denominator: count must not be more than the denominator (100).
issue.pack-below-with-at-most: below must not be given together with atMost.
issue.pack-band-top-order: atMost must be more than atLeast.
issue.pack-band-overlap: atLeast must not overlap the band “low”.
issue.pack-id-twice: id must be unique: “pain” is used twice.
issue.minimum-at-or-above-start: Smallest dose must be below the starting dose: as written, the taper would stop at once.
issue.start-too-late: Start date is too late: the schedule would run past the year 9999.
issue.pause-on-stop.one-reduction: Pause step must be 0: this schedule goes from the starting dose straight to stopping.
issue.pause-on-stop.reductions: Pause step must be between 0 and 9: this schedule has 10 reductions.
issue.too-many-intervals: Reduction percentage is too small: this taper would take more than 400 intervals to stop (use a larger percentage or a larger smallest dose).
issue.too-many-intervals.rounded: Reduction percentage is too small: this taper would take more than 400 intervals to stop (use a larger percentage or a larger smallest dose, or round to a different step).
band.below-threshold.uk: Below the high-dose threshold of 90 mg/day OME
band.below-threshold.us: Below 50 MME/day: reassess benefits and risks before any increase to 50 or more
band.incomplete.uk: Cannot be compared with the high-dose threshold of 90 mg/day OME: the total is incomplete
band.incomplete.us: Cannot be compared with 50 MME/day: the total is incomplete
band.high-dose: At or above the high-dose threshold of 90 mg/day OME: review the plan with the patient
band.reassess.naloxone: At or above 50 MME/day: reassess benefits and risks before any increase; offer naloxone
band.reassess.local-below-naloxone: At or above 40 MME/day: reassess benefits and risks before any increase
band.information: At or above the high-dose threshold of 90 mg/day OME, for information: in cancer pain and at the end of life the dose follows the illness
band.specialist-referral: At or above 300 mg/day OME: refer to specialist services
band.outside-scope: No dose advice: CDC 2022 does not cover cancer pain, palliative or end-of-life care
band.implausible: Not shown: a total above 10,000 mg/day OME is almost certainly a unit or typing error; check every dose
ome.not-licensed-uk: Oxymorphone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor.
ome.specialist-advice: Methadone has no fixed OME factor: conversions should always be undertaken with specialist advice (Opioids Aware, 2020).
ome.not-in-uk-table: Sublingual buprenorphine is not in the Opioids Aware (2020) dose-equivalence table, so it has no OME factor.
ome.not-in-us-table: Dihydrocodeine is not listed in the CDC 2022 conversion table, so it has no MME factor.
ome.partial-agonist: Buprenorphine is excluded from MME in the CDC 2022 guideline because it is a partial agonist with a ceiling effect.
ome.route-not-in-table: Fentanyl by the sublingual route is not in the Opioids Aware (2020) table, so it has no OME factor.
ome.opioid-use-disorder: Methadone for opioid use disorder is not converted to MME: conversion factors "should not be applied to dosage decisions related to the management of opioid use disorder" (CDC 2022).
ome.not-an-object: This medicine line cannot be used: it must be an object with drug, route, strength and doses per day.
ome.invalid-line: This medicine line cannot be used: Strength must be more than 0.
ome.too-large: This medicine line cannot be used: the daily dose is too large to be a real dose.
taper.linear.description: 10% of the original dose every 14 days (linear)
taper.linear.summary: from 60 mg to 0 over 154 days in 10 steps
taper.linear.note-1.lowest-dose-extended: The lowest dose (6 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.linear.daily.description: 10% of the original dose every day (linear)
taper.linear.daily.summary: from 60 mg to 0 over 11 days in 10 steps
taper.linear.daily.note-1.faster-than-opioids-aware: Reducing 10% every day is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.
taper.linear.daily.note-2.lowest-dose-extended: The lowest dose (6 mg) is kept for 2 days, 1 day longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.current.smallest-dose.description: 10% of the current dose every 28 days (each reduction smaller than the last); stops below 10 mg
taper.current.smallest-dose.summary: from 100 mg to 0 over 644 days in 22 steps
taper.current.smallest-dose.note-1.lowest-dose-extended: The lowest dose (10.94 mg) is kept for 56 days, 28 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.current.smallest-dose.note-2.final-cut-larger-than-planned: Stopping from 10.94 mg is a larger reduction than the planned 10 mg, because no smaller dose can be given. Consider spacing the doses out (taking them less than once a day) before stopping (CDC 2022).
taper.current.largest-cut.description: 10% of the current dose every 28 days (each reduction smaller than the last); stops once the dose is 10 mg or less (no more than one planned reduction)
taper.current.largest-cut.summary: from 100 mg to 0 over 672 days in 23 steps
taper.current.largest-cut.note-1.lowest-dose-extended: The lowest dose (9.85 mg) is kept for 56 days, 28 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.rounded.description: 10% of the original dose every 14 days (linear), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 28 days longer than planned (12 reductions rather than 10); stops below 10 mg
taper.rounded.summary: from 120 mg to 0 over 182 days in 12 steps
taper.rounded.note-1.rounding-lengthens: Rounding to 10 mg makes this taper 28 days longer than the unrounded plan: each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).
taper.rounded.note-2.lowest-dose-extended: The lowest dose (10 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.rounded.held-start-not-multiple.description: 10% of the current dose every 14 days (each reduction smaller than the last), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 14 days longer than planned (5 reductions rather than 15); stops below 10 mg
taper.rounded.held-start-not-multiple.summary: from 45 mg to 0 over 238 days in 5 steps
taper.rounded.held-start-not-multiple.note-1.rounding-lengthens: Rounding to 10 mg makes this taper 14 days longer than the unrounded plan: each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).
taper.rounded.held-start-not-multiple.note-2.start-not-multiple: The starting dose (45 mg) is not a multiple of 10 mg; the later doses are.
taper.rounded.held-start-not-multiple.note-3.held-for-rounding: Where rounding the planned dose up to 10 mg would not lower the dose, the dose is kept for longer instead (at 45 mg, 40 mg, 30 mg, 20 mg).
taper.rounded.held-start-not-multiple.note-4.lowest-dose-extended: The lowest dose (10 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.faster.description: 25% of the original dose every 7 days (linear)
taper.faster.summary: from 60 mg to 0 over 35 days in 4 steps
taper.faster.note-1.faster-than-opioids-aware: Reducing 25% every 7 days is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.
taper.faster.note-2.lowest-dose-extended: The lowest dose (15 mg) is kept for 14 days, 7 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.cdc-short-course.description: 10% of the original dose every 7 days until about 30% of it remains, then 10% of the remaining dose every 7 days; stops once the dose is 6 mg or less (no more than one planned reduction)
taper.cdc-short-course.summary: from 60 mg to 0 over 140 days in 19 steps
taper.cdc-short-course.note-1.cdc-short-course-use: CDC 2022 gives this weekly pace for people who have taken opioids for weeks to months; after a year or more, 10% a month or slower is usually better tolerated.
taper.cdc-short-course.note-2.lowest-dose-extended: The lowest dose (5.65 mg) is kept for 14 days, 7 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
`;
/* end snapshot wording en-GB */

snapshots["wording en-US"] = 
`
flag.invalid-plan.plan: This plan could not be checked for risks: Medicines must have at least 1 item. Start date is required.
flag.invalid-plan.today: This plan could not be checked for risks: today's date is missing or is not a calendar date written YYYY-MM-DD.
flag.invalid-plan.unreadable: This plan could not be checked for risks: it could not be read.
flag.invalid-threshold.out-of-range: The locally set threshold (1,200) is not a plausible daily dose: it must be between 20 and 500 mg/day. No dose check was run; correct the setting.
flag.invalid-threshold.not-a-number: The locally set threshold (not a number) is not a plausible daily dose: it must be between 20 and 500 mg/day. No dose check was run; correct the setting.
flag.implausible-total: The OME total is implausibly large (over 10,000 mg/day OME), so it is not shown. Check each dose and its unit (micrograms or mg).
flag.high-dose.uk: Total 120 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-incomplete: Total is at least 90 mg/day OME (not every medicine could be counted), which is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-set-locally: Total 120 mg/day OME is at or above the high-dose threshold of 120 mg/day OME (set locally). Review the benefit and harms with the patient and consider a taper.
flag.high-dose.uk-set-locally-above-referral: Total 320 mg/day OME is below the high-dose threshold of 400 mg/day OME (set locally). At 300 mg/day OME or more, refer to specialist pain services.
flag.high-dose.specialist-referral: Total 320 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). At 300 mg/day OME or more, refer to specialist pain services.
flag.high-dose.information-cancer: Total 400 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). For information: in cancer pain the dose follows the illness; review it as the illness changes.
flag.high-dose.information-end-of-life: Total 400 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). For information: in end-of-life care the dose follows the illness; review it as the illness changes.
flag.reassess-dose: Total 60 MME/day is at or above 50 MME/day: reassess benefits and risks before any increase (CDC 2022, recommendation 4).
flag.reassess-dose.incomplete: Total is at least 60 MME/day (not every medicine could be counted), which is at or above 50 MME/day: reassess benefits and risks before any increase (CDC 2022, recommendation 4).
flag.naloxone.dose: Naloxone is not recorded as supplied, and the total is 50 MME/day (50 MME/day or more). Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.incomplete-dose-benzodiazepine-overdose: Naloxone is not recorded as supplied, and the total is at least 60 MME/day (50 MME/day or more), a benzodiazepine is co-prescribed, and there is a history of overdose. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.substance-use-disorder: Naloxone is not recorded as supplied, and there is a history of substance use disorder. Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.naloxone.substitution: Naloxone is not recorded as supplied, and the patient is in opioid substitution treatment (a substance use disorder). Offer naloxone and overdose education to the patient and household (CDC 2022, recommendation 8).
flag.benzodiazepine.named: A benzodiazepine (diazepam) is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.benzodiazepine.two-named: A benzodiazepine (diazepam and lorazepam) is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.benzodiazepine.unnamed: A benzodiazepine is prescribed with an opioid: about 3.9 times the overdose death risk, in US veterans on opioids (Park 2015). Use together only if there is no alternative, at the lowest dose for the shortest time, and monitor for slowed breathing (MHRA 2020).
flag.gabapentinoid.named: A gabapentinoid (pregabalin) is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).
flag.gabapentinoid.unnamed: A gabapentinoid is prescribed with an opioid, which raises the risk of slowed breathing and opioid-related death. Use the lowest doses and monitor (MHRA 2020; Gomes 2017).
flag.opioid-substitution.concurrent: The patient is in opioid substitution treatment (buprenorphine). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Morphine is counted as a medicine for pain.
flag.opioid-substitution.assumed-and-analgesic: The patient is in opioid substitution treatment (methadone). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Methadone has no stated purpose and is read as substitution treatment because the plan is for opioid use disorder. Oxycodone is counted as a medicine for pain.
flag.opioid-substitution.acute: The patient is in opioid substitution treatment (methadone). Short-term opioids for acute pain are widely accepted alongside it; if they continue, they need a joint pain and addiction review and an agreed end date; substitution doses are not converted to OME (CDC 2022). Morphine is counted as a medicine for pain.
flag.opioid-substitution.us-line: The patient is in opioid substitution treatment (methadone). Opioids for pain need a joint pain and addiction review and an agreed end date; substitution doses are not converted to MME (CDC 2022). Morphine is counted as a medicine for pain.
flag.over-the-counter.product: Bought over the counter: Co-codamol 30/500. It is counted in the total. Ask how much is taken and for how long; reliance on over-the-counter codeine may need an addiction service.
flag.over-the-counter.drug: Bought over the counter: codeine. It is counted in the total. Ask how much is taken and for how long; reliance on over-the-counter codeine may need an addiction service.
flag.methadone-conversion.uk: Methadone has no OME factor in the UK, so it is not in the total. Any conversion to or from methadone needs specialist advice (Opioids Aware 2020).
flag.methadone-conversion.us: Methadone is counted with the CDC 2022 factor of 4.7 MME per mg, an approximation: its effect varies between people and builds up over days. Do not use it to calculate a switch; seek specialist advice (CDC 2022).
flag.incomplete-total.part-counted: The OME total is incomplete: 20 mg/day OME counted, without oxymorphone and hydrocodone. Oxymorphone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor. Hydrocodone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor.
flag.incomplete-total.none-counted: No MME total can be given: buprenorphine could not be counted. Buprenorphine is excluded from MME in the CDC 2022 guideline because it is a partial agonist with a ceiling effect.
flag.acute-over-7-days.planned: The planned acute course is 10 days, longer than 7. For acute pain, prescribe no more than is needed for the expected duration of pain severe enough to need opioids; reassess the need (CDC 2022, recommendation 6).
flag.acute-over-7-days.so-far: This acute prescription started 13 days ago and has no stop date. For acute pain, prescribe no more than is needed for the expected duration of pain severe enough to need opioids; reassess the need (CDC 2022, recommendation 6).
flag.long-term: Opioids started on June 30, 2025, more than 3 months ago. Use beyond 3 months for non-cancer pain increases the risk of dependence and addiction; review the benefit with the patient (MHRA 2020).
flag.review-overdue.one-day: The review was due on March 4, 2026 and is overdue by 1 day.
flag.review-overdue.days: The review was due on February 20, 2026 and is overdue by 13 days.
flag.no-stop-date.acute: No stop date is set for this acute prescription. Agree the end of treatment before starting and give the GP a clear stop date (MHRA 2020; OUCh).
flag.no-stop-date.chronic: No stop date or end-of-treatment plan is recorded. Agree with the patient how and when treatment will end (MHRA 2020).
flag.no-review-date: No review date is set. Review within 1–4 weeks of starting or increasing, then at least every 3 months (CDC 2022).
flag.outside-guideline-scope.cancer: No dose advice is given: the CDC 2022 guideline does not cover cancer pain. The MME total is shown for information.
flag.outside-guideline-scope.end-of-life: No dose advice is given: the CDC 2022 guideline does not cover palliative or end-of-life care. The MME total is shown for information.
issue.required.field: Indication is required.
issue.required.nested: Route is required.
issue.wrong-type.object: Strength must be an object, not text.
issue.wrong-type.number: Doses per day must be a number, not text.
issue.wrong-type.list: Medicines must be a list, not text.
issue.wrong-type.null: Goals must be a list, not null.
issue.wrong-type.boolean: Naloxone supplied must be true or false, not text.
issue.wrong-type.non-finite: Strength must be a number, not infinity or not-a-number.
issue.wrong-type.input: This value must be an object, not a number.
issue.unknown-field: “stopdate” is not a field this library knows; check its spelling.
issue.not-one-of: Route must be one of: oral, transdermal, sublingual.
issue.too-few-items: Medicines must have at least 1 item.
issue.too-many-items: Medicines must have at most 20 items.
issue.empty-text: Goals must not be empty.
issue.text-too-long: Product name must be at most 200 characters.
issue.too-small.exclusive: Strength must be more than 0.
issue.too-small.inclusive: Days between reductions must be at least 1.
issue.too-big: Doses per day must be at most 24.
issue.unreadable: This value could not be read.
issue.invalid-json: The plan is not valid JSON (check for a missing quote, comma or bracket).
issue.pack-invalid-json: The content pack is not valid JSON (check for a missing quote, comma or bracket).
issue.rule: This value must name its source.
issue.unit-for-route: Unit must be mg for the oral route.
issue.dose-too-large.oral: Strength must be at most 2000 mg a dose (check the unit: is it micrograms?).
issue.dose-too-large.patch: Strength must be at most 200 micrograms/hour for one patch (for patches worn together, give patchCount or write one line per patch).
issue.not-a-patch-drug: Route cannot be transdermal: morphine does not come as a patch.
issue.patch-doses-per-day: Doses per day cannot be given for a patch: a patch is dosed by its rate in micrograms/hour. For two patches worn together give patchCount: 2, or write one line per patch.
issue.patch-as-needed: As needed cannot be given for a patch, which is worn continuously.
issue.patch-count-not-patch: Patches worn together is only for patches.
issue.max-doses-needs-as-needed: Most doses in a day is only for as-needed medicines: add asNeeded: true, or give dosesPerDay for regular doses.
issue.doses-per-day-required: Doses per day is required (or, for an as-needed medicine, the most doses allowed in a day).
issue.purpose-not-substitution: Purpose cannot be opioid use disorder for oxycodone: only methadone or buprenorphine can be substitution treatment, so oxycodone is counted as a medicine for pain.
issue.substitution-drug-required: Drug is required for opioid substitution treatment (methadone or buprenorphine).
issue.before-start: Stop date must not be before the start date.
issue.not-a-date: Start date must be a real calendar date written YYYY-MM-DD (for example 2026-03-05).
issue.pack-digits: intro must not contain digits: give numbers as a figure's count, where they carry their source.
issue.pack-placeholder: yourDose must not contain {amount}: use only {dose}.
issue.pack-placeholder.none-allowed: title must not contain {dose}: this text takes no placeholders.
issue.pack-brace: title must not contain a { or } that is not part of a {placeholder}.
issue.pack-slug: id must be lower-case letters, digits and hyphens, starting with a letter.
issue.pack-locale: locale must be a language tag such as en-GB.
issue.pack-range-order: high must be more than low.
issue.pack-group-missing: sentence must not use {comparisonCount}: this figure has no comparison group.
issue.pack-count-kind: sentence must not use {count}: the main count is a range.
issue.pack-count-above-denominator: count must not be more than the denominator (100).
issue.pack-below-with-at-most: below must not be given together with atMost.
issue.pack-band-top-order: atMost must be more than atLeast.
issue.pack-band-overlap: atLeast must not overlap the band “low”.
issue.pack-id-twice: id must be unique: “pain” is used twice.
issue.minimum-at-or-above-start: Smallest dose must be below the starting dose: as written, the taper would stop at once.
issue.start-too-late: Start date is too late: the schedule would run past the year 9999.
issue.pause-on-stop.one-reduction: Pause step must be 0: this schedule goes from the starting dose straight to stopping.
issue.pause-on-stop.reductions: Pause step must be between 0 and 9: this schedule has 10 reductions.
issue.too-many-intervals: Reduction percentage is too small: this taper would take more than 400 intervals to stop (use a larger percentage or a larger smallest dose).
issue.too-many-intervals.rounded: Reduction percentage is too small: this taper would take more than 400 intervals to stop (use a larger percentage or a larger smallest dose, or round to a different step).
band.below-threshold.uk: Below the high-dose threshold of 90 mg/day OME
band.below-threshold.us: Below 50 MME/day: reassess benefits and risks before any increase to 50 or more
band.incomplete.uk: Cannot be compared with the high-dose threshold of 90 mg/day OME: the total is incomplete
band.incomplete.us: Cannot be compared with 50 MME/day: the total is incomplete
band.high-dose: At or above the high-dose threshold of 90 mg/day OME: review the plan with the patient
band.reassess.naloxone: At or above 50 MME/day: reassess benefits and risks before any increase; offer naloxone
band.reassess.local-below-naloxone: At or above 40 MME/day: reassess benefits and risks before any increase
band.information: At or above the high-dose threshold of 90 mg/day OME, for information: in cancer pain and at the end of life the dose follows the illness
band.specialist-referral: At or above 300 mg/day OME: refer to specialist services
band.outside-scope: No dose advice: CDC 2022 does not cover cancer pain, palliative or end-of-life care
band.implausible: Not shown: a total above 10,000 mg/day OME is almost certainly a unit or typing error; check every dose
ome.not-licensed-uk: Oxymorphone is not licensed in the UK, so the Opioids Aware (2020) table gives it no OME factor.
ome.specialist-advice: Methadone has no fixed OME factor: conversions should always be undertaken with specialist advice (Opioids Aware, 2020).
ome.not-in-uk-table: Sublingual buprenorphine is not in the Opioids Aware (2020) dose-equivalence table, so it has no OME factor.
ome.not-in-us-table: Dihydrocodeine is not listed in the CDC 2022 conversion table, so it has no MME factor.
ome.partial-agonist: Buprenorphine is excluded from MME in the CDC 2022 guideline because it is a partial agonist with a ceiling effect.
ome.route-not-in-table: Fentanyl by the sublingual route is not in the Opioids Aware (2020) table, so it has no OME factor.
ome.opioid-use-disorder: Methadone for opioid use disorder is not converted to MME: conversion factors "should not be applied to dosage decisions related to the management of opioid use disorder" (CDC 2022).
ome.not-an-object: This medicine line cannot be used: it must be an object with drug, route, strength and doses per day.
ome.invalid-line: This medicine line cannot be used: Strength must be more than 0.
ome.too-large: This medicine line cannot be used: the daily dose is too large to be a real dose.
taper.linear.description: 10% of the original dose every 14 days (linear)
taper.linear.summary: from 60 mg to 0 over 154 days in 10 steps
taper.linear.note-1.lowest-dose-extended: The lowest dose (6 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.linear.daily.description: 10% of the original dose every day (linear)
taper.linear.daily.summary: from 60 mg to 0 over 11 days in 10 steps
taper.linear.daily.note-1.faster-than-opioids-aware: Reducing 10% every day is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.
taper.linear.daily.note-2.lowest-dose-extended: The lowest dose (6 mg) is kept for 2 days, 1 day longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.current.smallest-dose.description: 10% of the current dose every 28 days (each reduction smaller than the last); stops below 10 mg
taper.current.smallest-dose.summary: from 100 mg to 0 over 644 days in 22 steps
taper.current.smallest-dose.note-1.lowest-dose-extended: The lowest dose (10.94 mg) is kept for 56 days, 28 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.current.smallest-dose.note-2.final-cut-larger-than-planned: Stopping from 10.94 mg is a larger reduction than the planned 10 mg, because no smaller dose can be given. Consider spacing the doses out (taking them less than once a day) before stopping (CDC 2022).
taper.current.largest-cut.description: 10% of the current dose every 28 days (each reduction smaller than the last); stops once the dose is 10 mg or less (no more than one planned reduction)
taper.current.largest-cut.summary: from 100 mg to 0 over 672 days in 23 steps
taper.current.largest-cut.note-1.lowest-dose-extended: The lowest dose (9.85 mg) is kept for 56 days, 28 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.rounded.description: 10% of the original dose every 14 days (linear), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 28 days longer than planned (12 reductions rather than 10); stops below 10 mg
taper.rounded.summary: from 120 mg to 0 over 182 days in 12 steps
taper.rounded.note-1.rounding-lengthens: Rounding to 10 mg makes this taper 28 days longer than the unrounded plan: each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).
taper.rounded.note-2.lowest-dose-extended: The lowest dose (10 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.rounded.held-start-not-multiple.description: 10% of the current dose every 14 days (each reduction smaller than the last), each dose rounded up to a multiple of 10 mg without ever reducing faster than planned, so it takes 14 days longer than planned (5 reductions rather than 15); stops below 10 mg
taper.rounded.held-start-not-multiple.summary: from 45 mg to 0 over 238 days in 5 steps
taper.rounded.held-start-not-multiple.note-1.rounding-lengthens: Rounding to 10 mg makes this taper 14 days longer than the unrounded plan: each dose is rounded up, never down, and no reduction is larger than planned, because large late cuts are the hardest to tolerate (Opioids Aware 2020: longer use, slower taper; CDC 2022: slow down at lower doses, and at the smallest strength extend the interval before stopping).
taper.rounded.held-start-not-multiple.note-2.start-not-multiple: The starting dose (45 mg) is not a multiple of 10 mg; the later doses are.
taper.rounded.held-start-not-multiple.note-3.held-for-rounding: Where rounding the planned dose up to 10 mg would not lower the dose, the dose is kept for longer instead (at 45 mg, 40 mg, 30 mg, 20 mg).
taper.rounded.held-start-not-multiple.note-4.lowest-dose-extended: The lowest dose (10 mg) is kept for 28 days, 14 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.faster.description: 25% of the original dose every 7 days (linear)
taper.faster.summary: from 60 mg to 0 over 35 days in 4 steps
taper.faster.note-1.faster-than-opioids-aware: Reducing 25% every 7 days is beyond the 5–10% every 2–6 weeks Opioids Aware describes; check this pace is intended.
taper.faster.note-2.lowest-dose-extended: The lowest dose (15 mg) is kept for 14 days, 7 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
taper.cdc-short-course.description: 10% of the original dose every 7 days until about 30% of it remains, then 10% of the remaining dose every 7 days; stops once the dose is 6 mg or less (no more than one planned reduction)
taper.cdc-short-course.summary: from 60 mg to 0 over 140 days in 19 steps
taper.cdc-short-course.note-1.cdc-short-course-use: CDC 2022 gives this weekly pace for people who have taken opioids for weeks to months; after a year or more, 10% a month or slower is usually better tolerated.
taper.cdc-short-course.note-2.lowest-dose-extended: The lowest dose (5.65 mg) is kept for 14 days, 7 days longer than the other steps, before stopping. CDC 2022: once the smallest available dose is reached, the interval between doses can be extended, and opioids may be stopped when taken less than once a day.
`;
/* end snapshot wording en-US */

snapshots["wording cy"] = 
`
flag.invalid-plan.plan: Nid oedd modd gwirio’r cynllun hwn am risgiau: Rhaid i’r maes “Meddyginiaethau” gynnwys o leiaf 1 eitem. Rhaid llenwi’r maes “Dyddiad dechrau”.
flag.invalid-plan.today: Nid oedd modd gwirio’r cynllun hwn am risgiau: mae dyddiad heddiw ar goll, neu nid yw’n ddyddiad calendr wedi’i ysgrifennu BBBB-MM-DD.
flag.invalid-plan.unreadable: Nid oedd modd gwirio’r cynllun hwn am risgiau: nid oedd modd ei ddarllen.
flag.invalid-threshold.out-of-range: Nid yw’r trothwy a osodwyd yn lleol (1,200) yn ddos dyddiol credadwy: rhaid iddo fod rhwng 20 a 500 mg y dydd. Ni chafodd y dos ei wirio; cywirwch y gosodiad.
flag.invalid-threshold.not-a-number: Nid yw’r trothwy a osodwyd yn lleol (nid yw’n rhif) yn ddos dyddiol credadwy: rhaid iddo fod rhwng 20 a 500 mg y dydd. Ni chafodd y dos ei wirio; cywirwch y gosodiad.
flag.implausible-total: Mae’r cyfanswm OME yn rhy fawr i fod yn gredadwy (dros 10,000 mg OME y dydd), felly nid yw’n cael ei ddangos. Gwiriwch bob dos a’i uned (microgramau neu mg).
flag.high-dose.uk: Mae’r cyfanswm o 120 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Adolygwch y budd a’r niwed gyda’r claf, ac ystyriwch leihau’r dos yn raddol.
flag.high-dose.uk-incomplete: Mae’r cyfanswm yn 90 mg OME y dydd o leiaf (nid oedd modd cyfrif pob meddyginiaeth), sydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Adolygwch y budd a’r niwed gyda’r claf, ac ystyriwch leihau’r dos yn raddol.
flag.high-dose.uk-set-locally: Mae’r cyfanswm o 120 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 120 mg OME y dydd (wedi’i osod yn lleol). Adolygwch y budd a’r niwed gyda’r claf, ac ystyriwch leihau’r dos yn raddol.
flag.high-dose.uk-set-locally-above-referral: Mae’r cyfanswm o 320 mg OME y dydd yn is na’r trothwy dos uchel o 400 mg OME y dydd (wedi’i osod yn lleol). Ar 300 mg OME y dydd neu fwy, atgyfeiriwch at wasanaethau poen arbenigol.
flag.high-dose.specialist-referral: Mae’r cyfanswm o 320 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Ar 300 mg OME y dydd neu fwy, atgyfeiriwch at wasanaethau poen arbenigol.
flag.high-dose.information-cancer: Mae’r cyfanswm o 400 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Er gwybodaeth: mewn poen canser mae’r dos yn dilyn y salwch; adolygwch ef wrth i’r salwch newid.
flag.high-dose.information-end-of-life: Mae’r cyfanswm o 400 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Er gwybodaeth: mewn gofal diwedd oes mae’r dos yn dilyn y salwch; adolygwch ef wrth i’r salwch newid.
flag.reassess-dose: Mae’r cyfanswm o 60 MME y dydd ar neu’n uwch na 50 MME y dydd: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd (CDC 2022, recommendation 4).
flag.reassess-dose.incomplete: Mae’r cyfanswm yn 60 MME y dydd o leiaf (nid oedd modd cyfrif pob meddyginiaeth), sydd ar neu’n uwch na 50 MME y dydd: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd (CDC 2022, recommendation 4).
flag.naloxone.dose: Nid oes cofnod bod naloxone wedi’i gyflenwi, ac mae’r cyfanswm yn 50 MME y dydd (50 MME y dydd neu fwy). Cynigiwch naloxone ac addysg am orddos i’r claf ac i’w aelwyd (CDC 2022, recommendation 8).
flag.naloxone.incomplete-dose-benzodiazepine-overdose: Nid oes cofnod bod naloxone wedi’i gyflenwi, ac mae’r cyfanswm yn 60 MME y dydd o leiaf (50 MME y dydd neu fwy), mae bensodiasepin wedi’i gyd-ragnodi ac mae hanes o orddos. Cynigiwch naloxone ac addysg am orddos i’r claf ac i’w aelwyd (CDC 2022, recommendation 8).
flag.naloxone.substance-use-disorder: Nid oes cofnod bod naloxone wedi’i gyflenwi, ac mae hanes o anhwylder defnyddio sylweddau. Cynigiwch naloxone ac addysg am orddos i’r claf ac i’w aelwyd (CDC 2022, recommendation 8).
flag.naloxone.substitution: Nid oes cofnod bod naloxone wedi’i gyflenwi, ac mae’r claf yn cael triniaeth amnewid opioid (anhwylder defnyddio sylweddau). Cynigiwch naloxone ac addysg am orddos i’r claf ac i’w aelwyd (CDC 2022, recommendation 8).
flag.benzodiazepine.named: Mae bensodiasepin (diazepam) wedi’i ragnodi gydag opioid: mae’r risg o farw o orddos tua 3.9 gwaith yn uwch, mewn cyn-filwyr yn UDA a oedd yn cymryd opioidau (Park 2015). Defnyddiwch nhw gyda’i gilydd dim ond os nad oes dewis arall, ar y dos isaf am yr amser byrraf, a monitrwch am anadlu araf (MHRA 2020).
flag.benzodiazepine.two-named: Mae bensodiasepin (diazepam a lorazepam) wedi’i ragnodi gydag opioid: mae’r risg o farw o orddos tua 3.9 gwaith yn uwch, mewn cyn-filwyr yn UDA a oedd yn cymryd opioidau (Park 2015). Defnyddiwch nhw gyda’i gilydd dim ond os nad oes dewis arall, ar y dos isaf am yr amser byrraf, a monitrwch am anadlu araf (MHRA 2020).
flag.benzodiazepine.unnamed: Mae bensodiasepin wedi’i ragnodi gydag opioid: mae’r risg o farw o orddos tua 3.9 gwaith yn uwch, mewn cyn-filwyr yn UDA a oedd yn cymryd opioidau (Park 2015). Defnyddiwch nhw gyda’i gilydd dim ond os nad oes dewis arall, ar y dos isaf am yr amser byrraf, a monitrwch am anadlu araf (MHRA 2020).
flag.gabapentinoid.named: Mae gabapentinoid (pregabalin) wedi’i ragnodi gydag opioid, sy’n cynyddu’r risg o anadlu araf a marwolaeth sy’n gysylltiedig ag opioidau. Defnyddiwch y dosau isaf a monitrwch (MHRA 2020; Gomes 2017).
flag.gabapentinoid.unnamed: Mae gabapentinoid wedi’i ragnodi gydag opioid, sy’n cynyddu’r risg o anadlu araf a marwolaeth sy’n gysylltiedig ag opioidau. Defnyddiwch y dosau isaf a monitrwch (MHRA 2020; Gomes 2017).
flag.opioid-substitution.concurrent: Mae’r claf yn cael triniaeth amnewid opioid (buprenorphine). Ar gyfer opioidau at boen, mae angen adolygiad poen a dibyniaeth ar y cyd a dyddiad gorffen y cytunwyd arno; nid yw dosau amnewid yn cael eu trosi i OME (CDC 2022). Mae morffin yn cael ei gyfrif fel meddyginiaeth at boen.
flag.opioid-substitution.assumed-and-analgesic: Mae’r claf yn cael triniaeth amnewid opioid (methadon). Ar gyfer opioidau at boen, mae angen adolygiad poen a dibyniaeth ar y cyd a dyddiad gorffen y cytunwyd arno; nid yw dosau amnewid yn cael eu trosi i OME (CDC 2022). Nid oes diben wedi’i nodi ar gyfer methadon, felly mae’n cael ei drin fel triniaeth amnewid am fod y cynllun ar gyfer anhwylder defnyddio opioidau. Mae ocsicodon yn cael ei gyfrif fel meddyginiaeth at boen.
flag.opioid-substitution.acute: Mae’r claf yn cael triniaeth amnewid opioid (methadon). Derbynnir opioidau tymor byr at boen acíwt ochr yn ochr â hi yn eang; os ydynt yn parhau, mae angen adolygiad poen a dibyniaeth ar y cyd a dyddiad gorffen y cytunwyd arno; nid yw dosau amnewid yn cael eu trosi i OME (CDC 2022). Mae morffin yn cael ei gyfrif fel meddyginiaeth at boen.
flag.opioid-substitution.us-line: Mae’r claf yn cael triniaeth amnewid opioid (methadon). Ar gyfer opioidau at boen, mae angen adolygiad poen a dibyniaeth ar y cyd a dyddiad gorffen y cytunwyd arno; nid yw dosau amnewid yn cael eu trosi i MME (CDC 2022). Mae morffin yn cael ei gyfrif fel meddyginiaeth at boen.
flag.over-the-counter.product: Wedi’i brynu dros y cownter: Co-codamol 30/500. Mae wedi’i gynnwys yn y cyfanswm. Gofynnwch faint sy’n cael ei gymryd ac am ba hyd; efallai y bydd angen gwasanaeth dibyniaeth ar rywun sy’n dibynnu ar codeine dros y cownter.
flag.over-the-counter.drug: Wedi’i brynu dros y cownter: codeine. Mae wedi’i gynnwys yn y cyfanswm. Gofynnwch faint sy’n cael ei gymryd ac am ba hyd; efallai y bydd angen gwasanaeth dibyniaeth ar rywun sy’n dibynnu ar codeine dros y cownter.
flag.methadone-conversion.uk: Nid oes ffactor OME ar gyfer methadon yn y DU, felly nid yw yn y cyfanswm. Mae angen cyngor arbenigol ar gyfer unrhyw newid i fethadon neu o fethadon (Opioids Aware 2020).
flag.methadone-conversion.us: Mae methadon yn cael ei gyfrif gyda ffactor CDC 2022 o 4.7 MME y mg, sy’n frasamcan: mae ei effaith yn amrywio rhwng pobl ac yn cronni dros ddyddiau. Peidiwch â’i ddefnyddio i gyfrifo newid o un opioid i un arall; gofynnwch am gyngor arbenigol (CDC 2022).
flag.incomplete-total.part-counted: Mae’r cyfanswm OME yn anghyflawn: cyfrifwyd 20 mg OME y dydd, heb oxymorphone a hydrocodone. Nid yw oxymorphone wedi’i drwyddedu yn y DU, felly nid yw tabl Opioids Aware (2020) yn rhoi ffactor OME iddo. Nid yw hydrocodone wedi’i drwyddedu yn y DU, felly nid yw tabl Opioids Aware (2020) yn rhoi ffactor OME iddo.
flag.incomplete-total.none-counted: Ni ellir rhoi cyfanswm MME: nid oedd modd cyfrif buprenorphine. Mae buprenorphine wedi’i eithrio o MME yng nghanllaw CDC 2022, am ei fod yn agonydd rhannol sydd ag effaith nenfwd.
flag.acute-over-7-days.planned: Mae’r cwrs acíwt a gynlluniwyd yn 10 diwrnod, yn hwy na 7. Ar gyfer poen acíwt, peidiwch â rhagnodi mwy nag sydd ei angen am hyd disgwyliedig poen sy’n ddigon difrifol i fod angen opioidau; ailaseswch yr angen (CDC 2022, recommendation 6).
flag.acute-over-7-days.so-far: Dechreuodd y presgripsiwn acíwt hwn 13 diwrnod yn ôl, ac nid oes ganddo ddyddiad stopio. Ar gyfer poen acíwt, peidiwch â rhagnodi mwy nag sydd ei angen am hyd disgwyliedig poen sy’n ddigon difrifol i fod angen opioidau; ailaseswch yr angen (CDC 2022, recommendation 6).
flag.long-term: Dechreuwyd yr opioidau ar 30 Mehefin 2025, dros 3 mis yn ôl. Mae eu defnyddio am fwy na 3 mis ar gyfer poen nad yw’n gysylltiedig â chanser yn cynyddu’r risg o ddibyniaeth a chaethiwed; adolygwch y budd gyda’r claf (MHRA 2020).
flag.review-overdue.one-day: Roedd yr adolygiad i fod ar 4 Mawrth 2026, ac mae’n 1 diwrnod yn hwyr.
flag.review-overdue.days: Roedd yr adolygiad i fod ar 20 Chwefror 2026, ac mae’n 13 diwrnod yn hwyr.
flag.no-stop-date.acute: Nid oes dyddiad stopio wedi’i osod ar gyfer y presgripsiwn acíwt hwn. Cytunwch ar ddiwedd y driniaeth cyn dechrau, a rhowch ddyddiad stopio clir i’r meddyg teulu (MHRA 2020; OUCh).
flag.no-stop-date.chronic: Nid oes dyddiad stopio na chynllun i ddod â’r driniaeth i ben wedi’i gofnodi. Cytunwch gyda’r claf sut a phryd y daw’r driniaeth i ben (MHRA 2020).
flag.no-review-date: Nid oes dyddiad adolygu wedi’i osod. Adolygwch o fewn 1–4 wythnos i ddechrau neu i gynyddu’r dos, yna o leiaf bob 3 mis (CDC 2022).
flag.outside-guideline-scope.cancer: Nid oes cyngor ar y dos: nid yw canllaw CDC 2022 yn cynnwys poen canser. Dangosir y cyfanswm MME er gwybodaeth.
flag.outside-guideline-scope.end-of-life: Nid oes cyngor ar y dos: nid yw canllaw CDC 2022 yn cynnwys gofal lliniarol na gofal diwedd oes. Dangosir y cyfanswm MME er gwybodaeth.
issue.required.field: Rhaid llenwi’r maes “Arwydd clinigol”.
issue.required.nested: Rhaid llenwi’r maes “Llwybr”.
issue.wrong-type.object: Rhaid i’r maes “Cryfder” fod yn wrthrych, nid testun.
issue.wrong-type.number: Rhaid i’r maes “Dosau y dydd” fod yn rhif, nid testun.
issue.wrong-type.list: Rhaid i’r maes “Meddyginiaethau” fod yn rhestr, nid testun.
issue.wrong-type.null: Rhaid i’r maes “Nodau” fod yn rhestr, nid null.
issue.wrong-type.boolean: Rhaid i’r maes “Naloxone wedi’i gyflenwi” fod yn wir neu’n gau, nid testun.
issue.wrong-type.non-finite: Rhaid i’r maes “Cryfder” fod yn rhif, nid rhif nad yw’n feidraidd.
issue.wrong-type.input: Rhaid i’r gwerth hwn fod yn wrthrych, nid rhif.
issue.unknown-field: Nid yw “stopdate” yn faes y mae’r llyfrgell hon yn ei adnabod; gwiriwch y sillafu.
issue.not-one-of: Rhaid i’r maes “Llwybr” fod yn un o’r rhain: oral, transdermal, sublingual.
issue.too-few-items: Rhaid i’r maes “Meddyginiaethau” gynnwys o leiaf 1 eitem.
issue.too-many-items: Rhaid i’r maes “Meddyginiaethau” gynnwys 20 eitem ar y mwyaf.
issue.empty-text: Ni chaiff y maes “Nodau” fod yn wag.
issue.text-too-long: Rhaid i’r maes “Enw’r cynnyrch” fod yn 200 nod ar y mwyaf.
issue.too-small.exclusive: Rhaid i’r maes “Cryfder” fod yn fwy na 0.
issue.too-small.inclusive: Rhaid i’r maes “Diwrnodau rhwng gostyngiadau” fod yn 1 o leiaf.
issue.too-big: Rhaid i’r maes “Dosau y dydd” fod yn 24 ar y mwyaf.
issue.unreadable: Nid oedd modd darllen y gwerth hwn.
issue.invalid-json: Nid yw’r cynllun yn JSON dilys (gwiriwch a oes dyfynnod, coma neu fraced ar goll).
issue.pack-invalid-json: Nid yw’r pecyn cynnwys yn JSON dilys (gwiriwch a oes dyfynnod, coma neu fraced ar goll).
issue.rule: Y gwerth hwn: must name its source.
issue.unit-for-route: Rhaid i’r maes “Uned” fod yn “mg” ar gyfer y llwybr drwy’r geg.
issue.dose-too-large.oral: Rhaid i’r maes “Cryfder” fod yn 2,000 mg y dos ar y mwyaf (gwiriwch yr uned: ai microgramau ydyn nhw?).
issue.dose-too-large.patch: Rhaid i’r maes “Cryfder” fod yn 200 microgram yr awr ar y mwyaf ar gyfer un clwt (ar gyfer clytiau a wisgir gyda’i gilydd, rhowch patchCount neu ysgrifennwch un llinell i bob clwt).
issue.not-a-patch-drug: Ni all y maes “Llwybr” fod yn drawsdermol: nid yw morffin ar gael fel clwt.
issue.patch-doses-per-day: Ni ellir rhoi’r maes “Dosau y dydd” ar gyfer clwt: mae clwt yn cael ei ddosio yn ôl ei gyfradd mewn microgramau yr awr. Ar gyfer dau glwt a wisgir gyda’i gilydd, rhowch patchCount: 2, neu ysgrifennwch un llinell i bob clwt.
issue.patch-as-needed: Ni ellir rhoi’r maes “Pan fo angen” ar gyfer clwt, sy’n cael ei wisgo drwy’r amser.
issue.patch-count-not-patch: Mae’r maes “Clytiau a wisgir gyda’i gilydd” ar gyfer clytiau yn unig.
issue.max-doses-needs-as-needed: Mae’r maes “Y nifer mwyaf o ddosau mewn diwrnod” ar gyfer meddyginiaethau pan fo angen yn unig: ychwanegwch asNeeded: true, neu rhowch dosesPerDay ar gyfer dosau rheolaidd.
issue.doses-per-day-required: Rhaid llenwi’r maes “Dosau y dydd” (neu, ar gyfer meddyginiaeth pan fo angen, y nifer mwyaf o ddosau a ganiateir mewn diwrnod).
issue.purpose-not-substitution: Ni all y maes “Diben” fod yn anhwylder defnyddio opioidau ar gyfer ocsicodon: dim ond methadon neu buprenorphine all fod yn driniaeth amnewid, felly mae ocsicodon yn cael ei gyfrif fel meddyginiaeth at boen.
issue.substitution-drug-required: Rhaid llenwi’r maes “Cyffur” ar gyfer triniaeth amnewid opioid (methadon neu buprenorphine).
issue.before-start: Ni chaiff y maes “Dyddiad stopio” fod cyn y dyddiad dechrau.
issue.not-a-date: Rhaid i’r maes “Dyddiad dechrau” fod yn ddyddiad calendr go iawn wedi’i ysgrifennu BBBB-MM-DD (er enghraifft 2026-03-05).
issue.pack-digits: Ni chaiff y maes “intro” gynnwys digidau: rhowch rifau fel cyfrif ffigur, lle maen nhw’n dod gyda’u ffynhonnell.
issue.pack-placeholder: Ni chaiff y maes “yourDose” gynnwys {amount}: defnyddiwch {dose} yn unig.
issue.pack-placeholder.none-allowed: Ni chaiff y maes “title” gynnwys {dose}: nid yw’r testun hwn yn cymryd dalfannau.
issue.pack-brace: Ni chaiff y maes “title” gynnwys { neu } nad yw’n rhan o {ddalfan}.
issue.pack-slug: Rhaid i’r maes “dynodydd” fod yn llythrennau bach, digidau a chysylltnodau, gan ddechrau â llythyren.
issue.pack-locale: Rhaid i’r maes “locale” fod yn dag iaith fel cy neu en-GB.
issue.pack-range-order: Rhaid i’r maes “high” fod yn fwy na low.
issue.pack-group-missing: Ni chaiff y maes “sentence” ddefnyddio {comparisonCount}: nid oes grŵp cymharu gan y ffigur hwn.
issue.pack-count-kind: Ni chaiff y maes “sentence” ddefnyddio {count}: mae cyfrif y prif grŵp yn ystod.
issue.pack-count-above-denominator: Ni chaiff y maes “count” fod yn fwy na’r enwadur (100).
issue.pack-below-with-at-most: Ni ellir rhoi’r maes “below” gydag atMost.
issue.pack-band-top-order: Rhaid i’r maes “atMost” fod yn fwy nag atLeast.
issue.pack-band-overlap: Ni chaiff y maes “atLeast” orgyffwrdd â’r band “low”.
issue.pack-id-twice: Rhaid i’r maes “dynodydd” fod yn unigryw: defnyddir “pain” ddwywaith.
issue.minimum-at-or-above-start: Rhaid i’r maes “Dos lleiaf” fod yn is na’r dos cychwynnol: fel y mae wedi’i ysgrifennu, byddai’r gostyngiad graddol yn dod i ben ar unwaith.
issue.start-too-late: Mae’r maes “Dyddiad dechrau” yn rhy hwyr: byddai’r amserlen yn rhedeg y tu hwnt i’r flwyddyn 9999.
issue.pause-on-stop.one-reduction: Rhaid i’r maes “Cam y seibiant” fod yn 0: mae’r amserlen hon yn mynd o’r dos cychwynnol yn syth i stopio.
issue.pause-on-stop.reductions: Rhaid i’r maes “Cam y seibiant” fod rhwng 0 a 9: mae gan yr amserlen hon 10 gostyngiad.
issue.too-many-intervals: Mae’r maes “Canran y gostyngiad” yn rhy fach: byddai’r gostyngiad graddol hwn yn cymryd mwy na 400 cyfnod i ddod i ben (defnyddiwch ganran fwy neu ddos lleiaf mwy).
issue.too-many-intervals.rounded: Mae’r maes “Canran y gostyngiad” yn rhy fach: byddai’r gostyngiad graddol hwn yn cymryd mwy na 400 cyfnod i ddod i ben (defnyddiwch ganran fwy neu ddos lleiaf mwy, neu talgrynnwch i gam gwahanol).
band.below-threshold.uk: Yn is na’r trothwy dos uchel o 90 mg OME y dydd
band.below-threshold.us: Yn is na 50 MME y dydd: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd i 50 MME neu fwy
band.incomplete.uk: Ni ellir ei gymharu â’r trothwy dos uchel o 90 mg OME y dydd: mae’r cyfanswm yn anghyflawn
band.incomplete.us: Ni ellir ei gymharu â 50 MME y dydd: mae’r cyfanswm yn anghyflawn
band.high-dose: Ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd: adolygwch y cynllun gyda’r claf
band.reassess.naloxone: Ar neu’n uwch na 50 MME y dydd: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd; cynigiwch naloxone
band.reassess.local-below-naloxone: Ar neu’n uwch na 40 MME y dydd: ailaseswch y manteision a’r risgiau cyn unrhyw gynnydd
band.information: Ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd, er gwybodaeth: mewn poen canser ac ar ddiwedd oes mae’r dos yn dilyn y salwch
band.specialist-referral: Ar neu’n uwch na 300 mg OME y dydd: atgyfeiriwch at wasanaethau arbenigol
band.outside-scope: Dim cyngor ar y dos: nid yw CDC 2022 yn cynnwys poen canser, gofal lliniarol na gofal diwedd oes
band.implausible: Heb ei ddangos: mae cyfanswm dros 10,000 mg OME y dydd bron yn sicr yn gamgymeriad uned neu deipio; gwiriwch bob dos
ome.not-licensed-uk: Nid yw oxymorphone wedi’i drwyddedu yn y DU, felly nid yw tabl Opioids Aware (2020) yn rhoi ffactor OME iddo.
ome.specialist-advice: Nid oes gan fethadon ffactor OME sefydlog: dylid trosi bob amser gyda chyngor arbenigol (Opioids Aware, 2020).
ome.not-in-uk-table: Nid yw buprenorphine o dan y tafod yn nhabl cyfwerthedd dosau Opioids Aware (2020), felly nid oes ganddo ffactor OME.
ome.not-in-us-table: Nid yw dihydrocodeine wedi’i restru yn nhabl trosi CDC 2022, felly nid oes ganddo ffactor MME.
ome.partial-agonist: Mae buprenorphine wedi’i eithrio o MME yng nghanllaw CDC 2022, am ei fod yn agonydd rhannol sydd ag effaith nenfwd.
ome.route-not-in-table: Nid yw fentanyl o dan y tafod yn nhabl Opioids Aware (2020), felly nid oes ganddo ffactor OME.
ome.opioid-use-disorder: Nid yw methadon ar gyfer anhwylder defnyddio opioidau yn cael ei drosi i MME: ni ddylid defnyddio ffactorau trosi i benderfynu ar ddosau wrth drin anhwylder defnyddio opioidau (CDC 2022).
ome.not-an-object: Ni ellir defnyddio’r llinell feddyginiaeth hon: rhaid iddi fod yn wrthrych gyda chyffur (drug), llwybr (route), cryfder (strength) a dosau y dydd (dosesPerDay).
ome.invalid-line: Ni ellir defnyddio’r llinell feddyginiaeth hon: Rhaid i’r maes “Cryfder” fod yn fwy na 0.
ome.too-large: Ni ellir defnyddio’r llinell feddyginiaeth hon: mae’r dos dyddiol yn rhy fawr i fod yn ddos go iawn.
taper.linear.description: 10% o’r dos gwreiddiol bob 14 diwrnod (llinol)
taper.linear.summary: o 60 mg i 0 dros 154 diwrnod mewn 10 cam
taper.linear.note-1.lowest-dose-extended: Mae’r dos isaf (6 mg) yn cael ei gadw am 28 diwrnod, 14 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.linear.daily.description: 10% o’r dos gwreiddiol bob dydd (llinol)
taper.linear.daily.summary: o 60 mg i 0 dros 11 diwrnod mewn 10 cam
taper.linear.daily.note-1.faster-than-opioids-aware: Mae lleihau 10% bob dydd y tu hwnt i’r 5–10% bob 2–6 wythnos y mae Opioids Aware yn ei ddisgrifio; gwiriwch mai dyma’r cyflymder a fwriadwyd.
taper.linear.daily.note-2.lowest-dose-extended: Mae’r dos isaf (6 mg) yn cael ei gadw am 2 ddiwrnod, 1 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.current.smallest-dose.description: 10% o’r dos presennol bob 28 diwrnod (pob gostyngiad yn llai na’r un blaenorol); yn stopio o dan 10 mg
taper.current.smallest-dose.summary: o 100 mg i 0 dros 644 diwrnod mewn 22 cam
taper.current.smallest-dose.note-1.lowest-dose-extended: Mae’r dos isaf (10.94 mg) yn cael ei gadw am 56 diwrnod, 28 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.current.smallest-dose.note-2.final-cut-larger-than-planned: Mae stopio o 10.94 mg yn ostyngiad mwy na’r 10 mg a gynlluniwyd, am nad oes modd rhoi dos llai. Ystyriwch roi’r dosau ymhellach oddi wrth ei gilydd (eu cymryd lai nag unwaith y dydd) cyn stopio (CDC 2022).
taper.current.largest-cut.description: 10% o’r dos presennol bob 28 diwrnod (pob gostyngiad yn llai na’r un blaenorol); yn stopio unwaith y bydd y dos yn 10 mg neu lai (dim mwy nag un gostyngiad a gynlluniwyd)
taper.current.largest-cut.summary: o 100 mg i 0 dros 672 diwrnod mewn 23 cam
taper.current.largest-cut.note-1.lowest-dose-extended: Mae’r dos isaf (9.85 mg) yn cael ei gadw am 56 diwrnod, 28 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.rounded.description: 10% o’r dos gwreiddiol bob 14 diwrnod (llinol), gyda phob dos wedi’i dalgrynnu i fyny i luosrif o 10 mg heb byth leihau’n gyflymach na’r cynllun, felly mae’n cymryd 28 diwrnod yn hwy na’r cynllun (12 gostyngiad yn lle 10); yn stopio o dan 10 mg
taper.rounded.summary: o 120 mg i 0 dros 182 diwrnod mewn 12 cam
taper.rounded.note-1.rounding-lengthens: Mae talgrynnu i 10 mg yn gwneud y gostyngiad graddol hwn 28 diwrnod yn hwy na’r cynllun heb ei dalgrynnu: mae pob dos yn cael ei dalgrynnu i fyny, byth i lawr, ac nid oes unrhyw ostyngiad yn fwy na’r cynllun, am mai toriadau mawr yn hwyr yw’r anoddaf i’w goddef (Opioids Aware 2020: po hiraf y defnydd, arafaf y gostyngiad; CDC 2022: arafu ar ddosau is, ac ar y cryfder lleiaf ymestyn yr egwyl cyn stopio).
taper.rounded.note-2.lowest-dose-extended: Mae’r dos isaf (10 mg) yn cael ei gadw am 28 diwrnod, 14 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.rounded.held-start-not-multiple.description: 10% o’r dos presennol bob 14 diwrnod (pob gostyngiad yn llai na’r un blaenorol), gyda phob dos wedi’i dalgrynnu i fyny i luosrif o 10 mg heb byth leihau’n gyflymach na’r cynllun, felly mae’n cymryd 14 diwrnod yn hwy na’r cynllun (5 gostyngiad yn lle 15); yn stopio o dan 10 mg
taper.rounded.held-start-not-multiple.summary: o 45 mg i 0 dros 238 diwrnod mewn 5 cam
taper.rounded.held-start-not-multiple.note-1.rounding-lengthens: Mae talgrynnu i 10 mg yn gwneud y gostyngiad graddol hwn 14 diwrnod yn hwy na’r cynllun heb ei dalgrynnu: mae pob dos yn cael ei dalgrynnu i fyny, byth i lawr, ac nid oes unrhyw ostyngiad yn fwy na’r cynllun, am mai toriadau mawr yn hwyr yw’r anoddaf i’w goddef (Opioids Aware 2020: po hiraf y defnydd, arafaf y gostyngiad; CDC 2022: arafu ar ddosau is, ac ar y cryfder lleiaf ymestyn yr egwyl cyn stopio).
taper.rounded.held-start-not-multiple.note-2.start-not-multiple: Nid yw’r dos cychwynnol (45 mg) yn lluosrif o 10 mg; mae’r dosau diweddarach yn lluosrifau.
taper.rounded.held-start-not-multiple.note-3.held-for-rounding: Lle na fyddai talgrynnu’r dos a gynlluniwyd i fyny i 10 mg yn gostwng y dos, mae’r dos yn cael ei gadw am fwy o amser yn lle hynny (ar 45 mg, 40 mg, 30 mg a 20 mg).
taper.rounded.held-start-not-multiple.note-4.lowest-dose-extended: Mae’r dos isaf (10 mg) yn cael ei gadw am 28 diwrnod, 14 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.faster.description: 25% o’r dos gwreiddiol bob 7 diwrnod (llinol)
taper.faster.summary: o 60 mg i 0 dros 35 diwrnod mewn 4 cam
taper.faster.note-1.faster-than-opioids-aware: Mae lleihau 25% bob 7 diwrnod y tu hwnt i’r 5–10% bob 2–6 wythnos y mae Opioids Aware yn ei ddisgrifio; gwiriwch mai dyma’r cyflymder a fwriadwyd.
taper.faster.note-2.lowest-dose-extended: Mae’r dos isaf (15 mg) yn cael ei gadw am 14 diwrnod, 7 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
taper.cdc-short-course.description: 10% o’r dos gwreiddiol bob 7 diwrnod nes bod tua 30% ohono’n weddill, yna 10% o’r dos sy’n weddill bob 7 diwrnod; yn stopio unwaith y bydd y dos yn 6 mg neu lai (dim mwy nag un gostyngiad a gynlluniwyd)
taper.cdc-short-course.summary: o 60 mg i 0 dros 140 diwrnod mewn 19 cam
taper.cdc-short-course.note-1.cdc-short-course-use: Mae CDC 2022 yn rhoi’r cyflymder wythnosol hwn ar gyfer pobl sydd wedi cymryd opioidau am wythnosau i fisoedd; ar ôl blwyddyn neu fwy, mae gostyngiad o 10% y mis, neu’n arafach, fel arfer yn haws ei oddef.
taper.cdc-short-course.note-2.lowest-dose-extended: Mae’r dos isaf (5.65 mg) yn cael ei gadw am 14 diwrnod, 7 diwrnod yn hwy na’r camau eraill, cyn stopio. CDC 2022: ar ôl cyrraedd y dos lleiaf sydd ar gael, gellir ymestyn yr egwyl rhwng dosau, a gellir stopio opioidau pan fyddant yn cael eu cymryd lai nag unwaith y dydd.
`;
/* end snapshot wording cy */

snapshots["wording es"] = 
`
flag.invalid-plan.plan: No se pudieron comprobar los riesgos de este plan: El campo «Medicamentos» debe tener al menos 1 elemento. El campo «Fecha de inicio» es obligatorio.
flag.invalid-plan.today: No se pudieron comprobar los riesgos de este plan: falta la fecha de hoy o no es una fecha del calendario escrita AAAA-MM-DD.
flag.invalid-plan.unreadable: No se pudieron comprobar los riesgos de este plan: no se pudo leer.
flag.invalid-threshold.out-of-range: El umbral fijado localmente (1200) no es una dosis diaria plausible: debe estar entre 20 y 500 mg al día. No se realizó ninguna comprobación de la dosis; corrija el ajuste.
flag.invalid-threshold.not-a-number: El umbral fijado localmente (no es un número) no es una dosis diaria plausible: debe estar entre 20 y 500 mg al día. No se realizó ninguna comprobación de la dosis; corrija el ajuste.
flag.implausible-total: El total en OME es demasiado alto para ser verosímil (más de 10.000 mg OME al día), por lo que no se muestra. Compruebe cada dosis y su unidad (microgramos o mg).
flag.high-dose.uk: El total de 120 mg OME al día alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Revise con el paciente los beneficios y los daños, y considere una reducción gradual.
flag.high-dose.uk-incomplete: El total es de al menos 90 mg OME al día (no se pudieron contar todos los medicamentos), lo que alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Revise con el paciente los beneficios y los daños, y considere una reducción gradual.
flag.high-dose.uk-set-locally: El total de 120 mg OME al día alcanza o supera el umbral de dosis alta de 120 mg OME al día (fijado localmente). Revise con el paciente los beneficios y los daños, y considere una reducción gradual.
flag.high-dose.uk-set-locally-above-referral: El total de 320 mg OME al día está por debajo del umbral de dosis alta de 400 mg OME al día (fijado localmente). Con 300 mg OME al día o más, derive al paciente a los servicios especializados en dolor.
flag.high-dose.specialist-referral: El total de 320 mg OME al día alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Con 300 mg OME al día o más, derive al paciente a los servicios especializados en dolor.
flag.high-dose.information-cancer: El total de 400 mg OME al día alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Para información: en el dolor oncológico la dosis sigue a la enfermedad; revísela a medida que la enfermedad cambie.
flag.high-dose.information-end-of-life: El total de 400 mg OME al día alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Para información: en los cuidados al final de la vida la dosis sigue a la enfermedad; revísela a medida que la enfermedad cambie.
flag.reassess-dose: El total de 60 MME al día alcanza o supera 50 MME al día: reevalúe los beneficios y los riesgos antes de cualquier aumento (CDC 2022, recommendation 4).
flag.reassess-dose.incomplete: El total es de al menos 60 MME al día (no se pudieron contar todos los medicamentos), lo que alcanza o supera 50 MME al día: reevalúe los beneficios y los riesgos antes de cualquier aumento (CDC 2022, recommendation 4).
flag.naloxone.dose: No consta que se haya entregado naloxona, y el total es de 50 MME al día (50 MME al día o más). Ofrezca naloxona y educación sobre sobredosis al paciente y a las personas con las que vive (CDC 2022, recommendation 8).
flag.naloxone.incomplete-dose-benzodiazepine-overdose: No consta que se haya entregado naloxona, y el total es de al menos 60 MME al día (50 MME al día o más), también se ha recetado una benzodiacepina y hay antecedentes de sobredosis. Ofrezca naloxona y educación sobre sobredosis al paciente y a las personas con las que vive (CDC 2022, recommendation 8).
flag.naloxone.substance-use-disorder: No consta que se haya entregado naloxona, y hay antecedentes de trastorno por consumo de sustancias. Ofrezca naloxona y educación sobre sobredosis al paciente y a las personas con las que vive (CDC 2022, recommendation 8).
flag.naloxone.substitution: No consta que se haya entregado naloxona, y el paciente está en tratamiento de sustitución de opioides (un trastorno por consumo de sustancias). Ofrezca naloxona y educación sobre sobredosis al paciente y a las personas con las que vive (CDC 2022, recommendation 8).
flag.benzodiazepine.named: Se ha recetado una benzodiacepina (diazepam) junto con un opioide: el riesgo de muerte por sobredosis es unas 3,9 veces mayor, en veteranos de EE. UU. que tomaban opioides (Park 2015). Úselos juntos solo si no hay otra opción, con la dosis más baja durante el menor tiempo posible, y vigile si la respiración se vuelve lenta (MHRA 2020).
flag.benzodiazepine.two-named: Se ha recetado una benzodiacepina (diazepam y lorazepam) junto con un opioide: el riesgo de muerte por sobredosis es unas 3,9 veces mayor, en veteranos de EE. UU. que tomaban opioides (Park 2015). Úselos juntos solo si no hay otra opción, con la dosis más baja durante el menor tiempo posible, y vigile si la respiración se vuelve lenta (MHRA 2020).
flag.benzodiazepine.unnamed: Se ha recetado una benzodiacepina junto con un opioide: el riesgo de muerte por sobredosis es unas 3,9 veces mayor, en veteranos de EE. UU. que tomaban opioides (Park 2015). Úselos juntos solo si no hay otra opción, con la dosis más baja durante el menor tiempo posible, y vigile si la respiración se vuelve lenta (MHRA 2020).
flag.gabapentinoid.named: Se ha recetado un gabapentinoide (pregabalin) junto con un opioide, lo que aumenta el riesgo de respiración lenta y de muerte relacionada con los opioides. Use las dosis más bajas y vigile al paciente (MHRA 2020; Gomes 2017).
flag.gabapentinoid.unnamed: Se ha recetado un gabapentinoide junto con un opioide, lo que aumenta el riesgo de respiración lenta y de muerte relacionada con los opioides. Use las dosis más bajas y vigile al paciente (MHRA 2020; Gomes 2017).
flag.opioid-substitution.concurrent: El paciente está en tratamiento de sustitución de opioides (buprenorfina). Los opioides para el dolor requieren una revisión conjunta del dolor y de la adicción, y una fecha de finalización acordada; las dosis de sustitución no se convierten a OME (CDC 2022). Se cuenta como medicamento para el dolor: morfina.
flag.opioid-substitution.assumed-and-analgesic: El paciente está en tratamiento de sustitución de opioides (metadona). Los opioides para el dolor requieren una revisión conjunta del dolor y de la adicción, y una fecha de finalización acordada; las dosis de sustitución no se convierten a OME (CDC 2022). Para metadona no se indica un propósito, y se considera tratamiento de sustitución porque el plan es para el trastorno por consumo de opioides. Se cuenta como medicamento para el dolor: oxicodona.
flag.opioid-substitution.acute: El paciente está en tratamiento de sustitución de opioides (metadona). Los opioides a corto plazo para el dolor agudo junto a él son una práctica ampliamente aceptada; si continúan, requieren una revisión conjunta del dolor y de la adicción, y una fecha de finalización acordada; las dosis de sustitución no se convierten a OME (CDC 2022). Se cuenta como medicamento para el dolor: morfina.
flag.opioid-substitution.us-line: El paciente está en tratamiento de sustitución de opioides (metadona). Los opioides para el dolor requieren una revisión conjunta del dolor y de la adicción, y una fecha de finalización acordada; las dosis de sustitución no se convierten a MME (CDC 2022). Se cuenta como medicamento para el dolor: morfina.
flag.over-the-counter.product: Comprado sin receta: Co-codamol 30/500. Se incluye en el total. Pregunte cuánto toma el paciente y durante cuánto tiempo; quien depende de la codeína sin receta puede necesitar un servicio de adicciones.
flag.over-the-counter.drug: Comprado sin receta: codeína. Se incluye en el total. Pregunte cuánto toma el paciente y durante cuánto tiempo; quien depende de la codeína sin receta puede necesitar un servicio de adicciones.
flag.methadone-conversion.uk: La metadona no tiene factor de OME en el Reino Unido, por lo que no se incluye en el total. Cualquier cambio a metadona o desde la metadona requiere el consejo de un especialista (Opioids Aware 2020).
flag.methadone-conversion.us: La metadona se cuenta con el factor de los CDC de 2022 de 4,7 MME por mg, que es una aproximación: su efecto varía de una persona a otra y se acumula a lo largo de varios días. No lo use para calcular un cambio de opioide; pida consejo a un especialista (CDC 2022).
flag.incomplete-total.part-counted: El total en OME está incompleto: se contaron 20 mg OME al día, sin oximorfona e hidrocodona. La oximorfona no tiene licencia en el Reino Unido, por lo que la tabla de Opioids Aware (2020) no le da ningún factor de OME. La hidrocodona no tiene licencia en el Reino Unido, por lo que la tabla de Opioids Aware (2020) no le da ningún factor de OME.
flag.incomplete-total.none-counted: No se puede dar un total en MME: no se pudo contar buprenorfina. La buprenorfina se excluye de los MME en la guía de los CDC de 2022 porque es un agonista parcial con efecto techo.
flag.acute-over-7-days.planned: El tratamiento agudo previsto dura 10 días, más de 7. Para el dolor agudo, no prescriba más de lo necesario para la duración prevista de un dolor lo bastante intenso como para requerir opioides; reevalúe la necesidad (CDC 2022, recommendation 6).
flag.acute-over-7-days.so-far: Esta receta para dolor agudo empezó hace 13 días y no tiene fecha de suspensión. Para el dolor agudo, no prescriba más de lo necesario para la duración prevista de un dolor lo bastante intenso como para requerir opioides; reevalúe la necesidad (CDC 2022, recommendation 6).
flag.long-term: Los opioides se iniciaron el 30 de junio de 2025, hace más de 3 meses. Usarlos durante más de 3 meses para el dolor no oncológico aumenta el riesgo de dependencia y de adicción; revise el beneficio con el paciente (MHRA 2020).
flag.review-overdue.one-day: La revisión estaba prevista para el 4 de marzo de 2026 y lleva 1 día de retraso.
flag.review-overdue.days: La revisión estaba prevista para el 20 de febrero de 2026 y lleva 13 días de retraso.
flag.no-stop-date.acute: No se ha fijado una fecha de suspensión para esta receta de dolor agudo. Acuerde el final del tratamiento antes de empezar y dé al médico de atención primaria una fecha de suspensión clara (MHRA 2020; OUCh).
flag.no-stop-date.chronic: No consta una fecha de suspensión ni un plan para terminar el tratamiento. Acuerde con el paciente cómo y cuándo terminará el tratamiento (MHRA 2020).
flag.no-review-date: No se ha fijado una fecha de revisión. Revise en un plazo de 1–4 semanas desde el inicio o el aumento de la dosis y, después, al menos cada 3 meses (CDC 2022).
flag.outside-guideline-scope.cancer: No se da ningún consejo sobre la dosis: la guía de los CDC de 2022 no abarca el dolor oncológico. El total en MME se muestra a título informativo.
flag.outside-guideline-scope.end-of-life: No se da ningún consejo sobre la dosis: la guía de los CDC de 2022 no abarca los cuidados paliativos ni los del final de la vida. El total en MME se muestra a título informativo.
issue.required.field: El campo «Indicación» es obligatorio.
issue.required.nested: El campo «Vía» es obligatorio.
issue.wrong-type.object: El campo «Concentración» debe ser un objeto, no texto.
issue.wrong-type.number: El campo «Dosis al día» debe ser un número, no texto.
issue.wrong-type.list: El campo «Medicamentos» debe ser una lista, no texto.
issue.wrong-type.null: El campo «Objetivos» debe ser una lista, no nulo (null).
issue.wrong-type.boolean: El campo «Naloxona entregada» debe ser verdadero o falso, no texto.
issue.wrong-type.non-finite: El campo «Concentración» debe ser un número, no un número no finito.
issue.wrong-type.input: Este valor debe ser un objeto, no un número.
issue.unknown-field: «stopdate» no es un campo que conozca esta biblioteca; compruebe cómo está escrito.
issue.not-one-of: El campo «Vía» debe ser uno de estos: oral, transdermal, sublingual.
issue.too-few-items: El campo «Medicamentos» debe tener al menos 1 elemento.
issue.too-many-items: El campo «Medicamentos» debe tener como máximo 20 elementos.
issue.empty-text: El campo «Objetivos» no puede estar vacío.
issue.text-too-long: El campo «Nombre del producto» debe tener como máximo 200 caracteres.
issue.too-small.exclusive: El campo «Concentración» debe ser mayor que 0.
issue.too-small.inclusive: El campo «Días entre reducciones» debe ser como mínimo 1.
issue.too-big: El campo «Dosis al día» debe ser como máximo 24.
issue.unreadable: No se pudo leer este valor.
issue.invalid-json: El plan no es JSON válido (compruebe si falta una comilla, una coma o un corchete).
issue.pack-invalid-json: El paquete de contenido no es JSON válido (compruebe si falta una comilla, una coma o un corchete).
issue.rule: Este valor: must name its source.
issue.unit-for-route: El campo «Unidad» debe ser «mg» para la vía oral.
issue.dose-too-large.oral: El campo «Concentración» debe ser como máximo 2000 mg por dosis (compruebe la unidad: ¿son microgramos?).
issue.dose-too-large.patch: El campo «Concentración» debe ser como máximo 200 microgramos por hora para un parche (para parches usados a la vez, indique patchCount o escriba una línea por parche).
issue.not-a-patch-drug: El campo «Vía» no puede ser la vía transdérmica: morfina no existe en parche.
issue.patch-doses-per-day: El campo «Dosis al día» no se puede indicar para un parche: un parche se dosifica por su liberación en microgramos por hora. Para dos parches usados a la vez, indique patchCount: 2, o escriba una línea por parche.
issue.patch-as-needed: El campo «Según sea necesario» no se puede indicar para un parche, que se lleva puesto de forma continua.
issue.patch-count-not-patch: El campo «Parches usados a la vez» es solo para parches.
issue.max-doses-needs-as-needed: El campo «Máximo de dosis al día» es solo para medicamentos que se toman según sea necesario: añada asNeeded: true, o indique dosesPerDay para dosis regulares.
issue.doses-per-day-required: El campo «Dosis al día» es obligatorio (o, para un medicamento que se toma según sea necesario, el máximo de dosis permitidas en un día).
issue.purpose-not-substitution: El campo «Propósito» no puede ser el trastorno por consumo de opioides para oxicodona: solo la metadona o la buprenorfina pueden ser tratamiento de sustitución, por lo que oxicodona se cuenta como medicamento para el dolor.
issue.substitution-drug-required: El campo «Fármaco» es obligatorio para el tratamiento de sustitución de opioides (metadona o buprenorfina).
issue.before-start: El campo «Fecha de suspensión» no puede ser anterior a la fecha de inicio.
issue.not-a-date: El campo «Fecha de inicio» debe ser una fecha real del calendario escrita AAAA-MM-DD (por ejemplo, 2026-03-05).
issue.pack-digits: El campo «intro» no debe contener dígitos: dé los números como el recuento de una cifra, donde van con su fuente.
issue.pack-placeholder: El campo «yourDose» no debe contener {amount}: use solo {dose}.
issue.pack-placeholder.none-allowed: El campo «title» no debe contener {dose}: este texto no admite marcadores.
issue.pack-brace: El campo «title» no debe contener una { o una } que no forme parte de un {marcador}.
issue.pack-slug: El campo «identificador» debe tener solo letras minúsculas, dígitos y guiones, y empezar por una letra.
issue.pack-locale: El campo «locale» debe ser una etiqueta de idioma como es o en-GB.
issue.pack-range-order: El campo «high» debe ser mayor que low.
issue.pack-group-missing: El campo «sentence» no debe usar {comparisonCount}: esta cifra no tiene grupo de comparación.
issue.pack-count-kind: El campo «sentence» no debe usar {count}: el recuento del grupo principal es un intervalo.
issue.pack-count-above-denominator: El campo «count» no debe ser mayor que el denominador (100).
issue.pack-below-with-at-most: El campo «below» no debe indicarse junto con atMost.
issue.pack-band-top-order: El campo «atMost» debe ser mayor que atLeast.
issue.pack-band-overlap: El campo «atLeast» no debe solaparse con la banda «low».
issue.pack-id-twice: El campo «identificador» debe ser único: «pain» se usa dos veces.
issue.minimum-at-or-above-start: El campo «Dosis mínima» debe ser menor que la dosis inicial: tal como está escrito, la reducción gradual terminaría de inmediato.
issue.start-too-late: El campo «Fecha de inicio» es demasiado tarde: el calendario pasaría del año 9999.
issue.pause-on-stop.one-reduction: El campo «Paso de la pausa» debe ser 0: este calendario pasa de la dosis inicial directamente a la suspensión.
issue.pause-on-stop.reductions: El campo «Paso de la pausa» debe estar entre 0 y 9: este calendario tiene 10 reducciones.
issue.too-many-intervals: El campo «Porcentaje de reducción» es demasiado pequeño: esta reducción gradual necesitaría más de 400 intervalos para terminar (use un porcentaje mayor o una dosis mínima más alta).
issue.too-many-intervals.rounded: El campo «Porcentaje de reducción» es demasiado pequeño: esta reducción gradual necesitaría más de 400 intervalos para terminar (use un porcentaje mayor o una dosis mínima más alta, o redondee a otro paso).
band.below-threshold.uk: Por debajo del umbral de dosis alta de 90 mg OME al día
band.below-threshold.us: Por debajo de 50 MME al día: reevalúe los beneficios y los riesgos antes de cualquier aumento a 50 MME o más
band.incomplete.uk: No se puede comparar con el umbral de dosis alta de 90 mg OME al día: el total está incompleto
band.incomplete.us: No se puede comparar con 50 MME al día: el total está incompleto
band.high-dose: Igual o superior al umbral de dosis alta de 90 mg OME al día: revise el plan con el paciente
band.reassess.naloxone: Igual o superior a 50 MME al día: reevalúe los beneficios y los riesgos antes de cualquier aumento; ofrezca naloxona
band.reassess.local-below-naloxone: Igual o superior a 40 MME al día: reevalúe los beneficios y los riesgos antes de cualquier aumento
band.information: Igual o superior al umbral de dosis alta de 90 mg OME al día, a título informativo: en el dolor oncológico y al final de la vida la dosis sigue a la enfermedad
band.specialist-referral: Igual o superior a 300 mg OME al día: derive a servicios especializados
band.outside-scope: Sin consejo sobre la dosis: la guía de los CDC de 2022 no abarca el dolor oncológico, los cuidados paliativos ni los del final de la vida
band.implausible: No se muestra: un total de más de 10.000 mg OME al día es casi con seguridad un error de unidad o de escritura; compruebe cada dosis
ome.not-licensed-uk: La oximorfona no tiene licencia en el Reino Unido, por lo que la tabla de Opioids Aware (2020) no le da ningún factor de OME.
ome.specialist-advice: La metadona no tiene un factor de OME fijo: las conversiones deben hacerse siempre con el consejo de un especialista (Opioids Aware, 2020).
ome.not-in-uk-table: La buprenorfina sublingual no figura en la tabla de equivalencia de dosis de Opioids Aware (2020), por lo que no tiene factor de OME.
ome.not-in-us-table: La dihidrocodeína no figura en la tabla de conversión de los CDC de 2022, por lo que no tiene factor de MME.
ome.partial-agonist: La buprenorfina se excluye de los MME en la guía de los CDC de 2022 porque es un agonista parcial con efecto techo.
ome.route-not-in-table: El fentanilo por vía sublingual no figura en la tabla de Opioids Aware (2020), por lo que no tiene factor de OME.
ome.opioid-use-disorder: La metadona para el trastorno por consumo de opioides no se convierte a MME: los factores de conversión no deben aplicarse a las decisiones de dosis en el tratamiento del trastorno por consumo de opioides (CDC 2022).
ome.not-an-object: Esta línea de medicamento no se puede usar: debe ser un objeto con fármaco (drug), vía (route), concentración (strength) y dosis al día (dosesPerDay).
ome.invalid-line: Esta línea de medicamento no se puede usar: El campo «Concentración» debe ser mayor que 0.
ome.too-large: Esta línea de medicamento no se puede usar: la dosis diaria es demasiado alta para ser una dosis real.
taper.linear.description: 10% de la dosis original cada 14 días (lineal)
taper.linear.summary: de 60 mg a 0 en 154 días, en 10 pasos
taper.linear.note-1.lowest-dose-extended: La dosis más baja (6 mg) se mantiene durante 28 días, 14 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.linear.daily.description: 10% de la dosis original cada día (lineal)
taper.linear.daily.summary: de 60 mg a 0 en 11 días, en 10 pasos
taper.linear.daily.note-1.faster-than-opioids-aware: Reducir un 10% cada día va más allá del 5–10% cada 2–6 semanas que describe Opioids Aware; compruebe que este ritmo es el que se pretende.
taper.linear.daily.note-2.lowest-dose-extended: La dosis más baja (6 mg) se mantiene durante 2 días, 1 día más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.current.smallest-dose.description: 10% de la dosis actual cada 28 días (cada reducción es menor que la anterior); se suspende por debajo de 10 mg
taper.current.smallest-dose.summary: de 100 mg a 0 en 644 días, en 22 pasos
taper.current.smallest-dose.note-1.lowest-dose-extended: La dosis más baja (10,94 mg) se mantiene durante 56 días, 28 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.current.smallest-dose.note-2.final-cut-larger-than-planned: Suspender desde 10,94 mg es una reducción mayor que los 10 mg previstos, porque no se puede dar una dosis más pequeña. Considere espaciar las dosis (tomarlas menos de una vez al día) antes de suspender (CDC 2022).
taper.current.largest-cut.description: 10% de la dosis actual cada 28 días (cada reducción es menor que la anterior); se suspende cuando la dosis es de 10 mg o menos (como máximo una reducción prevista)
taper.current.largest-cut.summary: de 100 mg a 0 en 672 días, en 23 pasos
taper.current.largest-cut.note-1.lowest-dose-extended: La dosis más baja (9,85 mg) se mantiene durante 56 días, 28 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.rounded.description: 10% de la dosis original cada 14 días (lineal), con cada dosis redondeada hacia arriba a un múltiplo de 10 mg sin reducir nunca más rápido de lo previsto, por lo que tarda 28 días más de lo previsto (12 reducciones en lugar de 10); se suspende por debajo de 10 mg
taper.rounded.summary: de 120 mg a 0 en 182 días, en 12 pasos
taper.rounded.note-1.rounding-lengthens: Redondear a 10 mg hace que esta reducción gradual dure 28 días más que el plan sin redondear: cada dosis se redondea hacia arriba, nunca hacia abajo, y ninguna reducción es mayor de lo previsto, porque las reducciones grandes al final son las más difíciles de tolerar (Opioids Aware 2020: cuanto más largo el uso, más lenta la reducción; CDC 2022: ir más despacio con dosis más bajas y, con la concentración más pequeña, alargar el intervalo antes de suspender).
taper.rounded.note-2.lowest-dose-extended: La dosis más baja (10 mg) se mantiene durante 28 días, 14 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.rounded.held-start-not-multiple.description: 10% de la dosis actual cada 14 días (cada reducción es menor que la anterior), con cada dosis redondeada hacia arriba a un múltiplo de 10 mg sin reducir nunca más rápido de lo previsto, por lo que tarda 14 días más de lo previsto (5 reducciones en lugar de 15); se suspende por debajo de 10 mg
taper.rounded.held-start-not-multiple.summary: de 45 mg a 0 en 238 días, en 5 pasos
taper.rounded.held-start-not-multiple.note-1.rounding-lengthens: Redondear a 10 mg hace que esta reducción gradual dure 14 días más que el plan sin redondear: cada dosis se redondea hacia arriba, nunca hacia abajo, y ninguna reducción es mayor de lo previsto, porque las reducciones grandes al final son las más difíciles de tolerar (Opioids Aware 2020: cuanto más largo el uso, más lenta la reducción; CDC 2022: ir más despacio con dosis más bajas y, con la concentración más pequeña, alargar el intervalo antes de suspender).
taper.rounded.held-start-not-multiple.note-2.start-not-multiple: La dosis inicial (45 mg) no es múltiplo de 10 mg; las dosis siguientes sí lo son.
taper.rounded.held-start-not-multiple.note-3.held-for-rounding: Cuando redondear hacia arriba la dosis prevista a 10 mg no bajaría la dosis, esa dosis se mantiene durante más tiempo (en 45 mg, 40 mg, 30 mg y 20 mg).
taper.rounded.held-start-not-multiple.note-4.lowest-dose-extended: La dosis más baja (10 mg) se mantiene durante 28 días, 14 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.faster.description: 25% de la dosis original cada 7 días (lineal)
taper.faster.summary: de 60 mg a 0 en 35 días, en 4 pasos
taper.faster.note-1.faster-than-opioids-aware: Reducir un 25% cada 7 días va más allá del 5–10% cada 2–6 semanas que describe Opioids Aware; compruebe que este ritmo es el que se pretende.
taper.faster.note-2.lowest-dose-extended: La dosis más baja (15 mg) se mantiene durante 14 días, 7 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
taper.cdc-short-course.description: 10% de la dosis original cada 7 días hasta que quede aproximadamente el 30% de ella; después, el 10% de la dosis restante cada 7 días; se suspende cuando la dosis es de 6 mg o menos (como máximo una reducción prevista)
taper.cdc-short-course.summary: de 60 mg a 0 en 140 días, en 19 pasos
taper.cdc-short-course.note-1.cdc-short-course-use: Los CDC (2022) indican este ritmo semanal para las personas que han tomado opioides durante semanas o meses; después de un año o más, una reducción del 10% al mes, o más lenta, suele tolerarse mejor.
taper.cdc-short-course.note-2.lowest-dose-extended: La dosis más baja (5,65 mg) se mantiene durante 14 días, 7 días más que los otros pasos, antes de suspender. CDC 2022: una vez alcanzada la dosis más pequeña disponible, se puede alargar el intervalo entre dosis, y los opioides se pueden suspender cuando se toman menos de una vez al día.
`;
/* end snapshot wording es */

