import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import { ZipFile } from 'yazl';
import { codeElements, type QdcCodebook, type QdcTheme, themeGuid } from '../../codebook/qdc.ts';
import type { Database } from '../../db/database.ts';
import { TextFile } from '../text-file.ts';
import { coderLabel, type CodingRow, codingsOfStories } from '../write-codings.ts';
import type { ReleasedStory } from '../write-stories.ts';
import { escapeXml, guidFor } from './xml.ts';

export const projectNamespace = 'urn:QDA-XML:project:1.0';

/** The story variables a project carries on each source, as released in stories.csv. */
export const projectVariables = ['wave', 'role', 'sector', 'year', 'kind', 'tone', 'self_themes'] as const;
const variableGuid = (name: string) => guidFor(`klankbord-variable:${name}`);
const userGuid = (coder: string) => guidFor(`klankbord-coder:${coder}`);

/** Positions in REFI-QDA count characters (code points), not UTF-16 units. */
const characterCount = (text: string) => [...text].length;

function sourceXml(
  story: ReleasedStory,
  guid: string,
  codings: { theme: string; coder: string; score: number | null; consensus: boolean }[],
): string {
  const end = characterCount(story.text);
  const values: Record<(typeof projectVariables)[number], string> = {
    wave: story.wave,
    role: story.role,
    sector: story.sector,
    year: story.year,
    kind: story.kind,
    tone: story.tone,
    self_themes: story.selfThemes.join(';'),
  };
  let xml = `    <TextSource guid="${guid}" name="${escapeXml(story.storyId)}" plainTextPath="internal://${guid}.txt">\n`;
  if (story.title) xml += `      <Description>${escapeXml(story.title)}</Description>\n`;
  codings.forEach((coding, index) => {
    // A coding holds for the whole story: Klankbord codes stories, not passages.
    const note = [
      coding.coder,
      coding.consensus ? 'consensus' : null,
      coding.score === null ? null : `score ${coding.score}`,
    ]
      .filter(Boolean)
      .join('; ');
    xml +=
      `      <PlainTextSelection guid="${guidFor(`${guid}:selection:${index}`)}" name="${escapeXml(`${coding.theme} · ${coding.coder}`)}" startPosition="0" endPosition="${end}" creatingUser="${userGuid(coding.coder)}">\n` +
      `        <Description>${escapeXml(note)}</Description>\n` +
      `        <Coding guid="${guidFor(`${guid}:coding:${index}`)}" creatingUser="${userGuid(coding.coder)}"><CodeRef targetGUID="${themeGuid(coding.theme)}"/></Coding>\n` +
      '      </PlainTextSelection>\n';
  });
  for (const name of projectVariables) {
    if (values[name] === '') continue;
    xml += `      <VariableValue><VariableRef targetGUID="${variableGuid(name)}"/><TextValue>${escapeXml(values[name])}</TextValue></VariableValue>\n`;
  }
  return `${xml}    </TextSource>\n`;
}

interface StagedSources {
  coders: Set<string>;
  themes: Map<string, QdcTheme>;
  /** Where each source's text lies in texts.bin, in story order. */
  spans: { guid: string; start: number; end: number }[];
}

/**
 * Pass over the released stories: their <TextSource> elements into sources.part and their texts one
 * after another into texts.bin (one file, not one per story: 200,000 small files cost more than the rest).
 */
async function stageSources(
  tx: Transaction<Database>,
  staging: string,
  stories: AsyncIterable<ReleasedStory[]>,
  codebook: QdcCodebook,
  coderId: (id: number) => string,
): Promise<StagedSources> {
  const staged: StagedSources = {
    coders: new Set(),
    themes: new Map(codebook.themes.map((t) => [t.code, t])),
    spans: [],
  };
  const sourcesPart = TextFile.open(join(staging, 'sources.part'));
  const texts = TextFile.open(join(staging, 'texts.bin'));
  let offset = 0;
  try {
    for await (const batch of stories) {
      const codingsByStory = new Map<number, CodingRow[]>();
      const rows = await codingsOfStories(
        tx,
        batch.map((s) => s.rowId),
      );
      for (const row of rows) codingsByStory.set(row.story_id, [...(codingsByStory.get(row.story_id) ?? []), row]);
      let xml = '';
      let text = '';
      for (const story of batch) {
        const own = (codingsByStory.get(story.rowId) ?? []).map((c) => ({
          theme: c.theme,
          coder: coderLabel(c, coderId),
          score: c.score,
          consensus: c.is_consensus,
        }));
        for (const c of own) {
          staged.coders.add(c.coder);
          // A coding with a theme of an older codebook version still gets its code.
          if (!staged.themes.has(c.theme))
            staged.themes.set(c.theme, { code: c.theme, label: c.theme, description: '' });
        }
        const guid = guidFor(`klankbord-story:${story.storyId}`);
        xml += sourceXml(story, guid, own);
        const bytes = Buffer.byteLength(story.text, 'utf8');
        staged.spans.push({ guid, start: offset, end: offset + bytes });
        offset += bytes;
        text += story.text;
      }
      await sourcesPart.write(xml);
      await texts.write(text);
    }
  } finally {
    await sourcesPart.close();
    await texts.close();
  }
  return staged;
}

/** project.qde: users, codebook and variables first (known only now), then the staged sources. */
async function writeQde(staging: string, codebook: QdcCodebook, staged: StagedSources): Promise<void> {
  const qde = TextFile.open(join(staging, 'project.qde'));
  const hasSources = staged.spans.length > 0;
  try {
    await qde.write(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        `<Project xmlns="${projectNamespace}" name="${escapeXml(`Klankbord export (codebook ${codebook.slug} ${codebook.version})`)}" origin="Klankbord">\n` +
        (staged.coders.size
          ? `  <Users>\n${[...staged.coders].map((c) => `    <User guid="${userGuid(c)}" name="${escapeXml(c)}"/>\n`).join('')}  </Users>\n`
          : '') +
        `  <CodeBook>\n    <Codes>\n${codeElements([...staged.themes.values()], '      ')}    </Codes>\n  </CodeBook>\n` +
        `  <Variables>\n${projectVariables.map((v) => `    <Variable guid="${variableGuid(v)}" name="${v}" typeOfVariable="Text"/>\n`).join('')}  </Variables>\n` +
        (hasSources ? '  <Sources>\n' : ''),
    );
    for await (const chunk of createReadStream(join(staging, 'sources.part'), { encoding: 'utf8' }))
      await qde.write(chunk as string);
    // The schema wants at least one source inside <Sources>: an export without stories has none.
    await qde.write(`${hasSources ? '  </Sources>\n' : ''}</Project>\n`);
  } finally {
    await qde.close();
  }
}

/** project.qde and every Sources/<guid>.txt, zipped into `file`; each text is read from texts.bin when its turn comes. */
async function zipProject(staging: string, staged: StagedSources, file: TextFile): Promise<void> {
  const texts = await open(join(staging, 'texts.bin'));
  try {
    const zip = new ZipFile();
    zip.addFile(join(staging, 'project.qde'), 'project.qde');
    for (const { guid, start, end } of staged.spans)
      // Stored, not deflated: a zlib stream per small text cost more than the rest of the export, and the
      // export's own ZIP deflates project.qdpx as a whole.
      zip.addReadStreamLazy(`Sources/${guid}.txt`, { compress: false }, (done) =>
        done(null, texts.createReadStream({ start, end: end - 1, autoClose: false })),
      );
    zip.end();
    for await (const chunk of zip.outputStream) await file.write(chunk as Uint8Array);
  } finally {
    await texts.close();
    await file.close();
  }
}

/**
 * project.qdpx (REFI-QDA Project 1.0): a ZIP of project.qde and Sources/<guid>.txt, one text source per
 * released story, each coding a selection of the whole text with its coder as the creating user and
 * "consensus" in its description. Staged in a temporary folder first, because the project's users and
 * codes come before its sources in the XML and are only known at the end.
 */
export async function writeProjectQdpx(
  tx: Transaction<Database>,
  file: TextFile,
  stories: AsyncIterable<ReleasedStory[]>,
  codebook: QdcCodebook,
  coderId: (id: number) => string,
): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), 'klankbord-qdpx-'));
  try {
    const staged = await stageSources(tx, staging, stories, codebook, coderId);
    await writeQde(staging, codebook, staged);
    await zipProject(staging, staged, file);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
