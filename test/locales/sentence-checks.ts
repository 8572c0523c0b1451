// What every worded core result must be, in every catalogue: some words (never ''), none of the tokens a
// broken template prints, and not the code it was made from (a catalogue that forgot a key must not
// show "lowest-dose-extended" to a clinician).
import { expect } from '@open-wc/testing';

const BROKEN = ['undefined', 'NaN', '[object', 'Infinity', '∞'];

/** `text` is a real sentence or phrase: not empty, no broken-template token, none of `codes` in it. */
export function expectWords(text: unknown, what: string, codes: readonly string[] = []): void {
  expect(text, what).to.be.a('string');
  const words = text as string;
  expect(words.trim(), `${what}: empty`).to.not.equal('');
  for (const token of BROKEN) expect(words, `${what}: "${token}" in "${words}"`).to.not.include(token);
  for (const code of codes) expect(words, `${what}: raw code "${code}" in "${words}"`).to.not.include(code);
}
