/** A value of an indicator in one year: the least the series helpers need. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}
