import type { ReviewSheet } from '@/lib/team/review-sheet';
import styles from './review-sheet.module.css';

/**
 * The review sheet as an official page (always Vietnamese): issuer and number, nation and motto,
 * place and date, title, subject, the confirmed findings and the signature blocks.
 * @example <ReviewSheetView sheet={sheet} />
 */
export function ReviewSheetView({ sheet }: { sheet: ReviewSheet }) {
  const c = sheet.columns;
  return (
    <article className={styles.sheet} lang="vi" aria-labelledby="review-sheet-title">
      <div className={styles.heading}>
        <div>
          <p className={styles.strong}>{sheet.issuer}</p>
          <p>{sheet.number}</p>
        </div>
        <div>
          <p className={styles.strong}>{sheet.nation}</p>
          <p className={styles.strong}>{sheet.motto}</p>
          <p className={styles.italic}>{sheet.placeAndDate}</p>
        </div>
      </div>
      <h2 id="review-sheet-title" className={styles.title}>
        {sheet.title}
      </h2>
      <p className={styles.subject}>{sheet.subject}</p>
      <p>{sheet.intro}</p>
      {sheet.entries.length === 0 ? (
        <p className={styles.italic}>{sheet.none}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{sheet.title}</caption>
            <thead>
              <tr>
                <th scope="col">{c.index}</th>
                <th scope="col">{c.location}</th>
                <th scope="col">{c.printed}</th>
                <th scope="col">{c.recomputed}</th>
                <th scope="col">{c.suggested}</th>
                <th scope="col">{c.comment}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.entries.map((e, i) => (
                <tr key={`${e.location}-${i}`}>
                  <td>{i + 1}</td>
                  <td>{e.location}</td>
                  <td>
                    {e.printed}
                    <br />“{e.claim}”
                  </td>
                  <td>{e.recomputed}</td>
                  <td>{e.suggested}</td>
                  <td>
                    {e.comment}
                    <br />({e.reviewer})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.signatures}>
        <div>
          <p className={`${styles.strong} ${styles.italic}`}>{sheet.recipientsTitle}</p>
          {sheet.recipients.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </div>
        <div>
          {sheet.signers.map((s) => (
            <div key={s.role} className={styles.signer}>
              <p className={styles.strong}>{s.role}</p>
              <p className={styles.italic}>{s.note}</p>
              <p className={styles.signerName}>{s.name}</p>
            </div>
          ))}
        </div>
      </div>
    </article>
  );
}
