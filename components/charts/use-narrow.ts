import { useSyncExternalStore } from 'react';

const NARROW_QUERY = '(max-width: 640px)';

function subscribeNarrow(onChange: () => void): () => void {
  const mql = window.matchMedia(NARROW_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/**
 * True on phone-width screens (at most 640 px); false during server rendering.
 * @example const narrow = useNarrow(); // in a client component
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
