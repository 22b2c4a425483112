'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { ProseClaimResult } from '@/lib/extract/check-prose';
import type { Lang } from '@/lib/i18n/lang';
import { basisText, compareText, yearsText } from './findings';
import styles from './prose.module.css';
import { PROSE_STRINGS } from './strings';
import { rowMessage } from '@/lib/dataset/row-text';

/** Gap between the mark and the tooltip, and the least distance kept from the viewport's edges, in px. */
const GAP = 6;
const EDGE = 8;

/**
 * The arithmetic of one claim, floating beside its mark (fixed position, kept inside the viewport, above the
 * mark when there is no room below). Hovering the tooltip itself keeps it open.
 * @example <ClaimTooltip claim={claim} anchor={markElement} lang="vi" id="tip-3" onPointerEnter={keepOpen} onPointerLeave={closeSoon} />
 */
export function ClaimTooltip({
  claim,
  anchor,
  lang,
  id,
  onPointerEnter,
  onPointerLeave,
}: {
  claim: ProseClaimResult;
  anchor: HTMLElement;
  lang: Lang;
  id: string;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const t = PROSE_STRINGS[lang];
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const tip = ref.current;
      if (!tip) return;
      const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const left = Math.max(EDGE, Math.min(rect.left, window.innerWidth - width - EDGE));
      const below = rect.bottom + GAP;
      const top = below + height > window.innerHeight - EDGE && rect.top - GAP - height >= EDGE ? rect.top - GAP - height : below;
      setPosition({ top, left });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor, claim.id]);

  const base = compareText(claim.compareTo, lang);
  const when = yearsText(claim.years, claim.period, lang);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={styles.tooltip}
      style={position === null ? { visibility: 'hidden', top: 0, left: 0 } : { top: position.top, left: position.left }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className={styles.tooltipHead}>
        <VerdictBadge verdict={claim.verdict} lang={lang} />
        <span className={styles.tooltipWhat}>
          {claim.indicator ?? t.noIndicator}
          {when !== '' ? ` · ${when}` : ''}
          {claim.page !== undefined ? ` · ${t.page(claim.page)}` : ''}
          {base !== '' ? ` (${t.comparedWith} ${base})` : ''}
        </span>
      </p>
      <p className={styles.tooltipMessage} lang={lang} data-message="engine">
        {rowMessage(claim, lang)}
      </p>
      {claim.from !== null || claim.to !== null ? (
        <dl className={styles.tooltipValues}>
          {claim.from !== null ? (
            <>
              <dt>{t.from}</dt>
              <dd>{basisText(claim.from, lang)}</dd>
            </>
          ) : null}
          {claim.to !== null ? (
            <>
              <dt>{t.to}</dt>
              <dd>{basisText(claim.to, lang)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
