import type { Lang } from '../i18n/lang';

/** The sentences check-prose.ts adds to a verifier's message, in both languages. */
export interface NoteStrings {
  readonly takenFrom: (year: number | null, value: string, source: string) => string;
  /** `when` from missingText. */
  readonly notFound: (when: string, searched: boolean) => string;
  readonly share: (formula: string) => string;
  readonly recorded: string;
  /** A change printed in "%" read as points, by why (ExtractedClaim.readAsPoints). */
  readonly readAsPoints: Readonly<Record<'shares' | 'rate', string>>;
  /**
   * A base worked out from the difference printed beside the change (ExtractedClaim.baseFromChange), when the change
   * does not match: the base, the printed difference, the change as printed and the difference it would need.
   */
  readonly baseFromChange: (up: boolean, base: string, difference: string, change: string, needed: string) => string;
}

export const NOTE_STRINGS: Readonly<Record<Lang, NoteStrings>> = {
  vi: {
    takenFrom: (year, value, source) => `Giá trị${year === null ? '' : ` năm ${year}`} (${value}) lấy từ ${source}.`,
    notFound: (when, searched) => `Không tìm thấy giá trị ${when} ${searched ? 'trong văn bản và các bộ dữ liệu đối chiếu' : 'trong văn bản'}.`,
    share: (formula) => `${formula}; không có phép so sánh để kiểm tra.`,
    recorded: 'Số liệu được ghi nhận; không có phép so sánh để kiểm tra.',
    readAsPoints: {
      shares: 'Số ghi “%” được đọc là điểm phần trăm: các tỷ trọng của năm gốc chỉ cộng lại đủ 100% khi đọc như vậy. Nên ghi “điểm phần trăm”.',
      rate: 'Số ghi “%” được đọc là điểm phần trăm: đó là hiệu của hai tốc độ tăng. Nên ghi “điểm phần trăm”.',
    },
    baseFromChange: (up, base, difference, change, needed) =>
      `Giá trị kỳ gốc (${base}) suy từ mức ${up ? 'tăng' : 'giảm'} ${difference} in bên cạnh; nếu ${change} là đúng thì mức ${up ? 'tăng' : 'giảm'} phải khoảng ${needed}: cần xem lại một trong hai số.`,
  },
  en: {
    takenFrom: (year, value, source) => `The ${year === null ? '' : `${year} `}value (${value}) is taken from ${source}.`,
    notFound: (when, searched) => `No ${when} value was found ${searched ? 'in the text or the reference data' : 'in the text'}.`,
    share: (formula) => `${formula}; there is no comparison to check.`,
    recorded: 'The figure is recorded; there is no comparison to check.',
    readAsPoints: {
      shares: 'The “%” is read as percentage points: only so do the base year’s shares add up to 100%. Write “percentage points”.',
      rate: 'The “%” is read as percentage points: it is the difference of two growth rates. Write “percentage points”.',
    },
    baseFromChange: (up, base, difference, change, needed) =>
      `The base (${base}) is worked out from the ${up ? 'rise' : 'fall'} of ${difference} printed beside it; if ${change} is right, the ${up ? 'rise' : 'fall'} is about ${needed}: one of the two figures needs checking.`,
  },
};
