'use client';

/**
 * Opens the browser's print dialog.
 * @example <PrintButton label="In phiếu" />
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
