import { act } from '@testing-library/react';

/**
 * A stand-in IntersectionObserver the test drives: each instance remembers its rootMargin
 * and element, and `reportIntersection(margin, inside)` calls back the observers with that margin, as
 * the browser does when the element crosses the edge of the grown viewport.
 */
export class FakeObserver {
  static all: FakeObserver[] = [];
  readonly margin: string;
  readonly watched: Element[] = [];
  connected = true;
  constructor(
    readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.margin = options?.rootMargin ?? '';
    FakeObserver.all.push(this);
  }
  observe(el: Element): void {
    this.watched.push(el);
  }
  disconnect(): void {
    this.connected = false;
  }
  unobserve(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

/**
 * Tells the observers watching with `margin` (a vertical margin, "250px", or a whole
 * rootMargin, "0px 0px -150px") that their element is (not) inside it.
 */
export function reportIntersection(margin: string, inside: boolean): void {
  const matches = (x: FakeObserver) => x.margin === `${margin} 0px` || x.margin === margin;
  for (const o of FakeObserver.all.filter((x) => x.connected && matches(x))) {
    for (const target of o.watched) {
      const entry = { isIntersecting: inside, target } as unknown as IntersectionObserverEntry;
      act(() => o.callback([entry], o as unknown as IntersectionObserver));
    }
  }
}
