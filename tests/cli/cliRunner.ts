import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const cliPath = path.resolve(__dirname, '../../dist/cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
}

// The terminal's language and colour wishes must not leak into expectations.
const NEUTRAL_ENV_KEYS = ['LC_ALL', 'LC_MESSAGES', 'LANG', 'NO_COLOR', 'FORCE_COLOR'];

export function runCliWith(options: CliOptions, ...args: string[]): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of NEUTRAL_ENV_KEYS) delete env[key];
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd: options.cwd, env: { ...env, ...options.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runCli(...args: string[]): CliResult {
  return runCliWith({}, ...args);
}
