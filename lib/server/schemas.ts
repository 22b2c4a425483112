import 'server-only';
import { z } from 'zod';

/** `data/document.json`: the bundled report's metadata. Validated because it is edited by hand. */
export const documentFileSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  date: z.string().min(1),
  place: z.string().optional(),
  notes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((n) => (Array.isArray(n) ? n.join(' ') : n)),
  sections: z.array(z.object({ id: z.string(), title: z.string() }).loose()).default([]),
  tables: z
    .array(z.object({ id: z.string(), file: z.string(), title: z.string(), section: z.string().optional() }).loose())
    .default([]),
}).loose();

export type DocumentFile = z.infer<typeof documentFileSchema>;
