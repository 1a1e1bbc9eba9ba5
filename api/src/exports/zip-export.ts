import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
// yazl: small, maintained, streams each file from disk through node's own zlib, so a ZIP of a
// million-row CSV never sits in memory (fflate would deflate in JavaScript; archiver pulls in far more).
import { ZipFile } from 'yazl';

/** Zips the named files of `dir` into `zipPath`, streaming. */
export async function zipFiles(dir: string, files: readonly string[], zipPath: string): Promise<void> {
  const zip = new ZipFile();
  for (const file of files) zip.addFile(join(dir, file), file);
  zip.end();
  const out = createWriteStream(zipPath);
  await Promise.all([pipeline(zip.outputStream, out), once(out, 'close')]);
}
