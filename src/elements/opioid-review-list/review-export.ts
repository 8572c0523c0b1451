/**
 * Saving the view's CSV as a file: a byte-order mark so spreadsheet programs read it as UTF-8 (names
 * with accents, "≥"), a hidden link clicked once, the object URL let go after a while.
 */
export function saveCsv(root: ParentNode, csv: string, filename: string): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
