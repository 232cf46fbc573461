// `check` over a folder of reports: our CLI against markdownlint-cli2 on the same files, each a
// fresh process as CI runs it, taking turns. Wall time from spawn to exit, peak RSS from
// /usr/bin/time when the machine has it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Summary } from './stats';
import { summarise } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const OUR_CLI = path.join(ROOT, 'dist/cli.js');
const MARKDOWNLINT_CLI2 = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const TIME = '/usr/bin/time';

export type CheckContender = 'weekly-report check' | 'markdownlint-cli2';

export interface CheckFigures {
  wall: Summary;
  peakRssMb?: number;
  /** What the last run printed on stdout, in bytes: a sanity check that it did the work. */
  outputBytes: number;
}

function commandFor(contender: CheckContender, folder: string, files: readonly string[]): { args: string[]; cwd: string } {
  if (contender === 'markdownlint-cli2') return { args: [MARKDOWNLINT_CLI2, '**/*.md'], cwd: folder };
  // Relative names keep the argument list short enough for 10,000 files.
  return { args: [OUR_CLI, 'check', '--format', 'json', ...files.map((f) => path.relative(folder, f))], cwd: folder };
}

/** Runs each contender `runs` times over `files` (all under `folder`), alternating which goes first. */
export function measureCheck(
  contenders: readonly CheckContender[],
  folder: string,
  files: readonly string[],
  runs: number,
): Record<CheckContender, CheckFigures> {
  const walls = new Map<CheckContender, number[]>();
  const peaks = new Map<CheckContender, number>();
  const output = new Map<CheckContender, number>();
  const timed = existsSync(TIME);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(run + i) % contenders.length];
      const { args, cwd } = commandFor(contender, folder, files);
      const [command, argv] = timed ? [TIME, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
      const started = performance.now();
      const result = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
      const wall = performance.now() - started;
      if (result.error) throw result.error;
      (walls.get(contender) ?? walls.set(contender, []).get(contender)!).push(wall);
      const kb = timed ? Number(/(\d+)\s*$/.exec(result.stderr)?.[1]) : NaN;
      if (Number.isFinite(kb)) peaks.set(contender, Math.max(peaks.get(contender) ?? 0, kb / 1024));
      output.set(contender, Buffer.byteLength(result.stdout));
    }
  }
  return Object.fromEntries(
    contenders.map((c) => [c, { wall: summarise(walls.get(c)!), peakRssMb: peaks.get(c), outputBytes: output.get(c) ?? 0 }]),
  ) as Record<CheckContender, CheckFigures>;
}
