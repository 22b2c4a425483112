import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';

/**
 * A verdict as symbol + word + colour: readable in black-and-white print and without colour vision.
 * The machine code is kept in `data-verdict` (and shown on request) for people who cite the spec.
 * @example <VerdictBadge verdict="wrong_direction" lang="vi" showCode /> // ⇅ Sai chiều (wrong_direction)
 */
export function VerdictBadge({ verdict, lang, showCode = false }: { verdict: Verdict; lang: Lang; showCode?: boolean }) {
  const label = VERDICT_LABELS[verdict];
  return (
    <span className={`verdict verdict--${label.tone}`} data-verdict={verdict}>
      <span className="verdict__symbol" aria-hidden="true">
        {label.symbol}
      </span>
      <span className="verdict__word">{label.word[lang]}</span>
      {showCode ? <code className="verdict__code">{verdict}</code> : null}
    </span>
  );
}
