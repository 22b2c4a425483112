import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../numbers';
import { CHECK_SITUATIONS, DOCUMENTS, FORMS, PROSE_CASES, TABLE_CASES, TRAP_CASES, type ExpectedFigure } from './index';

const CASE_FILES = [
  'prose-cases-gso.ts',
  'prose-cases-gso-annual.ts',
  'prose-cases-forms.ts',
  'prose-cases-provinces-3.ts',
  'prose-cases-gso-earlier.ts',
  'prose-cases-population.ts',
  'prose-cases-provinces.ts',
  'prose-cases-provinces-2.ts',
  'prose-cases-planted.ts',
  'trap-cases.ts',
  'table-cases.ts',
];

const docIds = new Set(DOCUMENTS.map((d) => d.id));
const allCaseIds = [...PROSE_CASES.map((c) => c.id), ...TRAP_CASES.map((c) => c.id), ...TABLE_CASES.map((c) => c.id)];

/** The figure's printed bounds: one number, or the two ends of a range ("7-8", "6,5% - 7", "7,0% đến 7,5"). */
function printedBounds(figure: ExpectedFigure): string[] {
  if (figure.upper === null) return [figure.printed];
  // Grammar: lower bound, then "-", "–" or "đến" with optional spaces, then the upper bound. Example: "6,5% - 7" → ["6,5%", "7"].
  return figure.printed.split(/\s*(?:[-–]|đến)\s*/).map((s) => s.replace(/%$/, ''));
}

describe('corpus documents', () => {
  it('has unique ids, and every real document names its issuer, date and address', () => {
    expect(docIds.size).toBe(DOCUMENTS.length);
    for (const doc of DOCUMENTS) {
      expect(doc.title.length, doc.id).toBeGreaterThan(10);
      expect(doc.issuer.length, doc.id).toBeGreaterThan(3);
      expect(doc.date, doc.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (doc.kind === 'constructed') expect(doc.address, doc.id).toBeNull();
      else expect(doc.address, doc.id).toMatch(/^https?:\/\//);
    }
  });

  it('uses at least 15 real documents', () => {
    const used = new Set([...PROSE_CASES, ...TRAP_CASES, ...TABLE_CASES].map((c) => c.doc));
    const real = DOCUMENTS.filter((d) => d.kind !== 'constructed' && used.has(d.id));
    expect(real.length).toBeGreaterThanOrEqual(15);
  });
});

describe('corpus cases', () => {
  it('have unique ids and name a listed document', () => {
    expect(new Set(allCaseIds).size).toBe(allCaseIds.length);
    for (const c of [...PROSE_CASES, ...TRAP_CASES, ...TABLE_CASES]) expect(docIds.has(c.doc), c.id).toBe(true);
  });

  it('carry a source comment above each case (Source:, PLANTED or FORM)', () => {
    for (const file of CASE_FILES) {
      const lines = readFileSync(join(__dirname, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        // Grammar: indentation, "id: '", the case id, "'". Example: "    id: 'gso23q3-headline',".
        const match = /^\s{4}id: '([a-z0-9-]+)',$/.exec(line);
        if (!match) return;
        const block: string[] = [];
        for (let j = i - 1; j >= 0 && (lines[j] ?? '').trim().startsWith('//'); j--) block.unshift(lines[j] ?? '');
        expect(block.join(' '), `${file}: ${match[1]}`).toMatch(/Source: [a-z0-9-]+|PLANTED|FORM/);
      });
    }
  });

  it('expected claims sit in their text, and each figure is the number printed there', () => {
    for (const c of PROSE_CASES) {
      for (const claim of c.claims) {
        const where = `${c.id}: ${claim.span}`;
        expect(c.text.split(claim.span).length - 1, `${where} occurs exactly once`).toBe(1);
        expect(claim.span.includes(claim.figure.printed), where).toBe(true);
        const bounds = printedBounds(claim.figure);
        const parsed = bounds.map((b) => parseNumber(b));
        for (const p of parsed) expect(p.ok, where).toBe(true);
        const values = parsed.map((p) => (p.ok ? p.value : Number.NaN));
        expect(values[0], where).toBeCloseTo(claim.figure.value, 9);
        if (claim.figure.upper !== null) expect(values[1], where).toBeCloseTo(claim.figure.upper, 9);
        const decimals = Math.max(...parsed.map((p) => (p.ok ? p.decimals : -1)));
        expect(decimals, where).toBe(claim.figure.decimals);
        expect(claim.forms.length, where).toBeGreaterThan(0);
        expect(claim.why.length, where).toBeGreaterThan(5);
      }
    }
  });

  it('findings name spans of their text; planted findings only in constructed cases, real ones only in documents', () => {
    for (const c of PROSE_CASES) {
      for (const f of c.findings) {
        for (const span of f.spans) expect(c.text.includes(span), `${c.id}: ${span}`).toBe(true);
        expect(f.planted, c.id).toBe(c.doc === 'constructed');
      }
    }
  });

  it('traps name a span of their text', () => {
    for (const t of TRAP_CASES) if (t.span !== null) expect(t.text.includes(t.span), t.id).toBe(true);
  });

  // Grammar: " (" year "/" year ")" at the end. Example: "Tổng số Total (2018/2017)" → "2018".
  const YEAR_PAIR = / \((\d{4})\/\d{4}\)$/;

  it('table expectations name rows and claims that the CSV holds', () => {
    for (const t of TABLE_CASES) {
      const lines = t.csv.split('\n');
      for (const row of t.rows) {
        // A yearbook names an index row after its column or row and years ("Tổng số (2018/2017)"): the line is the one
        // printing that year (years down) or that name (years across), and the claim.
        const pair = YEAR_PAIR.exec(row.indicator);
        const name = pair === null ? null : row.indicator.slice(0, pair.index);
        const printsClaim = (l: string): boolean => row.claim !== null && l.includes(row.claim);
        const line =
          lines.find((l) => l.includes(row.indicator)) ??
          (pair === null || name === null ? undefined : lines.find((l) => (l.includes(pair[1] ?? '') || l.startsWith(`${name};`)) && printsClaim(l)));
        expect(line, `${t.id}: ${row.indicator}`).toBeDefined();
        if (row.claim !== null) expect(line?.includes(row.claim), `${t.id}: ${row.claim}`).toBe(true);
      }
      for (const w of t.rowWarnings) expect(t.rows.some((r) => r.indicator === w), `${t.id}: ${w}`).toBe(true);
    }
  });

  it('meets the issue 12 size: ≥ 120 comparative claims, ≥ 10 consistency situations, ≥ 15 traps', () => {
    const prose = PROSE_CASES.flatMap((c) => c.claims).filter((c) => c.kind !== 'value').length;
    const table = TABLE_CASES.flatMap((t) => t.rows).filter((r) => r.claim !== null).length;
    expect(prose + table).toBeGreaterThanOrEqual(120);
    const situations = PROSE_CASES.flatMap((c) => [...c.findings, ...c.quiet]);
    expect(situations.length).toBeGreaterThanOrEqual(10);
    expect(new Set(situations.map((s) => s.situation)).size).toBe(CHECK_SITUATIONS.length);
    expect(TRAP_CASES.length).toBeGreaterThanOrEqual(15);
  });

  it('exercises every form of spec §2b at least once', () => {
    const used = new Set([...PROSE_CASES.flatMap((c) => c.claims), ...TABLE_CASES.flatMap((t) => t.rows)].flatMap((c) => c.forms));
    expect(FORMS.filter((f) => !used.has(f))).toEqual([]);
  });

  describe('edge cases', () => {
    it('reads a range figure as two bounds', () => {
      expect(printedBounds({ printed: '6,5% - 7', value: 6.5, decimals: 1, unit: '%', upper: 7 })).toEqual(['6,5', '7']);
      expect(printedBounds({ printed: '7,0% đến 7,5', value: 7, decimals: 1, unit: '%', upper: 7.5 })).toEqual(['7,0', '7,5']);
    });
  });
});
