/**
 * Prints every claim extracted from a report text, compactly, one line each, so recall and precision
 * can be counted by hand. By default only sections II.5 to III.2 are printed; `--all` prints everything.
 * `--verify` also links each comparison to the values the same text prints and checks it (spec §3),
 * then lists the text's internal contradictions.
 *
 *   npx tsx scripts/extract-seed-report.ts ../shared/seed/000_240dbfc099c0156e.txt [--all] [--verify]
 */
import { readFileSync } from 'node:fs';
import { checkConsistency } from '../lib/extract/checks/check-consistency';
import { extractClaims } from '../lib/extract/finding/extract-claims';
import { linkClaims } from '../lib/extract/finding/link-claims';
import { verifyClaim } from '../lib/verify/verify-claim';
import type { ClaimYears, CompareTo, ExtractedClaim, Figure } from '../lib/extract/types';

// Grammar: section-start := line-start space* "5." space+ "Giai"
// Example: "5. Giai đoạn từ năm 2000…" starts section II.5.
const SECTION_START = /^\s*5\.\s+Giai/mu;

// Grammar: section-end := line-start space* "IV." space
// Example: "IV. CÁC HÌNH THỨC…" ends section III.
const SECTION_END = /^\s*IV\.\s/mu;

function showYears(years: ClaimYears): string {
  if ('from' in years) return `${years.from}–${years.to}`;
  return years.length === 0 ? '—' : years.join(',');
}

function showCompare(c: CompareTo): string {
  if (c === null) return '';
  return 'year' in c ? ` vs ${c.year}` : ` vs ${c.period.from}–${c.period.to}`;
}

function showFigure(f: Figure): string {
  return `${f.value}${f.unit === null ? '' : ` ${f.unit}`}(${f.decimals}d)`;
}

function line(c: ExtractedClaim, index: number): string {
  const flags = [c.source === 'table' ? 'T' : '', c.inherited ? 'i' : ''].join('');
  const claim = c.claim === null ? "" : ` «${c.claim.text}»`;
  return (
    `${String(index).padStart(3)} ${c.kind.padEnd(14)} ${flags.padEnd(2)} [${showYears(c.years)}${showCompare(c.compareTo)}]` +
    ` ${c.indicator ?? '∅'} | ${c.figures.map(showFigure).join(' → ')}${claim}  @${c.start}-${c.end}`
  );
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  process.stderr.write('usage: npx tsx scripts/extract-seed-report.ts <text file> [--all]\n');
  process.exit(2);
}
const raw = readFileSync(file, 'utf8');
const all = args.includes('--all');
const from = all ? 0 : (SECTION_START.exec(raw)?.index ?? 0);
const to = all ? raw.length : (SECTION_END.exec(raw)?.index ?? raw.length);
const extracted = extractClaims(raw);
const inRange = (c: ExtractedClaim): boolean => c.start >= from && c.end <= to;
const claims = extracted.filter(inRange);
const counts = new Map<string, number>();
claims.forEach((c, i) => {
  counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  process.stdout.write(`${line(c, i + 1)}\n`);
});
process.stdout.write(`\n${claims.length} claims: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);

if (args.includes('--verify')) {
  process.stdout.write('\nverdicts (values linked from the same text):\n');
  linkClaims(extracted).forEach((linked, i) => {
    if (linked.input === null || !inRange(linked.claim)) return;
    const v = verifyClaim(linked.input);
    process.stdout.write(`${String(i + 1).padStart(3)} ${v.verdict.padEnd(16)} «${linked.claim.claim?.text ?? "''"}» ${linked.claim.indicator ?? '∅'} — ${v.message}\n`);
  });
  process.stdout.write('\nconsistency:\n');
  for (const finding of checkConsistency(extracted, [], raw).findings) process.stdout.write(`  ${finding.kind}: ${finding.message.vi}\n`);
}
