import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
// yazl: small, maintained, deflates each entry through node's own zlib (on the thread pool, so the ZIP
// is compressed on the second core while the export goes on writing); fflate would deflate in
// JavaScript, archiver pulls in far more.
import { ZipFile } from 'yazl';
import { TextFile } from './text-file.ts';

/** Where an export's files go, one after another: a folder (the CLI) or straight into a ZIP (the API). */
export interface ExportSink {
  /** Opens the next file; close it before opening another. */
  open(name: string): TextFile;
  /** Waits until everything is on disk (for a ZIP: its central directory too). */
  finish(): Promise<void>;
  /** Stops after a failure; the caller removes what was written. */
  abort(error: Error): void;
}

/** Files in `dir`, created when missing. */
export async function folderSink(dir: string): Promise<ExportSink> {
  await mkdir(dir, { recursive: true });
  return { open: (name) => TextFile.open(join(dir, name)), finish: async () => {}, abort: () => {} };
}

// Room for a few batches of rows, so writing runs ahead of the compression instead of waiting on each chunk.
const ENTRY_BUFFER_BYTES = 8 * 1024 * 1024;

/** One ZIP at `zipPath`, each file streamed in as an entry while it is written. */
export function zipSink(zipPath: string): ExportSink {
  const zip = new ZipFile();
  let current: PassThrough | undefined;
  const written = pipeline(zip.outputStream, createWriteStream(zipPath));
  // A failing disk must not leave a writer waiting for 'drain' forever: the open entry fails with it.
  written.catch((error: Error) => current?.destroy(error));
  return {
    open(name) {
      current = new PassThrough({ highWaterMark: ENTRY_BUFFER_BYTES });
      zip.addReadStream(current, name);
      return TextFile.over(current);
    },
    async finish() {
      zip.end();
      await written;
    },
    abort(error) {
      current?.destroy(error);
      (zip.outputStream as Readable).destroy(error);
    },
  };
}
