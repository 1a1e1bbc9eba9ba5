// Structured JSON lines. Callers pass only what is safe to keep: never an IP address, user agent,
// answer, story text, token or receipt code.
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold =
  order[(process.env.LOG_LEVEL as Level | 'silent' | undefined) ?? (process.env.VITEST ? 'silent' : 'info')] ?? 20;
let sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

function write(level: Level, event: string, fields: Record<string, unknown>): void {
  if (order[level] < threshold) return;
  sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
}

export const log = {
  debug: (event: string, fields: Record<string, unknown> = {}) => write('debug', event, fields),
  info: (event: string, fields: Record<string, unknown> = {}) => write('info', event, fields),
  warn: (event: string, fields: Record<string, unknown> = {}) => write('warn', event, fields),
  error: (event: string, fields: Record<string, unknown> = {}) => write('error', event, fields),
};

export function setLogLevel(level: Level | 'silent'): void {
  threshold = order[level];
}

/** Sends log lines elsewhere (tests read them to prove what is not logged); returns a function that restores the old sink. */
export function captureLog(capture: (line: string) => void): () => void {
  const previous = sink;
  const previousThreshold = threshold;
  sink = capture;
  threshold = order.debug;
  return () => {
    sink = previous;
    threshold = previousThreshold;
  };
}
