/**
 * Generates a synthetic report table shaped like the seed tables (`;`-delimited, Vietnamese
 * numbers, a claim column), deterministic for a given seed.
 */
const UNITS = ['Tỷ đồng', 'Triệu USD', '%', 'Nghìn tấn', 'Triệu đồng'];
const NAMES = ['Thu ngân sách trên địa bàn', 'Kim ngạch xuất nhập khẩu', 'Tỷ lệ hộ nghèo', 'Sản lượng lương thực', 'GDP bình quân đầu người'];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vi(x: number, d: number): string {
  const [int = '0', frac] = x.toFixed(d).split('.');
  // Grammar: a position inside the digits (\B) followed by one or more groups of exactly three digits up to the end.
  // Example: "1042100" → "1.042.100".
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/**
 * The indicator name of data row `i` (1-based, its STT) of a generated table.
 *
 * @example
 * generatedIndicatorName(20401) // 'Kim ngạch xuất nhập khẩu 20401'
 */
export function generatedIndicatorName(i: number, nameSuffix = ''): string {
  return `${NAMES[i % NAMES.length]} ${i}${nameSuffix}`;
}

/**
 * A table of `rows` data rows as UTF-8 bytes; `nameSuffix` lengthens every indicator name
 * (a larger file within the readers' 100 000-row limit).
 */
export function generateReportTable(rows: number, seed = 42, nameSuffix = ''): Uint8Array {
  const rnd = mulberry32(seed);
  const out: string[] = ['STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2022;Năm 2022 so với năm 2015'];
  for (let i = 1; i <= rows; i++) {
    const k = i % NAMES.length;
    const from = 1 + rnd() * 5000;
    const to = from * (0.5 + rnd() * 4);
    const ratio = to / from;
    const claim =
      i % 3 === 0
        ? `Tăng ${vi(ratio, 1)} lần`
        : `${to >= from ? 'Tăng' : 'Giảm'} ${vi(Math.abs((ratio - 1) * 100), 1)}%`;
    out.push(`${i};${generatedIndicatorName(i, nameSuffix)};${UNITS[k]};${vi(from, 2)};${vi(to, 1)};${claim}`);
  }
  return new TextEncoder().encode(out.join('\r\n') + '\r\n');
}
