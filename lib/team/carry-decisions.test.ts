import { describe, expect, it } from 'vitest';
import { compareVersions } from '../documents/compare-versions';
import { toDocumentResult } from '../documents/document-result';
import type { DocumentCheckResult } from '../documents/types';
import { checkProse } from '../extract/check-prose';
import { displayProse } from '../extract/text/display-prose';
import { planCarryOver } from './carry-decisions';
import { documentFindings } from './document-findings';
import type { Decision, DecisionStatus } from './types';

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
const BUDGET_FIXED = BUDGET_WRONG.replace('tăng 60%', 'tăng 50%');
const FIRMS_WRONG = 'Năm 2018 số doanh nghiệp đạt 1.000 doanh nghiệp. Năm 2022 số doanh nghiệp đạt 1.500 doanh nghiệp, tăng 40% so với năm 2018.';

type Version = DocumentCheckResult & { readonly text: string };

function version(...paragraphs: string[]): Version {
  const report = checkProse(paragraphs.join('\n\n'));
  return { ...toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] }), text: report.text };
}

function idOf(v: Version, indicator: string): string {
  const claim = v.claims.find((c) => c.indicator === indicator && c.verdict !== 'none');
  if (!claim) throw new Error(`no claim about ${indicator}`);
  return claim.id;
}

let nextId = 1;
function decision(target: string, status: DecisionStatus, comment = ''): Decision {
  return { id: nextId++, subject: { kind: 'document', id: 'v1' }, target, status, comment, userName: 'lan', decidedAt: '2026-12-04T03:00:00.000Z' };
}

function plan(v1: Version, v2: Version, history: readonly Decision[]) {
  return planCarryOver(compareVersions(v1, v2), history, new Set(documentFindings(v2).map((f) => f.id)));
}

describe('planCarryOver', () => {
  it.each([
    ['a wrong claim left as it was (còn nguyên) keeps its whole history', [BUDGET_WRONG, FIRMS_WRONG], [BUDGET_WRONG], 'thu ngân sách', 2],
    ['a moved paragraph is still the same finding', [BUDGET_WRONG, FIRMS_WRONG], [FIRMS_WRONG, BUDGET_WRONG], 'thu ngân sách', 2],
    ['a fixed claim (đã sửa) carries nothing', [BUDGET_WRONG, FIRMS_WRONG], [BUDGET_FIXED], 'thu ngân sách', 0],
  ])('%s', (_label, before, after, indicator, carried) => {
    const v1 = version(...before);
    const v2 = version(...after);
    const history = [decision(idOf(v1, indicator), 'accepted', 'làm tròn'), decision(idOf(v1, indicator), 'confirmed', 'in sai: tăng 50%')];
    const planned = plan(v1, v2, history);
    expect(planned).toHaveLength(carried);
    if (carried > 0) {
      expect(planned.map((p) => p.decisionId)).toEqual(history.map((d) => d.id));
      expect(new Set(planned.map((p) => p.target))).toEqual(new Set([idOf(v2, indicator)]));
    }
  });

  it('carries each finding to its own match, in the order the decisions were taken', () => {
    const v1 = version(BUDGET_WRONG, FIRMS_WRONG);
    const v2 = version(FIRMS_WRONG, BUDGET_WRONG, INVESTMENT);
    const firms = decision(idOf(v1, 'số doanh nghiệp'), 'dismissed');
    const budget = decision(idOf(v1, 'thu ngân sách'), 'confirmed');
    expect(plan(v1, v2, [budget, firms])).toEqual([
      { decisionId: firms.id, target: idOf(v2, 'số doanh nghiệp'), from: firms.target },
      { decisionId: budget.id, target: idOf(v2, 'thu ngân sách'), from: budget.target },
    ].sort((a, b) => a.decisionId - b.decisionId));
  });

  describe('edge cases', () => {
    it('no decisions, nothing to carry', () => {
      expect(plan(version(BUDGET_WRONG), version(BUDGET_WRONG), [])).toEqual([]);
    });
    it('a decision on a finding the later version does not decide on is left behind', () => {
      const v1 = version(BUDGET_WRONG);
      const v2 = version(BUDGET_WRONG);
      const history = [decision(idOf(v1, 'thu ngân sách'), 'confirmed')];
      expect(planCarryOver(compareVersions(v1, v2), history, new Set())).toEqual([]);
    });
    it('a decision on an id the earlier version never had is ignored', () => {
      expect(plan(version(BUDGET_WRONG), version(BUDGET_WRONG), [decision('c-00000000-1', 'confirmed')])).toEqual([]);
    });
  });
});
