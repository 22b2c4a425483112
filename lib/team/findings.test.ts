import { describe, expect, it } from 'vitest';
import type { VerdictCounts } from '../dataset/types';
import { findingCount, isFinding, openFindings, readClaimKey } from './findings';
import { readDecisionStatus } from './types';

const counts: VerdictCounts = {
  match: 3,
  mismatch: 2,
  wrong_direction: 1,
  match_points: 0,
  match_truncated: 0,
  implied: 1,
  not_computable: 0,
  unparsed: 0,
  none: 4,
};

describe('findings', () => {
  it.each([
    ['mismatch', true],
    ['wrong_direction', true],
    ['implied', true],
    ['match', false],
    ['none', false],
  ] as const)('%s is a finding: %s', (verdict, finding) => {
    expect(isFinding(verdict)).toBe(finding);
  });

  it('counts findings, and open ones', () => {
    expect(findingCount(counts)).toBe(4);
    expect(openFindings(4, 1)).toBe(3);
  });

  it.each([
    ['bang-2:14', { tableId: 'bang-2', line: 14 }],
    ['so-sanh-2015-2022:3', { tableId: 'so-sanh-2015-2022', line: 3 }],
    ['x', null],
    ['a:b', null],
    [':3', null],
  ])('reads the claim key %j', (key, read) => {
    expect(readClaimKey(key)).toEqual(read);
  });

  it.each([
    ['confirmed', 'confirmed'],
    ['xác nhận sai', 'confirmed'],
    ['Chấp nhận', 'accepted'],
    [' bỏ qua ', 'dismissed'],
    ['chưa xem', 'unreviewed'],
    ['done', null],
  ])('reads the status %j', (raw, status) => {
    expect(readDecisionStatus(raw)).toBe(status);
  });

  describe('edge cases', () => {
    it('never counts more open than findings, nor fewer than none', () => {
      expect(openFindings(2, 5)).toBe(0);
    });
    it('reads a status written in decomposed Unicode', () => {
      expect(readDecisionStatus('xác nhận sai'.normalize('NFD'))).toBe('confirmed');
    });
  });
});
