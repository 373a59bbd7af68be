import { afterEach } from 'vitest';
import { staticMediaQuery } from './media-query';

// Most test files run in Node (pure functions need no DOM): only the files that ask for jsdom
// (`// @vitest-environment jsdom`) load Testing Library and the DOM stand-ins below.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  afterEach(() => {
    cleanup();
  });
}

// jsdom has no matchMedia; the page uses it for print, narrow screens and the colour scheme.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => staticMediaQuery(query, false);
}
