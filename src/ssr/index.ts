/**
 * Server templates (`import { renderToString } from 'opioid-elements/ssr'`, Node 20): a widget with its
 * data as HTML with a declarative shadow root, so the page reads completely before (or without) any
 * JavaScript; when the library loads in the browser the same attributes drive the live widget.
 *
 * Needs the optional peer dependency `@lit-labs/ssr`. The data is written as attributes (a plan or a
 * content pack as JSON text), never as properties: a page that is not hydrated by Lit upgrades each
 * element from its attributes alone. A stop-date prompt with a `name` also gets a native fallback
 * (`<fieldset slot="no-script">`: a date input submitting the same field names) that stands in while
 * the element is not defined and is disabled once it runs. A review list takes its `plans` (an array) as
 * a property on the server and, for the browser, as the same JSON in a child `<script type="application/json">`;
 * with JavaScript off it shows its rows as a plain table.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import '../index.js';
import { isIsoDate, todayIso } from '../core/dates.js';
import { indicationRule } from '../elements/opioid-stop-date-prompt/stop-date-rules.js';
import { formatDateWithWeekday, matchTag, wordsFor } from '../locales/index.js';
import { promptSection } from '../locales/prompt/index.js';

/** The widgets a server template can render. */
export type WidgetTag =
  | 'opioid-plan-context' | 'opioid-plan-card' | 'opioid-stop-date-prompt' | 'opioid-taper-chart' | 'opioid-risk-explainer'
  | 'opioid-review-list';

/**
 * A widget's data: its attributes, by attribute name or property name (`intervalDays` is written
 * `interval-days`). Objects (`plan`, `pack`) are written as JSON text; `true` writes an empty
 * attribute; `false`, `null` and `undefined` write none. A review list's `plans` is the exception: the
 * array of plans (or of `{ plan, person }`), given to the element itself and in a child JSON script.
 */
export type WidgetData = Readonly<Record<string, string | number | boolean | object | null | undefined>>;

/** A child widget: `[tag, data, children]`. */
export type WidgetChild = readonly [tag: WidgetTag, data?: WidgetData, children?: readonly WidgetChild[]];

const TAGS: readonly WidgetTag[] = [
  'opioid-plan-context', 'opioid-plan-card', 'opioid-stop-date-prompt', 'opioid-taper-chart', 'opioid-risk-explainer',
  'opioid-review-list',
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

/** JSON for a `<script type="application/json">` data block: `<` escaped, so no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/</g, '\\u003c');
}

/**
 * The review list: its attributes, `plans` as a property (the server has no child script to read) and
 * the same plans in a child JSON data block (what the list reads in the browser, hydrated or not).
 */
function reviewList(data: WidgetData, inner: readonly TemplateResult[]): TemplateResult {
  const { plans, fhir, ...rest } = data;
  if (fhir !== undefined && fhir !== null) {
    throw new TypeError('opioid-elements/ssr: a review list renders on the server from `plans`; a FHIR list renders in the browser.');
  }
  let list: unknown = plans;
  if (typeof plans === 'string') {
    try { list = JSON.parse(plans); } catch { list = plans; }
  }
  const script = list === undefined || list === null ? '' : `<script type="application/json">${scriptJson(list)}</script>`;
  // Tags as static values: the build's HTML minifier drops an end tag whose start tag it cannot see.
  const start = unsafeStatic(`<opioid-review-list${attributes(rest)}`);
  const end = unsafeStatic('</opioid-review-list>');
  return inner.length === 0
    ? html`${start} .plans=${list ?? undefined}>${unsafeStatic(script)}${end}`
    : html`${start} .plans=${list ?? undefined}>${unsafeStatic(script)}${inner}${end}`;
}

/** Whether a review list (which needs a property binding) is in this part of the tree. */
function hasReviewList(tag: WidgetTag, children: readonly WidgetChild[]): boolean {
  return tag === 'opioid-review-list' || children.some(([childTag, , grandchildren = []]) => hasReviewList(childTag, grandchildren));
}

/** Every widget but the review list: its start tag from attributes (and the prompt's fallback). */
function startTag(tag: WidgetTag, data: WidgetData): string {
  const fallback = tag === 'opioid-stop-date-prompt' ? promptFallback(data) : '';
  return `<${tag}${attributes(data)}>${fallback}`;
}

function markup(tag: WidgetTag, data: WidgetData, children: readonly WidgetChild[]): TemplateResult {
  const check = (name: WidgetTag, kids: readonly WidgetChild[]): void => {
    if (!TAGS.includes(name)) throw new TypeError(`opioid-elements/ssr: <${String(name)}> is not an opioid-elements widget.`);
    for (const [childTag, , grandchildren = []] of kids) check(childTag, grandchildren);
  };
  check(tag, children);
  if (!hasReviewList(tag, children)) {
    const text = (name: WidgetTag, data: WidgetData, kids: readonly WidgetChild[]): string => startTag(name, data)
      + kids.map(([childTag, childData = {}, grandchildren = []]) => text(childTag, childData, grandchildren)).join('') + `</${name}>`;
    return html`${unsafeStatic(text(tag, data, children))}`;
  }
  const inner = children.map(([childTag, childData = {}, grandchildren = []]) => markup(childTag, childData, grandchildren));
  if (tag === 'opioid-review-list') return reviewList(data, inner);
  return html`${unsafeStatic(startTag(tag, data))}${inner}${unsafeStatic(`</${tag}>`)}`;
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
 * Throws (a `TypeError`) only on a tag that is not a widget, a data key that is not an attribute
 * name, or a review list given `fhir` (give it `plans`); bad data renders the widget's own error block,
 * as in the browser.
 */
export async function renderToString(tag: WidgetTag, data: WidgetData = {}, children: readonly WidgetChild[] = []): Promise<string> {
  return collectResult(render(markup(tag, data, children)));
}

/**
 * The Content Security Policy sources (`'sha256-…'`) that allow the inline `<style>` blocks in server-
 * rendered HTML: each declarative shadow root carries its element's styles as a `<style>`, which
 * `style-src 'self'` alone blocks (the page would read unstyled with JavaScript off). Add them to
 * `style-src`; no `'unsafe-inline'` is needed, and nothing needs a script:
 *
 * ```js
 * const body = await renderToString('opioid-plan-card', { plan });
 * response.setHeader('content-security-policy', `script-src 'self'; style-src 'self' ${(await styleHashes(body)).join(' ')}`);
 * ```
 *
 * One source per distinct style text, in the order they first appear. Uses Web Crypto (Node 20's global `crypto`).
 */
export async function styleHashes(htmlText: string): Promise<string[]> {
  const texts = new Set<string>();
  for (const match of htmlText.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)) texts.add(match[1] ?? '');
  const sources: string[] = [];
  for (const text of texts) {
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    let binary = '';
    for (const byte of digest) binary += String.fromCharCode(byte);
    sources.push(`'sha256-${btoa(binary)}'`);
  }
  return sources;
}
