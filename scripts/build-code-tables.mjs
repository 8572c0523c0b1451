// Builds the coded-medicine tables src/codes/rxnorm-data.ts and src/codes/dmd-data.ts from the public
// data vendored, unchanged, in scripts/code-data/ (each folder has its licence):
//   omtk/OMTKData.cql          HL7/CDC opioid-mme-r4 @1357f45 (Apache-2.0), RxNorm data courtesy of the
//                              U.S. National Library of Medicine (public domain); generated 2020-10-20
//   cdc-valuesets/*.json       HL7/CDC opioid-cds-r4 @b29bdcb (CC0-1.0), expansions dated 2025-02-24
//   opensafely/*.csv           opensafely/opioids-covid-research @0e45b0d (MIT), dm+d codes (OGL, NHSBSA)
//   opensafely-waiting-list/   gabapentinoids: OpenCodelists user/anschaf/gabapentinoids-dmd/7a9c2248 as
//                              vendored in opensafely/waiting-list @c0b16e1 (MIT), dm+d codes (OGL, NHSBSA)
//   opensafely-dfms-covid19/   benzodiazepines: OpenCodelists user/RachelS99/dependence-forming-medications-
//                              benzodiazepines-dmd/4731b3ab as vendored in opensafely/dfms-covid19 @79e0ff6 (MIT)
//   cdc-valuesets/non-opioid-cns-depressant-medications-gabapentinoids.json  the gabapentin and pregabalin
//                              members of opioid-cds-r4 @b29bdcb archive/input/vocabulary/valueset/archive/
//                              non-opioid-cns-depressant-medications.json (CC0-1.0, expansion 2023-05-25)
// (scripts/code-data/README.md says what each file is and what was left out.)
// Every medicine's route, form, release, patch hours and partner are read by the same name reader the
// FHIR adapter uses at run time (src/fhir/medicine-name.ts), bundled here with esbuild; RxNorm drug and
// strength come from OMTK's own columns. Run: node scripts/build-code-tables.mjs [--check]
import { build } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';

const check = process.argv.includes('--check');
const DATA = new URL('./code-data/', import.meta.url);
const read = (path) => readFileSync(new URL(path, DATA), 'utf8');

const bundled = await build({ entryPoints: ['src/fhir/medicine-name.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral' });
const { readMedicineName } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const OURS = ['morphine', 'codeine', 'dihydrocodeine', 'tramadol', 'tapentadol', 'oxycodone', 'hydromorphone',
  'hydrocodone', 'oxymorphone', 'methadone', 'fentanyl', 'buprenorphine'];

/** CodedMedicine → the compact attr array src/codes/table.ts decodes. */
function encode(medicine) {
  const strength = (s) => (s ? (s.per ? [s.value, s.unit, s.per.value, s.per.unit] : [s.value, s.unit]) : 0);
  switch (medicine.kind) {
    case 'opioid': {
      const attr = ['o', medicine.drug, medicine.route, medicine.form, strength(medicine.strength), medicine.release ?? 0,
        medicine.patchHours ?? 0, medicine.partner ? [medicine.partner.name, ...(medicine.partner.strength ? [strength(medicine.partner.strength)] : [])] : 0,
        medicine.purpose === 'opioid-use-disorder' ? 'oud' : 0];
      while (attr.length > 4 && attr[attr.length - 1] === 0) attr.pop();
      return attr;
    }
    case 'other-opioid': return ['x', medicine.name];
    case 'benzodiazepine': return ['b', medicine.name];
    case 'gabapentinoid': return ['g', medicine.name];
    default: return ['n'];
  }
}

const { sctidOf } = await import(`data:text/javascript;base64,${Buffer.from((await build({ entryPoints: ['src/codes/sctid.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral' })).outputFiles[0].text).toString('base64')}`);

/** A SNOMED CT identifier as its item identifier (src/codes/sctid.ts, packing 'sctid'); checked both ways. */
function packSctid(code) {
  const packed = /^\d+100000110\d$/.test(code) ? code.slice(0, -10) : /^\d+00\d$/.test(code) ? `_${code.slice(0, -3)}` : undefined;
  if (packed === undefined || sctidOf(packed) !== code) throw new Error(`dm+d ${code}: not a SNOMED CT identifier this packing rebuilds`);
  return packed;
}

function writeTable(file, { id, systems, source, entries, aliases, packing }) {
  const attrs = [];
  const attrIndex = new Map();
  const rows = [];
  const byCode = ([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : 1);
  const groups = new Map();
  for (const [code, medicine] of [...entries].sort(byCode)) {
    const key = JSON.stringify(encode(medicine));
    if (!attrIndex.has(key)) { attrIndex.set(key, attrs.length); attrs.push(key); }
    const attr = attrIndex.get(key).toString(36);
    rows.push(`${code}:${attr}`);
    groups.set(attr, [...(groups.get(attr) ?? []), packing ? packSctid(code) : code]);
  }
  const targets = new Map();
  for (const [code, target] of [...aliases].sort(byCode)) {
    rows.push(`${code}>${target}`);
    targets.set(target, [...(targets.get(target) ?? []), packing ? packSctid(code) : code]);
  }
  const packed = packing === 'sctid'
    ? `${[...groups].map(([attr, ids]) => `${attr}:${ids.join(',')}`).join(';')}|${[...targets].sort(byCode).map(([target, ids]) => `${packSctid(target)}<${ids.join(',')}`).join(';')}`
    : rows.join(',');
  const text = `// Generated by scripts/build-code-tables.mjs from scripts/code-data/ — do not edit by hand.
// ${source}
import type { TableData } from './table.js';

export const data: TableData = {
  id: ${JSON.stringify(id)},
  systems: ${JSON.stringify(systems)},
  source: ${JSON.stringify(source)},
  attrs: [
${attrs.map((a) => `    ${a},`).join('\n')}
  ],
  rows: ${JSON.stringify(packed)},${packing ? `\n  packing: ${JSON.stringify(packing)},` : ''}
};
`;
  if (check) {
    if (readFileSync(file, 'utf8') !== text) { console.error(`${file} is out of date: run node scripts/build-code-tables.mjs`); process.exitCode = 1; }
  } else writeFileSync(file, text);
  console.log(`${file}: ${entries.size} codes, ${aliases.size} aliases, ${attrs.length} distinct records`);
}

// ---- RxNorm (OMTK 2020-10 + CDC value sets 2025) ----
const ROW = /\{ drugCode: (\d+), drugName: '((?:[^'\\]|\\.)*)', doseFormCode: \d+, doseFormName: '([^']*)', ingredientCode: \d+, ingredientName: '([^']*)', strength: '[^']*', strengthValue: ([\d.]+), strengthUnit: '([^']*)' \}/g;
const byDrug = new Map();
for (const m of read('omtk/OMTKData.cql').matchAll(ROW)) {
  const [, code, name, form, ingredient, value, unit] = m;
  const rows = byDrug.get(code) ?? { name: name.replace(/\\'/g, "'"), form, ingredients: [] };
  rows.ingredients.push({ ingredient: ingredient.toLowerCase(), value: Number(value), unit });
  byDrug.set(code, rows);
}
const UNIT = { MG: [1, 'mg'], 'MG/ML': [1, 'mg', 1, 'ml'], 'MG/HR': [1, 'mg', 1, 'hour'], 'MG/ACTUAT': [1, 'mg', 1, 'actuation'] };
const rx = new Map();
let disagreements = 0;
for (const [code, { name, form, ingredients }] of byDrug) {
  const ours = [...new Set(ingredients.map((i) => i.ingredient).filter((i) => OURS.includes(i)))];
  const others = [...new Set(ingredients.map((i) => i.ingredient).filter((i) => !OURS.includes(i)))];
  if (ours.length !== 1 || others.length > 0) {
    rx.set(code, { kind: 'other-opioid', name: [...ours, ...others].join(' / ') });
    continue;
  }
  const drug = ours[0];
  const rows = ingredients.filter((i) => i.ingredient === drug);
  const unit = UNIT[rows[0].unit];
  if (!unit || rows.some((r) => r.unit !== rows[0].unit)) throw new Error(`RxNorm ${code}: unit ${rows[0].unit}`);
  // One product lists oxycodone twice (hydrochloride and terephthalate): both are oxycodone.
  const value = Number(rows.reduce((sum, r) => sum + r.value, 0).toFixed(6));
  const strength = unit[3] ? { value, unit: 'mg', per: { value: 1, unit: unit[3] } } : { value, unit: 'mg' };
  const parsed = readMedicineName(name);
  const shape = parsed?.kind === 'opioid' ? parsed : readMedicineName(`${drug} ${form}`);
  if (parsed?.kind !== 'opioid' || parsed.drug !== drug) disagreements += 1;
  const medicine = { ...shape, kind: 'opioid', drug, strength };
  if (medicine.route === 'transdermal' && !medicine.patchHours) delete medicine.patchHours;
  rx.set(code, medicine);
}
let added = 0;
for (const file of ['opioid-analgesics-with-ambulatory-misuse-potential', 'buprenorphine-and-methadone-medications', 'benzodiazepine-medications', 'naloxone-medications', 'non-opioid-cns-depressant-medications-gabapentinoids']) {
  for (const { code, display } of JSON.parse(read(`cdc-valuesets/${file}.json`)).expansion.contains) {
    if (rx.has(code)) continue;
    const medicine = readMedicineName(display);
    if (!medicine) { console.warn(`RxNorm ${code} (${file}) not read: ${display}`); continue; }
    // A value set's members outside its class (a benzodiazepine value set member read as an opioid) are not trusted.
    const expected = { 'benzodiazepine-medications': 'benzodiazepine', 'naloxone-medications': 'naloxone', 'non-opioid-cns-depressant-medications-gabapentinoids': 'gabapentinoid' }[file];
    if (expected && medicine.kind !== expected) continue;
    rx.set(code, medicine);
    added += 1;
  }
}
console.log(`RxNorm: ${byDrug.size} OMTK drugs (${disagreements} names read differently from OMTK's columns; OMTK kept), ${added} codes added from the CDC value sets`);
writeTable('src/codes/rxnorm-data.ts', {
  id: 'rxnorm',
  systems: ['http://www.nlm.nih.gov/research/umls/rxnorm'],
  source: 'RxNorm codes from the HL7/CDC OMTK data (opioid-mme-r4, generated 2020-10-20, Apache-2.0) and CDC opioid-cds-r4 value sets (2025-02-24; gabapentinoids from the archived non-opioid CNS depressant set, 2023-05-25; CC0-1.0). This product uses publicly available data courtesy of the U.S. National Library of Medicine (NLM), National Institutes of Health, Department of Health and Human Services; NLM is not responsible for the product and does not endorse or recommend this or any other product.',
  entries: rx,
  aliases: new Map(),
});

// ---- dm+d (OpenSAFELY opioid codelists) ----
const csvRows = readdirSync(new URL('opensafely/', DATA)).filter((f) => f.endsWith('.csv')).flatMap((f) => {
  const lines = read(`opensafely/${f}`).trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    // Terms can contain commas inside quotes.
    const cells = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((c) => c[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    return { code: cells[0], term: cells[1], type: cells[3], bnf: cells[4] ?? '' };
  });
});
const dmd = new Map();
const dmdAliases = new Map();
const vmps = csvRows.filter((r) => r.type === 'VMP' && !/^VMP previous to /.test(r.term));
let unreadVmps = 0;
for (const { code, term } of vmps) {
  // Every row of these codelists contains an opioid: a name the reader cannot take apart is still one.
  const medicine = readMedicineName(term) ?? { kind: 'other-opioid', name: term.slice(0, 80) };
  if (!readMedicineName(term)) unreadVmps += 1;
  dmd.set(code, medicine);
}
for (const { code, term } of csvRows.filter((r) => r.type === 'VMP' && /^VMP previous to /.test(r.term))) {
  const target = term.replace('VMP previous to ', '').trim();
  if (dmd.has(target)) dmdAliases.set(code, target);
}
// An AMP is linked to its VMP by BNF code: the same code (a generic AMP), or, for a branded AMP, the
// same chemical substance (first 9 characters) with the generic-equivalent strength (characters 14–15)
// equal to the VMP's own strength (characters 12–13) — checked against the AMP's own name.
const sameMedicine = (a, b) => a && b && a.kind === b.kind && (a.kind !== 'opioid'
  || (a.drug === b.drug && JSON.stringify(a.strength ?? null) === JSON.stringify(b.strength ?? null) && a.route === b.route));
let ampsLinked = 0; let ampsOwn = 0; let ampsDropped = 0;
for (const amp of csvRows.filter((r) => r.type === 'AMP')) {
  const own = readMedicineName(amp.term);
  const exact = vmps.filter((v) => v.bnf === amp.bnf);
  const generic = vmps.filter((v) => v.bnf.slice(0, 9) === amp.bnf.slice(0, 9) && v.bnf.slice(11, 13) === amp.bnf.slice(13, 15));
  const candidates = exact.length === 1 ? exact : generic.length === 1 ? generic : [...exact, ...generic].filter((v) => sameMedicine(readMedicineName(v.term), own));
  const vmp = [...new Set(candidates)].length === 1 ? candidates[0] : undefined;
  if (vmp && (!own || own.kind !== 'opioid' || !own.strength || sameMedicine(own, dmd.get(vmp.code)))) {
    dmdAliases.set(amp.code, vmp.code); ampsLinked += 1;
  } else if (own && (own.kind !== 'opioid' || own.strength)) {
    dmd.set(amp.code, own); ampsOwn += 1;
  } else ampsDropped += 1;
}
console.log(`dm+d: ${vmps.length} VMPs (${unreadVmps} names not read: kept as other opioids), ${dmdAliases.size - ampsLinked} old VMP ids, AMPs: ${ampsLinked} linked to a VMP, ${ampsOwn} read from their own name, ${ampsDropped} left out (no VMP and a name without a strength)`);
// ---- dm+d benzodiazepines and gabapentinoids (OpenCodelists lists, vendored in OpenSAFELY study repos) ----
// Every row is read by the same name reader: a row it reads as the list's class is kept under its own
// code, a "VMP previous to" row becomes an alias, and the rest are left out and counted (the list's
// non-benzodiazepine meprobamate; topical gabapentin, BNF 04.07.03, which is not taken systemically).
const CLASS_LISTS = [
  { file: 'opensafely-dfms-covid19/user-RachelS99-dependence-forming-medications-benzodiazepines-dmd.csv', kind: 'benzodiazepine' },
  { file: 'opensafely-waiting-list/user-anschaf-gabapentinoids-dmd.csv', kind: 'gabapentinoid' },
];
const csvObjects = (path) => {
  const [header, ...lines] = read(path).trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const cells = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((c) => c[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
};
for (const { file, kind } of CLASS_LISTS) {
  const rows = csvObjects(file);
  const left = new Map();
  let kept = 0; let previous = 0;
  const leaveOut = (why, term) => left.set(why, [...(left.get(why) ?? []), term]);
  const keep = (code, medicine) => {
    const known = dmd.get(code);
    if (known && known.kind !== kind) throw new Error(`dm+d ${code} is both ${known.kind} and ${kind}`);
    dmd.set(code, medicine); kept += 1;
  };
  const listVmps = rows.filter((r) => r.dmd_type === 'VMP' && !/^VMP (previous|subsequent) to /.test(r.term));
  let linked = 0;
  for (const { code, term, dmd_type: type, bnf_code: bnf = '' } of rows) {
    if (/^VMP (previous|subsequent) to /.test(term)) continue;
    if (bnf.startsWith('0407030')) { leaveOut('topical', term); continue; }
    const medicine = readMedicineName(term);
    if (medicine?.kind === kind) { keep(code, medicine); continue; }
    // A brand AMP the reader does not know: its VMP by BNF code, as for the opioid AMPs above.
    const vmp = type === 'AMP' && bnf.length === 15
      ? listVmps.filter((v) => v.bnf_code.slice(0, 9) === bnf.slice(0, 9) && v.bnf_code.slice(11, 13) === bnf.slice(13, 15)) : [];
    if (vmp.length === 1 && readMedicineName(vmp[0].term)?.kind === kind) { dmdAliases.set(code, vmp[0].code); linked += 1; continue; }
    leaveOut('not read as ' + kind, term);
  }
  for (const { code, term } of rows.filter((r) => /^VMP (previous|subsequent) to /.test(r.term))) {
    const other = term.replace(/^VMP (previous|subsequent) to /, '').trim();
    if (dmd.get(other)?.kind !== kind) { leaveOut('old or new id of a code left out', term); continue; }
    // "previous to X": this old id stands for X. "subsequent to X": this current id replaces X, same product.
    if (/^VMP previous/.test(term)) dmdAliases.set(code, other); else keep(code, dmd.get(other));
    previous += 1;
  }
  const excluded = [...left].map(([why, terms]) => `${terms.length} ${why} (${[...new Set(terms)].slice(0, 4).join('; ')}${new Set(terms).size > 4 ? '…' : ''})`).join(', ');
  console.log(`dm+d ${kind}: ${rows.length} rows, ${kept} codes kept, ${linked} brand AMPs linked to their VMP by BNF code, ${previous} old/new VMP ids; left out: ${excluded || 'none'}`);
}

writeTable('src/codes/dmd-data.ts', {
  id: 'dmd',
  systems: ['http://snomed.info/sct', 'https://dmd.nhs.uk', 'https://fhir.nhs.uk/Id/dmd-code'],
  source: 'dm+d codes (NHSBSA, Open Government Licence v3.0) from OpenSAFELY/OpenCodelists lists: opioids from opensafely/opioids-covid-research (MIT, @0e45b0d), benzodiazepines from opensafely/dfms-covid19 (MIT, @79e0ff6), gabapentinoids from opensafely/waiting-list (MIT, @c0b16e1); strengths and forms read from the VMP names. Opioid substitution products (BNF 4.10) and naloxone are not in these lists.',
  entries: dmd,
  aliases: dmdAliases,
  packing: 'sctid',
});
