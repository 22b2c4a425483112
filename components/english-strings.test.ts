import { describe, expect, it } from 'vitest';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import { ADMIN_STRINGS } from '@/components/admin/strings';
import { COMPARISON_STRINGS } from '@/components/charts/comparison-strings';
import { DECISION_STRINGS } from '@/components/decisions/strings';
import { SERIES_CHART_STRINGS } from '@/components/charts/series-chart-strings';
import { DOCUMENT_STRINGS } from '@/components/documents/strings';
import { EXPORT_UI_STRINGS } from '@/components/export/strings';
import { INDICATOR_STRINGS } from '@/components/indicator/strings';
import { LAYOUT_STRINGS } from '@/components/layout/strings';
import { OVERVIEW_STRINGS } from '@/components/overview/strings';
import { PRINT_STRINGS } from '@/components/print/strings';
import { QUALITY_STRINGS } from '@/components/quality/strings';
import { QUALITY_MESSAGE_STRINGS } from '@/lib/verify/quality/quality-messages';
import { PROSE_EXPORT_STRINGS, PROSE_STRINGS } from '@/components/prose/strings';
import { REPORT_STRINGS } from '@/components/report/strings';
import { REFERENCE_STRINGS } from '@/components/reference/strings';
import { TABLE_STRINGS } from '@/components/tables/strings';
import { UPLOAD_STRINGS } from '@/components/upload/strings';
import { EXPORT_STRINGS } from '@/lib/export/strings';
import type { Lang } from '@/lib/i18n/lang';
import { findVietnamese } from '@/lib/i18n/vietnamese-letters';
import { TABLE_PROBLEM_STRINGS } from '@/lib/tables/table-strings';
import { NOTE_STRINGS } from '@/lib/extract/note-strings';
import { LEAD_WORDS } from '@/lib/verify/kind-rules';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { MESSAGE_STRINGS } from '@/lib/verify/message-strings';
import { CHANGE_WORDS } from '@/lib/verify/verify-table';
import { WARNING_STRINGS } from '@/lib/verify/ambiguous-warnings';
import { QUALIFIER_WORDS } from '@/lib/verify/wording';

/*
 * Every English strings table holds no Vietnamese letters. A text with values in it is a
 * function; its source is read, so the English words around the values are checked too.
 */

/** Every text in a value, with its path: strings as they are, functions as their source. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, value.toString()]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

/** The name of the app is a proper name and stays as written in both languages. */
const APP_NAME = 'soát số';

const TABLES: readonly [string, Readonly<Record<Lang, unknown>>][] = [
  ['ACCOUNT_STRINGS', ACCOUNT_STRINGS],
  ['ADMIN_STRINGS', ADMIN_STRINGS],
  ['DECISION_STRINGS', DECISION_STRINGS],
  ['COMPARISON_STRINGS', COMPARISON_STRINGS],
  ['SERIES_CHART_STRINGS', SERIES_CHART_STRINGS],
  ['DOCUMENT_STRINGS', DOCUMENT_STRINGS],
  ['EXPORT_UI_STRINGS', EXPORT_UI_STRINGS],
  ['INDICATOR_STRINGS', INDICATOR_STRINGS],
  ['LAYOUT_STRINGS', LAYOUT_STRINGS],
  ['OVERVIEW_STRINGS', OVERVIEW_STRINGS],
  ['PRINT_STRINGS', PRINT_STRINGS],
  ['QUALITY_STRINGS', QUALITY_STRINGS],
  ['PROSE_STRINGS', PROSE_STRINGS],
  ['PROSE_EXPORT_STRINGS', PROSE_EXPORT_STRINGS],
  ['REPORT_STRINGS', REPORT_STRINGS],
  ['REFERENCE_STRINGS', REFERENCE_STRINGS],
  ['TABLE_STRINGS', TABLE_STRINGS],
  ['UPLOAD_STRINGS', UPLOAD_STRINGS],
  ['EXPORT_STRINGS', EXPORT_STRINGS],
  ['TABLE_PROBLEM_STRINGS', TABLE_PROBLEM_STRINGS],
  // The engine's words: verdict messages, claim words, warnings and prose notes (lib/verify, lib/extract).
  ['MESSAGE_STRINGS', MESSAGE_STRINGS],
  ['LEAD_WORDS', LEAD_WORDS],
  ['QUALIFIER_WORDS', QUALIFIER_WORDS],
  ['WARNING_STRINGS', WARNING_STRINGS],
  ['CHANGE_WORDS', CHANGE_WORDS],
  ['NOTE_STRINGS', NOTE_STRINGS],
  ['QUALITY_MESSAGE_STRINGS', QUALITY_MESSAGE_STRINGS],
  ['VERDICT_LABELS', { vi: Object.values(VERDICT_LABELS).map((l) => l.word.vi), en: Object.values(VERDICT_LABELS).map((l) => l.word.en) }],
];

describe('English strings tables', () => {
  it.each(TABLES)('%s has no Vietnamese letters in English', (name, table) => {
    const found = texts(table.en, name).flatMap(([path, text]) => {
        const where = findVietnamese(text.replaceAll(APP_NAME, ''));
        return where === null ? [] : [`${path}: …${where}…`];
      });
    expect(found).toEqual([]);
  });

  describe('edge cases', () => {
    it('the Vietnamese tables do have Vietnamese letters (the check can fail)', () => {
      const found = texts(UPLOAD_STRINGS.vi, 'UPLOAD_STRINGS').filter(([, text]) => findVietnamese(text) !== null);
      expect(found.length).toBeGreaterThan(10);
    });
  });
});
