/**
 * The current view as CSV, for a spreadsheet or a service's report. Identity columns appear only for
 * the display fields the host supplied (a list with no names has no name column), so an export never
 * holds more about a person than the page did. Headings and words are in the list's locale (the review
 * section, and the core catalogue for the results); dates stay ISO (YYYY-MM-DD) and numbers stay plain
 * digits, with no grouping and a full stop before any decimals, whatever the locale, so a spreadsheet
 * reads them as numbers ("1,200" or a decimal comma would be split by the CSV's commas or read as text). A cell that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return) is prefixed with an apostrophe (OWASP CSV injection). DOM-free.
 */
import { roundMg } from '../../core/text.js';
import { suppliedFields, type PersonField, type ReviewRow } from './review-model.js';
import { bandText, careTeamText, flagItems, issueLines, opioidsText, reviewText, taperText, type Formatter } from './review-format.js';

/** Quoted when needed; formula-like text made inert. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** The fields the host supplied across the whole list (so a filtered view keeps the same columns). */
  fields?: PersonField[];
  /** The host's name for the identifier column (e.g. "NHS number"). */
  identifierLabel?: string;
}

/** `rows` (the view, in its order) as CSV text with a header line; lines end in CRLF (RFC 4180). */
export function reviewCsv(rows: readonly ReviewRow[], f: Formatter, options: CsvOptions = {}): string {
  const fields = options.fields ?? suppliedFields(rows);
  const { w } = f;
  const c = w.csv;
  const label = (field: PersonField) => (field === 'identifier' && options.identifierLabel ? options.identifierLabel : c[field]);
  const header = [...fields.map(label), c.planId, c.status, c.total, c.unit, c.complete, c.band, c.opioids, c.startDate,
    c.daysOnOpioids, c.reviewDate, c.reviewStatus, c.urgent, c.warnings, c.flags, c.taper, c.careTeam];
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    const ok = row.status === 'ok';
    const status = !ok ? `${c.statusInvalid}: ${issueLines(row, f.tag).join('; ')}`
      : row.duplicateOf !== undefined ? `${c.statusDuplicate} (${w.duplicateOf(row.planId, f.count(row.duplicateOf + 1))})` : c.statusOk;
    const cells: (string | number | undefined)[] = [
      ...fields.map((field) => row.person[field]),
      row.planId,
      status,
      // A number cell: plain digits (String(number)), never the locale's grouped figure.
      ok && !row.implausible ? roundMg(row.total) : undefined,
      ok ? f.profile.unit : undefined,
      ok ? (row.complete ? c.yes : c.no) : undefined,
      bandText(row, f),
      ok ? opioidsText(row, f) : undefined,
      row.startDate,
      ok ? row.daysOn : undefined,
      row.reviewDate,
      reviewText(row, f).text,
      row.urgent,
      row.warnings,
      flagItems(row, f).map((item) => w.flagWithSeverity(item.severityText, item.label)).join('; '),
      ok ? taperText(row, f) : undefined,
      careTeamText(row, f),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
