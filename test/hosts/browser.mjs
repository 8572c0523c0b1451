// Shared by the host-page tests: one headless Chromium (Debian's, never downloaded) and the host-pages
// server (scripts/hosts-server.mjs) on 127.0.0.1 and a free port.
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startHostsServer } from '../../scripts/hosts-server.mjs';

export async function openHosts() {
  const server = await startHostsServer();
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    origin: server.origin,
    browser,
    /** A new page that records console errors and warnings, page errors and failed requests. */
    async page({ javaScript = true, width = 1280, height = 900 } = {}) {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(javaScript);
      await page.setViewport({ width, height });
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
