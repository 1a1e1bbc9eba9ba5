import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** A UTF-8 file written in chunks that waits when the disk falls behind, so memory stays flat. */
export class TextFile {
  private constructor(private readonly stream: WriteStream) {}

  static open(path: string): TextFile {
    return new TextFile(createWriteStream(path, { encoding: 'utf8' }));
  }

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
