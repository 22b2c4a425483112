'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProseClaimResult } from '@/lib/extract/check-prose';
import type { DisplayProse } from '@/lib/extract/text/display-prose';
import type { Lang } from '@/lib/i18n/lang';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { ClaimTooltip } from './claim-tooltip';
import styles from './prose.module.css';
import { buildParagraphs, type PageStart } from './segments';
import { PROSE_STRINGS } from './strings';
import { rowMessage } from '@/lib/dataset/row-text';

const TOOLTIP_ID = 'prose-tooltip';
/** How long the tooltip waits before closing when the pointer leaves, so it can be reached (WCAG 1.4.13). */
const CLOSE_DELAY_MS = 250;

/**
 * The id of a claim's mark, for links from the findings panel.
 * @example markId(3) // → "claim-3"
 */
export function markId(claimId: number): string {
  return `claim-${claimId}`;
}

/**
 * The text with every claim marked like a spell-checker: a tinted, underlined `<mark>` with the verdict's symbol,
 * focusable with Tab, described by its verdict and arithmetic; the arithmetic also floats beside the mark on
 * focus and hover. Escape closes it. A PDF's page breaks show as labelled separators ("Trang 2").
 * @example <ProseDocument display={display} claims={report.claims} showValues={false} lang="vi" pageBreaks={report.pageBreaks} />
 */
export function ProseDocument({
  display,
  claims,
  showValues,
  lang,
  pageBreaks = [],
}: {
  display: DisplayProse;
  claims: readonly ProseClaimResult[];
  showValues: boolean;
  lang: Lang;
  /** Where each PDF page after the first begins in `display.text`. */
  pageBreaks?: readonly PageStart[];
}) {
  const [active, setActive] = useState<{ id: number; anchor: HTMLElement } | null>(null);
  const closeTimer = useRef<number | null>(null);

  const shown = useMemo(() => claims.filter((c) => showValues || c.verdict !== 'none'), [claims, showValues]);
  const paragraphs = useMemo(() => {
    const marks = shown.flatMap((c) => {
      const span = display.spans[c.id];
      return span === null || span === undefined ? [] : [{ id: c.id, start: span.start, end: span.end }];
    });
    return buildParagraphs(display.text, marks, pageBreaks);
  }, [display, shown, pageBreaks]);

  const cancelClose = useCallback(() => {
    if (closeTimer.current !== null) window.clearTimeout(closeTimer.current);
    closeTimer.current = null;
  }, []);
  const open = useCallback(
    (id: number, anchor: HTMLElement) => {
      cancelClose();
      setActive({ id, anchor });
    },
    [cancelClose],
  );
  const closeSoon = useCallback(() => {
    cancelClose();
    closeTimer.current = window.setTimeout(() => setActive(null), CLOSE_DELAY_MS);
  }, [cancelClose]);
  useEffect(() => cancelClose, [cancelClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') setActive(null);
  };

  const activeClaim = active === null ? undefined : claims[active.id];
  return (
    <div className={styles.document} onKeyDown={onKeyDown}>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.parts.map((part, i) => {
            if (part.kind === 'text') return <span key={i}>{part.text}</span>;
            if (part.kind === 'page') {
              return (
                <span key={i} role="separator" aria-label={PROSE_STRINGS[lang].pageBreak(part.page)} className={styles.pageBreak}>
                  {PROSE_STRINGS[lang].pageBreak(part.page)}
                </span>
              );
            }
            const claim = claims[part.id];
            if (claim === undefined) return <span key={i}>{part.text}</span>;
            const label = VERDICT_LABELS[claim.verdict];
            return (
              <mark
                key={i}
                id={markId(claim.id)}
                className={`${styles.mark} verdict--${label.tone}`}
                data-tone={label.tone}
                data-verdict={claim.verdict}
                tabIndex={0}
                aria-describedby={`${markId(claim.id)}-desc`}
                onFocus={(e) => open(claim.id, e.currentTarget)}
                onBlur={closeSoon}
                onPointerEnter={(e) => open(claim.id, e.currentTarget)}
                onPointerLeave={closeSoon}
              >
                <span className={styles.markSymbol} aria-hidden="true">
                  {label.symbol}
                </span>
                {part.text}
              </mark>
            );
          })}
        </p>
      ))}
      <div hidden>
        {shown.map((c) => (
          <span key={c.id} id={`${markId(c.id)}-desc`}>
            {VERDICT_LABELS[c.verdict].word[lang]}: {rowMessage(c, lang)}
          </span>
        ))}
      </div>
      {active !== null && activeClaim !== undefined ? (
        <ClaimTooltip claim={activeClaim} anchor={active.anchor} lang={lang} id={TOOLTIP_ID} onPointerEnter={cancelClose} onPointerLeave={closeSoon} />
      ) : null}
    </div>
  );
}
