import { describe, expect, it } from 'vitest';
import { parseClaim } from '../claims/parse-claim';
import { makeExportRow } from '../export/test-rows';
import { rowMessage, rowWarnings } from './row-text';
import { upgradeIndicator, upgradeRow, type StoredRow } from './upgrade-row';

/** A row as the store kept it before messages were bilingual: no `messageEn`, warnings as Vietnamese text. */
function storedBefore(overrides: Parameters<typeof makeExportRow>[0] = {}, warnings: readonly string[] = []): StoredRow {
  const { messageEn: _dropped, ...row } = makeExportRow(overrides);
  return { ...row, warnings };
}

describe('upgradeRow', () => {
  it.each([
    // GDP per head 10,6 → 39,8 printed "Tăng 3,8 lần" (bundled bang-2); the mismatch prints 4,1 instead.
    ['a match', 'Tăng 3,8 lần', 'match' as const, '39,8 / 10,6 = 3,75 → làm tròn 3,8', '39,8 / 10,6 = 3,75 → rounds to 3,8'],
    [
      'a mismatch',
      'Tăng 4,1 lần',
      'mismatch' as const,
      "39,8 / 10,6 = 3,75 → làm tròn 3,8, không phải 4,1; nên ghi 'tăng 3,8 lần'",
      "39,8 / 10,6 = 3,75 → rounds to 3,8, not 4,1; should read 'up 3,8 times'",
    ],
  ])('gives a stored row its English message by checking it again: %s', (_name, claim, verdict, message, english) => {
    const parsed = parseClaim(claim);
    const row = upgradeRow(storedBefore({ claim, parsed: parsed.ok ? parsed : null, verdict, message }));
    expect(row.messageEn).toBe(english);
    expect(rowMessage(row, 'en')).toBe(english);
  });

  it('keeps a current row as it is', () => {
    const row = makeExportRow();
    expect(upgradeRow(row)).toEqual(row);
  });

  it('turns stored Vietnamese warnings into stored-text warnings with an English notice', () => {
    const row = upgradeRow(storedBefore({}, ['Năm 1991: "147.210" có thể đọc hai cách']));
    expect(row.warnings).toEqual([{ code: 'stored-text', message: { vi: 'Năm 1991: "147.210" có thể đọc hai cách', en: expect.stringContaining('upload the file again') } }]);
    expect(rowWarnings(row, 'vi')).toEqual(['Năm 1991: "147.210" có thể đọc hai cách']);
    expect(rowMessage(row, 'vi')).toBe('39,8 / 10,6 = 3,75 → làm tròn 3,8');
  });
});

describe('upgradeIndicator', () => {
  it('gives warnings stored as Vietnamese text an English notice and keeps bilingual ones', () => {
    const both = { vi: 'Năm 2008: hai cách đọc', en: '2008: two readings' };
    const point = { year: 1991, value: 147.21, decimals: 3, raw: '147.210', source: null, name: 'Sản lượng lương thực' };
    const indicator = upgradeIndicator({
      id: 'x',
      name: 'X',
      names: ['X'],
      unit: 'Nghìn tấn',
      points: [{ ...point, warning: '"147.210" (1991) đọc là 147,210' }, { ...point, year: 2008, warning: both }, { ...point, year: 2009, warning: null }],
      warnings: ['"147.210" (1991) đọc là 147,210', both],
    });
    expect(indicator.points.map((p) => p.warning?.en ?? null)).toEqual([expect.stringContaining('upload the file again'), '2008: two readings', null]);
    expect(indicator.warnings.map((w) => w.vi)).toEqual(['"147.210" (1991) đọc là 147,210', 'Năm 2008: hai cách đọc']);
  });
});

describe('edge cases', () => {
  it('a cell warning stored as Vietnamese text gets the English notice', () => {
    const stored = storedBefore();
    const row = upgradeRow({ ...stored, cells: [{ year: 2022, raw: '-', value: null, decimals: 0, warning: '"-" không phải là số' }] });
    expect(row.cells[0]?.warning).toEqual({ vi: '"-" không phải là số', en: expect.stringContaining('upload the file again') });
  });

  it('says the English text is not available when checking again gives another verdict', () => {
    const row = upgradeRow(storedBefore({ verdict: 'mismatch', message: 'một thông điệp cũ' }));
    expect(row.messageEn).toContain('not available');
  });

  it('a row without a message keeps an empty English message', () => {
    expect(upgradeRow(storedBefore({ claim: null, parsed: null, verdict: 'none', message: '' })).messageEn).toBe('');
  });
});
