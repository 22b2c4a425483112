import type { ClaimKind, ExpectedClaim, ExpectedFigure, Form } from './types';

/**
 * Decimals written in a printed Vietnamese number: the digits after the decimal comma.
 *
 * @example
 * printedDecimals('5,33') // 2
 * printedDecimals('919.000') // 0
 */
export function printedDecimals(printed: string): number {
  // Grammar: digits and thousands dots, optionally "," and the decimal digits, then any unit sign at the end.
  // Example: "1.514,6" → "6"; "6,5%" → "5".
  const match = /,(\d+)\D*$/.exec(printed);
  return match?.[1]?.length ?? 0;
}

/**
 * A printed figure with its value and unit; decimals come from the digits as printed.
 *
 * @example
 * fig('5,33', 5.33, '%') // { printed: '5,33', value: 5.33, decimals: 2, unit: '%', upper: null }
 */
export function fig(printed: string, value: number, unit: string | null): ExpectedFigure {
  return { printed, value, decimals: printedDecimals(printed), unit, upper: null };
}

/**
 * A printed range (`7-8`, `6,5 - 7`) as one figure: `value` is the lower bound, `upper` the upper one.
 *
 * @example
 * rangeFig('7-8', 7, 8, '%').upper // 8
 */
export function rangeFig(printed: string, lower: number, upper: number, unit: string | null): ExpectedFigure {
  const parts = printed.split(/\s*[-–]\s*/);
  const decimals = Math.max(...parts.map(printedDecimals));
  return { printed, value: lower, decimals, unit, upper };
}

interface Where {
  readonly span: string;
  readonly indicator: string;
  readonly period: string;
  readonly forms?: readonly Form[];
}

/**
 * A growth claim whose two values the text does not print (GSO releases mostly print only the rate): it is a
 * claim, with its figure, and nothing can be computed from the text alone.
 *
 * @example
 * rate({ span: 'tăng 5,33%', indicator: 'GDP', period: 'Q3/2023' }, '5,33', 5.33).verdict // 'not_computable'
 */
export function rate(where: Where, printed: string, value: number, unit = '%', kind: ClaimKind = 'comparison'): ExpectedClaim {
  return {
    kind,
    span: where.span,
    figure: fig(printed, value, unit),
    indicator: where.indicator,
    period: where.period,
    forms: where.forms ?? ['percent-change'],
    verdict: 'not_computable',
    computed: null,
    why: 'neither value of the comparison is printed in the text',
  };
}

/**
 * A share or contribution (part of a whole): a claim that compares nothing by itself (verdict `none`); the
 * consistency checks read it with its siblings.
 *
 * @example
 * part('share', { span: 'chiếm 11,96%', indicator: 'nông nghiệp', period: '2023' }, '11,96', 11.96).verdict // 'none'
 */
export function part(kind: 'share' | 'contribution', where: Where, printed: string, value: number, unit = '%'): ExpectedClaim {
  return {
    kind,
    span: where.span,
    figure: fig(printed, value, unit),
    indicator: where.indicator,
    period: where.period,
    forms: where.forms ?? [kind],
    verdict: 'none',
    computed: null,
    why: `a ${kind} of one whole, checked with the other parts`,
  };
}

/**
 * A claim whose later value the text prints but whose base it does not: the verdict is `implied`, and
 * `computed` is the base the claim implies.
 *
 * @example
 * implied({ kind: 'comparison', span: 'tăng 160 USD', indicator: 'GDP/người', period: '2023' }, fig('160', 160, 'USD'), 4124, '4.284 − 160').computed // 4124
 */
export function implied(
  where: Where & { readonly kind: ClaimKind },
  figure: ExpectedFigure,
  base: number,
  why: string,
): ExpectedClaim {
  return {
    kind: where.kind,
    span: where.span,
    figure,
    indicator: where.indicator,
    period: where.period,
    forms: where.forms ?? ['percent-change'],
    verdict: 'implied',
    computed: base,
    why: `base not printed; implied ${why}`,
  };
}
