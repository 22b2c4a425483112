/**
 * The store contract's cases on reference data (issue 15): reference marks on stored datasets, the
 * admin's synonym table and the users' answers to ambiguous indicator matches (see store-contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { newDatasetId } from './dataset-id';
import { generated, upload, type ContractStores } from './store-contract-fixtures';

/**
 * Declares the reference cases; `stores()` gives the fresh stores of the running case.
 * @example describeReferenceContract(() => s);
 */
export function describeReferenceContract(stores: () => ContractStores): void {
  describe('reference data', () => {
    it('marks and unmarks stored datasets', async () => {
      const first = newDatasetId();
      const second = newDatasetId();
      await stores().datasets.create(upload(generated(first, 3)));
      await stores().datasets.create(upload(generated(second, 3)));
      expect(await stores().references.setReference(second, true, 'lan')).toBe(true);
      expect(await stores().references.setReference(first, true, 'lan')).toBe(true);
      // Marks made in the same millisecond have no order between them: compare as a set.
      expect([...(await stores().references.referenceIds())].sort()).toEqual([first, second].sort());
      expect(await stores().references.setReference(second, false, 'lan')).toBe(true);
      expect(await stores().references.referenceIds()).toEqual([first]);
    });

    it('adds, replaces and removes synonyms', async () => {
      await stores().references.addSynonym({ from: 'gdp', to: 'grdp' }, 'lan');
      const replaced = await stores().references.addSynonym({ from: 'gdp', to: 'tong san pham' }, null);
      expect(replaced).toMatchObject({ from: 'gdp', to: 'tong san pham', addedBy: null });
      expect((await stores().references.synonyms()).map((s) => [s.from, s.to])).toEqual([['gdp', 'tong san pham']]);
      expect(await stores().references.removeSynonym('gdp')).toBe(true);
      expect(await stores().references.synonyms()).toEqual([]);
    });

    it('stores and replaces the answer for a printed name, "none of them" included', async () => {
      await stores().references.saveAnswer({ printed: 'thu noi dia', choice: 'thu ngan sach' }, 'hung');
      await stores().references.saveAnswer({ printed: 'thu noi dia', choice: null }, 'hung');
      await stores().references.saveAnswer({ printed: 'grdp', choice: 'grdp gia hien hanh' }, null);
      const answers = await stores().references.answers();
      expect([...answers].sort((a, b) => a.printed.localeCompare(b.printed))).toEqual([
        { printed: 'grdp', choice: 'grdp gia hien hanh' },
        { printed: 'thu noi dia', choice: null },
      ]);
    });

    describe('edge cases', () => {
      it('marking an unknown dataset changes nothing', async () => {
        expect(await stores().references.setReference('khong-co', true, 'lan')).toBe(false);
        expect(await stores().references.referenceIds()).toEqual([]);
      });

      it('removing a synonym that is not there says so', async () => {
        expect(await stores().references.removeSynonym('khong co')).toBe(false);
      });

      it('a deleted dataset is no longer a reference', async () => {
        const id = newDatasetId();
        await stores().datasets.create(upload(generated(id, 3)));
        await stores().references.setReference(id, true, 'lan');
        expect(await stores().datasets.delete(id)).toBe(true);
        expect(await stores().references.referenceIds()).toEqual([]);
      });
    });
  });
}
