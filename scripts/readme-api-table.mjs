// Writes the README's API tables from custom-elements.json (built from the elements' JSDoc by
// `npx custom-elements-manifest analyze`): for each element its attributes and events, then its
// properties without an attribute, methods, slots, CSS parts and CSS custom properties in short form.
// Replaces what is between <!-- api-table:start --> and <!-- api-table:end --> in README.md.
// Usage: node scripts/readme-api-table.mjs [--check]   (--check: change nothing, exit 1 if out of date)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const README = fileURLToPath(new URL('README.md', ROOT));
const MANIFEST = fileURLToPath(new URL('custom-elements.json', ROOT));
const START = '<!-- api-table:start -->';
const END = '<!-- api-table:end -->';

/** The order a reader meets the elements in the README. */
const ORDER = ['opioid-plan-card', 'opioid-stop-date-prompt', 'opioid-taper-chart', 'opioid-risk-explainer', 'opioid-review-list', 'opioid-plan-context'];

/** Type aliases spelt out, so a reader need not open the sources. */
const ALIASES = { Guidance: "'uk' | 'us'", IsoDate: 'string' };

/** Text for one Markdown table cell: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => `\`${text}\``;

function typeText(type) {
  if (!type?.text) return '';
  const parts = type.text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.map((part) => ALIASES[part] ?? part).join(' | ');
}

function attributesTable(element) {
  const rows = (element.attributes ?? []).map((attr) => {
    const property = attr.fieldName && attr.fieldName !== attr.name ? ` (${code(`.${attr.fieldName}`)})` : '';
    const type = typeText(attr.type);
    return `| ${code(attr.name)}${property} | ${type ? code(cell(type)) : ''} | ${attr.default !== undefined ? code(cell(attr.default)) : ''} | ${cell(attr.description)} |`;
  });
  if (rows.length === 0) return [];
  return ['| attribute (property) | type | default | description |', '|---|---|---|---|', ...rows, ''];
}

function eventsTable(element) {
  const rows = (element.events ?? []).map((event) => `| ${code(event.name)} | ${cell(event.description)} |`);
  if (rows.length === 0) return [];
  return ['| event | when, and its `detail` |', '|---|---|', ...rows, ''];
}

/** Public properties with no attribute and a description (e.g. `.schedule`, the prompt's live `.value`). */
function propertiesLine(element) {
  const attributeFields = new Set((element.attributes ?? []).map((attr) => attr.fieldName));
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static
    && !member.privacy && member.description && !attributeFields.has(member.name));
  if (fields.length === 0) return [];
  const items = fields.map((field) => {
    const type = typeText(field.type);
    return `${code(`.${field.name}`)}${type ? ` (${code(cell(type))}${field.readonly ? ', read-only' : ''})` : ''}: ${cell(field.description)}`;
  });
  return [`**Properties only:** ${items.join(' · ')}`, ''];
}

/** Public methods a host calls (lifecycle callbacks left out). */
function methodsLine(element) {
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && !member.static
    && !member.privacy && !member.name.endsWith('Callback'));
  if (methods.length === 0) return [];
  const items = methods.map((method) => `${code(`${method.name}(${(method.parameters ?? []).map((p) => p.name).join(', ')})`)}${method.description ? `: ${cell(method.description)}` : ''}`);
  const formControl = methods.some((method) => ['checkValidity', 'reportValidity'].includes(method.name));
  return [`**Methods:** ${items.join(', ')}${formControl ? ' (as on native form controls)' : ''}`, ''];
}

function shortList(label, items, name) {
  if (!items?.length) return [];
  return [`**${label}:** ${items.map((item) => name(item)).join(', ')}`, ''];
}

function elementSection(element) {
  return [
    `### ${code(`<${element.tagName}>`)}`,
    '',
    cell(element.summary ?? ''),
    '',
    ...attributesTable(element),
    ...propertiesLine(element),
    ...methodsLine(element),
    ...eventsTable(element),
    ...shortList('Slots', element.slots, (slot) => `${slot.name ? code(slot.name) : 'default'} (${cell(slot.description)})`),
    ...shortList('CSS parts', element.cssParts, (part) => code(part.name)),
    ...shortList('CSS properties', element.cssProperties,
      (prop) => prop.default !== undefined ? `${code(prop.name)} (${code(cell(prop.default))})` : code(prop.name)),
  ];
}

function apiTables(manifest) {
  const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
  const lines = [
    '<!-- Generated from custom-elements.json by `npm run docs:api`; edit the JSDoc in src/, not this. -->',
    '',
    ...elements.flatMap(elementSection),
  ];
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

const check = process.argv.includes('--check');
const [readme, manifestText] = await Promise.all([readFile(README, 'utf8'), readFile(MANIFEST, 'utf8')]);
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md needs the markers ${START} and ${END} (in that order).`);
  process.exit(2);
}
const next = `${readme.slice(0, start + START.length)}\n${apiTables(JSON.parse(manifestText))}\n${readme.slice(end)}`;

if (next === readme) {
  console.log('README.md API tables are up to date.');
} else if (check) {
  console.error('README.md API tables are out of date with custom-elements.json: run `npm run docs:api`.');
  process.exit(1);
} else {
  await writeFile(README, next);
  console.log('README.md API tables rewritten from custom-elements.json.');
}
