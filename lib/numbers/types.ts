/** How a file writes its numbers: `vi` = `.` groups, `,` is decimal; `en` = the reverse. */
export type NumberStyle = 'vi' | 'en';

/** A unit sign written after a number (`57%`, `0,3‰`). */
export type UnitSign = '%' | '‰';

/**
 * A number as printed: its value and how many decimals were written.
 * `decimals` sets the rounding interval `[value − 0.5·10^−decimals, value + 0.5·10^−decimals]`.
 */
export interface Measured {
  readonly value: number;
  readonly decimals: number;
}

/** The two readings of an ambiguous cell such as `147.210`. */
export interface AmbiguousReading {
  /** Thousands reading (the default): 147210, 0 decimals. */
  readonly thousands: Measured;
  /** Decimal reading: 147.21, 3 decimals as written. */
  readonly decimal: Measured;
}

export type ParsedNumber =
  | {
      readonly ok: true;
      readonly value: number;
      readonly decimals: number;
      /** The unit sign written after the number, if any. */
      readonly unit?: UnitSign;
      /** Present when the cell could be read two ways; `value` is then the chosen reading. */
      readonly ambiguous?: AmbiguousReading;
      /**
       * `mixed-marks`: both `.` and `,` present (`1,234.56`); the last one was taken as decimal,
       * and it is not the decimal mark of the file style (so `1.234,56` in a `vi` file has no warning).
       */
      readonly warning?: 'mixed-marks';
    }
  | { readonly ok: false; readonly reason: 'missing' | 'not-a-number' };

/** A value after series continuity has been applied. */
export interface RepairedValue extends Measured {
  /** `decimal-reading`: an ambiguous cell was read as a decimal because the thousands reading broke the series. */
  readonly repair?: 'decimal-reading';
  /** Present when the cell was ambiguous, whichever reading was kept. */
  readonly ambiguous?: AmbiguousReading;
}
