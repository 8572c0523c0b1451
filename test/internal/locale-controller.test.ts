// One locale rule for every element: own locale, else the context's, else the nearest lang (through
// shadow roots), else the document's, else en-GB; drafts only with allow-draft-locales.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, nearestLang } from '../../src/internal/locale-controller.js';

class LocaleProbe extends LitElement {
  static override properties = { locale: {}, contextLocale: {}, allowDraft: { type: Boolean } };
  declare locale: string | undefined;
  declare contextLocale: string | undefined;
  declare allowDraft: boolean;
  readonly locales = new LocaleController(this);
  resolved = '';
  override willUpdate(): void {
    this.resolved = this.locales.resolve({ own: this.locale, context: this.contextLocale, allowDraft: this.allowDraft === true });
  }
}
customElements.define('locale-probe', LocaleProbe);

async function probe(template: ReturnType<typeof html>): Promise<LocaleProbe> {
  const host = await fixture(template);
  const el = host instanceof LocaleProbe ? host : host.querySelector('locale-probe') ?? host.shadowRoot?.querySelector('locale-probe');
  await (el as LocaleProbe).updateComplete;
  return el as LocaleProbe;
}

describe('LocaleController', () => {
  afterEach(() => { document.documentElement.lang = 'en'; });

  it('takes the element\'s own locale first, then the context\'s, then the nearest lang [T-LOC-10]', async () => {
    expect((await probe(html`<div lang="en-US"><locale-probe locale="en-GB" contextLocale="en-US"></locale-probe></div>`)).resolved).to.equal('en-GB');
    expect((await probe(html`<div lang="en-GB"><locale-probe contextLocale="en-US"></locale-probe></div>`)).resolved).to.equal('en-US');
    expect((await probe(html`<div lang="en-US"><locale-probe></locale-probe></div>`)).resolved).to.equal('en-US');
    // A bare "en" is UK English (the library's default), and an unknown language falls back to en-GB.
    expect((await probe(html`<div lang="en"><locale-probe></locale-probe></div>`)).resolved).to.equal('en-GB');
    expect((await probe(html`<div lang="th"><locale-probe></locale-probe></div>`)).resolved).to.equal('en-GB');
  });

  it('finds the nearest lang through shadow roots, else the document\'s [T-LOC-11]', async () => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'en-US');
    const inner = document.createElement('div');
    outer.append(inner);
    const shadow = inner.attachShadow({ mode: 'open' });
    const target = document.createElement('span');
    shadow.append(target);
    document.body.append(outer);
    expect(nearestLang(target)).to.equal('en-US');
    outer.remove();
    document.documentElement.lang = 'en-US';
    expect((await probe(html`<locale-probe></locale-probe>`)).resolved).to.equal('en-US');
  });

  it('shows en-GB for a draft catalogue unless drafts are allowed, and warns once [T-LOC-12]', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args[0]); };
    try {
      expect((await probe(html`<div lang="cy-GB"><locale-probe></locale-probe></div>`)).resolved).to.equal('en-GB');
      expect((await probe(html`<div lang="cy"><locale-probe></locale-probe></div>`)).resolved).to.equal('en-GB');
      expect(warnings.filter((warning) => String(warning).includes('"cy"'))).to.have.length.at.most(1);
      expect(warnings.some((warning) => String(warning).includes('allow-draft-locales'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });
});
