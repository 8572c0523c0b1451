import { setTodayClock, type TodayClock } from '../../src/internal/today-controller.js';

/**
 * A clock the test moves by hand: `advance` fires the timers that fall due, in order, as real time
 * would; `jump` moves time without firing any (a computer asleep, a timer throttled in a hidden tab).
 */
export class FakeClock implements TodayClock {
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  private restore: (() => void) | undefined;

  constructor(public time: number) {}

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimer(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  /** When each pending timer falls due. */
  get pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at).sort((a, b) => a - b);
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }

  jump(ms: number): void {
    this.time += ms;
  }

  /** Makes this the clock every TodayController uses, until `uninstall`. */
  install(): this {
    this.restore = setTodayClock(this);
    return this;
  }

  uninstall(): void {
    this.restore?.();
    this.restore = undefined;
  }
}
