// CSV for spreadsheets (mail merge, R, SPSS): RFC 4180 quoting, and a leading apostrophe on cells a
// spreadsheet would run as a formula, so a respondent's text can never become one.
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a separator, quote or line break; guarded when it looks like a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One line of cells, ending in CRLF as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
