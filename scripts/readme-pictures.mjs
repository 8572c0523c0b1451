// The README's pictures: one PNG per widget, cropped to the widget, from the Storybook stories.
// Needs a running Storybook (`npm start`; STORYBOOK_URL, default http://127.0.0.1:6006) and Chromium
// (see scripts/chromium.mjs). Writes docs/images/<element>.png.
// Usage: node scripts/readme-pictures.mjs [element …]   (no names: every picture)
/* global document, window -- the functions given to page.evaluate run in the browser */
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './chromium.mjs';

const OUT_DIR = fileURLToPath(new URL('../docs/images/', import.meta.url));
const BASE = (process.env.STORYBOOK_URL ?? 'http://127.0.0.1:6006').replace(/\/$/, '');
/** Space kept around the cropped element, so borders and shadows are not cut. */
const MARGIN = 8;

/**
 * Which story shows each widget's point, what to crop to, and what to do first.
 * `crop`: a page selector; `until`: run in the page, returns where the picture ends (page pixels), for
 * widgets much taller than a README picture should be.
 */
const PICTURES = [
  {
    // Methadone for opioid substitution cannot be converted (UK): the total says "Incomplete"; flags show.
    name: 'opioid-plan-card',
    story: 'elements-plan-card--incomplete-total',
    width: 760,
    crop: 'opioid-plan-card',
    // Flags, medicines, the incomplete total and the dates; goals, MDT and prescriber follow below.
    until: () => partBottom('opioid-plan-card', '[part~="dates"]'),
  },
  {
    // Among ordinary discharge-form fields, with the first quick choice (3 days) picked. The native date
    // field is drawn in Chromium's own language (Debian's package carries only en-US: 11/23/2026).
    name: 'opioid-stop-date-prompt',
    story: 'elements-stop-date-prompt--inside-a-form',
    width: 720,
    crop: 'form',
    until: () => partBottom('form', 'opioid-stop-date-prompt', false),
    async prepare(page) {
      const choice = await page.evaluateHandle(() =>
        document.querySelector('opioid-stop-date-prompt')?.shadowRoot?.querySelector('input[name="choice"]'));
      const element = choice.asElement();
      if (!element) throw new Error('no quick choice found in the stop-date prompt');
      await element.click();
    },
  },
  {
    // A long-term linear taper with a pause, today's line and the stop.
    name: 'opioid-taper-chart',
    story: 'elements-taper-chart--with-pause',
    width: 760,
    crop: 'opioid-taper-chart',
  },
  {
    // 60 mg/day OME, patient audience: the dose, how to read the icon arrays, benefits beside harms.
    name: 'opioid-risk-explainer',
    story: 'elements-risk-explainer--dose-60',
    width: 800,
    crop: 'opioid-risk-explainer',
    // Dose, legend, and the first benefit and first harm side by side; more figures follow below.
    until: () => Math.max(
      partBottom('opioid-risk-explainer', '[part~="benefits"] [part~="figure"]'),
      partBottom('opioid-risk-explainer', '[part~="harms"] [part~="figure"]')),
  },
];

/** In the page: bottom (page pixels) of `selector` inside `host`'s shadow root (or its light DOM). */
function partBottom(host, selector, shadow = true) {
  const root = shadow ? document.querySelector(host)?.shadowRoot : document.querySelector(host);
  const target = root?.querySelector(selector);
  if (!target) throw new Error(`${selector} not found in ${host}`);
  return target.getBoundingClientRect().bottom + window.scrollY;
}

async function shoot(browser, picture) {
  const page = await browser.newPage();
  const errors = [];
  // A missing resource is reported by the response handler, with its address.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  try {
    await page.setViewport({ width: picture.width, height: 900, deviceScaleFactor: 1 });
    const url = `${BASE}/iframe.html?id=${encodeURIComponent(picture.story)}&viewMode=story`;
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
    const handle = await page.waitForSelector(picture.crop, { timeout: 20000 });
    await page.evaluate(() => document.fonts.ready);
    if (picture.prepare) await picture.prepare(page);
    await new Promise((r) => setTimeout(r, 500)); // let Lit and ResizeObserver settle
    const box = await handle.boundingBox();
    if (!box || box.width === 0 || box.height === 0) throw new Error(`${picture.crop} has no size in ${picture.story}`);
    const scrollY = await page.evaluate(() => window.scrollY);
    const top = box.y + scrollY;
    let bottom = top + box.height;
    if (picture.until) {
      await page.evaluate(`window.partBottom = ${partBottom}`); // the helper `until` calls
      const end = await page.evaluate(picture.until);
      bottom = Math.min(bottom, end);
    }
    const x = Math.max(0, Math.floor(box.x - MARGIN));
    const y = Math.max(0, Math.floor(top - MARGIN));
    const clip = {
      x, y,
      width: Math.min(picture.width - x, Math.ceil(box.width + 2 * MARGIN)),
      height: Math.ceil(bottom - y + MARGIN),
    };
    const path = `${OUT_DIR}${picture.name}.png`;
    await page.screenshot({ path, clip, captureBeyondViewport: true });
    const { size } = await stat(path);
    console.log(`${picture.name}.png  ${clip.width}×${clip.height}  ${(size / 1024).toFixed(0)} KB  (${picture.story})`);
    if (errors.length) console.log(`  errors:\n    ${errors.join('\n    ')}`);
    return errors.length === 0;
  } finally {
    await page.close();
  }
}

const wanted = process.argv.slice(2);
const chosen = wanted.length ? PICTURES.filter((p) => wanted.includes(p.name)) : PICTURES;
if (chosen.length === 0) {
  console.error(`Unknown picture. Choose from: ${PICTURES.map((p) => p.name).join(', ')}`);
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
try {
  const res = await fetch(`${BASE}/index.json`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
} catch (error) {
  console.error(`No Storybook at ${BASE} (${error.message}). Start it with \`npm start\` or set STORYBOOK_URL.`);
  process.exit(1);
}

await mkdir(OUT_DIR, { recursive: true });
const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
let ok = true;
try {
  for (const picture of chosen) ok = (await shoot(browser, picture)) && ok;
} finally {
  await browser.close();
}
process.exit(ok ? 0 : 1);
