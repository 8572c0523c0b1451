// Looked at as a person would: every Storybook story and every host demo page, opened in headless
// Chromium at a phone width (375 px) and a desktop width (1280 px), from the static Storybook build.
// Each page must log no console errors, pass axe (WCAG 2.0/2.1/2.2 A and AA) on the whole page, show
// its key text, and leave a full-page screenshot in screenshots/ (git-ignored) for a human to look at.
//
// Run: `npm run build-storybook` (or `node scripts/storybook.mjs build --no-build` after `npm run
// build`), then `node --test test/browser/`. `npm test` does both.
/* global window, document, Node, HTMLElement, customElements, getComputedStyle, requestAnimationFrame -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const STATIC = join(ROOT, 'storybook-static');
const SHOTS = join(ROOT, 'screenshots');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const WIDTHS = [375, 1280];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TIMEOUT = 30_000;

/** Text each host demo must show once its elements have rendered: what its reader came for. */
const DEMOS = {
  'epr-patient-record.html': [
    'ASHWORTH, Robert', // the host page itself
    'Opioid treatment plan', // the plan card's heading
    'mg/day OME', // the total, in UK units
    'Reduction schedule', // the host's panel around the taper chart
  ],
  'patient-information.html': [
    'Opioids for long-term pain: benefits and risks',
    'in every 100 people', // the explainer's natural-frequency figures
    'about 7 in every 1,000 people', // overdose at 50–99 mg a day (Dunn 2010), the band of the page's 60 mg
    'Your dose: 60 mg a day',
  ],
  'practice-review-list.html': [
    'Riverside Medical Practice — opioid review service', // the host page itself
    'People on the list', // the review list's summary
    'Benzodiazepine or gabapentinoid', // a measure the service reports
    'mg/day OME', // totals, in UK units
  ],
  'discharge-summary.html': [
    'Discharge summary',
    'When should the patient stop taking oxycodone?', // the prompt's question
    '5 days', // a quick choice
  ],
};

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};

/** Every story in the static build (docs pages are Storybook's own; stories are what we wrote). */
function listStories() {
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

const built = existsSync(join(STATIC, 'index.json'));
const stories = built ? listStories() : [];
const demos = built ? readdirSync(join(STATIC, 'demos')).filter((file) => file.endsWith('.html')).sort() : [];

let server;
let origin;
let browser;

/** A static file server for storybook-static/ on 127.0.0.1 and a free port. */
function serve(root) {
  return new Promise((resolveServer) => {
    const httpServer = createServer((request, response) => {
      let path;
      try { path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname); } catch { response.writeHead(400).end(); return; }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) { response.writeHead(403).end(); return; }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) { response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'); return; }
      response.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    });
    httpServer.listen(0, '127.0.0.1', () => resolveServer(httpServer));
  });
}

before(async () => {
  if (!built) return;
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(STATIC);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/**
 * Runs in the page: every `opioid-*` element, through open shadow roots. Shared by the helpers below
 * as source text, since page functions cannot close over Node variables.
 */
const DEEP_ELEMENTS = `(function deepOpioidElements(root = document) {
  const found = [];
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('opioid-')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
})`;

/**
 * Waits until every opioid-* element is defined and has finished rendering (Lit's updateComplete);
 * returns the tags still not defined after 5 s.
 */
async function settle(page) {
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: TIMEOUT });
  const undefinedTags = await page.evaluate(async (deepSource, timeout) => {
    const deep = (0, eval)(deepSource);
    const tags = [...new Set(deep().map((element) => element.localName))];
    const late = await Promise.all(tags.map((tag) => Promise.race([
      customElements.whenDefined(tag).then(() => null),
      new Promise((done) => setTimeout(() => done(tag), timeout)),
    ])));
    // Rendering can add elements (a card inside a context) and updates can queue more updates.
    for (let round = 0; round < 5; round += 1) {
      const pending = await Promise.all(deep().map((element) => element.updateComplete ?? true));
      if (pending.every((done) => done === true)) break;
    }
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return late.filter(Boolean);
  }, DEEP_ELEMENTS, 5000);
  return undefinedTags;
}

/** A new page at `width` that records console errors, uncaught errors and failed requests. */
async function openPage(width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url ? ` (${message.location().url})` : '';
      errors.push(`console.error: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message ?? error}`));
  // A dialog means a hostile string ran as code (e.g. `<img onerror=alert(1)>`).
  page.on('dialog', (dialog) => { errors.push(`dialog opened: ${dialog.type()} "${dialog.message()}"`); void dialog.dismiss(); });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, errors };
}

/** axe on the whole document (it reads open shadow roots); one line per failing node. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id, impact: violation.impact, help: violation.help,
      nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`),
    }));
  }, AXE_TAGS);
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${violation.help} — ${node}`));
}

/** The text a person sees on the page, including text inside shadow roots (not styles or scripts). */
function visibleText(page) {
  return page.evaluate(() => {
    const parts = [];
    const visit = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) { parts.push(child.textContent); continue; }
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        if (['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(child.tagName)) continue;
        if (child.hidden || getComputedStyle(child).display === 'none') continue;
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(document.body);
    // Text nodes are joined with spaces (blocks are not glued together), then no space before punctuation.
    return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([?.,:;!)])/g, '$1');
  });
}

/** What every opioid-* element on the page shows: its tag, size and own rendered text. */
function elementReport(page) {
  return page.evaluate((deepSource) => {
    const deep = (0, eval)(deepSource);
    const ownText = (root) => {
      let text = '';
      const visit = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
          else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(child.tagName)) {
            // What renders: a nested element's shadow tree, and the light DOM a slot shows.
            if (child.shadowRoot) visit(child.shadowRoot);
            else if (child.localName === 'slot') visit({ childNodes: child.assignedNodes({ flatten: true }) });
            else visit(child);
          }
        }
      };
      visit(root);
      return text.replace(/\s+/g, ' ').trim();
    };
    return deep().map((element) => {
      const box = element.getBoundingClientRect();
      const alert = element.shadowRoot?.querySelector('[role="alert"]');
      return {
        tag: element.localName,
        defined: element.matches(':defined'),
        width: Math.round(box.width), height: Math.round(box.height),
        text: element.shadowRoot ? ownText(element.shadowRoot) : element.textContent.trim(),
        alert: alert ? alert.textContent.replace(/\s+/g, ' ').trim() : '',
      };
    });
  }, DEEP_ELEMENTS);
}

async function screenshot(page, name, print = false) {
  if (print) await page.emulateMediaType('print');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  if (print) await page.emulateMediaType(null);
}

/**
 * Everything wrong with one page, gathered so that one run reports all of it (console errors, axe,
 * missing text, …) rather than stopping at the first.
 */
/** Words a person should never read: a number or object that failed to become text. */
const leaks = (text) => [...text.matchAll(/.{0,40}(?:\bNaN\b|\bundefined\b|\bnull\b|\[object \w+\]|\bInfinity\b).{0,40}/g)].map((match) => `…${match[0]}…`);

class Problems {
  list = [];
  check(ok, message) { if (!ok) this.list.push(message); }
  add(title, lines) { if (lines.length) this.list.push(`${title}:\n    ${lines.join('\n    ')}`); }
  assertNone() { assert.ok(this.list.length === 0, `${this.list.length} problem(s):\n  ${this.list.join('\n  ')}`); }
}

test('the static Storybook build is there', () => {
  assert.ok(built, 'storybook-static/index.json is missing: run `npm run build-storybook` first');
  assert.ok(stories.length > 0, 'the Storybook index lists no stories');
  assert.ok(demos.length >= Object.keys(DEMOS).length, `demos found: ${demos.join(', ')}`);
  for (const demo of Object.keys(DEMOS)) assert.ok(demos.includes(demo), `${demo} is not in storybook-static/demos`);
});

for (const story of stories) {
  for (const width of WIDTHS) {
    test(`story ${story.id} at ${width} px`, { timeout: 60_000 }, async () => {
      const { page, errors } = await openPage(width);
      try {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: TIMEOUT });
        // Storybook renders, plays, then runs afterEach (the a11y addon's own axe run) before "finished".
        await page.waitForFunction(
          () => ['finished', 'aborted', 'errored'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
          { timeout: TIMEOUT },
        );
        const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
        const undefinedTags = await settle(page);

        const elements = await elementReport(page);
        const text = await visibleText(page);
        const violations = await axeViolations(page);
        await screenshot(page, `${story.id}-${width}`, /print/i.test(story.name));

        const problems = new Problems();
        problems.add('console or page errors', errors);
        problems.add('custom elements never defined', undefinedTags);
        // "errored" also means the story's play function threw or a report (the a11y addon) failed.
        problems.check(phase === 'finished', `Storybook ended the story in phase "${phase}"`);
        problems.add('axe violations', violations);
        problems.check(elements.length > 0, 'the story shows no opioid-* element');
        for (const element of elements) {
          problems.check(element.defined, `<${element.tag}> was never upgraded`);
          problems.check(element.text.length > 0, `<${element.tag}> renders no text`);
          problems.check(element.width > 0 && element.height > 0, `<${element.tag}> has no size (${element.width}×${element.height})`);
        }
        // Stories of bad input must say so on screen, in words (role="alert"); stories of good input
        // must not. Hostile strings may be either (shown as text, or refused with an error).
        const alerts = elements.filter((element) => element.alert);
        if (!/hostile/i.test(story.name)) problems.add('leaked programming values on screen', leaks(text));
        if (/invalid/i.test(story.name)) problems.check(alerts.length > 0, 'an "invalid" story shows no error (role="alert")');
        else if (!/hostile/i.test(story.name)) {
          problems.add('a story of good input shows an error', alerts.map((element) => `<${element.tag}>: ${element.alert}`));
        }
        problems.assertNone();
      } finally {
        await page.close();
      }
    });
  }
}

for (const demo of demos) {
  for (const width of WIDTHS) {
    test(`demo ${demo} at ${width} px`, { timeout: 60_000 }, async () => {
      const { page, errors } = await openPage(width);
      try {
        await page.goto(`${origin}/demos/${demo}`, { waitUntil: 'load', timeout: TIMEOUT });
        const undefinedTags = await settle(page);
        // A page built from a FHIR record words it once the record's catalogue and code table have
        // loaded (the card shows no plan until then, so a total never flashes as complete): wait for
        // the demo's key phrases, for up to 5 s, before reading the page.
        let text = await visibleText(page);
        for (let waited = 0; waited < 5000 && !(DEMOS[demo] ?? []).every((phrase) => text.includes(phrase)); waited += 200) {
          await new Promise((done) => setTimeout(done, 200));
          text = await visibleText(page);
        }
        const elements = await elementReport(page);
        const violations = await axeViolations(page);
        await screenshot(page, `demo-${demo.replace(/\.html$/, '')}-${width}`);

        // Nothing may stick out sideways: a phone user should never scroll left and right.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

        const problems = new Problems();
        problems.add('console or page errors', errors);
        problems.add('custom elements never defined', undefinedTags);
        problems.add('axe violations', violations);
        problems.add('leaked programming values on screen', leaks(text));
        problems.check(elements.length > 0, 'the demo shows no opioid-* element');
        for (const element of elements) {
          problems.check(element.defined, `<${element.tag}> was never upgraded`);
          problems.check(element.alert === '', `<${element.tag}> shows an error: ${element.alert}`);
        }
        for (const phrase of DEMOS[demo] ?? []) problems.check(text.includes(phrase), `"${phrase}" is not on the page`);
        problems.check(overflow <= 0, `the page is ${overflow} px wider than the ${width} px window`);
        problems.assertNone();
      } finally {
        await page.close();
      }
    });
  }
}

test('discharge demo: Save is blocked until a stop date is chosen, then submits date and kind [T-STORY-001]', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(1280);
  try {
    await page.goto(`${origin}/demos/discharge-summary.html`, { waitUntil: 'load', timeout: TIMEOUT });
    await settle(page);
    const save = await page.$('button[type="submit"]');
    const submittedShown = () => page.$eval('#submitted', (section) => !section.hidden);

    // Nothing chosen: the browser's form validation stops the submit, and the prompt says why.
    await save.click();
    await settle(page);
    assert.equal(await submittedShown(), false, 'the form was submitted without the required stop date');
    const blocked = await page.$eval('opioid-stop-date-prompt', (prompt) => ({
      invalid: prompt.matches(':invalid'),
      message: prompt.shadowRoot.querySelector('[part="field-error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    }));
    assert.equal(blocked.invalid, true, 'the empty required prompt is not :invalid');
    assert.ok(blocked.message.length > 0, 'no error message is shown beside the date field');
    await screenshot(page, 'demo-discharge-summary-blocked-1280');

    // "5 days" from a start of 21 November 2026: stop on 26 November 2026.
    const fiveDays = await page.evaluateHandle(() => [...document.querySelector('opioid-stop-date-prompt').shadowRoot
      .querySelectorAll('label.option')].find((label) => label.textContent.includes('5 days')));
    assert.ok(await fiveDays.evaluate((label) => label instanceof HTMLElement), 'no "5 days" choice');
    await fiveDays.click();
    await settle(page);
    await save.click();
    await page.waitForFunction(() => !document.getElementById('submitted').hidden, { timeout: 5000 });
    const submitted = await page.$$eval('#submitted-data dt', (terms) => Object.fromEntries(
      terms.map((term) => [term.textContent, term.nextElementSibling.textContent])));
    assert.equal(submitted.opioidStopDate, '2026-11-26');
    assert.equal(submitted['opioidStopDate-kind'], 'stop');
    assert.equal(submitted.patientName, 'Jordan Ellis', 'the host form fields are submitted too');
    const violations = await axeViolations(page);
    await screenshot(page, 'demo-discharge-summary-submitted-1280');
    const problems = new Problems();
    problems.add('console or page errors', errors);
    problems.add('axe violations', violations);
    problems.assertNone();
  } finally {
    await page.close();
  }
});
