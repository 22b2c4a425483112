/**
 * Saves a blob under a file name through a temporary link (the browser's download).
 *
 * @example
 * downloadBlob(new Blob(['a;b'], { type: 'text/csv' }), 'bang-2-2009-2022.csv');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The file name in a `content-disposition` header, if it has a plain quoted one.
 *
 * @example
 * fileNameFromDisposition('attachment; filename="bang-2.csv"') // 'bang-2.csv'
 */
export function fileNameFromDisposition(header: string | null): string | null {
  // Grammar: `filename="` then any characters but a quote, then `"`. Example: 'attachment; filename="a.csv"' → "a.csv".
  const match = header === null ? null : /filename="([^"]+)"/.exec(header);
  return match?.[1] ?? null;
}
