// The clinical-risk hazard log (docs/clinical-safety/hazard-log.md, DCB0129 shape) against the tests
// that prove its controls. Fails when a hazard or a control lists no test, when the log names a test
// id that no test carries, when one id is on two tests, when an id is not at the end of its title,
// or when a risk rating does not follow the log's DCB0129 matrix.
//
// Test ids: a bracketed token at the END of an it()/test()/describe() title, `[T-<AREA>-<NN or NNN>]`;
// a sub-series of an area may put one capital letter before the digits (`[T-LOC-C01]`).
// An id belongs to one title in the source. A tagged describe() stands for every test inside it, and
// a fixed id in a title built in a loop (`${name} never throws [T-ROB-01]`) stands for every test that
// title generates: either way the log names one test definition. Two titles with one id is an error.
// A title may end with an expression that picks one literal id per generated test
// (`${tag === 'cy' ? '[T-X-01]' : '[T-X-02]'}`): each id it can end with is on that title. A title
// ending `[${id}]` takes its ids from the literal ids in a table in its file (one such title a file).
// An id built by arithmetic or string joining cannot be checked and is not found.
//
// Run: `node --test test/docs/` (npm test runs it once, through scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LOG = join(ROOT, 'docs', 'clinical-safety', 'hazard-log.md');
const TEST_DIR = join(ROOT, 'test');
const ELEMENT_SOURCES = ['src/elements', 'src/context'];

const ID = /T-[A-Z]+-[A-Z]?\d{2,3}/g;
const TRAILING_ID = /\[(T-[A-Z]+-[A-Z]?\d{2,3})\]$/;
const HAZARD_HEADING = /^### (H-\d{2}) (.+)$/;

const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'];
const LIKELIHOODS = ['Very high', 'High', 'Medium', 'Low', 'Very low'];
/** The DCB0129 risk matrix (NHS Digital clinical risk management standards): row = likelihood, column = severity. */
const DCB0129_MATRIX = {
  'Very high': [3, 4, 4, 5, 5],
  High: [2, 3, 3, 4, 5],
  Medium: [2, 2, 3, 3, 4],
  Low: [1, 2, 2, 3, 4],
  'Very low': [1, 1, 2, 2, 3],
};
const RISK = /(Minor|Significant|Considerable|Major|Catastrophic) × (Very low|Very high|Low|Medium|High) = \*\*([1-5])\*\*/;
const REQUIRED_FIELDS = ['Hazard', 'Causes', 'Effect on the patient', 'Initial risk', 'Controls', 'Residual risk'];

// ---------------------------------------------------------------------------------------------------
// Test titles in source files

/** Every test file under `dir` (not fixtures, not node_modules). */
function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out.push(...testFiles(path));
    } else if (/\.(test|spec)\.(ts|tsx|js|mjs|cjs)$/.test(name)) {
      out.push(path);
    }
  }
  return out.sort();
}

/** The string literal starting at `source[start]` (a quote or backtick): its raw text and where it ends. */
function readLiteral(source, start) {
  const quote = source[start];
  let i = start + 1;
  let text = '';
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') { text += source.slice(i, i + 2); i += 2; continue; }
    if (char === quote) return { text, end: i + 1 };
    if (quote === '`' && char === '$' && source[i + 1] === '{') {
      // A template expression: skip to its closing brace, stepping over strings inside it.
      let depth = 1;
      let j = i + 2;
      while (j < source.length && depth > 0) {
        const inner = source[j];
        if (inner === '{') depth += 1;
        else if (inner === '}') depth -= 1;
        else if (inner === '"' || inner === "'" || inner === '`') { j = (readLiteral(source, j)?.end ?? source.length) - 1; }
        j += 1;
      }
      text += source.slice(i, j);
      i = j;
      continue;
    }
    text += char;
    i += 1;
  }
  return undefined;
}

/** Titles of describe/it/test calls in one source text: `{ kind, title, line }`. */
export function titlesIn(source) {
  const call = /(?<![.\w$])(describe|it|test|suite)(?:\.(?:only|skip|todo))?\s*\(\s*(?=['"`])/g;
  const titles = [];
  for (const match of source.matchAll(call)) {
    const start = match.index + match[0].length;
    const literal = readLiteral(source, start);
    if (!literal) continue;
    const line = source.slice(0, match.index).split('\n').length;
    titles.push({ kind: match[1], title: literal.text, line });
  }
  return titles;
}

/**
 * The test ids in `sources` (`{ file, text }[]`): `ids` maps each id to the titles carrying it;
 * `problems` lists ids that are not at the end of their title.
 */
export function collectTestIds(sources) {
  const ids = new Map();
  const problems = [];
  for (const { file, text } of sources) {
    const titles = titlesIn(text);
    // A title that ends with `[${id}]` takes its id from a table of literal ids in the same file
    // (`const APPS = { react19: 'T-HOST-19', … }`): with one such title in the file, each id in the
    // table is on it. With more than one, which title carries which id cannot be told.
    const fromTable = titles.filter(({ title }) => /\[\$\{[^{}]*\}\]$/.test(title.trimEnd()));
    const tabled = [...text.matchAll(new RegExp(`(['"\`])(${ID.source})\\1`, 'g'))].map((m) => m[2]);
    if (fromTable.length === 1) {
      const [{ kind, title, line }] = fromTable;
      for (const id of new Set(tabled)) ids.set(id, [...(ids.get(id) ?? []), { file, line, kind, title: title.trimEnd() }]);
    } else if (fromTable.length > 1 && tabled.length > 0) {
      problems.push(`${file}: ${fromTable.length} titles take their id from an expression (\`[\${…}]\`), so which carries ${tabled.join(', ')} cannot be told`);
    }
    for (const { kind, title, line } of titles) {
      const trimmed = title.trimEnd();
      const where = { file, line, kind, title: trimmed };
      const add = (id) => ids.set(id, [...(ids.get(id) ?? []), where]);
      const trailing = TRAILING_ID.exec(trimmed);
      // A title that ends with an expression choosing its id from the loop value:
      // `${tag} … ${tag === 'cy' ? '[T-LOCC-03]' : '[T-LOCC-04]'}` defines each id it can end with.
      const chosen = trailing ? undefined : /\$\{([^{}]*)\}$/.exec(trimmed);
      const choices = chosen ? [...chosen[1].matchAll(/(['"`])[^'"`]*\[(T-[A-Z]+-[A-Z]?\d{2,3})\]\1/g)].map((m) => m[2]) : [];
      if (trailing) add(trailing[1]);
      for (const id of new Set(choices)) add(id);
      const rest = trailing ? trimmed.slice(0, trailing.index) : choices.length ? trimmed.slice(0, chosen.index) : trimmed;
      const token = /\[T-[^\]]*\]/.exec(rest)?.[0];
      if (token && !new RegExp(`^\\[${ID.source}\\]$`).test(token)) {
        problems.push(`${file}:${line}: ${token} is not a test id of the form [T-<AREA>-<NN or NNN>] (or, for a sub-series, [T-<AREA>-<letter><NN>]): ${trimmed}`);
      } else if (token) {
        problems.push(`${file}:${line}: a test id must be the last thing in the title: ${trimmed}`);
      }
    }
  }
  return { ids, problems };
}

/** The test files' sources, this checker left out (its own examples of broken ids are not tests). */
export function readTestSources(dir = TEST_DIR) {
  const self = fileURLToPath(import.meta.url);
  return testFiles(dir).filter((path) => path !== self)
    .map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

// ---------------------------------------------------------------------------------------------------
// The log

/** The hazards of the log: `{ id, title, line, body }` (body: the lines up to the next hazard or section). */
export function hazardsIn(markdown) {
  const lines = markdown.split('\n');
  const hazards = [];
  let current;
  lines.forEach((line, index) => {
    const heading = HAZARD_HEADING.exec(line);
    if (heading) {
      current = { id: heading[1], title: heading[2].trim(), line: index + 1, body: [] };
      hazards.push(current);
    } else if (/^#{1,3} /.test(line)) {
      current = undefined;
    } else if (current) {
      current.body.push(line);
    }
  });
  return hazards;
}

/** Cells of a Markdown table row, trimmed (`| a | b |` → ['a', 'b']). */
function cells(row) {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

/** Rows of the controls table of a hazard: `{ cells, line }` (header and rule left out). */
function controlRows(hazard) {
  const rows = [];
  let inTable = false;
  let testsColumn = -1;
  hazard.body.forEach((line, index) => {
    if (!line.trim().startsWith('|')) { inTable = false; return; }
    const row = cells(line);
    if (!inTable) {
      inTable = true;
      testsColumn = row.indexOf('Tests');
      return;
    }
    if (row.every((cell) => /^:?-+:?$/.test(cell)) || testsColumn < 0) return;
    rows.push({ cells: row, tests: row[testsColumn] ?? '', line: hazard.line + index + 1 });
  });
  return rows;
}

function rating(severity, likelihood) {
  return DCB0129_MATRIX[likelihood][SEVERITIES.indexOf(severity)];
}

/** Problems with the log's matrix table: it must be the DCB0129 matrix the ratings are checked with. */
export function matrixProblems(markdown) {
  const problems = [];
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => line.trim().startsWith('|') && SEVERITIES.every((word) => cells(line).includes(word)));
  if (header < 0) return ['the log has no risk matrix table with the five DCB0129 severities as columns'];
  const columns = cells(lines[header]);
  const found = new Set();
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) break;
    const row = cells(line);
    const likelihood = row[0].replace(/\*/g, '');
    if (!LIKELIHOODS.includes(likelihood)) { problems.push(`matrix row "${row[0]}" is not a DCB0129 likelihood`); continue; }
    found.add(likelihood);
    for (const severity of SEVERITIES) {
      const value = Number(row[columns.indexOf(severity)]?.replace(/\D/g, ''));
      if (value !== rating(severity, likelihood)) {
        problems.push(`matrix: ${likelihood} × ${severity} reads ${value}, DCB0129 gives ${rating(severity, likelihood)}`);
      }
    }
  }
  for (const likelihood of LIKELIHOODS) if (!found.has(likelihood)) problems.push(`matrix has no row for likelihood ${likelihood}`);
  return problems;
}

/**
 * Everything wrong with the log, given the test ids that exist: each hazard must have every field,
 * ratings that follow the matrix (residual no higher than initial), and a controls table whose every
 * row lists tests, all of which exist.
 */
export function logProblems(markdown, ids) {
  const problems = matrixProblems(markdown).map((message) => ({ kind: 'risk', message }));
  const push = (kind, message) => problems.push({ kind, message });
  const hazards = hazardsIn(markdown);
  if (hazards.length === 0) push('shape', 'the log lists no hazards (headings "### H-01 Title")');
  const seen = new Set();
  hazards.forEach((hazard, index) => {
    const where = `${hazard.id} (line ${hazard.line})`;
    if (seen.has(hazard.id)) push('shape', `${where}: hazard id used twice`);
    seen.add(hazard.id);
    const expected = `H-${String(index + 1).padStart(2, '0')}`;
    if (hazard.id !== expected) push('shape', `${where}: hazards must be numbered in order, expected ${expected}`);
    const text = hazard.body.join('\n');
    for (const field of REQUIRED_FIELDS) {
      if (!new RegExp(`^- \\*\\*${field}:\\*\\*`, 'm').test(text)) push('shape', `${where}: no "- **${field}:**" line`);
    }
    const risks = {};
    for (const kind of ['Initial risk', 'Residual risk']) {
      const line = hazard.body.find((candidate) => candidate.startsWith(`- **${kind}:**`));
      const risk = line && RISK.exec(line);
      if (!line) continue;
      if (!risk) { push('risk', `${where}: ${kind} must read "<Severity> × <Likelihood> = **<1–5>**"`); continue; }
      const [, severity, likelihood, value] = risk;
      risks[kind] = Number(value);
      if (Number(value) !== rating(severity, likelihood)) {
        push('risk', `${where}: ${kind} ${severity} × ${likelihood} is ${rating(severity, likelihood)} in the DCB0129 matrix, not ${value}`);
      }
    }
    if (risks['Residual risk'] > risks['Initial risk']) push('risk', `${where}: residual risk is higher than the initial risk`);

    const rows = controlRows(hazard);
    const numbers = rows.map((row) => row.cells[0]);
    if (numbers.some((number, i) => number !== `C${i + 1}`)) push('shape', `${where}: controls must be numbered C1, C2, … in order (found ${numbers.join(', ')})`);
    const listed = [...text.matchAll(ID)].map((match) => match[0]);
    if (rows.length === 0) push('tests', `${where}: no controls table with a "Tests" column`);
    if (listed.length === 0) push('tests', `${where}: lists no test`);
    for (const row of rows) {
      if (!(row.tests.match(ID) ?? []).length) push('tests', `${where}: control "${row.cells[1] ?? row.cells[0]}" (line ${row.line}) lists no test`);
    }
    for (const id of new Set(listed)) {
      if (!ids.has(id)) push('missing-id', `${where}: test id ${id} is not on any test in test/`);
    }
  });
  // Ids outside hazards (intro, summary) must exist too: the log never names a test that is not there.
  const inHazards = new Set(hazards.flatMap((hazard) => hazard.body.join('\n').match(ID) ?? []));
  for (const id of new Set(markdown.match(ID) ?? [])) {
    if (!ids.has(id) && !inHazards.has(id)) push('missing-id', `test id ${id} (outside the hazards) is not on any test in test/`);
  }
  return problems;
}

/** Ids carried by more than one test (or describe). */
export function duplicateIds(ids) {
  return [...ids].filter(([, places]) => places.length > 1)
    .map(([id, places]) => `${id} is on ${places.length} test titles (${places.map((place) => `${place.file}:${place.line}`).join(', ')}): give each its own id, or tag their describe() once`);
}

/** The summary table's rows must match the hazard sections (id, title and both ratings). */
export function summaryProblems(markdown) {
  const problems = [];
  const lines = markdown.split('\n');
  const hazards = hazardsIn(markdown);
  const summary = new Map();
  for (const line of lines) {
    const row = line.trim().startsWith('|') ? cells(line) : [];
    const id = /^\[?(H-\d{2})\]?/.exec(row[0] ?? '')?.[1];
    if (id && !summary.has(id)) summary.set(id, row);
  }
  for (const hazard of hazards) {
    const row = summary.get(hazard.id);
    if (!row) { problems.push(`${hazard.id} is not in the summary table`); continue; }
    const title = row[1]?.replace(/\*/g, '').trim();
    if (title !== hazard.title) problems.push(`${hazard.id}: summary title "${title}" differs from its heading "${hazard.title}"`);
    const initial = Number(/\*\*Initial risk:\*\*.*?= \*\*([1-5])\*\*/.exec(hazard.body.join('\n'))?.[1]);
    const residual = Number(/\*\*Residual risk:\*\*.*?= \*\*([1-5])\*\*/.exec(hazard.body.join('\n'))?.[1]);
    if (Number(row[2]) !== initial || Number(row[3]) !== residual) {
      problems.push(`${hazard.id}: summary says ${row[2]} → ${row[3]}, the section says ${initial} → ${residual}`);
    }
  }
  for (const id of summary.keys()) if (!hazards.some((hazard) => hazard.id === id)) problems.push(`summary lists ${id}, which has no section`);
  return problems;
}

/**
 * Element classes' JSDoc lines "Hazards controlled (docs/clinical-safety/hazard-log.md): H-03 …", one
 * per `src/elements/<tag>/<tag>.ts` and `src/context/<tag>/<tag>.ts` (the shared base is not an element).
 */
export function elementHazardLines(roots = ELEMENT_SOURCES) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { if (name !== 'base') walk(path); } else if (/^opioid-[a-z-]+\.ts$/.test(name) && !name.endsWith('.styles.ts')) {
        const text = readFileSync(path, 'utf8');
        const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export class /.exec(text)?.[1] ?? '';
        const line = /Hazards controlled \(docs\/clinical-safety\/hazard-log\.md\):([\s\S]*?)(?:\n\s*\*\s*\n|\n\s*\*\s*@|$)/.exec(doc);
        out.push({ file: relative(ROOT, path), ids: line ? [...line[1].matchAll(/H-\d{2}/g)].map((m) => m[0]) : undefined });
      }
    }
  };
  for (const dir of roots) walk(join(ROOT, dir));
  return out;
}

/** Every file under `dir` (recursively). */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The files and names the controls cite ("In the code" column, in backticks) that the code does not
 * have: a path must exist (or a file of that name under src/ or scripts/), and a plain identifier must
 * appear as a word in src/, scripts/ or a root config file. Globs and package paths are left alone.
 */
export function staleCodeNames(markdown, root = ROOT) {
  const files = [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'scripts')),
    ...readdirSync(root).filter((name) => /\.(mjs|json)$/.test(name)).map((name) => join(root, name))];
  const code = files.map((path) => readFileSync(path, 'utf8')).join('\n');
  const basenames = new Set(files.map((path) => path.split(/[\\/]/).pop()));
  const stale = [];
  for (const hazard of hazardsIn(markdown)) {
    for (const row of controlRows(hazard)) {
      for (const [, token] of (row.cells[2] ?? '').matchAll(/`([^`]+)`/g)) {
        if (token.includes('*') || token.startsWith('opioid-elements/')) continue;
        if (/\.(ts|mjs|json)$/.test(token) || token.includes('/')) {
          if (!existsSync(join(root, token)) && !basenames.has(token.split('/').pop())) stale.push(`${hazard.id} ${row.cells[0]}: no file ${token}`);
        } else if (/^[A-Za-z_$][\w$]*$/.test(token) && !new RegExp(`\\b${token.replace(/\$/g, '\\$')}\\b`).test(code)) {
          stale.push(`${hazard.id} ${row.cells[0]}: ${token} is not in the code`);
        }
      }
    }
  }
  return stale;
}

// ---------------------------------------------------------------------------------------------------

const markdown = readFileSync(LOG, 'utf8');
const sources = readTestSources();
const { ids, problems: placementProblems } = collectTestIds(sources);
const messages = (problems, kind) => problems.filter((problem) => problem.kind === kind).map((problem) => problem.message);

test('the hazard log lists hazards H-01 onwards, each with every DCB0129 field', () => {
  const hazards = hazardsIn(markdown);
  assert.ok(hazards.length >= 14, `only ${hazards.length} hazards`);
  assert.deepEqual(messages(logProblems(markdown, ids), 'shape'), []);
});

test('every hazard and every control lists at least one test', () => {
  assert.deepEqual(messages(logProblems(markdown, ids), 'tests'), []);
});

test('every test id in the log is on a test in test/', () => {
  assert.deepEqual(messages(logProblems(markdown, ids), 'missing-id'), []);
});

test('no test id is on more than one test, and every id ends its title', () => {
  assert.deepEqual([...duplicateIds(ids), ...placementProblems], []);
});

test('risk ratings follow the DCB0129 matrix the log shows; residual never above initial', () => {
  assert.deepEqual(messages(logProblems(markdown, ids), 'risk'), []);
});

test('every file and name a control cites is in the code', () => {
  assert.deepEqual(staleCodeNames(markdown), []);
});

test('the summary table matches the hazard sections', () => {
  assert.deepEqual(summaryProblems(markdown), []);
});

test('each element class names the hazards it controls, all of them in the log', () => {
  const known = new Set(hazardsIn(markdown).map((hazard) => hazard.id));
  const lines = elementHazardLines();
  assert.ok(lines.length >= 5, `found ${lines.length} element classes`);
  const problems = lines.flatMap(({ file, ids: named }) => (named === undefined || named.length === 0
    ? [`${file}: no "Hazards controlled (docs/clinical-safety/hazard-log.md): H-…" line in the class JSDoc`]
    : named.filter((id) => !known.has(id)).map((id) => `${file}: ${id} is not in the log`)));
  assert.deepEqual(problems, []);
});

test('the checker catches a broken log and broken test ids', () => {
  const first = hazardsIn(markdown)[0];
  assert.ok(first, 'no hazard to break');
  const firstIds = [...new Set(first.body.join('\n').match(ID))];
  // A hazard whose tests are all removed.
  let broken = markdown;
  for (const id of firstIds) broken = broken.replaceAll(id, '');
  assert.ok(messages(logProblems(broken, ids), 'tests').some((message) => message.startsWith(`${first.id} `)));
  // A test id nobody carries.
  broken = markdown.replace(firstIds[0], 'T-OME-999');
  assert.ok(messages(logProblems(broken, ids), 'missing-id').some((message) => message.includes('T-OME-999')));
  // A rating that does not follow the matrix.
  broken = markdown.replace(/(- \*\*Initial risk:\*\*.*?= \*\*)([1-5])/, (_, head, value) => `${head}${value === '1' ? '5' : '1'}`);
  assert.ok(messages(logProblems(broken, ids), 'risk').some((message) => /DCB0129 matrix, not/.test(message)));
  // A control that cites a function the code no longer has.
  broken = markdown.replace(/(\| C1 \| [^|]*\| )/, '$1`noSuchFunctionAnywhere`; `src/core/no-such-file.ts`; ');
  assert.equal(staleCodeNames(broken).length, 2);
  // One id on two tests, and an id that is not at the end of its title.
  const twice = collectTestIds([
    { file: 'a.test.ts', text: "it('one [T-OME-998]', () => {});\ndescribe(`two ${x} [T-OME-998]`, () => {});" },
    { file: 'b.test.mjs', text: "test('three [T-OME-997] more', () => {}); /x/.test('[T-OME-996]'); it('four [T-OME-7]'); it('six [T-OME-R01]');" },
    { file: 'c.test.ts', text: "it(`${tag} five ${tag === 'cy' ? '[T-OME-994]' : '[T-OME-995]'}`, () => {});" },
    { file: 'd.test.mjs', text: "const APPS = { a: 'T-OME-992', b: 'T-OME-993' };\nfor (const [app, id] of Object.entries(APPS)) test(`${app} seven [${id}]`, () => {});" },
  ]);
  assert.ok(twice.ids.has('T-OME-994') && twice.ids.has('T-OME-995'), 'ids chosen by the loop value are found');
  assert.ok(twice.ids.has('T-OME-992') && twice.ids.has('T-OME-993'), 'ids taken from a table in the file are found');
  assert.equal(duplicateIds(twice.ids).length, 1);
  assert.equal(twice.problems.length, 2);
  assert.match(twice.problems[1], /\[T-OME-7\] is not a test id of the form/);
  assert.ok(twice.ids.has('T-OME-R01'), 'a sub-series letter is allowed');
  assert.equal(twice.ids.has('T-OME-996'), false, 'a RegExp .test() call is not a test');
});
