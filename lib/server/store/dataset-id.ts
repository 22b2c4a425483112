import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

// Grammar: exactly 32 lower-case hexadecimal digits (a UUID v4 without its dashes).
// Example: "3f2b8c0e9d7a4b1c8e5f6a7b8c9d0e1f" matches; "../etc/passwd" and "3F2B…" do not.
const DATASET_ID = /^[0-9a-f]{32}$/;

/** A dataset id as it may appear in a URL: 32 lower-case hex digits. */
export const datasetIdSchema = z.string().regex(DATASET_ID);

/**
 * A new random, URL-safe dataset id (122 random bits).
 *
 * @example
 * newDatasetId() // '3f2b8c0e9d7a4b1c8e5f6a7b8c9d0e1f'
 */
export function newDatasetId(): string {
  return randomUUID().replaceAll('-', '');
}

/**
 * True when the text has the shape of a dataset id (it may still not exist).
 *
 * @example
 * isDatasetId('cao-bang') // false
 */
export function isDatasetId(text: string): boolean {
  return datasetIdSchema.safeParse(text).success;
}
