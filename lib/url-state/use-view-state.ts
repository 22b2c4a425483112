'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { readViewState, viewHref, writeViewState, type ViewDefaults, type ViewState } from './view-state';

/**
 * The page's view state from the URL, and a setter that writes a change back to the URL in place
 * (no new history entry, no scroll). It uses `window.history.replaceState`, which the Next.js App
 * Router picks up (`useSearchParams` updates), rather than `router.replace`, which would re-render
 * the server page on every keystroke of a search box. Values equal to `defaults` are left out of
 * the URL, so links stay short.
 *
 * @example
 * const [view, setView] = useViewState({ mode: 'absolute' });
 * setView({ mode: 'index' }); // URL becomes …?mode=index
 */
export function useViewState(defaults: ViewDefaults = {}): readonly [ViewState, (patch: Partial<ViewState>) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => readViewState(searchParams.toString()), [searchParams]);
  // Callers pass a fresh object each render; key it by content so the setter stays stable.
  const defaultsKey = JSON.stringify(defaults);
  const stableDefaults = useMemo(() => JSON.parse(defaultsKey) as ViewDefaults, [defaultsKey]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const params = writeViewState(window.location.search, patch, stableDefaults);
      const href = viewHref(pathname, params, window.location.hash);
      if (href !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(null, '', href);
      }
    },
    [pathname, stableDefaults],
  );
  return [view, update] as const;
}
