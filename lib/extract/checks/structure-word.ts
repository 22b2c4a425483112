import { foldDiacriticsAligned } from '../../claims/normalize-text';

// Grammar: structure-word := "cơ cấu" | "tỷ trọng" | "tỉ trọng" (folded: "co cau" | "ty trong" | "ti trong")
// Example: "Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản chiếm 11,96%; …" announces the shares of one whole.
const STRUCTURE = /co cau|t[yi] trong/gu;

// Grammar: clause-end := ";" — where the clause of a structure word ends
// Example: "…, trong cơ cấu nội hàm ngành công nghiệp … tăng dần tỷ trọng công nghiệp chế biến, chế tạo;" holds no share.
const CLAUSE_END = ';';

/**
 * Where the structure word that announces a sentence's shares stands (an offset into `sentence`): the first one with a
 * share after it in its own clause (up to the next ";"); `null` when none does. A remark that names the structure in
 * passing ("khu vực công nghiệp và xây dựng chiếm 29,44%, trong cơ cấu nội hàm ngành công nghiệp … tăng dần tỷ trọng
 * công nghiệp chế biến, chế tạo; khu vực dịch vụ chiếm 43,11%; …": Tuyên Quang, 9 months of 2024) announces nothing.
 *
 * @example
 * announcingStructure('Cơ cấu kinh tế: nông nghiệp chiếm 11,96%; dịch vụ chiếm 42,5%', [30, 52]) // 0
 * announcingStructure('A chiếm 23,3%; B chiếm 29,44%, trong cơ cấu nội hàm …; C chiếm 43,11%', [2, 17, 60]) // null
 */
export function announcingStructure(sentence: string, shareStarts: readonly number[]): number | null {
  // The shares in text order, walked once alongside the structure words (a sentence may hold thousands of both).
  const starts = [...shareStarts].sort((a, b) => a - b);
  let next = 0;
  let clauseEnd = -1;
  for (const m of foldDiacriticsAligned(sentence).matchAll(STRUCTURE)) {
    while (next < starts.length && (starts[next] ?? 0) <= m.index) next++;
    const share = starts[next];
    if (share === undefined) return null;
    if (clauseEnd < m.index) {
      const end = sentence.indexOf(CLAUSE_END, m.index);
      clauseEnd = end < 0 ? sentence.length : end;
    }
    if (share < clauseEnd) return m.index;
  }
  return null;
}
