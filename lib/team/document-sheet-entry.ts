import type { DocumentFinding } from './document-findings';
import type { ReviewSheetEntry } from './review-sheet';
import type { Decision } from './types';

/**
 * Where a finding of a stored document sits, as the sheet says it: the line of the text, the page of a
 * PDF, the table and its row.
 *
 * @example
 * findingLocation({ source: 'claim', page: null, line: 3, table: null }) // 'dòng 3'
 * findingLocation({ source: 'row', page: 2, line: 4, table: 1 }) // 'trang 2, bảng 1, dòng 4'
 */
export function findingLocation(finding: Pick<DocumentFinding, 'source' | 'page' | 'line' | 'table'>): string {
  const page = finding.page === null ? '' : `trang ${finding.page}, `;
  switch (finding.source) {
    case 'row':
      return `${page}bảng ${finding.table ?? '?'}, dòng ${finding.line}`;
    case 'claim':
    case 'check':
      // A PDF's lines are counted through the whole extracted text, not from the top of the page.
      return finding.page === null ? `dòng ${finding.line}` : `${page}dòng ${finding.line} của văn bản`;
  }
}

/**
 * One confirmed finding of a stored document as the review sheet gives it (always Vietnamese): where
 * it is, what is printed, the figure recomputed with its arithmetic, what to print instead, and the
 * reviewer's comment.
 *
 * @example
 * documentSheetEntry(finding, decision).recomputed // '1.563,7 / 1.042,5 − 1 = 50,00% → làm tròn 50%, …'
 */
export function documentSheetEntry(finding: DocumentFinding, decision: Decision): ReviewSheetEntry {
  const subject = finding.source === 'check' ? [finding.checkName?.vi ?? '', finding.indicator].filter((p) => p).join(' — ') : (finding.indicator ?? '');
  const printed = finding.values ? `${subject}: ${finding.values}` : subject;
  return {
    location: findingLocation(finding),
    printed: printed || '—',
    claim: finding.printed,
    recomputed: [finding.figure ? `Tính lại: ${finding.figure.vi}` : null, finding.message.vi || null].filter((v): v is string => v !== null).join('. '),
    suggested: finding.expected ?? '—',
    comment: decision.comment || '—',
    reviewer: decision.userName,
  };
}
