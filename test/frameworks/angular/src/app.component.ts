// Angular 21 (standalone, zoneless, template-driven forms). README snippet source.
// - CUSTOM_ELEMENTS_SCHEMA lets the template use the elements; [plan] sets the property.
// - (opioid-stop-date-change) is an ordinary event binding.
// - [(ngModel)] on the prompt needs ngDefaultControl: Angular has no value accessor for a custom
//   element, and DefaultValueAccessor reads the element's `value` on its `input` event.
// - FormsModule puts `novalidate` on every <form>, so the browser would submit a form whose required
//   prompt is empty; `ngNativeValidate` on the form keeps the browser's validation (the prompt is
//   form-associated and reports its own validity), so (ngSubmit) runs only with a valid date.
import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import type { PlanInput } from 'opioid-elements';

/** The plan the page gives the app (main.ts provides it). */
export const PLAN = new InjectionToken<PlanInput>('opioid plan');

@Component({
  selector: 'app-root',
  imports: [FormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <opioid-plan-context [plan]="plan()" today="2026-11-21">
        <opioid-plan-card heading-level="2"></opioid-plan-card>
        <opioid-taper-chart></opioid-taper-chart>
      </opioid-plan-context>
      <form #reviewForm="ngForm" ngNativeValidate (ngSubmit)="onSubmit(reviewForm, $event)">
        <opioid-stop-date-prompt name="review" ngDefaultControl [(ngModel)]="review" required
          start="2026-11-21" indication="chronic-non-cancer" drug="morphine"
          (opioid-stop-date-change)="onChange($event)"></opioid-stop-date-prompt>
        <button type="button" id="restore" (click)="review = saved">Use the saved date</button>
        <button type="submit">Save</button>
      </form>
      <output id="chosen">{{ chosen() }}</output>
      <output id="model">{{ review }}</output>
      <output id="valid">{{ reviewForm.valid ? 'valid' : 'invalid' }}</output>
      <pre id="submitted">{{ submitted() }}</pre>
    </main>
  `,
})
export class AppComponent {
  readonly plan = signal(inject(PLAN));
  review = '';
  /** A date the app saved earlier: [(ngModel)] writes it to the prompt's value. */
  readonly saved = '2027-01-02';
  readonly chosen = signal('');
  readonly submitted = signal('');

  onChange(event: Event): void {
    this.chosen.set((event as CustomEvent<{ value: string }>).detail.value);
  }

  onSubmit(form: NgForm, event: Event): void {
    const entries = [...new FormData(event.target as HTMLFormElement).entries()];
    this.submitted.set(JSON.stringify({ entries, model: form.value, valid: form.valid }));
  }
}
