// The language server as an operating-system process: the client forks dist/server.js from the
// extension host this suite runs in, so it is a child of `process.pid`. Linux only (/proc).
import { readdirSync, readFileSync } from 'node:fs';

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}

/** Process ids of this extension host's children running `.../dist/server.js`. */
export function serverProcessIds(): number[] {
  const host = String(process.pid);
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => /^PPid:\s*(\d+)$/m.exec(readProc(pid, 'status') ?? '')?.[1] === host)
    .filter((pid) => (readProc(pid, 'cmdline') ?? '').split('\0').some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg)))
    .map(Number);
}
