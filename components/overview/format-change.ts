import { formatNumber } from '@/lib/numbers/format-number';
import type { HeadlineChange } from './headline-cards';

const LARGE_RATIO = 10;

function signed(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), decimals);
  if (text === formatNumber(0, decimals)) return text;
  return `${value < 0 ? '-' : '+'}${text}`;
}

/**
 * The change of a headline card as short text: `×3,8 (+275%)` for amounts (no percentage from ×10 up),
 * `-28,75 điểm %` for rates.
 *
 * @example
 * formatChange({ kind: 'ratio', ratio: 3.7547, percent: 275.47 }, 'điểm %') // { main: '×3,8', detail: '+275%' }
 */
export function formatChange(change: HeadlineChange, pointsWord: string): { main: string; detail: string | null } {
  if (change.kind === 'points') return { main: `${signed(change.points, change.decimals)} ${pointsWord}`, detail: null };
  // Past ×10 a percentage (`+42.005%`) only makes the multiple harder to read.
  const detail = change.ratio < LARGE_RATIO ? `${signed(change.percent, 0)}%` : null;
  return { main: `×${formatNumber(change.ratio, 1)}`, detail };
}
