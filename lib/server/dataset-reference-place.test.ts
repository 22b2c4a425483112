import { describe, expect, it } from 'vitest';
import { POST as create } from '@/app/api/datasets/route';
import type { DatasetDetail } from '../upload/types';
import { datasetReference } from './indicators';
import { multipartRequest } from './testing/api-client';
import { useTempDataDir } from './testing/temp-data-dir';
import { useSignedInUser } from './testing/test-session';

useTempDataDir('soatso-reference-place-');
useSignedInUser('reviewer');

// A province's own table with an indicator the bundled Cao Bằng series also holds (GDP per head, 2009 and 2022), the
// values not Cao Bằng's (10,6 and 39,8 triệu đồng there).
const TABLE = new TextEncoder().encode(
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n1;GDP bình quân đầu người;Triệu đồng;12,4;88,1;Tăng 7,1 lần\n',
);

async function upload(file: string, name: string): Promise<string> {
  const response = await create(multipartRequest('/api/datasets', file, TABLE, { name }));
  expect(response.status).toBe(201);
  return ((await response.json()) as DatasetDetail).id;
}

describe('datasetReference: which province a dataset is about', () => {
  it.each([
    ['the dataset name', 'bang.csv', 'Chỉ tiêu kinh tế tỉnh Bắc Giang'],
    ['the file name', 'Bắc Giang GRDP.csv', 'Bảng 1'],
  ])('a dataset naming another province in %s is not compared with the Cao Bằng series, and says why', async (_where, file, name) => {
    const comparison = await datasetReference(await upload(file, name));
    expect(comparison).toMatchObject({ rows: [], differing: 0, agreeing: 0 });
    expect(comparison.setAside).toHaveLength(1);
    expect(comparison.setAside[0]?.message.vi).toContain('bộ số liệu này nói về Bắc Giang');
    expect(comparison.setAside[0]?.message.en).toContain('its figures are for Cao Bằng, and this dataset is about Bắc Giang');
  });

  describe('edge cases', () => {
    it('a dataset naming no province is still compared (its two values differ from Cao Bằng’s)', async () => {
      const comparison = await datasetReference(await upload('bang.csv', 'Bảng 1'));
      expect(comparison.differing).toBe(2);
      expect(comparison.setAside).toEqual([]);
    });

    it('a dataset naming Cao Bằng itself is compared', async () => {
      const comparison = await datasetReference(await upload('bang.csv', 'Niên giám Cao Bằng'));
      expect(comparison.differing).toBe(2);
      expect(comparison.setAside).toEqual([]);
    });
  });
});
