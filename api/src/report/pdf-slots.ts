import { AppError } from '../errors.ts';

/**
 * At most `running` jobs at once and `waiting` more in line; past that a 503 with Retry-After. Every
 * PDF starts its own Chromium (~7 processes, ~300 MB), so eight parallel requests made 54 processes.
 */
export function createSlots(options: { running: number; waiting: number; retryAfterSeconds: number }) {
  let active = 0;
  const line: (() => void)[] = [];
  const release = () => {
    const next = line.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (active >= options.running) {
        if (line.length >= options.waiting)
          throw new AppError('pdf_busy', {}, 'Too many reports are being printed now. Try again shortly.', undefined, {
            'retry-after': String(options.retryAfterSeconds),
          });
        await new Promise<void>((resolve) => line.push(resolve)); // the slot passes on without freeing
      } else active += 1;
      try {
        return await job();
      } finally {
        release();
      }
    },
    /** Jobs running and waiting, for tests and health checks. */
    get load() {
      return { running: active, waiting: line.length };
    },
  };
}

/** The PDF printer's slots: two Chromiums at a time, four requests waiting. */
export const pdfSlots = createSlots({ running: 2, waiting: 4, retryAfterSeconds: 10 });
