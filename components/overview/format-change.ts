import { formatNumber } from '@/lib/numbers/format-number';
import type { HeadlineChange } from './headline-cards';

function signed(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), decimals);
  if (text === formatNumber(0, decimals)) return text;
  return `${value < 0 ? '-' : '+'}${text}`;
}

/**
 * The change of a headline card as short text: `×3,8 (+275%)` for amounts, `-28,75 điểm %` for rates.
 *
 * @example
 * formatChange({ kind: 'ratio', ratio: 3.7547, percent: 275.47 }, 'điểm %') // { main: '×3,8', detail: '+275%' }
 */
export function formatChange(change: HeadlineChange, pointsWord: string): { main: string; detail: string | null } {
  if (change.kind === 'points') return { main: `${signed(change.points, change.decimals)} ${pointsWord}`, detail: null };
  return { main: `×${formatNumber(change.ratio, 1)}`, detail: `${signed(change.percent, 0)}%` };
}
