// Print to A4 (issue 12): each host demo page (stories/demos, the server-rendered page, the CSP page)
// printed by Chromium to an A4 PDF with 15 mm margins. Only small blocks may refuse to break (a block
// taller than half a page that must stay whole leaves a half-empty page), tables repeat their header,
// and the PDF has no more pages than its content needs (its height in print layout) plus one.
// Needs dist/ (npm test builds it first). Run: `node --test test/hosts/`.
/* global document, customElements, getComputedStyle -- in page.evaluate callbacks, which run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHosts } from './browser.mjs';

const MM = 96 / 25.4;
const MARGIN_MM = 15;
const CONTENT = { width: (210 - 2 * MARGIN_MM) * MM, height: (297 - 2 * MARGIN_MM) * MM };
const PAGES = ['/demos/epr-patient-record.html', '/demos/patient-information.html', '/demos/discharge-summary.html', '/ssr/', '/csp/'];

let hosts;
before(async () => { hosts = await openHosts(); });
after(async () => { await hosts?.close(); });

/** Pages in a PDF: its page objects (not the /Pages tree node). */
const pdfPages = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const path of PAGES) {
  test(`${path} prints to A4 without half-empty pages; tables repeat their header [T-HOST-18]`, async () => {
    const { page, problems } = await hosts.page({ width: Math.round(CONTENT.width), height: 1000 });
    await page.goto(`${hosts.origin}${path}`, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      for (const element of document.querySelectorAll('*')) {
        if (element.localName.startsWith('opioid-') && customElements.get(element.localName)) await element.updateComplete;
      }
    });
    await page.emulateMediaType('print');
    const layout = await page.evaluate((pageHeight) => {
      const tall = [];
      const tables = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          const height = element.getBoundingClientRect().height;
          const name = `${element.getRootNode().host?.localName ?? 'page'} ${element.localName}.${[...element.classList].join('.')}`;
          if (/avoid/.test(style.breakInside) && height > pageHeight / 2) tall.push(`${name} (${Math.round(height)} px)`);
          if (element.localName === 'table' && height > 0) {
            const head = element.tHead;
            let scroller = element.parentElement;
            while (scroller && !/auto|scroll|hidden/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
            tables.push({ name, display: style.display, head: head ? getComputedStyle(head).display : 'none', inScrollBox: !!scroller });
          }
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      return { height: document.documentElement.scrollHeight, tall, tables };
    }, CONTENT.height);
    const pdf = await page.pdf({
      format: 'A4', printBackground: true,
      margin: { top: `${MARGIN_MM}mm`, bottom: `${MARGIN_MM}mm`, left: `${MARGIN_MM}mm`, right: `${MARGIN_MM}mm` },
    });
    assert.deepEqual(layout.tall, [], 'no block taller than half a page refuses to break');
    for (const table of layout.tables) {
      // A narrow card stacks its table into labelled blocks (each cell says what it is): no header to repeat.
      if (table.display === 'table') assert.equal(table.head, 'table-header-group', `${table.name}: its header repeats on each page`);
      assert.equal(table.inScrollBox, false, `${table.name}: not inside a scroll box, which would not break across pages`);
    }
    const needed = Math.ceil(layout.height / CONTENT.height);
    const pages = pdfPages(pdf);
    assert.ok(pages <= needed + 1, `${pages} pages for ${needed} pages of content`);
    assert.deepEqual(problems, []);
  });
}
