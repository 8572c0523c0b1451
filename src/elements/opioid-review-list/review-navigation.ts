/**
 * Moving through the list from the keyboard and the mouse: arrows, Home, End and Page keys between
 * people (a roving tabindex, one row takes Tab), → and ← to open and close a plan, Enter or a click to
 * select. Rows are virtualised, so a row out of view is scrolled into the DOM before it is focused,
 * and a focusable row stays among the rendered ones when the reader scrolls away.
 */
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReviewRow } from './review-model.js';
import { isDetail, type Item } from './review-list-templates.js';

/** What the list gives its navigation. */
export interface NavigationHost {
  items(): readonly Item[];
  active(): number;
  setActive(position: number): void;
  /** The row that takes Tab while the active row is not rendered (-1: the active row does). */
  tabbable(): number;
  setTabbable(position: number): void;
  root(): ParentNode;
  updated(): Promise<unknown>;
  select(row: ReviewRow): void;
  toggle(row: ReviewRow, open?: boolean): void;
}

export class RowNavigation {
  constructor(private readonly host: NavigationHost) {}

  private positionOf(event: Event): number {
    const target = (event.target as Element | null)?.closest?.('[data-position]');
    return target ? Number((target as HTMLElement).dataset.position) : Number.NaN;
  }

  readonly onBodyClick = (event: MouseEvent): void => {
    const position = this.positionOf(event);
    const item = this.host.items()[position];
    if (item === undefined) return;
    this.host.setActive(position);
    const target = event.target as Element;
    if (isDetail(item) || target.closest('button, a, input, select, opioid-plan-card')) return;
    this.host.select(item);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const position = this.positionOf(event);
    const item = this.host.items()[position];
    // Only keys pressed on a row itself; inside the inline plan card keys belong to the card.
    if (item === undefined || !(event.target as Element).matches('[role="row"]')) return;
    const last = this.host.items().length - 1;
    const moves: Record<string, number> = {
      ArrowDown: position + 1, ArrowUp: position - 1, Home: 0, End: last, PageDown: position + 10, PageUp: position - 10,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.moveTo(Math.min(Math.max(moves[event.key] as number, 0), last));
      return;
    }
    if (event.key === 'Enter' && !isDetail(item)) {
      event.preventDefault();
      this.host.select(item);
    } else if ((event.key === ' ' || event.key === 'ArrowRight') && !isDetail(item)) {
      event.preventDefault();
      this.host.toggle(item, event.key === 'ArrowRight' ? true : undefined);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      if (isDetail(item)) void this.moveTo(position - 1);
      else this.host.toggle(item, false);
    }
  };

  /** Makes the item at `position` the active row, scrolls it into view (the virtualizer renders it) and focuses it. */
  async moveTo(position: number): Promise<void> {
    this.host.setActive(position);
    this.host.setTabbable(-1);
    await this.scrollToAndFocus(position);
  }

  private async scrollToAndFocus(position: number): Promise<void> {
    await this.host.updated();
    const body = this.host.root().querySelector<HTMLElement & VirtualizerHostElement>('.body');
    const virtualizer = body?.[virtualizerRef];
    const find = () => this.host.root().querySelector<HTMLElement>(`.body [data-position="${position}"]`);
    if (find() === null) virtualizer?.element(position)?.scrollIntoView({ block: 'nearest' });
    // The virtualizer renders the rows near the new scroll position a frame or more later.
    const until = (globalThis.performance?.now() ?? Date.now()) + 3000;
    while (find() === null && (globalThis.performance?.now() ?? Date.now()) < until) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    let row = find();
    if (row === null) return;
    row.scrollIntoView?.({ block: 'nearest' });
    row.focus({ preventScroll: true });
    // The virtualizer then measures the real row heights and may re-render the range, replacing the
    // focused row: focus the row at that position again once the layout has settled.
    await virtualizer?.layoutComplete.catch(() => undefined);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    row = find();
    if (row !== null && this.host.active() === position && !row.matches(':focus')) {
      row.scrollIntoView?.({ block: 'nearest' });
      row.focus({ preventScroll: true });
    }
  }

  /**
   * Keep a focusable row among those rendered when the reader scrolls away with the mouse or wheel: the
   * first rendered row takes Tab while the active one is out of the DOM (the active row is kept).
   */
  readonly onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    const outside = this.host.active() < first || this.host.active() > last;
    const next = outside ? Math.max(first, 0) : -1;
    if (next !== this.host.tabbable()) this.host.setTabbable(next);
  };
}
