/* The byte order mark tells Excel the file is UTF-8; without it, Dutch Excel reads é and ’ as two Windows-1252 characters each. */
const byteOrderMark = '\uFEFF';

/* A cell a spreadsheet would run as a formula (CSV injection): the apostrophe makes it text, as Excel itself writes one. */
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as the CSV Dutch Excel opens with a double click: UTF-8 with a
 * byte order mark, cells separated by a semicolon (the comma is the Dutch
 * decimal separator), lines ended by CR LF, and a cell quoted where it holds
 * a semicolon, a quote or a line break.
 */
export function writeCsv(rows: readonly (readonly string[])[]): Uint8Array<ArrayBuffer> {
  const text = rows.map((row) => row.map(cell).join(';')).join('\r\n');
  return new TextEncoder().encode(`${byteOrderMark}${text}\r\n`);
}
