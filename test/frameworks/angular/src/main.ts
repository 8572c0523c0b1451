// The Angular app's entry: the elements (the package's npm build), then the app, given the plan the
// page holds in a JSON data block (as on the other host pages).
import 'opioid-elements';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent, PLAN } from './app.component';

const plan = JSON.parse(document.getElementById('plan')?.textContent ?? 'null');
bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), { provide: PLAN, useValue: plan }],
}).catch((error: unknown) => console.error(error));
