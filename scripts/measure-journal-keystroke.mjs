// Keystroke cost on a big journal file over LSP: generates the 52-week journal padded to about
// 350 KB, opens it in the built server (`dist/server.js`, or the one given by --server), types
// into week 30 one character per change as an editor sends it, and prints how long each change
// took from didChange to the publishDiagnostics of its version. Every wait is on a server message.
//   npm run build && node scripts/measure-journal-keystroke.mjs [--keystrokes 30] [--notes 65] [--week 30] [--enter]
//                                                              [--server PATH] [--profile DIR]
// (--week: the week typed into, 52 the newest, at the top; --enter: each keystroke is a new line, which moves every
// week below; --profile: the server writes a V8 CPU profile into DIR)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { journalText } from '../tests/fixtures/journal/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const keystrokes = Number(option('keystrokes', 30));
const notes = Number(option('notes', 65));
const profile = option('profile', undefined);
const typedWeek = Number(option('week', 30));
const enter = args.includes('--enter');
const serverPath = path.resolve(option('server', path.join(root, 'dist/server.js')));

const folder = mkdtempSync(path.join(tmpdir(), 'journal-keystroke-'));
const file = path.join(folder, '周报.md');
const text = journalText({ notes });
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const server = spawn(process.execPath, [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), serverPath, '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiters = [];
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/inlayHint/refresh', () => null);
connection.onNotification('window/logMessage', () => {});
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  for (const waiter of waiters.splice(0)) {
    if (waiter.version === p.version) waiter.resolve(p);
    else waiters.push(waiter);
  }
});
connection.listen();
const diagnosticsOf = (version) => new Promise((resolve) => waiters.push({ version, resolve }));

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(folder).href,
  workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'journal' }],
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
});
await connection.sendNotification('initialized', {});

let started = performance.now();
const opened = diagnosticsOf(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
const first = await opened;
const firstMs = performance.now() - started;

// Type at the end of the week's first figures line.
const lines = text.split('\n');
const line = lines.findIndex((l, i) => i > lines.indexOf(`## 2023年第${typedWeek}周`) && /\d%/.test(l));
let character = lines[line].length;
const samples = [];
let last = first;
for (let version = 2; version < keystrokes + 2; version++) {
  const typed = enter ? '\n' : '，进度'[version % 3];
  const at = enter ? { line: line + version - 2, character } : { line, character };
  if (enter) character = 0;
  else character += typed.length;
  started = performance.now();
  const published = diagnosticsOf(version);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: at, end: at }, text: typed }],
  });
  last = await published;
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
console.log(
  JSON.stringify({
    server: path.relative(root, serverPath),
    typing: enter ? `Enter in week ${typedWeek}` : `characters in week ${typedWeek}`,
    bytes: Buffer.byteLength(text),
    lines: lines.length,
    firstDiagnosticsMs: Math.round(firstMs),
    diagnosticsOnOpen: first.diagnostics.length,
    diagnosticsAfterTyping: last.diagnostics.length,
    keystrokes,
    keystrokeToDiagnosticsMs: { median: pick(0.5), p90: pick(0.9), max: samples[samples.length - 1].toFixed(1) },
  }),
);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(folder, { recursive: true, force: true });
