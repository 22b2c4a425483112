import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { PATCH } from '@/app/api/datasets/[id]/route';
import { GET as list, POST as create } from '@/app/api/datasets/route';
import type { DatasetDetail } from '../upload/types';
import { closeStore, DATABASE_FILE } from './store/default-store';
import { jsonRequest, multipartRequest, routeContext } from './testing/api-client';
import { SAMPLE_CSV } from './testing/sample-tables';
import { useTempDataDir } from './testing/temp-data-dir';
import { useSignedInUser } from './testing/test-session';

/*
 * The API in front of a broken store: a damaged file (bytes overwritten for real) and a file
 * opened read-only (SOATSO_READ_ONLY=1, standing for a directory the server may not write:
 * tests run as root, whom file permissions do not stop).
 */

const dataDir = useTempDataDir('soatso-storage-api-');
useSignedInUser('reviewer');
const csv = new TextEncoder().encode(SAMPLE_CSV);
const dbPath = () => join(dataDir(), DATABASE_FILE);
const hash = () => createHash('sha256').update(readFileSync(dbPath())).digest('hex');

async function upload(): Promise<Response> {
  return create(multipartRequest('/api/datasets', 'bang.csv', csv));
}

describe('storage faults through the API', () => {
  it('a sound store: health 200 { store: "ok", database: "sqlite" } and uploads are accepted', async () => {
    const response = await health(new Request('http://localhost/api/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ store: 'ok', database: 'sqlite' });
    expect((await upload()).status).toBe(201);
  });

  it('read-only: uploads and renames answer 503 (server at fault), health 503, reads still work, the file is unchanged', async () => {
    const created = (await (await upload()).json()) as DatasetDetail;
    closeStore();
    const before = hash();
    process.env.SOATSO_READ_ONLY = '1';
    try {
      const refused = await upload();
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ reason: 'read-only', error: expect.stringContaining('Lỗi ở máy chủ, không phải ở tệp của bạn') });
      const renamed = await PATCH(jsonRequest('/?lang=en', 'PATCH', { name: 'Mới' }), routeContext(created.id));
      expect(renamed.status).toBe(503);
      expect(((await renamed.json()) as { error: string }).error).toContain('A server fault, not a problem with your file');
      const probe = await health(new Request('http://localhost/api/health'));
      expect(probe.status).toBe(503);
      expect(await probe.json()).toMatchObject({ store: 'read-only' });
      expect((await list(new Request('http://localhost/api/datasets'))).status).toBe(200);
    } finally {
      closeStore();
      delete process.env.SOATSO_READ_ONLY;
    }
    expect(hash()).toBe(before);
  });

  it('a damaged file: uploads answer 503, never 201, health 503, and nothing is written into it', async () => {
    closeStore();
    const fd = openSync(dbPath(), 'r+');
    writeSync(fd, new Uint8Array(2048).fill(0x5a), 0, 2048, 4096);
    closeSync(fd);
    const before = hash();
    const refused = await upload();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ reason: 'corrupt' });
    const probe = await health(new Request('http://localhost/api/health?lang=en'));
    expect(probe.status).toBe(503);
    expect(await probe.json()).toMatchObject({ store: 'corrupt', error: expect.stringContaining('A server fault') });
    expect((await list(new Request('http://localhost/api/datasets'))).status).toBe(503);
    closeStore();
    expect(hash()).toBe(before);
  });
});
