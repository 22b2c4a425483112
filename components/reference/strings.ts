import type { Lang } from '@/lib/i18n/lang';

const formatCount = (n: number, lang: Lang = 'vi'): string => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

/** Text of the reference-data views (issue 15). Vietnamese first; English mirrors it. */
export interface ReferenceStrings {
  readonly columnTitle: string;
  readonly tableTitle: string;
  readonly tableIntro: string;
  readonly colFigure: string;
  readonly colIndicator: string;
  readonly colYear: string;
  readonly colVerdict: string;
  readonly agrees: (value: string, where: string) => string;
  readonly differs: (value: string, gap: string, where: string) => string;
  readonly baseFrom: (reference: string) => string;
  readonly question: (name: string, candidates: string) => string;
  readonly noRows: string;
  readonly questionsTitle: string;
  readonly questionsIntro: string;
  readonly answerNone: string;
  readonly answered: string;
  readonly answerFailed: string;
  readonly recheckHint: string;
  readonly sourcesTitle: string;
  readonly sourcesIntro: string;
  readonly sourcesCaption: (name: string) => string;
  readonly kindDataset: string;
  readonly kindDocument: string;
  readonly kindReference: string;
  readonly colSources: string;
  readonly disagree: string;
  readonly agree: string;
  readonly differsMark: string;
  readonly statusWord: (status: 'preliminary' | 'estimate' | 'final') => string;
  readonly noSources: string;
  readonly datasetTitle: string;
  readonly datasetIntro: string;
  readonly colValue: string;
  readonly datasetCounts: (differ: number, agree: number) => string;
  readonly datasetShown: (shown: number, total: number) => string;
  readonly noReference: string;
  readonly referenceMark: string;
  readonly markReference: string;
  readonly unmarkReference: string;
  readonly isReference: string;
  readonly notReference: string;
  readonly markFailed: string;
  readonly synonymsTitle: string;
  readonly synonymsIntro: string;
  readonly builtIn: string;
  readonly synonymFrom: string;
  readonly synonymTo: string;
  readonly addSynonym: string;
  readonly removeSynonym: (from: string) => string;
  readonly synonymFailed: string;
  readonly overviewDiffers: (n: number) => string;
  readonly overviewNone: string;
}

export const REFERENCE_STRINGS: Readonly<Record<Lang, ReferenceStrings>> = {
  vi: {
    columnTitle: 'Đối chiếu với số liệu gốc',
    tableTitle: 'Đối chiếu với số liệu gốc',
    tableIntro: 'Mỗi số in được so với số liệu gốc (niên giám, chuỗi chính thức) cùng chỉ tiêu, năm, kỳ, đơn vị và loại giá.',
    colFigure: 'Số liệu',
    colIndicator: 'Chỉ tiêu',
    colYear: 'Năm',
    colVerdict: 'Kết quả',
    agrees: (value, where) => `✓ Khớp số liệu gốc ${value} (${where})`,
    differs: (value, gap, where) => `✗ Khác số liệu gốc: ${value}, chênh ${gap} (${where})`,
    baseFrom: (reference) => `Giá trị so sánh lấy từ số liệu gốc “${reference}”`,
    question: (name, candidates) => `? “${name}” là ${candidates}? Chưa đối chiếu cho đến khi có câu trả lời.`,
    noRows: 'Không có số liệu nào đối chiếu được với số liệu gốc.',
    questionsTitle: 'Cần xác nhận chỉ tiêu',
    questionsIntro: 'Các chỉ tiêu này khớp với nhiều chuỗi số liệu gốc. Chọn đúng chuỗi; câu trả lời được lưu và dùng lại cho các lần kiểm tra sau.',
    answerNone: 'Không phải chuỗi nào',
    answered: 'Đã lưu câu trả lời. Kiểm tra lại văn bản để thấy kết quả.',
    answerFailed: 'Không lưu được câu trả lời',
    recheckHint: 'Kiểm tra lại để áp dụng.',
    sourcesTitle: 'Các nguồn của số liệu',
    sourcesIntro: 'Giá trị mỗi năm theo từng nguồn: bộ dữ liệu này, các văn bản đã lưu và các bộ số liệu gốc. Ô khác nguồn đầu tiên được đánh dấu.',
    sourcesCaption: (name) => `Các nguồn của “${name}” theo năm`,
    kindDataset: 'Bộ dữ liệu',
    kindDocument: 'Văn bản',
    kindReference: 'Số liệu gốc',
    colSources: 'Nguồn và giá trị',
    disagree: '✗ Các nguồn không khớp',
    agree: '✓ Khớp',
    differsMark: 'khác',
    statusWord: (status) => (status === 'preliminary' ? 'sơ bộ' : status === 'estimate' ? 'ước tính' : 'chính thức'),
    noSources: 'Chưa có nguồn nào khác cho chỉ tiêu này.',
    datasetTitle: 'Đối chiếu với số liệu gốc',
    datasetIntro: 'Giá trị của từng chỉ tiêu so với các bộ số liệu gốc đã đánh dấu.',
    colValue: 'Giá trị',
    datasetCounts: (differ, agree) => `${formatCount(differ)} giá trị khác số liệu gốc, ${formatCount(agree)} giá trị khớp.`,
    datasetShown: (shown, total) => `Bảng dưới đây hiện ${formatCount(shown)} trên ${formatCount(total)} giá trị, các giá trị khác số liệu gốc đứng trước.`,
    noReference: 'Không có trong số liệu gốc',
    referenceMark: 'Số liệu gốc',
    markReference: 'Đánh dấu là số liệu gốc',
    unmarkReference: 'Bỏ đánh dấu số liệu gốc',
    isReference: 'Đang là số liệu gốc',
    notReference: 'Không phải số liệu gốc',
    markFailed: 'Không đổi được đánh dấu',
    synonymsTitle: 'Từ đồng nghĩa của chỉ tiêu',
    synonymsIntro: 'Các cách viết khác nhau của cùng một chỉ tiêu (GDP/GRDP, tỉ/tỷ). Dùng khi so văn bản với số liệu gốc.',
    builtIn: 'Có sẵn',
    synonymFrom: 'Cách viết trong văn bản',
    synonymTo: 'Nghĩa là',
    addSynonym: 'Thêm',
    removeSynonym: (from) => `Xoá “${from}”`,
    synonymFailed: 'Không lưu được từ đồng nghĩa',
    overviewDiffers: (n) => `${n} số liệu khác số liệu gốc`,
    overviewNone: 'Không có số liệu nào khác số liệu gốc',
  },
  en: {
    columnTitle: 'Checked against the reference',
    tableTitle: 'Checked against the reference',
    tableIntro: 'Each printed figure is compared with the reference series (yearbook, official series) for the same indicator, year, period, unit and price base.',
    colFigure: 'Figure',
    colIndicator: 'Indicator',
    colYear: 'Year',
    colVerdict: 'Result',
    agrees: (value, where) => `✓ Agrees with the reference ${value} (${where})`,
    differs: (value, gap, where) => `✗ Differs from the reference: ${value}, a gap of ${gap} (${where})`,
    baseFrom: (reference) => `Values compared taken from the reference “${reference}”`,
    question: (name, candidates) => `? Is “${name}” ${candidates}? Not checked until answered.`,
    noRows: 'No figure could be checked against a reference.',
    questionsTitle: 'Which indicator is this?',
    questionsIntro: 'These indicators fit several reference series. Choose the right one; the answer is stored and reused by later checks.',
    answerNone: 'None of them',
    answered: 'Answer saved. Check the text again to see the result.',
    answerFailed: 'The answer could not be saved',
    recheckHint: 'Check again to apply it.',
    sourcesTitle: 'Every source of the value',
    sourcesIntro: 'Each year’s value by source: this dataset, the stored documents and the reference series. A value that differs from the first source is marked.',
    sourcesCaption: (name) => `Sources of “${name}” by year`,
    kindDataset: 'Dataset',
    kindDocument: 'Document',
    kindReference: 'Reference',
    colSources: 'Sources and values',
    disagree: '✗ The sources disagree',
    agree: '✓ Agree',
    differsMark: 'differs',
    statusWord: (status) => status,
    noSources: 'No other source has this indicator yet.',
    datasetTitle: 'Checked against the reference',
    datasetIntro: 'Each indicator’s values compared with the marked reference series.',
    colValue: 'Value',
    datasetCounts: (differ, agree) => `${formatCount(differ, 'en')} values differ from the reference, ${formatCount(agree, 'en')} agree.`,
    datasetShown: (shown, total) => `The table below shows ${formatCount(shown, 'en')} of ${formatCount(total, 'en')} values, those that differ first.`,
    noReference: 'Not in the reference',
    referenceMark: 'Reference',
    markReference: 'Mark as reference',
    unmarkReference: 'Unmark as reference',
    isReference: 'Reference series',
    notReference: 'Not a reference',
    markFailed: 'The mark could not be changed',
    synonymsTitle: 'Indicator synonyms',
    synonymsIntro: 'Different spellings of one indicator (GDP/GRDP, ti/ty). Used when a text is checked against the reference.',
    builtIn: 'Built in',
    synonymFrom: 'As written in texts',
    synonymTo: 'Means',
    addSynonym: 'Add',
    removeSynonym: (from) => `Remove “${from}”`,
    synonymFailed: 'The synonym could not be saved',
    overviewDiffers: (n) => `${n} figures differ from the reference`,
    overviewNone: 'No figure differs from the reference',
  },
};
