import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element comes within `margin` of the viewport (and from then on), or when
 * the page is printed: charts far below the fold are only created when a reader nears them.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '400px'): boolean {
  // Without IntersectionObserver (old browsers, jsdom) every chart is created at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(el);
    const onPrint = (): void => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    const print = window.matchMedia('print');
    print.addEventListener('change', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
      print.removeEventListener('change', onPrint);
    };
  }, [ref, margin, near]);
  return near;
}
