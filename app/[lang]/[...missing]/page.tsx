import { notFound } from 'next/navigation';

/**
 * Any path no page serves: the language's not-found page (the root layout lives under `[lang]`, so
 * Next's own 404 would have no shell).
 * @example GET /khong-co-trang-nay // → 404 with the not-found page
 */
export default function MissingPage(): never {
  notFound();
}
