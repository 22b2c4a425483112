/**
 * `npx tsx scripts/corpus-report.ts [--json]`: runs the current engine over the issue-12 corpus (lib/corpus) and
 * reports how many comparative claims it reads with the right figure, which real and planted inconsistencies it
 * finds with severity `error`, every false finding, a breakdown per form, and the list of misses. It never fails
 * on a form the engine lacks: that shows up as a miss. Exit status 0 (a measurement, not a gate); 2 when the
 * engine cannot be run at all.
 */
import { DOCUMENTS, FORMS, PROSE_CASES, TABLE_CASES, TRAP_CASES, type Form } from '../lib/corpus';
import { runProse, runTable } from './corpus/engine-adapter';
import { scoreProseCase, scoreTrap, type ClaimScore, type FalseAlarm, type FindingScore } from './corpus/score-prose';
import { scoreTable, type RowScore } from './corpus/score-table';

interface FormLine {
  readonly form: Form;
  readonly total: number;
  readonly read: number;
  readonly figureOk: number;
  readonly verdictOk: number;
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`;
}

function formBreakdown(items: readonly (ClaimScore | RowScore)[]): FormLine[] {
  return FORMS.map((form) => {
    const mine = items.filter((i) => i.forms.includes(form));
    return {
      form,
      total: mine.length,
      read: mine.filter((i) => i.read).length,
      figureOk: mine.filter((i) => i.figureOk).length,
      verdictOk: mine.filter((i) => i.verdictOk).length,
    };
  }).filter((l) => l.total > 0);
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const claims: ClaimScore[] = [];
  const findings: FindingScore[] = [];
  const falseAlarms: FalseAlarm[] = [];
  const engineErrors: string[] = [];

  for (const c of PROSE_CASES) {
    const engine = await runProse(c.text);
    if (!engine.ok) {
      engineErrors.push(`${c.id}: ${engine.reason}`);
      continue;
    }
    const s = scoreProseCase(c, engine.value);
    claims.push(...s.claims);
    findings.push(...s.findings);
    falseAlarms.push(...s.falseAlarms);
  }
  const trapAlarms: FalseAlarm[] = [];
  for (const t of TRAP_CASES) {
    const engine = await runProse(t.text);
    if (!engine.ok) engineErrors.push(`${t.id}: ${engine.reason}`);
    else trapAlarms.push(...scoreTrap(t, engine.value));
  }
  const rows: RowScore[] = [];
  const tableAlarms: string[] = [];
  for (const t of TABLE_CASES) {
    const engine = await runTable(t.file, t.csv);
    if (!engine.ok) {
      engineErrors.push(`${t.id}: ${engine.reason}`);
      continue;
    }
    const s = scoreTable(t, engine.value);
    rows.push(...s.rows);
    tableAlarms.push(...s.falseAlarms);
  }
  if (claims.length === 0 && rows.length === 0) {
    process.stderr.write(`corpus-report: the engine could not be run:\n${engineErrors.join('\n')}\n`);
    return 2;
  }

  const comparative = [...claims, ...rows];
  const inconsistencies = [
    ...findings,
    ...rows.filter((r) => r.expectedVerdict === 'mismatch' || r.expectedVerdict === 'wrong_direction').map((r) => ({ caseId: r.caseId, situation: `row ${r.expectedVerdict}`, planted: false, found: r.verdictOk, how: r.engine?.verdict ?? 'row missing' })),
  ];
  const summary = {
    documents: DOCUMENTS.filter((d) => d.kind !== 'constructed').length,
    proseCases: PROSE_CASES.length,
    traps: TRAP_CASES.length,
    tables: TABLE_CASES.length,
    comparativeClaims: comparative.length,
    readAsClaims: comparative.filter((c) => c.read).length,
    readWithRightFigure: comparative.filter((c) => c.figureOk).length,
    rightVerdict: comparative.filter((c) => c.verdictOk).length,
    inconsistencies: inconsistencies.length,
    inconsistenciesFound: inconsistencies.filter((f) => f.found).length,
    falseFindings: falseAlarms.length + trapAlarms.length + tableAlarms.length,
    engineErrors: engineErrors.length,
  };
  const misses = {
    claims: claims.filter((c) => !c.figureOk || !c.verdictOk),
    rows: rows.filter((r) => !r.figureOk || !r.verdictOk || !r.warningOk),
    inconsistencies: inconsistencies.filter((f) => !f.found),
  };
  const byForm = formBreakdown(comparative);

  if (json) {
    process.stdout.write(`${JSON.stringify({ summary, byForm, misses, falseFindings: { prose: falseAlarms, traps: trapAlarms, tables: tableAlarms }, engineErrors }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(`Corpus: ${summary.documents} documents, ${summary.proseCases} prose cases, ${summary.traps} traps, ${summary.tables} tables`);
  out.push(`Comparative claims read as claims:            ${summary.readAsClaims}/${summary.comparativeClaims} (${pct(summary.readAsClaims, summary.comparativeClaims)})`);
  out.push(`  … with the right figure:                    ${summary.readWithRightFigure}/${summary.comparativeClaims} (${pct(summary.readWithRightFigure, summary.comparativeClaims)})`);
  out.push(`  … with the right verdict:                   ${summary.rightVerdict}/${summary.comparativeClaims} (${pct(summary.rightVerdict, summary.comparativeClaims)})`);
  out.push(`Inconsistencies found with severity error:    ${summary.inconsistenciesFound}/${summary.inconsistencies}`);
  out.push(`False findings (error or warning):            ${summary.falseFindings} (prose ${falseAlarms.length}, traps ${trapAlarms.length}, tables ${tableAlarms.length})`);
  if (engineErrors.length > 0) out.push(`Engine errors: ${engineErrors.length}`);
  out.push('', 'Per form (total / read / right figure / right verdict):');
  for (const l of byForm) out.push(`  ${l.form.padEnd(24)} ${String(l.total).padStart(4)} ${String(l.read).padStart(5)} ${String(l.figureOk).padStart(5)} ${String(l.verdictOk).padStart(5)}`);
  out.push('', 'Inconsistencies missed:');
  for (const f of misses.inconsistencies) out.push(`  ${f.caseId}: ${f.situation}${f.planted ? ' (planted)' : ''} — ${f.how}`);
  out.push('', 'False findings:');
  for (const a of [...falseAlarms, ...trapAlarms]) out.push(`  ${a.caseId}: ${a.what}`);
  for (const a of tableAlarms) out.push(`  ${a}`);
  out.push('', 'Claims missed (expected → engine):');
  for (const c of misses.claims) {
    const got = c.engine === null ? 'not read' : `${c.engine.kind} ${c.engine.figure} ${c.engine.verdict}`;
    out.push(`  ${c.caseId}: "${c.span}" ${c.expectedKind}/${c.expectedVerdict} → ${got}`);
  }
  out.push('', 'Table rows missed (expected → engine):');
  for (const r of misses.rows) out.push(`  ${r.caseId}: "${r.indicator}" ${r.claim ?? ''} ${r.expectedVerdict} → ${r.engine ? `${r.engine.verdict} ${r.engine.computed ?? ''}` : 'row missing'}${r.warningOk ? '' : ' (no row warning)'}`);
  for (const e of engineErrors) out.push(`  engine error ${e}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`corpus-report: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
