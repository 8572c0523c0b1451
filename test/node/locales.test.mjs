// The words for any core result from Node, through the package's own 'opioid-elements/locales' entry
// (a server template or a CDS service prints the sentences the widgets show): en-GB built in, cy and es
// loaded on demand with loadLocale. No DOM, no Lit. Run by scripts/test.mjs with the other Node tests
// of dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planFlags } from 'opioid-elements/core';
import { describeDose, describeFlag, describeStopDate, formatDateWithWeekday, loadLocale, wordsFor } from 'opioid-elements/locales';

const plan = {
  id: 'node-locales',
  indication: 'chronic-non-cancer',
  guidance: 'uk',
  medications: [{ drug: 'morphine', route: 'oral', strength: { value: 60, unit: 'mg' }, dosesPerDay: 2 }],
  startDate: '2026-01-05',
  stopDate: '2026-06-01',
};
const flag = planFlags(plan, { today: '2026-03-05' }).find((candidate) => candidate.id === 'high-dose');

test('words a flag in en-GB from Node, and in cy and es once loadLocale has loaded them [T-LOCX-13]', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.ok(flag, 'the plan has a high-dose flag');
  const english = describeFlag(flag, 'en-GB');
  assert.equal(english, 'Total 120 mg/day OME is at or above the high-dose threshold of 90 mg/day OME (Opioids Aware, reported 2025 update). Review the benefit and harms with the patient and consider a taper.');
  // Not loaded yet: the English words, never an empty string.
  assert.equal(describeFlag(flag, 'cy'), english);

  assert.equal(await loadLocale('cy'), 'cy');
  assert.equal(await loadLocale('es-US'), 'es');
  assert.equal(await loadLocale('fr'), 'en-GB');
  assert.equal(describeFlag(flag, 'cy'), 'Mae’r cyfanswm o 120 mg OME y dydd ar neu’n uwch na’r trothwy dos uchel o 90 mg OME y dydd (Opioids Aware, reported 2025 update). Adolygwch y budd a’r niwed gyda’r claf, ac ystyriwch leihau’r dos yn raddol.');
  assert.equal(describeFlag(flag, 'es'), 'El total de 120 mg OME al día alcanza o supera el umbral de dosis alta de 90 mg OME al día (Opioids Aware, reported 2025 update). Revise con el paciente los beneficios y los daños, y considere una reducción gradual.');
  assert.equal(describeDose(plan.medications[0], 'cy'), '60 mg ddwywaith y dydd');
  assert.equal(describeDose(plan.medications[0], 'es'), '60 mg dos veces al día');
});

test('Welsh and Spanish dates, lists and the discharge sentence from Node\'s own Intl data [T-LOCX-14]', async () => {
  await loadLocale('cy');
  await loadLocale('es');
  assert.equal(formatDateWithWeekday('2026-03-06', 'cy'), 'Dydd Gwener 6 Mawrth 2026');
  assert.equal(formatDateWithWeekday('2026-03-06', 'es'), 'viernes, 6 de marzo de 2026');
  assert.equal(wordsFor('cy').date('2026-07-06', 'medium'), '6 Gorff 2026');
  // ICU's Welsh "a(c)" worded: "ac" before a vowel, "a" before a consonant.
  assert.equal(wordsFor('cy').names([{ drug: 'morphine' }, { drug: 'oxycodone' }]), 'morffin ac ocsicodon');
  assert.equal(wordsFor('cy').names([{ drug: 'oxycodone' }, { drug: 'morphine' }, { drug: 'tramadol' }]), 'ocsicodon, morffin a tramadol');
  const input = { drug: 'oxycodone', startDate: '2026-03-01', stopDate: '2026-03-06', kind: 'stop', indication: 'acute' };
  assert.equal(describeStopDate(input, 'cy'), 'Stopiwch ocsicodon ar gyfer poen acíwt ddydd Gwener 6 Mawrth 2026 (y dos olaf ddydd Iau 5 Mawrth 2026): 5 diwrnod o driniaeth. Peidiwch â pharhau y tu hwnt i’r dyddiad hwn heb adolygiad.');
  assert.equal(describeStopDate(input, 'es'), 'Suspenda oxicodona para el dolor agudo el viernes, 6 de marzo de 2026 (última dosis el jueves, 5 de marzo de 2026): 5 días de tratamiento. No lo continúe después de esta fecha sin una revisión.');
});

test('the locales entry imports no Lit and no element code; cy and es are separate chunks [T-LOCX-15]', () => {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
  const seen = new Set();
  const imports = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
      imports.push(match[1]);
      if (match[1].startsWith('.')) visit(join(dirname(file), match[1]));
    }
  };
  visit(join(dist, 'locales.js'));
  assert.deepEqual(imports.filter((specifier) => !specifier.startsWith('.')), [], 'bare imports (Lit) in the locales entry');
  const code = [...seen].map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.doesNotMatch(code, /Cymraeg|Español|ddwywaith|dos veces al día/, 'Welsh or Spanish words in the default locales bundle');
  const lazy = [...code.matchAll(/import\(\s*["']\.\/((?:cy|es)-[^"']+\.js)["']\s*\)/g)].map((match) => match[1]);
  assert.equal(lazy.length, 2, `on-demand cy and es chunks: ${lazy.join(', ')}`);
});
