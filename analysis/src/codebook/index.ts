import codebookJson from '../../data/codebook/themes.json' with { type: 'json' };

export interface CodebookTheme {
  code: string;
  label_nl: string;
  label_en: string;
  respondent_label: string;
  coder_note: string;
}

export interface CodebookFacet {
  label_nl: string;
  values: { code: string; label_nl: string }[];
}

export interface Codebook {
  codebook: string;
  version: string;
  language: string;
  notes: string;
  themes: CodebookTheme[];
  facets: { tone: CodebookFacet; kind: CodebookFacet } & Record<string, CodebookFacet>;
}

/**
 * The default theme codebook shipped with Klankbord (five Staat van de Ouder themes plus nine more).
 * @example defaultCodebook.themes.map((t) => t.code) // ['ROL', 'OVG', 'PRV', …]
 */
export const defaultCodebook: Codebook = codebookJson;

/**
 * The codes of a codebook's themes, in codebook order.
 * @example themeCodes(defaultCodebook).includes('VEI') // true
 */
export function themeCodes(codebook: Codebook): string[] {
  return codebook.themes.map((theme) => theme.code);
}

/**
 * The codes a facet (tone, kind) allows.
 * @example facetCodes(defaultCodebook, 'tone') // ['positief', 'gemengd', 'negatief']
 */
export function facetCodes(codebook: Codebook, facet: string): string[] {
  return codebook.facets[facet]?.values.map((value) => value.code) ?? [];
}
