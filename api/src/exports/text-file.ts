import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** UTF-8 text (or the bytes of a file inside the export, such as project.qdpx) written in chunks that waits when the reader falls behind, so memory stays flat. */
export class TextFile {
  private constructor(private readonly stream: Writable) {}

  /** A file on disk. */
  static open(path: string): TextFile {
    return new TextFile(createWriteStream(path, { encoding: 'utf8' }));
  }

  /** Any writable stream (a ZIP entry). */
  static over(stream: Writable): TextFile {
    return new TextFile(stream);
  }

  /** Rejects once the stream has failed: a failed stream never drains, and waiting for it would hang. */
  async write(chunk: string | Uint8Array): Promise<void> {
    this.throwIfFailed();
    if (this.stream.write(chunk)) return;
    this.throwIfFailed();
    await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.throwIfFailed();
    this.stream.end();
    await finished(this.stream);
  }

  private throwIfFailed(): void {
    if (this.stream.errored) throw this.stream.errored;
    if (this.stream.destroyed) throw new Error('the file was closed before it was written');
  }
}
