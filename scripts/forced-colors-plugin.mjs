// A web-test-runner command that turns Chromium's forced-colours emulation (Windows High Contrast) on
// and off, so element tests can check their `@media (forced-colors: active)` rules with real computed
// styles. @web/test-runner-commands' emulateMedia cannot: under puppeteer it passes only
// prefers-color-scheme and prefers-reduced-motion, and puppeteer refuses forced-colors, so this goes to
// the DevTools protocol directly. Browser side:
//   await executeServerCommand('emulate-forced-colors', { active: true });   // …and false to undo
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error('emulate-forced-colors needs Chromium launched through puppeteer (chromeLauncher).');
      }
      const page = session.browser.getPage(session.id);
      // One DevTools session per page, kept open: the emulation lasts only as long as its session.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      const active = Boolean(payload && payload.active);
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
      return true;
    },
  };
}
