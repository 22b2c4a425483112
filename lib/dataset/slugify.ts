import { foldDiacritics } from '../claims/normalize-text';

/**
 * An ASCII kebab-case slug for ids and file names.
 *
 * @example
 * slugify('GDP bình quân đầu người 2009–2022') // 'gdp-binh-quan-dau-nguoi-2009-2022'
 */
export function slugify(text: string): string {
  // Grammar: one or more characters that are not ASCII letters or digits → one hyphen.
  // Example: "gdp binh quan (2009–2022)" → "gdp-binh-quan-2009-2022-" (edges trimmed below).
  const slug = foldDiacritics(text).replace(/[^a-z0-9]+/g, '-');
  // Grammar: hyphens at the start or the end. Example: "-abc-" → "abc".
  return slug.replace(/^-+|-+$/g, '') || 'chi-tieu';
}
