import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './write-csv.ts';

describe('csvCell', () => {
  it('guards cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('+31 6 12345678')).toBe("'+31 6 12345678");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@juf')).toBe("'@juf");
  });

  it('quotes separators, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('De juf zei: "prima", echt')).toBe('"De juf zei: ""prima"", echt"');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });

  it('ends a row with CRLF', () => {
    expect(csvRow(['a', 1, true, null])).toBe('a,1,true,\r\n');
  });
});
