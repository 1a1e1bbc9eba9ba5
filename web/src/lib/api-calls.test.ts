import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The web calls the api one way: the typed client (api.ts) or, on respondent pages, the same route types
// without its runtime. A raw fetch is allowed only where this list says why.
const rawFetchAllowed: Record<string, string> = {
  'respondent/public-api.ts':
    "respondent pages: the route's types without the typed client's runtime (zero bytes), no cookies",
  'home-page.tsx': "in the entry chunk every respondent page loads; typed by the route's answer type",
};

// Links the browser follows itself (a file download, a document to open): an address, not a call.
const linksAllowed: Record<string, string> = {
  'staff/exports/exports-page.tsx': 'the ZIP of a finished export, downloaded by the browser',
  'staff/report/report-page.tsx': 'the PDF of the report, downloaded by the browser',
  'staff/api/api-page.tsx': 'the OpenAPI document, opened by a person or a program',
};

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(root).map((path) => ({
  file: relative(root, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

describe('one typed client for the api', () => {
  it('reads the web sources (the guard below sees something)', () => {
    expect(sources.some((s) => s.file === 'lib/api.ts')).toBe(true);
    expect(sources.length).toBeGreaterThan(50);
  });

  it('has no untyped readers or writers left (legacyReadJson, sendJson)', () => {
    const found = sources.filter((s) => /\b(legacyReadJson|sendJson)\b/.test(s.text)).map((s) => s.file);
    expect(found).toEqual([]);
  });

  it('calls fetch( only in the files allowed to, each with its reason', () => {
    const fetching = sources.filter((s) => /\bfetch\s*\(/.test(s.text)).map((s) => s.file);
    expect(fetching.filter((file) => !(file in rawFetchAllowed))).toEqual([]);
    // An allowed file that stopped fetching leaves the list: it must not excuse the next raw call.
    expect(Object.keys(rawFetchAllowed).filter((file) => !fetching.includes(file))).toEqual([]);
  });

  it('writes an /api address by hand only for those calls and for links the browser follows', () => {
    const apiPath = /['"`]\/api\//;
    const found = sources
      .filter((s) => apiPath.test(s.text) && !(s.file in rawFetchAllowed) && !(s.file in linksAllowed))
      .map((s) => s.file);
    expect(found).toEqual([]);
  });
});
