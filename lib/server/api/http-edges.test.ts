import { describe, expect, it } from 'vitest';
import { GET as notFoundGet, POST as notFoundPost } from '@/app/api/[...rest]/route';
import { PATCH, PUT as putOne } from '@/app/api/datasets/[id]/route';
import { POST as create } from '@/app/api/datasets/route';
import { POST as exportCsv } from '@/app/api/export/csv/route';
import { GET as verifyGet } from '@/app/api/verify/route';
import type { DatasetDetail } from '../../upload/types';
import { countingStream, jsonRequest, multipartRequest, routeContext, streamRequest } from '../testing/api-client';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { useTempDataDir } from '../testing/temp-data-dir';
import { useSignedInUser } from '../testing/test-session';
import { formatSize } from '../upload/read-body';
import { allowHeader } from './methods';

useTempDataDir('soatso-http-');
useSignedInUser('reviewer');

const KB = 1024;
const MB = 1024 * 1024;

async function errorOf(response: Response): Promise<string> {
  expect(response.headers.get('content-type')).toContain('application/json');
  return ((await response.json()) as { error: string }).error;
}

describe('HTTP edges of the API', () => {
  it('an unimplemented method answers 405 JSON with Allow', async () => {
    const response = await verifyGet(new Request('http://localhost/api/verify'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await errorOf(response)).toContain('GET');
    const put = await putOne(new Request('http://localhost/api/datasets/x', { method: 'PUT' }));
    expect(put.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
  });

  it.each([notFoundGet, notFoundPost])('an unknown /api path answers 404 JSON', async (handler) => {
    const response = await handler(new Request('http://localhost/api/khong-co/gi'));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toContain('/api/khong-co/gi');
  });

  it('a PATCH over 16 KB names the real sizes', async () => {
    const response = await PATCH(jsonRequest('/api/datasets/x', 'PATCH', { name: 'a'.repeat(20 * KB) }), routeContext('0123456789abcdef0123456789abcdef'));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toContain('giới hạn là 16 KB');
  });

  it('bidi control characters are stripped from dataset and file names', async () => {
    const response = await create(multipartRequest('/api/datasets', 'bang\u202Exslx.csv', new TextEncoder().encode(SAMPLE_CSV), { name: 'Quý\u2067 1\u200F' }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as DatasetDetail;
    expect(body.name).toBe('Quý 1');
    expect(body.recognised[0]?.file).toBe('bangxslx.csv');
  });

  it('an export body without Content-Length is cut off while it streams', async () => {
    const big = countingStream(50 * MB);
    const response = await exportCsv(streamRequest('/api/export/csv', big.stream, 'application/json'));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toContain('hơn 976,6 KB');
    expect(big.pulled()).toBeLessThan(2 * MB);
  });
});

describe('edge cases', () => {
  it.each([
    [0, 'vi', '0 byte'],
    [300, 'en', '300 bytes'],
    [16 * KB, 'vi', '16 KB'],
    [1536, 'en', '1.5 KB'],
    [12.5 * MB, 'vi', '12,5 MB'],
    [10 * MB, 'en', '10 MB'],
  ] as const)('formatSize(%i, %s) is %s', (bytes, lang, text) => {
    expect(formatSize(bytes, lang)).toBe(text);
  });

  it.each([
    [['POST'], 'POST, OPTIONS'],
    [['GET'], 'GET, HEAD, OPTIONS'],
    [['GET', 'PATCH', 'DELETE'], 'GET, HEAD, PATCH, DELETE, OPTIONS'],
  ] as const)('allowHeader(%j) is %s', (methods, header) => {
    expect(allowHeader(methods)).toBe(header);
  });
});
