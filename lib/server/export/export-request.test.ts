import { describe, expect, it } from 'vitest';
import { parseExportRequest } from './export-request';

describe('parseExportRequest', () => {
  it.each<[unknown, Record<string, unknown>]>([
    [{ source: { kind: 'findings' } }, { source: { kind: 'findings' }, keys: null, lang: 'vi', delimiter: ';', numberStyle: 'vi' }],
    [
      { source: { kind: 'table', id: 'bang-2-2009-2022' }, keys: ['bang-2-2009-2022:3'], lang: 'en', delimiter: ',', numberStyle: 'plain' },
      { source: { kind: 'table', id: 'bang-2-2009-2022' }, keys: ['bang-2-2009-2022:3'], lang: 'en', delimiter: ',', numberStyle: 'plain' },
    ],
    [{ source: { kind: 'indicator', id: 'thu-ngan-sach' }, keys: null }, { source: { kind: 'indicator', id: 'thu-ngan-sach' }, keys: null }],
    [{ dataset: 'cao-bang', source: { kind: 'findings' } }, { dataset: 'cao-bang' }],
  ])('accepts %j', (body, expected) => {
    const parsed = parseExportRequest(body);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toMatchObject(expected);
  });

  it.each<[unknown, string]>([
    [null, 'nội dung'],
    [{}, 'source'],
    [{ source: { kind: 'pdf' } }, 'source.kind'],
    [{ source: { kind: 'table' } }, 'source.id'],
    [{ source: { kind: 'table', id: '../etc/passwd' } }, 'source.id'],
    [{ source: { kind: 'findings' }, delimiter: '\t' }, 'delimiter'],
    [{ source: { kind: 'findings' }, numberStyle: 'fr' }, 'numberStyle'],
    [{ source: { kind: 'findings' }, keys: [''] }, 'keys.0'],
    [{ source: { kind: 'findings' }, lang: 'de' }, 'lang'],
  ])('refuses %j naming %s', (body, field) => {
    const parsed = parseExportRequest(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(`“${field}”`);
  });
});

describe('edge cases', () => {
  it('refuses more keys than the limit', () => {
    const keys = Array.from({ length: 20_001 }, (_, i) => `t:${i}`);
    expect(parseExportRequest({ source: { kind: 'findings' }, keys }).ok).toBe(false);
  });

  it('ignores unknown fields', () => {
    const parsed = parseExportRequest({ source: { kind: 'findings' }, extra: 1 });
    expect(parsed.ok && 'extra' in parsed.value).toBe(false);
  });
});
