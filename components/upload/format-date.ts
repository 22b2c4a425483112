import type { Lang } from '@/lib/i18n/lang';

/** Dates are shown in Vietnam's time zone on server and client alike (no hydration mismatch). */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const OPTIONS: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
};

const formatters: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', OPTIONS),
  en: new Intl.DateTimeFormat('en-GB', OPTIONS),
};

/**
 * An upload time as officials read it, in Vietnam's time zone; the ISO text when unreadable.
 *
 * @example
 * formatUploadDate('2024-03-01T02:30:00.000Z', 'vi') // '09:30 01/03/2024'
 */
export function formatUploadDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatters[lang].format(date);
}
