/**
 * Prints a static HTML file holding the same table as the home page (title, issuer and every
 * checked claim with its verdict), the baseline for `scripts/lcp.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../lib/dataset/build-dataset';
import { formatNumber } from '../lib/numbers/format-number';
import { VERDICT_LABELS } from '../lib/verify/labels';
import { checkFiles } from '../lib/verify/check-files';
import { describeTableProblem } from '../lib/tables/messages';

function escapeHtml(s: string): string {
  // Grammar: one of & < > ". Example: 'a < "b"' becomes 'a &lt; &quot;b&quot;'.
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** The same content as the home page's summary and table list, as one static HTML file. */
function staticPage(): string {
  const dir = join(process.cwd(), 'data');
  const doc = JSON.parse(readFileSync(join(dir, 'document.json'), 'utf8')) as { id: string; title: string; issuer: string; date: string };
  const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
  const out = checkFiles(files);
  if (!out.ok) throw new Error(describeTableProblem(out.error, 'vi'));
  const ds = buildDataset('cao-bang', { ...doc, sections: [] }, out.tables, out.series);
  const rows = ds.claims
    .map((r) => `<tr><td>${escapeHtml(r.indicator)}</td><td>${escapeHtml(r.claim ?? '')}</td><td>${r.computed === null ? '' : formatNumber(r.computed)}</td><td>${VERDICT_LABELS[r.verdict].symbol} ${VERDICT_LABELS[r.verdict].word.vi}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}</style></head>
<body><h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.issuer)}, ${escapeHtml(doc.date)}</p>
<table><thead><tr><th>Chỉ tiêu</th><th>Nhận định</th><th>Số tính lại</th><th>Kết luận</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

process.stdout.write(staticPage());
