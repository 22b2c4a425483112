import styles from '@/components/account/team.module.css';
import { formatUploadDate } from '@/components/upload/format-date';
import type { Lang } from '@/lib/i18n/lang';
import { currentStatus } from '@/lib/team/findings';
import type { Decision } from '@/lib/team/types';
import { DecisionForm } from './decision-form';
import { DECISION_STRINGS, STATUS_SYMBOLS } from './strings';

/**
 * A finding's review: its current status (word and symbol), who decided and when, the comment,
 * the whole history (old and new statuses; a decision carried over from an earlier version of a
 * document says so), and for a reviewer the form to decide.
 * @example <DecisionPanel decisionsUrl="/api/datasets/cao-bang/decisions" target="bang-2:14" history={[]} canDecide label="GDP" lang="vi" />
 */
export function DecisionPanel({
  decisionsUrl,
  target,
  history,
  canDecide,
  label,
  lang,
  versions,
}: {
  decisionsUrl: string;
  target: string;
  /** This finding's decisions, oldest first. */
  history: readonly Decision[];
  canDecide: boolean;
  label: string;
  lang: Lang;
  /** A document's version number by its id, to name where a carried decision came from. */
  versions?: ReadonlyMap<string, number>;
}) {
  const t = DECISION_STRINGS[lang];
  const latest = history.at(-1);
  const status = currentStatus(latest);
  const carried = (d: Decision) => (d.carriedFrom ? <span className="small"> · {t.carriedFrom(versions?.get(d.carriedFrom.subjectId) ?? null)}</span> : null);
  return (
    <div className={styles.decision}>
      <p>
        {t.statusLabel}:{' '}
        <span className={styles.status} data-status={status}>
          <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t.statusWords[status]}
        </span>
        {latest ? <span className="muted small"> · {t.decidedBy(latest.userName, formatUploadDate(latest.decidedAt, lang))}</span> : null}
        {latest ? carried(latest) : null}
      </p>
      {latest?.comment ? (
        <p>
          {t.comment}: <q>{latest.comment}</q>
        </p>
      ) : null}
      {history.length > 1 ? (
        <details>
          <summary>{t.history(history.length)}</summary>
          <ol className={styles.history}>
            {history.map((d) => (
              <li key={d.id}>
                {t.historyEntry(t.statusWords[d.status], d.userName, formatUploadDate(d.decidedAt, lang))}
                {carried(d)}
                {d.comment ? (
                  <>
                    : <q>{d.comment}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {canDecide ? <DecisionForm decisionsUrl={decisionsUrl} target={target} current={status} label={label} lang={lang} /> : null}
    </div>
  );
}
