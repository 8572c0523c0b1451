/* global document, customElements -- a page script: it runs in the browser */
// The CSP page's only script of its own (external, so script-src 'self' allows it): the properties that
// have no attribute, set the way a host's module would.
const plan = JSON.parse(document.querySelector('#context > script[type="application/json"]').textContent);

customElements.whenDefined('opioid-plan-card').then(() => {
  document.querySelector('#own-card').plan = { ...plan, id: 'csp-own-card' };
});
customElements.whenDefined('opioid-taper-chart').then(() => {
  document.querySelector('#schedule-chart').taper = plan.taper;
});
