/**
 * Server templates (`import { renderToString } from 'opioid-elements/ssr'`, Node 20): a widget with its
 * data as HTML with a declarative shadow root, so the page reads completely before (or without) any
 * JavaScript; when the library loads in the browser the same attributes drive the live widget.
 *
 * Needs the optional peer dependency `@lit-labs/ssr`. The data is written as attributes (a plan or a
 * content pack as JSON text), never as properties: a page that is not hydrated by Lit upgrades each
 * element from its attributes alone. A stop-date prompt with a `name` also gets a native fallback
 * (`<fieldset slot="no-script">`: a date input submitting the same field names) that stands in while
 * the element is not defined and is disabled once it runs.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { isIsoDate, todayIso } from '../core/dates.js';
import { indicationRule } from '../elements/opioid-stop-date-prompt/stop-date-rules.js';
import { formatDateWithWeekday, matchTag, wordsFor } from '../locales/index.js';
import { promptSection } from '../locales/prompt/index.js';

/** The widgets a server template can render. */
export type WidgetTag =
  | 'opioid-plan-context' | 'opioid-plan-card' | 'opioid-stop-date-prompt' | 'opioid-taper-chart' | 'opioid-risk-explainer';

/**
 * A widget's data: its attributes, by attribute name or property name (`intervalDays` is written
 * `interval-days`). Objects (`plan`, `pack`) are written as JSON text; `true` writes an empty
 * attribute; `false`, `null` and `undefined` write none.
 */
export type WidgetData = Readonly<Record<string, string | number | boolean | object | null | undefined>>;

/** A child widget: `[tag, data, children]`. */
export type WidgetChild = readonly [tag: WidgetTag, data?: WidgetData, children?: readonly WidgetChild[]];

const TAGS: readonly WidgetTag[] = [
  'opioid-plan-context', 'opioid-plan-card', 'opioid-stop-date-prompt', 'opioid-taper-chart', 'opioid-risk-explainer',
];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `intervalDays` → `interval-days`; `readOnly` → `readonly` (the attribute's own spelling). */
function attributeName(key: string): string {
  if (key === 'readOnly') return 'readonly';
  const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`opioid-elements/ssr: "${key}" is not an attribute name.`);
  return name;
}

function attributeText(value: WidgetData[string]): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function attributes(data: WidgetData): string {
  return Object.entries(data).map(([key, value]) => {
    const text = attributeText(value);
    return text === undefined ? '' : ` ${attributeName(key)}="${escapeAttribute(text)}"`;
  }).join('');
}

let fallbackCount = 0;

/**
 * The prompt's stand-in while it is not defined: the same question and field names as the live prompt
 * (`<name>`, `<name>-kind`, `<name>-start`), as native controls that a form submits with no script.
 */
function promptFallback(data: WidgetData): string {
  const name = attributeText(data.name);
  if (!name || data.disabled === true) return '';
  const lang = matchTag(attributeText(data.locale) ?? '') === 'en-US' ? 'en-US' : 'en-GB';
  // The built-in words (en-GB, en-US): a draft locale's words load on demand, in the browser.
  const promptWords = promptSection.get(lang);
  const givenStart = attributeText(data.start) ?? '';
  const start = isIsoDate(givenStart) ? givenStart : givenStart === '' ? todayIso() : '';
  const kinds = indicationRule(attributeText(data.indication) ?? 'acute')?.kinds ?? ['stop', 'review'];
  const givenKind = attributeText(data.kind);
  const kind = kinds.find((k) => k === givenKind) ?? kinds[0] ?? 'stop';
  const value = attributeText(data.value) ?? '';
  const field = escapeAttribute(name);
  const hidden = (suffix: string, text: string) => `<input type="hidden" name="${field}${suffix}" value="${escapeAttribute(text)}">`;
  if (data.readonly === true || data.readOnly === true) {
    return `<fieldset slot="no-script" class="opioid-no-script">${hidden('', value)}${hidden('-kind', kind)}${hidden('-start', start)}</fieldset>`;
  }
  const id = `opioid-no-script-${++fallbackCount}`;
  const given = attributeText(data.drug)?.trim() ?? '';
  const drug = escapeText(wordsFor(lang).drug(given) || given.slice(0, 100) || promptWords.defaultDrug);
  const [before, after] = promptWords.question[kind];
  const kindChoice = kinds.length > 1
    ? `<fieldset><legend>${escapeText(promptWords.kindLegend)}</legend>${kinds.map((option) => `<label><input type="radio" name="${field}-kind" value="${option}"${option === kind ? ' checked' : ''}> ${escapeText(promptWords.kindLabels[option][0])}</label>`).join(' ')}</fieldset>`
    : hidden('-kind', kind);
  const startText = start ? `<p>${escapeText(`${promptWords.startHint(formatDateWithWeekday(start, lang), kind, false)}`)}</p>` : '';
  return `<fieldset slot="no-script" class="opioid-no-script"><legend>${escapeText(before)}<bdi>${drug}</bdi>${escapeText(after)}</legend>`
    + `${startText}${kindChoice}<label for="${id}">${escapeText(promptWords.dateLabel[kind])}</label> `
    + `<input type="date" id="${id}" name="${field}" value="${escapeAttribute(isIsoDate(value) ? value : '')}"`
    + `${start ? ` min="${start}"` : ''} max="9999-12-31"${data.required === true || data.required === '' ? ' required' : ''}>`
    + `${hidden('-start', start)}</fieldset>`;
}

function markup(tag: WidgetTag, data: WidgetData, children: readonly WidgetChild[]): string {
  if (!TAGS.includes(tag)) throw new TypeError(`opioid-elements/ssr: <${String(tag)}> is not an opioid-elements widget.`);
  const inner = children.map(([childTag, childData = {}, grandchildren = []]) => markup(childTag, childData, grandchildren)).join('');
  const fallback = tag === 'opioid-stop-date-prompt' ? promptFallback(data) : '';
  return `<${tag}${attributes(data)}>${fallback}${inner}</${tag}>`;
}

/**
 * HTML for one widget (and, for `opioid-plan-context`, the widgets inside it) rendered on the server:
 * declarative shadow DOM that reads completely with JavaScript off, and that the library in the page
 * takes over when it loads.
 *
 * ```js
 * const html = await renderToString('opioid-plan-context', { plan, today: '2026-11-21' }, [
 *   ['opioid-plan-card'], ['opioid-taper-chart'],
 * ]);
 * ```
 *
 * Throws (a `TypeError`) only on a tag that is not a widget or a data key that is not an attribute
 * name; bad data renders the widget's own error block, as in the browser.
 */
export async function renderToString(tag: WidgetTag, data: WidgetData = {}, children: readonly WidgetChild[] = []): Promise<string> {
  const result = render(html`${unsafeStatic(markup(tag, data, children))}`);
  return collectResult(result);
}
