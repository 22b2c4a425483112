/**
 * Scores the engine's output on one prose case or trap against the corpus expectations. Pure functions.
 */
import type { ExpectedClaim, ExpectedFinding, Form, ProseCase, TrapCase } from '../../lib/corpus';
import type { EngineClaim, EngineCheck, EngineFigure, EngineProse } from './engine-adapter';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The outcome for one expected claim. */
export interface ClaimScore {
  readonly caseId: string;
  readonly span: string;
  readonly forms: readonly Form[];
  readonly expectedKind: string;
  readonly expectedVerdict: string;
  /** A non-value engine claim overlaps the span. */
  readonly read: boolean;
  /** …and one of those carries the expected figure. */
  readonly figureOk: boolean;
  readonly verdictOk: boolean;
  readonly engine: { readonly kind: string; readonly figure: string; readonly verdict: string } | null;
}

export interface FindingScore {
  readonly caseId: string;
  readonly situation: string;
  readonly planted: boolean;
  readonly found: boolean;
  readonly how: string;
}

export interface FalseAlarm {
  readonly caseId: string;
  readonly what: string;
}

// Grammar: a scale word not touching another letter (JavaScript's \b does not know Vietnamese letters), counted as
// often as it occurs. Example: "triệu tỷ đồng" → triệu ×1, tỷ ×1 → 1e15.
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/(?<!\p{L})(?:nghìn|ngàn)(?!\p{L})/giu, 1e3],
  [/(?<!\p{L})triệu(?!\p{L})/giu, 1e6],
  [/(?<!\p{L})(?:tỷ|tỉ)(?!\p{L})/giu, 1e9],
];

/** The product of the scale words in a unit ("triệu tỷ đồng" → 1e15); 1 without any. */
export function scaleOf(unit: string | null): number {
  if (unit === null) return 1;
  let scale = 1;
  for (const [pattern, factor] of SCALES) scale *= factor ** (unit.match(pattern)?.length ?? 0);
  return scale;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether the engine's figure is the expected one, as printed or after converting scale words. For a range the
 * figure is its lower bound (a range read as its upper bound alone, "7-8%" → 8%, is wrong).
 */
export function sameFigure(expected: ExpectedClaim['figure'], engine: EngineFigure | null): boolean {
  if (engine === null) return false;
  if (close(expected.value, engine.value)) return true;
  return close(expected.value * scaleOf(expected.unit), engine.value * scaleOf(engine.unit));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where a substring sits in the text (first occurrence), or `null`. */
export function locate(text: string, part: string): Span | null {
  const start = text.indexOf(part);
  return start < 0 ? null : { start, end: start + part.length };
}

const ALARMS = new Set(['mismatch', 'wrong_direction']);

/** How far an implied value may sit from the corpus's, relatively: the corpus writes it to four or five digits. */
const IMPLIED_TOLERANCE = 1e-3;

/**
 * An `implied` verdict is right only with the right value implied: the claim measured from the level it speaks of
 * ("36.112 tỷ đồng"), not from a neighbour ("1,5 tỷ USD" said again in dollars).
 */
function impliedAgrees(expected: ExpectedClaim, engine: EngineClaim): boolean {
  if (expected.verdict !== 'implied' || expected.computed === null || engine.implied === null) return true;
  return Math.abs(engine.implied - expected.computed) <= IMPLIED_TOLERANCE * Math.max(1, Math.abs(expected.computed));
}

function figureText(f: EngineFigure | null): string {
  return f === null ? '—' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
}

function scoreClaim(c: ProseCase, text: string, expected: ExpectedClaim, engine: EngineProse): { score: ClaimScore; used: EngineClaim | null } {
  const span = locate(text, expected.span.normalize('NFC'));
  const candidates = span === null ? [] : engine.claims.filter((e) => e.kind !== 'value' && overlaps(e, span));
  const best = candidates.find((e) => sameFigure(expected.figure, e.figure)) ?? candidates[0] ?? null;
  const figureOk = best !== null && sameFigure(expected.figure, best.figure);
  const verdictOk = best !== null && best.verdict === expected.verdict && impliedAgrees(expected, best);
  return {
    used: best,
    score: {
      caseId: c.id,
      span: expected.span,
      forms: expected.forms,
      expectedKind: expected.kind,
      expectedVerdict: expected.verdict,
      read: candidates.length > 0,
      figureOk,
      verdictOk,
      engine: best === null ? null : { kind: best.kind, figure: figureText(best.figure), verdict: best.verdict },
    },
  };
}

function findingSpans(text: string, f: ExpectedFinding): Span[] {
  return f.spans.map((s) => locate(text, s.normalize('NFC'))).filter((s): s is Span => s !== null);
}

/** Whether an engine check names a place of the expected finding (any severity). */
function namesFinding(text: string, f: ExpectedFinding, check: EngineCheck): boolean {
  const spans = findingSpans(text, f);
  return check.spans.some((cs) => spans.some((s) => overlaps(cs, s)));
}

/** …with the expected severity. */
function matchesFinding(text: string, f: ExpectedFinding, check: EngineCheck): boolean {
  return check.severity === f.severity && namesFinding(text, f, check);
}

export interface ProseScore {
  readonly claims: readonly ClaimScore[];
  readonly findings: readonly FindingScore[];
  readonly falseAlarms: readonly FalseAlarm[];
}

/**
 * Scores one prose case: each expected claim, each expected finding (a consistency finding, or a claim whose
 * expected verdict is `mismatch`/`wrong_direction`), and every engine alarm that the case does not expect.
 */
export function scoreProseCase(c: ProseCase, engine: EngineProse): ProseScore {
  const text = c.text.normalize('NFC');
  const scored = c.claims.map((e) => scoreClaim(c, text, e, engine));
  const findings: FindingScore[] = c.findings.map((f) => {
    const hit = engine.checks.find((k) => matchesFinding(text, f, k));
    const near = engine.checks.find((k) => namesFinding(text, f, k));
    const how = hit ? `${hit.kind} (${hit.severity})` : near ? `only as ${near.kind} (${near.severity})` : 'not reported';
    return { caseId: c.id, situation: f.situation, planted: f.planted, found: hit !== undefined, how };
  });
  scored.forEach(({ score }, i) => {
    const expected = c.claims[i];
    if (expected === undefined || !ALARMS.has(expected.verdict)) return;
    findings.push({
      caseId: c.id,
      situation: `claim ${expected.verdict}`,
      planted: c.doc === 'constructed',
      found: score.verdictOk,
      how: score.engine ? `claim verdict ${score.engine.verdict}` : 'claim not read',
    });
  });
  const falseAlarms: FalseAlarm[] = [];
  for (const check of engine.checks) {
    // A check that names an expected finding's place is not a false alarm, even at the wrong severity (that is a miss).
    if (!c.findings.some((f) => namesFinding(text, f, check))) {
      falseAlarms.push({ caseId: c.id, what: `${check.kind} (${check.severity}): ${check.message.split('\n')[0] ?? ''}` });
    }
  }
  const expectedAlarm = new Set(scored.filter(({ score }) => ALARMS.has(score.expectedVerdict)).map(({ used }) => used));
  for (const claim of engine.claims) {
    if (ALARMS.has(claim.verdict) && !expectedAlarm.has(claim)) {
      falseAlarms.push({ caseId: c.id, what: `claim "${claim.text}" → ${claim.verdict}: ${claim.message.split('\n')[0] ?? ''}` });
    }
  }
  return { claims: scored.map((s) => s.score), findings, falseAlarms };
}

/**
 * Scores one trap: any finding, any `mismatch`/`wrong_direction`, and any comparative claim over the trap's span
 * is a false alarm.
 */
export function scoreTrap(t: TrapCase, engine: EngineProse): FalseAlarm[] {
  const text = t.text.normalize('NFC');
  const alarms: FalseAlarm[] = engine.checks.map((k) => ({ caseId: t.id, what: `${k.kind} (${k.severity}): ${k.message.split('\n')[0] ?? ''}` }));
  for (const claim of engine.claims) {
    if (ALARMS.has(claim.verdict)) alarms.push({ caseId: t.id, what: `claim "${claim.text}" → ${claim.verdict}` });
  }
  const span = t.span === null ? null : locate(text, t.span.normalize('NFC'));
  if (span !== null) {
    for (const claim of engine.claims) {
      if (claim.kind !== 'value' && overlaps(claim, span)) alarms.push({ caseId: t.id, what: `read "${claim.text}" as a ${claim.kind} claim (${t.trap})` });
    }
  }
  return alarms;
}
