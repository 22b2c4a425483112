import { describe, expect, it } from 'vitest';
import { POST as upload } from '@/app/api/datasets/route';
import { POST as exportCsv } from '@/app/api/export/csv/route';
import { POST as prose } from '@/app/api/prose/route';
import { POST as sheets } from '@/app/api/sheets/route';
import { countingStream, multipartRequest, rawRequest, streamRequest } from '../../lib/server/testing/api-client';
import { SAMPLE_CSV } from '../../lib/server/testing/sample-tables';
import { useTempDataDir } from '../../lib/server/testing/temp-data-dir';
import { useSignedInUser } from '../../lib/server/testing/test-session';
import { buildAttacks, type Attack } from './payloads';

/*
 * Integration test of issue 9's attacks through the real route handlers and the real worker pool
 * (statuses only, no timings: `npm run test:attack` measures those against a running server).
 * The bombs inflate to 256 MB here rather than 1 GB, and the chunked bodies are 50 MB: both are
 * far past every limit, and the test stays light.
 */

useTempDataDir('soatso-attack-');
useSignedInUser('reviewer');

const MB = 1024 * 1024;
const SCALE = { bombBytes: 256 * MB, honestXmlBytes: 60 * MB, sheetCells: 3_000_000, streamBytes: 50 * MB };

const HANDLERS: Readonly<Record<string, (request: Request) => Promise<Response>>> = {
  '/api/datasets': upload,
  '/api/sheets': sheets,
  '/api/prose': prose,
  '/api/export/csv': exportCsv,
};

async function send(attack: Attack): Promise<number> {
  const handler = HANDLERS[new URL(attack.path, 'http://localhost').pathname];
  if (!handler) throw new Error(`no handler for ${attack.path}`);
  const request =
    attack.body.kind === 'bytes'
      ? rawRequest(attack.path, attack.body.bytes, attack.contentType)
      : streamRequest(attack.path, countingStream(attack.body.size).stream, attack.contentType);
  const response = await handler(request);
  await response.arrayBuffer();
  return response.status;
}

describe('issue 9 attacks, sent at once', () => {
  it('every attack is refused with 4xx (prose the engine may check: never 5xx), and the server answers afterwards', async () => {
    const attacks = await buildAttacks(SCALE);
    const statuses = await Promise.all(attacks.map(send));
    attacks.forEach((attack, i) => {
      const status = statuses[i] ?? 0;
      if (attack.expect === '4xx') expect({ attack: attack.name, refused: status >= 400 && status < 500 }).toEqual({ attack: attack.name, refused: true });
      else expect({ attack: attack.name, answered: status >= 200 && status < 500 }).toEqual({ attack: attack.name, answered: true });
    });
    const after = await upload(multipartRequest('/api/datasets', 'bang.csv', new TextEncoder().encode(SAMPLE_CSV)));
    expect(after.status).toBe(201);
  }, 180_000);
});

describe('edge cases', () => {
  it('the bombs are small files that lie about their size', async () => {
    const attacks = await buildAttacks({ ...SCALE, bombBytes: 64 * MB });
    const bomb = attacks[0]?.body;
    expect(bomb?.kind === 'bytes' && bomb.bytes.byteLength).toBeLessThan(MB);
  }, 60_000);
});
