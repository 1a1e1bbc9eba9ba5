/** A progress bar on stderr for long jobs; on a non-terminal it prints a line every tenth. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastTenth = -1;
  const render = (done: number): void => {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const text = `${label.padEnd(10)} ${String(Math.round(share * 100)).padStart(3)}%  ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${seconds} s`;
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round(share * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
      if (done >= total) stream.write('\n');
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      stream.write(`${text}\n`);
    }
  };
  return { update: render, finish: () => render(total) };
}
