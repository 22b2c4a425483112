import type { PeriodKey } from '../verify/reference-types';
/**
 * The shapes the pages receive: plain, serialisable data built on the server from the checked
 * tables. Types only, so client components may import this module.
 */
import type { Localized } from '../i18n/lang';
import type { QualityWarning } from '../verify/quality/types';
import type { RowResult } from '../verify/result';
import type { Verdict } from '../verify/types';

export interface DocumentMeta {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly date: string;
  readonly place?: string;
  readonly notes?: string;
  readonly sections: readonly { readonly id: string; readonly title: string }[];
}

/** One value cell of a table row, as printed and as read. */
export interface CellView {
  readonly year: number;
  /** The text as printed (`3.957,9`). */
  readonly raw: string;
  readonly value: number | null;
  readonly decimals: number;
  /** A data-quality warning for this cell (ambiguous reading, not a number), in both languages. */
  readonly warning: Localized | null;
}

/** A checked row of a report table. */
export interface RowView extends RowResult {
  /**
   * Stable key within the dataset: `<tableId>:<line>`; an index block's row adds the years it checks (`…:28:2019-2020`),
   * and a line that gives several rows numbers the later ones (`…:2`).
   */
  readonly key: string;
  readonly tableId: string;
  readonly cells: readonly CellView[];
  /**
   * The row's note (`Ghi chú` column) when the table has one besides its source column, such as
   * "the document does not state the base year"; a verdict may depend on it. Absent in old stores.
   */
  readonly note?: string | null;
  /**
   * The row's name under the row it breaks down when its table prints the name under several totals ("Nam (Dân số
   * trung bình)"); absent otherwise and in old stores. The row's series is keyed by it (series-key.ts).
   */
  readonly seriesName?: string;
}

export interface TableView {
  /** URL id (`bang-2-2009-2022`). */
  readonly id: string;
  readonly title: string;
  readonly section: string | null;
  readonly file: string;
  /** The year columns, in order. */
  readonly years: readonly number[];
  /**
   * The printed name of a year column that is not the year itself: a school or crop year ("2022-2023", its values kept
   * under 2022, the year of the count at 30 September). Absent when every column is a plain year.
   */
  readonly yearLabels?: Readonly<Record<number, string>>;
  /**
   * The part of the year every value column speaks of ("Ước tính tháng 10 năm 2023" → T10; see `PeriodKey`), when the
   * table is not of whole years; absent otherwise.
   */
  readonly part?: PeriodKey;
  readonly compare: { readonly from: number; readonly to: number } | null;
  readonly hasPlan: boolean;
  readonly rows: readonly RowView[];
  readonly sections: readonly string[];
  /** Footer notes and sources printed under the table (`Ghi chú: …`, `Nguồn: …`); absent in datasets stored before. */
  readonly notes?: readonly string[];
  /** The data-quality review of the table and of its indicators' series in its years; absent in datasets stored before. */
  readonly quality?: readonly QualityWarning[];
  /** How many warnings the review found for the table when more than `quality` keeps (a large upload). */
  readonly qualityTotal?: number;
}

export interface SeriesPointView {
  readonly year: number;
  readonly value: number;
  readonly decimals: number;
  /** The text as printed. */
  readonly raw: string;
  readonly source: string | null;
  /** The name the indicator has at this point (names differ between tables). */
  readonly name: string;
  /** A data-quality warning for this value, in both languages. */
  readonly warning: Localized | null;
  /** The unit printed with this value (a series may change units); absent in datasets stored before. */
  readonly unit?: string;
}

export interface IndicatorView {
  /** URL id (`thu-ngan-sach`). */
  readonly id: string;
  /** The most recent name. */
  readonly name: string;
  /** Every name the document uses for it. */
  readonly names: readonly string[];
  readonly unit: string;
  readonly points: readonly SeriesPointView[];
  /** Every checked claim about this indicator. */
  readonly claims: readonly RowView[];
  readonly warnings: readonly Localized[];
  /** The data-quality review of this indicator's series (slips, unit changes, stray values, shares, plan words); absent in datasets stored before. */
  readonly quality?: readonly QualityWarning[];
}

export type VerdictCounts = Readonly<Record<Verdict, number>>;

export interface Dataset {
  /** `cao-bang` for the bundled data, a store id for uploads. */
  readonly id: string;
  readonly document: DocumentMeta;
  readonly tables: readonly TableView[];
  readonly indicators: readonly IndicatorView[];
  /** Every checked row with a claim, in table order. */
  readonly claims: readonly RowView[];
  readonly counts: VerdictCounts;
}
