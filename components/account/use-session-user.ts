'use client';

import { useEffect, useState } from 'react';
import type { User } from '@/lib/team/types';

/** `undefined` while asking, `null` for a visitor, else the signed-in user. */
export type SessionUser = User | null | undefined;

/**
 * The signed-in user, asked of `GET /api/session` after first paint (the pages around it stay
 * static and the same for everyone).
 * @example const user = useSessionUser(); if (user?.role === 'admin') …
 */
export function useSessionUser(): SessionUser {
  const [user, setUser] = useState<SessionUser>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/session', { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => (response.ok ? ((await response.json()) as { user: User }).user : null))
      .then(setUser, () => {
        if (!controller.signal.aborted) setUser(null);
      });
    return () => controller.abort();
  }, []);
  return user;
}
