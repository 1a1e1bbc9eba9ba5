// Cells starting with = + - @ (or a tab / carriage return) would run as formulas in Excel or
// LibreOffice; a leading apostrophe makes them text.
function guardCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV file for mail merge: one row per token, columns school, brin, token, link. */
export function invitationsCsv(rows: { school: string; brin: string; token: string; link: string }[]): string {
  const lines = [['school', 'brin', 'token', 'link'], ...rows.map((r) => [r.school, r.brin, r.token, r.link])];
  return `${lines.map((cells) => cells.map(guardCell).join(',')).join('\r\n')}\r\n`;
}
