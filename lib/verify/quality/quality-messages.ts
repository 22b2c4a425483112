import type { Lang, Localized } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from './growth-band';
import type { PlanTarget, PlanWord, QualityValue, SharePart } from './types';

/** The plan words as a report prints them (data, not UI text: the same in both languages). */
export const PLAN_WORD_TEXT: Readonly<Record<PlanWord, string>> = { dat: 'Đạt', 'khong-dat': 'Không đạt', vuot: 'Vượt' };

/** Why a plan word contradicts its columns: the side of the target the actual value is on for sure. */
export type PlanReason = 'below-minimum' | 'above-maximum' | 'meets-minimum' | 'within-maximum' | 'not-above';

export interface QualityMessageStrings {
  readonly slip: (raw: string, year: number, factor: string, high: boolean, around: string, likely: string) => string;
  readonly slipCause: (thousands: boolean) => string;
  readonly unitLabel: (before: string, after: string) => string;
  readonly unitConverted: (after: string, converted: string, consistent: boolean) => string;
  readonly unitIncomparable: string;
  readonly unitStep: (year: number, before: string, after: string, up: boolean, unit: string, likelyUnit: string | null) => string;
  readonly strayZero: (year: number, around: string) => string;
  readonly strayTiny: (raw: string, year: number, around: string) => string;
  readonly sharesSum: (year: number, parts: string, sum: string) => string;
  readonly sharesRounding: (low: string, high: string) => string;
  readonly sharesGap: (low: string, high: string, gap: string, missing: boolean) => string;
  readonly partsTotal: (year: number, total: string, parts: number, sum: string, printed: string, gap: string, slack: string) => string;
  /** A row whose columns of a breakdown do not add up to its column of the total (column-splits.ts). */
  readonly partsAcross: (
    year: number,
    across: { readonly row: string; readonly total: string; readonly parts: readonly string[] },
    values: readonly string[],
    figures: { readonly sum: string; readonly printed: string; readonly gap: string; readonly slack: string },
  ) => string;
  readonly structureShare: (year: number, row: string, printed: string, value: string, total: string, computed: string, gap: string, slack: string) => string;
  /** A row's output against its area × yield (area-yield-output.ts); the figures as printed with their units. */
  readonly areaYieldOutput: (
    year: number,
    row: string,
    f: { readonly area: string; readonly yieldValue: string; readonly computed: string; readonly printed: string; readonly low: string; readonly high: string },
  ) => string;
  readonly target: (target: PlanTarget, figures: { low: string; high: string }) => string;
  readonly planWord: (word: string, actual: string, year: number, interval: string, plan: string, target: string, reason: PlanReason, expected: string) => string;
  readonly reason: Readonly<Record<PlanReason, (threshold: string) => string>>;
}

export const QUALITY_MESSAGE_STRINGS: Readonly<Record<Lang, QualityMessageStrings>> = {
  vi: {
    slip: (raw, year, factor, high, around, likely) =>
      `${raw} (${year}) ${high ? `lớn gấp khoảng ${factor} lần` : `chỉ bằng khoảng 1/${factor}`} các năm lân cận (${around}); thay đổi thật hiếm khi quá 50%/năm.` +
      ` Giá trị đúng có lẽ là ${likely}.`,
    slipCause: (thousands) => (thousands ? ' Có thể đã nhầm dấu phân cách hàng nghìn hoặc đơn vị.' : ' Có thể đã nhầm vị trí dấu thập phân, hoặc thừa hay thiếu một chữ số.'),
    unitLabel: (before, after) => `Đơn vị đổi trong chuỗi: ${before} sang ${after}.`,
    unitConverted: (after, converted, consistent) =>
      consistent
        ? ` Quy đổi, ${after} = ${converted}: liền mạch với năm trước, nhưng cả chuỗi nên ghi một đơn vị.`
        : ` Quy đổi, ${after} = ${converted}: không liền mạch với năm trước; có thể ghi nhầm đơn vị hoặc giá trị.`,
    unitIncomparable: ' Hai đơn vị không quy đổi được sang nhau: chuỗi đang gộp hai loại số.',
    unitStep: (year, before, after, up, unit, likelyUnit) =>
      `Từ năm ${year}, giá trị ${up ? 'lớn gấp khoảng 1000 lần' : 'chỉ bằng khoảng 1/1000'} các năm trước (${before} → ${after}) và giữ mức đó, ` +
      `trong khi đơn vị vẫn ghi ${unit}: có lẽ các năm sau được nhập theo ${likelyUnit ?? 'một đơn vị khác'}.`,
    strayZero: (year, around) => `Năm ${year} ghi 0 giữa các năm lân cận lớn hơn nhiều (${around}): có lẽ là số liệu thiếu được nhập thành 0.`,
    strayTiny: (raw, year, around) =>
      `${raw} (${year}) nhỏ bất thường, chưa bằng 1/20 các năm lân cận (${around}): có thể là số nhập lạc hoặc thiếu chữ số.`,
    sharesSum: (year, parts, sum) => `Cơ cấu năm ${year}: ${parts} cộng lại ${sum}, không đúng 100.`,
    sharesRounding: (low, high) =>
      ` Mỗi tỷ trọng in ra lệch tối đa nửa đơn vị của chữ số cuối, nên tổng thật nằm trong [${low}; ${high}], có chứa 100: chênh lệch là do làm tròn.`,
    sharesGap: (low, high, gap, missing) =>
      ` Kể cả sai số làm tròn, tổng nằm trong [${low}; ${high}], không chứa 100: ${missing ? 'thiếu' : 'thừa'} ${gap} điểm phần trăm` +
      (missing ? ' (một thành phần không được liệt kê, như thuế sản phẩm trừ trợ cấp, hoặc một giá trị sai).' : ' (có giá trị sai hoặc tính trùng).'),
    partsTotal: (year, total, parts, sum, printed, gap, slack) =>
      `Năm ${year}: ${parts} dòng thành phần của “${total}” cộng lại ${sum}, không bằng ${printed} như dòng tổng ghi ` +
      `(chênh ${gap}, sai số làm tròn tối đa ±${slack}).`,
    partsAcross: (year, across, values, f) =>
      `Năm ${year}, “${across.row}”: ${across.parts.map((p, i) => `${p} ${values[i] ?? ''}`).join(' + ')} = ${f.sum}, không bằng ${across.total} ` +
      `${f.printed} cùng dòng (chênh ${f.gap}, sai số làm tròn tối đa ±${f.slack}).`,
    structureShare: (year, row, printed, value, total, computed, gap, slack) =>
      `Năm ${year}: “${row}” ghi tỷ trọng ${printed}%, nhưng giá trị của dòng so với dòng tổng cho ${value} / ${total} × 100 = ${computed}% ` +
      `(chênh ${gap} điểm phần trăm, sai số làm tròn tối đa ±${slack}).`,
    areaYieldOutput: (year, row, f) =>
      `Năm ${year}, “${row}”: diện tích ${f.area} × năng suất ${f.yieldValue} = ${f.computed}, không bằng sản lượng ${f.printed} cùng dòng ` +
      `(với sai số làm tròn của ba số in ra, tích nằm trong [${f.low}; ${f.high}]).`,
    target: (target, f) => {
      switch (target.kind) {
        case 'at-least':
          return target.plain ? `đọc là mức tối thiểu ${f.low}` : `${target.strict ? 'trên' : 'tối thiểu'} ${f.low}`;
        case 'at-most':
          return target.plain ? `đọc là mức tối đa ${f.high}` : `${target.strict ? 'dưới' : 'tối đa'} ${f.high}`;
        case 'range':
          return `từ ${f.low} đến ${f.high}`;
      }
    },
    planWord: (word, actual, year, interval, plan, target, reason, expected) =>
      `Ghi “${word}” nhưng thực hiện ${actual} (${year}; khoảng làm tròn ${interval}) ${QUALITY_MESSAGE_STRINGS.vi.reason[reason](target)} ` +
      `so với kế hoạch “${plan}”: cột số liệu ứng với “${expected}”.`,
    reason: {
      'below-minimum': (t) => `thấp hơn mức ${t}`,
      'above-maximum': (t) => `vượt mức ${t}`,
      'meets-minimum': (t) => `đã đạt mức ${t}`,
      'within-maximum': (t) => `nằm trong mức ${t}`,
      'not-above': (t) => `không cao hơn mức ${t}`,
    },
  },
  en: {
    slip: (raw, year, factor, high, around, likely) =>
      `${raw} (${year}) is ${high ? `about ${factor} times` : `only about 1/${factor} of`} the neighbouring years (${around}); real change is rarely over 50% a year.` +
      ` The intended value is probably ${likely}.`,
    slipCause: (thousands) => (thousands ? ' A thousands separator or the unit may have slipped.' : ' The decimal mark may have slipped, or a digit was added or dropped.'),
    unitLabel: (before, after) => `The unit changes inside the series: ${before} to ${after}.`,
    unitConverted: (after, converted, consistent) =>
      consistent
        ? ` Converted, ${after} = ${converted}: in line with the year before, but the series should use one unit.`
        : ` Converted, ${after} = ${converted}: out of line with the year before; the unit or the value may be wrong.`,
    unitIncomparable: ' The two units do not convert into each other: the series mixes two kinds of figures.',
    unitStep: (year, before, after, up, unit, likelyUnit) =>
      `From ${year} on, the values are ${up ? 'about 1000 times' : 'only about 1/1000 of'} the earlier years (${before} → ${after}) and stay there, ` +
      `while the unit still reads ${unit}: the later years were probably entered in ${likelyUnit ?? 'another unit'}.`,
    strayZero: (year, around) => `${year} reads 0 among much larger neighbouring years (${around}): probably a missing value typed as 0.`,
    strayTiny: (raw, year, around) =>
      `${raw} (${year}) is unusually small, under 1/20 of the neighbouring years (${around}): a stray entry or missing digits.`,
    sharesSum: (year, parts, sum) => `Shares in ${year}: ${parts} sum to ${sum}, not exactly 100.`,
    sharesRounding: (low, high) =>
      ` Each printed share is off by at most half a unit of its last digit, so the true sum lies in [${low}; ${high}], which holds 100: rounding explains the difference.`,
    sharesGap: (low, high, gap, missing) =>
      ` Even with rounding, the sum lies in [${low}; ${high}], which does not hold 100: ${gap} percentage points ${missing ? 'are missing' : 'too many'}` +
      (missing ? ' (a part not listed, such as product taxes less subsidies, or a wrong value).' : ' (a wrong value or a part counted twice).'),
    partsTotal: (year, total, parts, sum, printed, gap, slack) =>
      `${year}: the ${parts} rows listed as parts of “${total}” add up to ${sum}, not ${printed} as the total row prints ` +
      `(a gap of ${gap}; rounding allows ±${slack}).`,
    partsAcross: (year, across, values, f) =>
      `${year}, “${across.row}”: ${across.parts.map((p, i) => `${p} ${values[i] ?? ''}`).join(' + ')} = ${f.sum}, not the ${across.total} ` +
      `${f.printed} of the same row (a gap of ${f.gap}; rounding allows ±${f.slack}).`,
    structureShare: (year, row, printed, value, total, computed, gap, slack) =>
      `${year}: “${row}” prints a share of ${printed}%, but the row's value over the total's gives ${value} / ${total} × 100 = ${computed}% ` +
      `(a gap of ${gap} percentage points; rounding allows ±${slack}).`,
    areaYieldOutput: (year, row, f) =>
      `${year}, “${row}”: area ${f.area} × yield ${f.yieldValue} = ${f.computed}, not the output ${f.printed} of the same row ` +
      `(with the rounding of the three printed figures, the product lies in [${f.low}; ${f.high}]).`,
    target: (target, f) => {
      switch (target.kind) {
        case 'at-least':
          return target.plain ? `read as a minimum of ${f.low}` : `${target.strict ? 'above' : 'at least'} ${f.low}`;
        case 'at-most':
          return target.plain ? `read as a maximum of ${f.high}` : `${target.strict ? 'below' : 'at most'} ${f.high}`;
        case 'range':
          return `from ${f.low} to ${f.high}`;
      }
    },
    planWord: (word, actual, year, interval, plan, target, reason, expected) =>
      `The row says “${word}” but the actual ${actual} (${year}; rounding interval ${interval}) ${QUALITY_MESSAGE_STRINGS.en.reason[reason](target)} ` +
      `against the plan “${plan}”: the figures support “${expected}”.`,
    reason: {
      'below-minimum': (t) => `is below the target, ${t},`,
      'above-maximum': (t) => `is over the target, ${t},`,
      'meets-minimum': (t) => `meets the target, ${t},`,
      'within-maximum': (t) => `is within the target, ${t},`,
      'not-above': (t) => `is not above the target, ${t},`,
    },
  },
};

/**
 * Both languages of a message built by `make`.
 *
 * @example
 * inBoth((lang) => QUALITY_MESSAGE_STRINGS[lang].unitIncomparable)
 */
export function inBoth(make: (lang: Lang) => string): Localized {
  return { vi: make('vi'), en: make('en') };
}

/**
 * Values as a short list, `2019: 121,3; 2021: 125,8`.
 *
 * @example
 * aroundText([{ year: 2019, raw: '121,3', value: 121.3, unit: '' }]) // '2019: 121,3'
 */
export function aroundText(values: readonly QualityValue[]): string {
  return values.map((v) => `${v.year}: ${v.raw}`).join('; ');
}

/**
 * Document text (a unit, an indicator name) inside a message: as printed in Vietnamese, in quotes
 * in English (the convention for document data inside an English message).
 *
 * @example
 * documentText('Tỷ đồng', 'en') // '“Tỷ đồng”'
 */
export function documentText(text: string, lang: Lang): string {
  return lang === 'en' && text !== '' ? `“${text}”` : text;
}

/**
 * A value with its unit and year, `1.234,5 Tỷ đồng (2020)`.
 *
 * @example
 * withUnit({ year: 2020, raw: '1.234,5', value: 1234.5, unit: 'Tỷ đồng' }, 'vi') // '1.234,5 Tỷ đồng (2020)'
 */
export function withUnit(v: QualityValue, lang: Lang): string {
  return `${v.raw}${v.unit === '' ? '' : ` ${documentText(v.unit, lang)}`} (${v.year})`;
}

/**
 * The parts of a group of shares, the title of their whole said once.
 *
 * @example
 * partsText([{ indicator: 'Cơ cấu: dịch vụ', raw: '53,75', … }, { indicator: 'Cơ cấu: nông nghiệp', raw: '21,74', … }], 'vi')
 * // 'Cơ cấu: dịch vụ 53,75 + nông nghiệp 21,74'
 */
export function partsText(parts: readonly SharePart[], lang: Lang): string {
  // Grammar: TITLE ": " — the title of the whole before a part's name. Example: "Cơ cấu kinh tế: dịch vụ" → "Cơ cấu kinh tế".
  const title = /^([^:]+):\s*/u.exec(parts[0]?.indicator ?? '')?.[1];
  const shared = title !== undefined && parts.every((p) => p.indicator.startsWith(`${title}:`));
  const list = parts.map((p) => `${documentText(shared ? p.indicator.slice(title.length + 1).trim() : p.indicator, lang)} ${p.raw}`).join(' + ');
  return shared ? `${documentText(title, lang)}: ${list}` : list;
}

/**
 * The rounding interval of a printed value, `[7,15; 7,25]`.
 *
 * @example
 * intervalText(7.2, 1) // '[7,15; 7,25]'
 */
export function intervalText(value: number, decimals: number): string {
  const h = halfUnit(decimals);
  return `[${formatNumber(value - h, decimals + 1)}; ${formatNumber(value + h, decimals + 1)}]`;
}
