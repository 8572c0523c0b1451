import { expect } from '@open-wc/testing';
import { pageLocale } from '../../src/internal/plan-inputs.js';

describe('pageLocale (regression: Storybook\'s lang="en" showed US dates on UK widgets)', () => {
  const original = document.documentElement.lang;
  afterEach(() => { document.documentElement.lang = original; });

  it('uses the UK default when the page does not say which English [T-TEXT-017]', () => {
    for (const lang of ['', 'en', 'EN', ' en ']) {
      document.documentElement.lang = lang;
      expect(pageLocale(document.body), `lang="${lang}"`).to.equal('en-GB');
    }
  });

  it('follows a page that names its locale [T-TEXT-018]', () => {
    document.documentElement.lang = 'en-US';
    expect(pageLocale(document.body)).to.equal('en-US');
    document.documentElement.lang = 'en-GB';
    expect(pageLocale(document.body)).to.equal('en-GB');
  });
});
