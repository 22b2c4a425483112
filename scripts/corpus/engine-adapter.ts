/**
 * The one place where the corpus report touches the engine. It goes through the two public commands (the `claims`
 * and `verify` CLIs, spec §4) and reads their JSON, whose field names the spec fixes, so the report keeps working
 * while lib/claims, lib/extract, lib/verify and lib/tables are refactored. If an entry point moves, update the two
 * imports below and nothing else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runClaimsCli } from '../../lib/server/cli/claims-cli';
import { runVerifyCli } from '../../lib/server/cli/verify-cli';

export type EngineResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export interface EngineFigure {
  readonly value: number;
  readonly decimals: number | null;
  readonly unit: string | null;
}

/** One claim as the `claims` command prints it. */
export interface EngineClaim {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly figure: EngineFigure | null;
  readonly verdict: string;
  readonly computed: number | null;
  /** For an `implied` verdict: the value the claim implies (spec §3), which the corpus gives as its `computed`. */
  readonly implied: number | null;
  readonly message: string;
}

/** One consistency finding as the `claims` command prints it. */
export interface EngineCheck {
  readonly kind: string;
  readonly severity: string;
  readonly message: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

export interface EngineProse {
  readonly claims: readonly EngineClaim[];
  readonly checks: readonly EngineCheck[];
}

/** One table row as the `verify` command prints it. */
export interface EngineRow {
  readonly indicator: string;
  readonly claim: string | null;
  readonly verdict: string;
  readonly computed: number | null;
  /** For an `implied` verdict: the value the claim implies (spec §3), which the corpus gives as its figure. */
  readonly implied: number | null;
  readonly warnings: readonly string[];
  readonly message: string;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function numOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function readFigure(v: unknown): EngineFigure | null {
  if (!isRecord(v)) return null;
  const value = numOrNull(v.value);
  if (value === null) return null;
  return { value, decimals: numOrNull(v.decimals), unit: typeof v.unit === 'string' ? v.unit : null };
}

function readSpans(v: unknown): { start: number; end: number }[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((s) => ({ start: numOrNull(s.start) ?? 0, end: numOrNull(s.end) ?? 0 }));
}

/** Runs `fn` with a fresh temporary directory and removes it afterwards. */
async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-corpus-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checks one report text with the `claims` command (extraction, verdicts and consistency checks).
 *
 * @example
 * const r = await runProse('GDP năm 2023 tăng 5,05% so với năm 2022.');
 * r.ok && r.value.claims[0]?.kind // 'comparison'
 */
export async function runProse(text: string): Promise<EngineResult<EngineProse>> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'bao-cao.txt');
    writeFileSync(file, text, 'utf8');
    let out = '';
    let err = '';
    const code = await runClaimsCli([file, '--json'], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    if (code === 2) return { ok: false, reason: err.trim() || 'claims: exit 2' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(out);
    } catch {
      return { ok: false, reason: 'claims: output is not JSON' };
    }
    if (!isRecord(parsed)) return { ok: false, reason: 'claims: output is not an object' };
    const claims = (Array.isArray(parsed.claims) ? parsed.claims : []).filter(isRecord).map(
      (c): EngineClaim => ({
        text: str(c.text),
        start: numOrNull(c.start) ?? -1,
        end: numOrNull(c.end) ?? -1,
        kind: str(c.kind),
        figure: readFigure(c.figure),
        verdict: str(c.verdict),
        computed: numOrNull(c.computed),
        implied: isRecord(c.implied) ? numOrNull(c.implied.value) : null,
        message: str(c.message),
      }),
    );
    const checks = (Array.isArray(parsed.checks) ? parsed.checks : []).filter(isRecord).map(
      (k): EngineCheck => ({ kind: str(k.kind), severity: str(k.severity), message: str(k.message), spans: readSpans(k.spans) }),
    );
    return { ok: true, value: { claims, checks } };
  });
}

/**
 * Checks one table with the `verify` command.
 *
 * @example
 * const r = await runTable('bang.csv', 'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n1;GDP;Triệu đồng;10,6;39,8;Tăng 3,8 lần');
 * r.ok && r.value[0]?.verdict // 'match'
 */
export async function runTable(fileName: string, csv: string): Promise<EngineResult<EngineRow[]>> {
  return withTempDir(async (dir) => {
    const file = join(dir, fileName);
    writeFileSync(file, csv, 'utf8');
    let out = '';
    let err = '';
    const code = runVerifyCli([file, '--json'], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    if (code === 2) return { ok: false, reason: err.trim() || 'verify: exit 2' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(out);
    } catch {
      return { ok: false, reason: 'verify: output is not JSON' };
    }
    if (!isRecord(parsed) || !Array.isArray(parsed.results)) return { ok: false, reason: 'verify: no results' };
    return {
      ok: true,
      value: parsed.results.filter(isRecord).map(
        (r): EngineRow => ({
          indicator: str(r.indicator),
          claim: typeof r.claim === 'string' ? r.claim : null,
          verdict: str(r.verdict),
          computed: numOrNull(r.computed),
          implied: isRecord(r.implied) ? numOrNull(r.implied.value) : null,
          warnings: Array.isArray(r.warnings) ? r.warnings.map(str) : [],
          message: str(r.message),
        }),
      ),
    };
  });
}
