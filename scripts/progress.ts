// A one-line progress display for long runs: redrawn in place on a terminal, a few plain lines otherwise.
export function progressBar(label: string): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastShown = 0;
  return (done, total) => {
    if (total < 50) return;
    const now = Date.now();
    if (done < total && now - lastShown < (tty ? 100 : 2000)) return;
    lastShown = now;
    const line = `${label} ${done}/${total} (${Math.round((done / total) * 100)}%)`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}
