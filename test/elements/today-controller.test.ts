import { fixture, html, expect, elementUpdated, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/context/opioid-plan-context/register.js';
import '../../src/elements/opioid-plan-card/register.js';
import '../../src/elements/opioid-taper-chart/register.js';
import type { OpioidPlanContext } from '../../src/context/opioid-plan-context/register.js';
import type { OpioidPlanCard } from '../../src/elements/opioid-plan-card/register.js';
import type { OpioidTaperChart } from '../../src/elements/opioid-taper-chart/register.js';
import { TodayController, msUntilNextLocalMidnight, todayClockState } from '../../src/internal/today-controller.js';
import { chronicHighDose } from '../../stories/data/plans.js';
import { FakeClock } from './fake-clock.js';

/** 23:50 local time on Thursday 5 March 2026, wherever the browser is. */
const BEFORE_MIDNIGHT = new Date(2026, 2, 5, 23, 50).getTime();
const MINUTE = 60 * 1000;

/** The smallest host: shows its own `today` if set, else the controller's. */
class TodayProbe extends LitElement {
  static override properties = { today: {} };
  declare today: string | undefined;
  readonly clock = new TodayController(this);
  renders = 0;

  protected override render() {
    this.renders += 1;
    return this.today ?? this.clock.today;
  }
}
customElements.define('today-probe', TodayProbe);

const statusOf = (chart: OpioidTaperChart) => (chart.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((el) => (el as LitElement).updateComplete));
    await nextFrame();
  }
}

describe('TodayController: "today" moves forward at midnight', () => {
  let clock: FakeClock;
  beforeEach(() => { clock = new FakeClock(BEFORE_MIDNIGHT).install(); });
  afterEach(() => { clock.uninstall(); });

  it('one timer for the next local midnight serves every widget; passing midnight re-renders them; disconnecting clears it [T-STOP-18]', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><today-probe></today-probe><today-probe></today-probe></div>`);
    const [first, second] = [...box.querySelectorAll<TodayProbe>('today-probe')] as [TodayProbe, TodayProbe];
    await settle(first, second);
    expect([first.shadowRoot!.textContent, second.shadowRoot!.textContent]).to.deep.equal(['2026-03-05', '2026-03-05']);
    expect(todayClockState()).to.deep.equal({ watchers: 2, timer: true });
    expect(clock.pending).to.deep.equal([new Date(2026, 2, 6).getTime()]);

    clock.advance(9 * MINUTE); // 23:59
    await settle(first, second);
    expect(first.shadowRoot!.textContent).to.equal('2026-03-05');
    clock.advance(2 * MINUTE); // 00:01 on Friday 6 March
    await settle(first, second);
    expect([first.shadowRoot!.textContent, second.shadowRoot!.textContent]).to.deep.equal(['2026-03-06', '2026-03-06']);
    // The next timer waits at most an hour (a timer can fire hours late after the computer slept).
    expect(clock.pending).to.deep.equal([new Date(2026, 2, 6, 1, 0).getTime()]);

    box.remove();
    expect(todayClockState()).to.deep.equal({ watchers: 0, timer: false });
    expect(clock.pending).to.deep.equal([]);
    // Back on the page days later: it looks at the clock at once and watches again.
    clock.jump(3 * 24 * 60 * MINUTE);
    document.body.append(box);
    await settle(first, second);
    expect(first.shadowRoot!.textContent).to.equal('2026-03-09');
    expect(todayClockState()).to.deep.equal({ watchers: 2, timer: true });
    box.remove();
  });

  it('a host given its own today sets no timer; a timer that fires early changes nothing; waking from sleep catches up when the page is visible [T-STOP-19]', async () => {
    const probe = await fixture<TodayProbe>(html`<today-probe today="2026-01-01"></today-probe>`);
    expect(todayClockState()).to.deep.equal({ watchers: 0, timer: false });
    probe.today = undefined;
    await settle(probe);
    expect(todayClockState()).to.deep.equal({ watchers: 1, timer: true });

    // Fired early (23:59:59.5): today stays, no re-render, and it looks again soon.
    const renders = probe.renders;
    const early = new Date(2026, 2, 5, 23, 59, 59, 500).getTime();
    clock.jump(early - clock.time);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(probe);
    expect([probe.shadowRoot!.textContent, probe.renders]).to.deep.equal(['2026-03-05', renders]);

    // Asleep overnight: no timer fired, the clock says 08:00 on 6 March; the page becomes visible.
    clock.jump(new Date(2026, 2, 6, 8, 0).getTime() - clock.time);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(probe);
    expect(probe.shadowRoot!.textContent).to.equal('2026-03-06');
    probe.remove();
  });

  it('the wait is to the next local midnight, whatever the time zone and daylight saving [T-STOP-20]', () => {
    for (const start of [new Date(2026, 2, 28, 12).getTime(), new Date(2026, 9, 24, 23, 30).getTime(), new Date(2026, 2, 7, 1).getTime(), BEFORE_MIDNIGHT]) {
      const wait = msUntilNextLocalMidnight(start);
      const next = new Date(start + wait);
      expect(wait).to.be.within(1, 25 * 60 * MINUTE);
      expect([next.getHours(), next.getMinutes(), next.getSeconds()], new Date(start).toString()).to.deep.equal([0, 0, 0]);
      expect(next.getDate()).to.not.equal(new Date(start).getDate());
    }
  });

  it('<opioid-plan-context> without today moves it at midnight, and the card inside follows; with today, no timer [T-STOP-21]', async () => {
    const el = await fixture<OpioidPlanContext>(html`<opioid-plan-context .plan=${chronicHighDose}>
      <opioid-plan-card></opioid-plan-card></opioid-plan-context>`);
    const card = el.querySelector<OpioidPlanCard>('opioid-plan-card')!;
    await settle(el, card);
    expect([el.value?.today, card.value?.today]).to.deep.equal(['2026-03-05', '2026-03-05']);
    // Only the provider watches the clock: the card takes today from it.
    expect(todayClockState().watchers).to.equal(1);
    clock.advance(20 * MINUTE);
    await settle(el, card);
    expect([el.value?.today, card.value?.today]).to.deep.equal(['2026-03-06', '2026-03-06']);
    el.today = '2026-11-21';
    await settle(el, card);
    expect(card.value?.today).to.equal('2026-11-21');
    expect(todayClockState()).to.deep.equal({ watchers: 0, timer: false });
  });

  it('<opioid-plan-card> on its own moves today at midnight; with a today attribute, no timer [T-STOP-22]', async () => {
    const card = await fixture<OpioidPlanCard>(html`<opioid-plan-card .plan=${chronicHighDose}></opioid-plan-card>`);
    expect(card.value?.today).to.equal('2026-03-05');
    clock.advance(20 * MINUTE);
    await settle(card);
    expect(card.value?.today).to.equal('2026-03-06');
    card.today = '2026-11-21';
    await settle(card);
    expect(todayClockState()).to.deep.equal({ watchers: 0, timer: false });
    await expect(card).to.be.accessible();
  });

  it('<opioid-taper-chart> on its own moves its Today marker and status at midnight; with a today attribute, no timer [T-STOP-23]', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><opioid-taper-chart start="2026-02-19" dose="60"
      percent="10" interval-days="14" basis="original" drug="oxycodone" locale="en-GB"></opioid-taper-chart></div>`);
    const chart = box.querySelector<OpioidTaperChart>('opioid-taper-chart')!;
    await settle(chart);
    expect(statusOf(chart)).to.match(/^Today \(5 Mar 2026\)/);
    clock.advance(20 * MINUTE);
    await settle(chart);
    expect(statusOf(chart)).to.match(/^Today \(6 Mar 2026\)/);
    await expect(chart).to.be.accessible();
    chart.today = '2026-03-20';
    await elementUpdated(chart);
    expect(statusOf(chart)).to.match(/^Today \(20 Mar 2026\)/);
    expect(todayClockState()).to.deep.equal({ watchers: 0, timer: false });
  });
});
