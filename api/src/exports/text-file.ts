import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** UTF-8 text written in chunks that waits when the reader falls behind, so memory stays flat. */
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

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
