// LSP tests speak to the built bundle, exactly what the client starts: build it once first so
// they never test a stale dist/.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, '../../esbuild.mjs')], {
    stdio: 'inherit',
    cwd: path.resolve(__dirname, '../..'),
  });
}
