// The form-control controller and its validators (src/internal): validity from coded problems, words
// from the element, FormData with several entries, and the form callbacks an element passes on.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormControl } from '../../src/internal/form-control.js';
import { requiredValidator } from '../../src/internal/validators/required.js';
import { beforeStartValidator } from '../../src/internal/validators/before-start.js';
import { customValidator } from '../../src/internal/validators/custom.js';
import { kindNotOfferedValidator } from '../../src/internal/validators/kind-not-offered.js';
import { startMovedValidator } from '../../src/internal/validators/start-moved.js';

interface ProbeState { value: string; start: string; required: boolean; customMessage: string }

class FormProbe extends LitElement {
  static formAssociated = true;
  static override properties = { value: {}, start: {}, required: { type: Boolean } };
  declare value: string;
  declare start: string;
  declare required: boolean;
  restored: Record<string, unknown> | undefined;
  readonly control: FormControl<ProbeState> = new FormControl<ProbeState>(this, {
    state: (): ProbeState => ({ value: this.value ?? '', start: this.start ?? '', required: this.required === true, customMessage: this.control.customMessage }),
    validators: [customValidator, requiredValidator, beforeStartValidator],
    message: (problem) => `words for ${problem.code}${typeof problem.params?.start === 'string' ? ` ${problem.params.start}` : ''}`,
  });
  override updated(): void {
    this.control.setValue(this.value ? [['d', this.value], ['d-start', this.start ?? '']] : [], JSON.stringify({ value: this.value }));
  }
  formDisabledCallback(disabled: boolean): void { this.control.disabledCallback(disabled); }
  formStateRestoreCallback(saved: unknown): void {
    this.control.restoreCallback(saved, (state) => { this.restored = state; return true; });
  }
}
customElements.define('form-probe', FormProbe);

describe('FormControl and validators', () => {
  it('sets validity from the first coded problem and words it through the element; submits several entries as FormData [T-LOC-P07]', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><form-probe required start="2026-03-05"></form-probe></fieldset></form>`);
    const probe = form.querySelector('form-probe') as FormProbe;
    await probe.updateComplete;
    expect(probe.control.checkValidity()).to.equal(false);
    expect(probe.control.validity.valueMissing).to.equal(true);
    expect(probe.control.validationMessage).to.equal('words for value-missing');
    probe.value = '2026-03-01';
    await probe.updateComplete;
    expect(probe.control.validity.rangeUnderflow).to.equal(true);
    expect(probe.control.validationMessage).to.equal('words for before-start 2026-03-05');
    probe.control.setCustomValidity('The pharmacist must confirm this date');
    expect(probe.control.validity.customError).to.equal(true);
    expect(probe.control.validationMessage).to.equal('The pharmacist must confirm this date');
    probe.control.setCustomValidity('');
    probe.value = '2026-03-10';
    await probe.updateComplete;
    expect(probe.control.checkValidity()).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([['d', '2026-03-10'], ['d-start', '2026-03-05']]);

    form.querySelector('fieldset')!.disabled = true;
    await probe.updateComplete;
    expect(probe.control.formDisabled).to.equal(true);
    probe.formStateRestoreCallback('not json');
    expect(probe.restored).to.equal(undefined);
    probe.formStateRestoreCallback(JSON.stringify({ value: '2026-03-09' }));
    expect(probe.restored).to.deep.equal({ value: '2026-03-09' });
  });

  it('kind-not-offered and start-moved are shown at once, with rangeUnderflow when the date is also before the start [T-LOC-P08]', () => {
    const kinds = kindNotOfferedValidator<'stop' | 'review'>();
    const base = { value: '2026-04-02', start: '2026-03-05', kind: 'review' as const, allowedKinds: ['stop'] as const, askedKind: 'stop' as const };
    expect(kinds.check(base)).to.deep.equal({
      code: 'kind-not-offered', immediate: true, flags: { customError: true, rangeUnderflow: false }, params: { kind: 'review', asked: 'stop', value: '2026-04-02' },
    });
    expect(kinds.check({ ...base, start: '2026-05-01' })?.flags.rangeUnderflow).to.equal(true);
    expect(kinds.check({ ...base, allowedKinds: ['stop', 'review'] })).to.equal(null);
    expect(kinds.check({ ...base, value: '' })).to.equal(null);
    expect(startMovedValidator.check({ value: '2026-03-08', start: '2026-03-09', startMoved: true })).to.deep.equal({
      code: 'start-moved', immediate: true, flags: { customError: true, rangeUnderflow: true }, params: { start: '2026-03-09' },
    });
    expect(startMovedValidator.check({ value: '2026-03-08', start: '2026-03-09', startMoved: false })).to.equal(null);
    expect(beforeStartValidator.check({ value: '2026-03-08', start: '' })).to.equal(null);
    expect(requiredValidator.check({ value: '', required: false })).to.equal(null);
  });
});
