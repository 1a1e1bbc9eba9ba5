import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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

/** Why `dir` cannot take an export, or null: it must be new or empty, so no earlier export's file stays beside this one's. */
export async function folderProblem(dir: string): Promise<string | null> {
  const info = await stat(dir).catch(() => null);
  if (!info) {
    const parent = await stat(dirname(dir)).catch(() => null);
    return parent && !parent.isDirectory() ? `${dirname(dir)} is a file, not a folder.` : null;
  }
  if (!info.isDirectory()) return `${dir} is a file, not a folder.`;
  const entries = await readdir(dir);
  return entries.length ? `${dir} is not empty: write an export into a new or empty folder.` : null;
}

/** A folder sink whose files land in `dir` only when `land()` is called, after finish(). */
export interface FolderSink extends ExportSink {
  /** Moves the finished files into place; until then nobody sees them. */
  land(): Promise<void>;
  /** Removes the finished files when they must not land (e.g. the audit record could not be written). */
  discard(): void;
}

/**
 * Files in `dir` (new or empty; see folderProblem). They are written into a hidden folder beside it and
 * moved into place by land(), so a failed export leaves no half-written files behind, and the caller can
 * record the export first: nothing lands without its audit entry.
 */
export async function folderSink(dir: string): Promise<FolderSink> {
  await mkdir(dirname(dir), { recursive: true });
  const partial = await mkdtemp(join(dirname(dir), `.${basename(dir)}.partial-`));
  const discard = () => rmSync(partial, { recursive: true, force: true });
  return {
    open: (name) => TextFile.open(join(partial, name)),
    finish: async () => {},
    // rename replaces an empty folder in one step.
    land: () => rename(partial, dir),
    abort: discard,
    discard,
  };
}

// Room for a few batches of rows, so writing runs ahead of the compression instead of waiting on each chunk.
const ENTRY_BUFFER_BYTES = 8 * 1024 * 1024;

/** One ZIP at `zipPath`, each file streamed in as an entry while it is written. */
export function zipSink(zipPath: string): ExportSink {
  const zip = new ZipFile();
  let current: PassThrough | undefined;
  const written = pipeline(zip.outputStream, createWriteStream(zipPath, { mode: 0o600 }));
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
