import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, guidFor } from '../exports/refi-qda/xml.ts';

/** A theme as REFI-QDA carries it: a code with a name and a description. */
export interface QdcTheme {
  code: string;
  label: string;
  description: string;
}

export interface QdcCodebook {
  slug: string;
  version: string;
  themes: readonly QdcTheme[];
}

export const qdcNamespace = 'urn:QDA-XML:codebook:1.0';

/** The GUID of a theme in every REFI-QDA file Klankbord writes. */
export const themeGuid = (code: string) => guidFor(`klankbord-theme:${code}`);

/** The name a tool shows: the label with the code after it, so an import can find the code again. */
export const themeName = (theme: { code: string; label: string }) => `${theme.label} (${theme.code})`;

/** `<Code>` elements of the themes, shared by codebook.qdc and the CodeBook inside project.qdpx. */
export function codeElements(themes: readonly QdcTheme[], indent: string): string {
  return themes
    .map(
      (t) =>
        `${indent}<Code guid="${themeGuid(t.code)}" name="${escapeXml(themeName(t))}" isCodable="true">` +
        (t.description ? `<Description>${escapeXml(t.description)}</Description>` : '') +
        '</Code>\n',
    )
    .join('');
}

/** codebook.qdc (REFI-QDA Codebook 1.0): every theme of the codebook; its slug and version in `origin`. */
export function codebookQdc(codebook: QdcCodebook): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<CodeBook xmlns="${qdcNamespace}" origin="${escapeXml(`Klankbord codebook ${codebook.slug} ${codebook.version}`)}">\n` +
    '  <Codes>\n' +
    codeElements(codebook.themes, '    ') +
    '  </Codes>\n' +
    '</CodeBook>\n'
  );
}

export type QdcParse = { ok: true; origin: string | null; themes: QdcTheme[] } | { ok: false; message: string };

interface XmlCode {
  '@_name'?: string;
  '@_isCodable'?: string;
  Description?: string | { '#text'?: string };
  Code?: XmlCode[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  isArray: (name) => name === 'Code',
  // Descriptions are text as written: no numbers or booleans read into them.
  parseTagValue: false,
  processEntities: true,
});

const codePattern = /^[A-Z]{2,8}$/;

/** A code for a theme that came without one: the letters of its name, made unique. */
function codeFromName(name: string, taken: Set<string>): string {
  const letters = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const base = (letters + 'XX').slice(0, 6);
  const suffix = (n: number) =>
    (n >= 26 ? String.fromCharCode(65 + Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
  let code = base;
  for (let n = 0; taken.has(code); n += 1) code = base + suffix(n);
  return code;
}

/**
 * Reads a .qdc from another tool (ATLAS.ti, MAXQDA, NVivo, QualCoder): every codable code, nested ones
 * included, becomes a theme. A name ending in "(CODE)" keeps that code; others get one from their name.
 */
export function parseQdc(xml: string): QdcParse {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, message: `Het bestand is geen geldige XML (regel ${valid.err.line}).` };
  const doc = parser.parse(xml) as { CodeBook?: { '@_origin'?: string; Codes?: { Code?: XmlCode[] } } };
  if (!doc.CodeBook) return { ok: false, message: 'Het bestand is geen REFI-QDA-codeboek (geen <CodeBook>).' };
  const themes: QdcTheme[] = [];
  const taken = new Set<string>();
  const pending: { name: string; description: string }[] = [];
  const visit = (codes: XmlCode[] | undefined) => {
    for (const code of codes ?? []) {
      const name = (code['@_name'] ?? '').trim();
      const raw = code.Description;
      const description = (typeof raw === 'string' ? raw : (raw?.['#text'] ?? '')).trim();
      if (name && code['@_isCodable'] !== 'false') {
        const match = /^(.*?)\s*\(([A-Z]{2,8})\)$/.exec(name);
        if (match && match[1] && !taken.has(match[2]!)) {
          taken.add(match[2]!);
          themes.push({ code: match[2]!, label: match[1], description });
        } else pending.push({ name, description });
      }
      visit(code.Code);
    }
  };
  visit(doc.CodeBook.Codes?.Code);
  for (const p of pending) {
    const code = codeFromName(p.name, taken);
    taken.add(code);
    themes.push({ code, label: p.name, description: p.description });
  }
  if (themes.length === 0) return { ok: false, message: 'Het codeboek bevat geen codes.' };
  if (themes.some((t) => !codePattern.test(t.code) || t.label.length > 120))
    return { ok: false, message: 'Een codenaam is langer dan 120 tekens.' };
  return { ok: true, origin: doc.CodeBook['@_origin'] ?? null, themes };
}
