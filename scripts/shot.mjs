// Screenshot a Storybook story or any URL in headless Chromium, so we look at what people will see.
// Usage: node scripts/shot.mjs <story-id | url> <out.png> [width=800] [--print] [--forced-colors]
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const [target, out, widthArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!target || !out) {
  console.error('Usage: node scripts/shot.mjs <story-id | url> <out.png> [width] [--print] [--forced-colors]');
  process.exit(2);
}
const base = process.env.STORYBOOK_URL ?? 'http://127.0.0.1:6006';
const url = /^https?:|^file:/.test(target) ? target : `${base}/iframe.html?id=${encodeURIComponent(target)}&viewMode=story`;
const width = Number(widthArg ?? 800);

const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width, height: 600, deviceScaleFactor: 1 });
  // Puppeteer's emulateMediaFeatures rejects forced-colors; the DevTools protocol accepts it.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    media: process.argv.includes('--print') ? 'print' : '',
    features: process.argv.includes('--forced-colors') ? [{ name: 'forced-colors', value: 'active' }] : [],
  });
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: out, fullPage: true });
  if (errors.length) console.log(`console errors:\n  ${errors.join('\n  ')}`);
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
