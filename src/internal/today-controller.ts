import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { todayIso, type IsoDate } from '../core/dates.js';

/** Where "now" and timers come from; tests swap in a fake one with `setTodayClock`. */
export interface TodayClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

const systemClock: TodayClock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Longest wait between two looks at the clock. A timer set for midnight can fire hours late when the
 * computer slept (some systems do not count sleep in timer time), so we also look at least hourly and
 * whenever the page becomes visible again.
 */
const MAX_WAIT_MS = 60 * 60 * 1000;
/** Shortest wait: a timer that fires a moment early looks again soon, never in a busy loop. */
const MIN_WAIT_MS = 1000;

let clock: TodayClock = systemClock;
/** One timer for the whole page, however many widgets follow the clock. */
const watchers = new Set<() => void>();
let timer: { handle: unknown } | undefined;

/** Milliseconds from `now` to the next local midnight (DST-aware: built from local date parts). */
export function msUntilNextLocalMidnight(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime() - now;
}

function stopTimer(): void {
  if (timer) clock.clearTimer(timer.handle);
  timer = undefined;
}

function startTimer(): void {
  stopTimer();
  if (watchers.size === 0) return;
  const wait = Math.min(Math.max(msUntilNextLocalMidnight(clock.now()), MIN_WAIT_MS), MAX_WAIT_MS);
  timer = { handle: clock.setTimer(tick, Number.isFinite(wait) ? wait : MAX_WAIT_MS) };
}

function tick(): void {
  timer = undefined;
  for (const watcher of [...watchers]) {
    try {
      watcher();
    } catch {
      // A widget that cannot update must not stop the others (nor throw into the page from a timer).
    }
  }
  startTimer();
}

function onVisibilityChange(): void {
  if (globalThis.document?.visibilityState === 'visible') tick();
}

function watch(watcher: () => void): void {
  if (watchers.has(watcher)) return;
  watchers.add(watcher);
  if (watchers.size === 1) {
    globalThis.document?.addEventListener('visibilitychange', onVisibilityChange);
    startTimer();
  }
}

function unwatch(watcher: () => void): void {
  if (!watchers.delete(watcher)) return;
  if (watchers.size === 0) {
    globalThis.document?.removeEventListener('visibilitychange', onVisibilityChange);
    stopTimer();
  }
}

/**
 * Replaces the clock (time and timers), for tests: a fake clock moves "now" past midnight and fires
 * the timer without waiting. Returns a function that puts the previous clock back.
 */
export function setTodayClock(next: TodayClock): () => void {
  const previous = clock;
  stopTimer();
  clock = next;
  startTimer();
  return () => {
    stopTimer();
    clock = previous;
    startTimer();
  };
}

/** How many widgets follow the clock now, and whether a timer is set (for tests). */
export function todayClockState(): { watchers: number; timer: boolean } {
  return { watchers: watchers.size, timer: timer !== undefined };
}

/**
 * Today's local calendar date for a widget that defaults "today" from the clock, moved forward when a
 * page is left open past midnight (a ward computer, a discharge summary finished after midnight):
 * the host re-renders with the new date.
 *
 * The controller watches the clock only while the host used `today` in its last update (in
 * `willUpdate` or `render`), so a host that was given its own `today` (or takes it from a context)
 * sets no timer. It stops watching when the host is disconnected, and looks at the clock again when
 * it is connected. One timer serves the whole page.
 */
export class TodayController implements ReactiveController {
  private current: IsoDate;
  /** The host read `today` during its current update (willUpdate or render). */
  private read = false;
  /** The host used `today` in its last update, so it should hear midnight. */
  private wanted = false;
  /** A disconnected host may still update (a property set after removal): it must not start a timer. */
  private connected = false;
  private readonly onTick = (): void => this.refresh();

  constructor(private readonly host: ReactiveControllerHost & { readonly isUpdatePending?: boolean }) {
    this.current = todayIso(undefined, clock.now());
    host.addController(this);
  }

  /** Today's local date ('YYYY-MM-DD') as of the last look at the clock. */
  get today(): IsoDate {
    // Only a read while the host renders decides whether it follows the clock; a read from an event
    // handler or a validity check between updates does not.
    if (this.host.isUpdatePending) this.read = true;
    return this.current;
  }

  hostConnected(): void {
    this.connected = true;
    this.refresh();
    if (this.wanted) watch(this.onTick);
  }

  hostDisconnected(): void {
    this.connected = false;
    unwatch(this.onTick);
  }

  hostUpdated(): void {
    this.wanted = this.read;
    this.read = false;
    if (this.wanted && this.connected) watch(this.onTick);
    else unwatch(this.onTick);
  }

  private refresh(): void {
    const today = todayIso(undefined, clock.now());
    if (today === this.current) return;
    this.current = today;
    this.host.requestUpdate();
  }
}
