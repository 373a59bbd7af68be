/**
 * A MediaQueryList that never changes, for DOMs without `matchMedia` (jsdom): the unit tests'
 * setup and the build's pre-render, which answers the colour-scheme query as it renders each
 * scheme.
 */
export function staticMediaQuery(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  } as MediaQueryList;
}
