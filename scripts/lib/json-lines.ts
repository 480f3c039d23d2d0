/**
 * The shared shell of the JSON Lines command-line tools: lines split on "\n" only (a bare CR stays
 * inside its line), a byte-order mark ignored, one JSON line out per line in, and a quiet exit
 * when the reader of stdout goes away (`| head -1`).
 */
export async function readJsonLines(handle: (line: string) => unknown): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let pending = '';
  let first = true;
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  };
  const take = (line: string) => {
    out.push(JSON.stringify(handle(line.endsWith('\r') ? line.slice(0, -1) : line)));
    if (out.length >= 200) flush();
  };
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    let text = pending + (chunk as string);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    const lines = text.split('\n');
    pending = lines.pop() as string;
    for (const line of lines) take(line);
  }
  if (pending !== '') take(pending);
  flush();
}
