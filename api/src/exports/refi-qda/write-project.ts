import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transaction } from 'kysely';
import { ZipFile } from 'yazl';
import { codeElements, type QdcCodebook, themeGuid } from '../../codebook/qdc.ts';
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
const sourceGuid = (story: ReleasedStory) => guidFor(`klankbord-story:${story.storyId}`);

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

/**
 * project.qdpx (REFI-QDA Project 1.0): a ZIP of project.qde and Sources/<guid>.txt, one text source per
 * released story, each coding a selection of the whole text with its coder as the creating user and
 * "consensus" in its description. The sources are staged in a temporary folder first, because the
 * project's users and codes come before its sources in the XML and are only known at the end.
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
    await mkdir(join(staging, 'Sources'));
    const sourcesPart = TextFile.open(join(staging, 'sources.part'));
    const coders = new Set<string>();
    let sourceCount = 0;
    const themes = new Map(codebook.themes.map((t) => [t.code, t]));
    try {
      for await (const batch of stories) {
        const codingsByStory = new Map<number, CodingRow[]>();
        for (const row of await codingsOfStories(
          tx,
          batch.map((s) => s.rowId),
        ))
          codingsByStory.set(row.story_id, [...(codingsByStory.get(row.story_id) ?? []), row]);
        let chunk = '';
        for (const story of batch) {
          const own = (codingsByStory.get(story.rowId) ?? []).map((c) => ({
            theme: c.theme,
            coder: coderLabel(c, coderId),
            score: c.score,
            consensus: c.is_consensus,
          }));
          for (const c of own) {
            coders.add(c.coder);
            // A coding with a theme of an older codebook version still gets its code.
            if (!themes.has(c.theme)) themes.set(c.theme, { code: c.theme, label: c.theme, description: '' });
          }
          chunk += sourceXml(story, sourceGuid(story), own);
        }
        await Promise.all(
          batch.map((story) => writeFile(join(staging, 'Sources', `${sourceGuid(story)}.txt`), story.text, 'utf8')),
        );
        sourceCount += batch.length;
        await sourcesPart.write(chunk);
      }
    } finally {
      await sourcesPart.close();
    }
    const qde = TextFile.open(join(staging, 'project.qde'));
    try {
      await qde.write(
        '<?xml version="1.0" encoding="utf-8"?>\n' +
          `<Project xmlns="${projectNamespace}" name="${escapeXml(`Klankbord export (codebook ${codebook.slug} ${codebook.version})`)}" origin="Klankbord">\n` +
          (coders.size
            ? `  <Users>\n${[...coders].map((c) => `    <User guid="${userGuid(c)}" name="${escapeXml(c)}"/>\n`).join('')}  </Users>\n`
            : '') +
          `  <CodeBook>\n    <Codes>\n${codeElements([...themes.values()], '      ')}    </Codes>\n  </CodeBook>\n` +
          `  <Variables>\n${projectVariables.map((v) => `    <Variable guid="${variableGuid(v)}" name="${v}" typeOfVariable="Text"/>\n`).join('')}  </Variables>\n` +
          (sourceCount ? '  <Sources>\n' : ''),
      );
      for await (const chunk of createReadStream(join(staging, 'sources.part'), { encoding: 'utf8' }))
        await qde.write(chunk as string);
      // The schema wants at least one source inside <Sources>: an export without stories has none.
      await qde.write(`${sourceCount ? '  </Sources>\n' : ''}</Project>\n`);
    } finally {
      await qde.close();
    }
    await zipFolderInto(staging, file);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** project.qde and Sources/ of the staging folder, zipped into `file` (read from disk one entry at a time). */
async function zipFolderInto(staging: string, file: TextFile): Promise<void> {
  const zip = new ZipFile();
  zip.addFile(join(staging, 'project.qde'), 'project.qde');
  for (const name of await readdir(join(staging, 'Sources')))
    zip.addFile(join(staging, 'Sources', name), `Sources/${name}`);
  zip.end();
  try {
    for await (const chunk of zip.outputStream) await file.write(chunk as Uint8Array);
  } finally {
    await file.close();
  }
}
