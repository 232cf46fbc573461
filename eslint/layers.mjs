// The project's layers as a lint rule: each zone lists what its files may not import. Paths are
// resolved against the importing file, so `../service/uris` from the CLI and `../../service/uris` from a
// core sub-folder are caught alike. The zones are the "Architecture invariant" callouts of ARCHITECTURE.md.
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const LSP_PACKAGES = /^(vscode-languageserver|vscode-languageserver-protocol|vscode-languageserver-textdocument|vscode-jsonrpc)(\/|$)/;
const CLIENT_PACKAGES = /^(vscode|vscode-languageclient)(\/|$)/;

/**
 * `from`: a folder or file (relative to the project root) the rule applies to; `forbid`: project paths
 * its files may not import (a folder forbids everything under it); `allow`: exceptions to `forbid`;
 * `packages`: a test on bare specifiers.
 */
export const ZONES = [
  {
    from: 'server/src/report',
    why: 'the core is plain functions over plain data: no LSP, no VS Code, no Node I/O, no outer layer',
    forbid: [
      'server/src/service',
      'server/src/node',
      'server/src/presentation',
      'server/src/cli',
      'server/src/cli.ts',
      'server/src/server.ts',
      'server/src/protocol.ts',
      'client',
    ],
    packages: (name) => CLIENT_PACKAGES.test(name) || LSP_PACKAGES.test(name) || NODE_BUILTINS.has(name),
  },
  {
    from: 'server/src/presentation',
    why: 'the renderers turn a comparison into text, Markdown and HTML for the CLI and the panel: pure, no I/O, no editor',
    forbid: ['server/src/service', 'server/src/node', 'server/src/cli', 'server/src/cli.ts', 'server/src/server.ts', 'client'],
    packages: (name) => CLIENT_PACKAGES.test(name) || LSP_PACKAGES.test(name) || NODE_BUILTINS.has(name),
  },
  {
    from: 'server/src/node',
    why: 'the Node adapter serves the server and the CLI alike: it knows files, not LSP',
    forbid: ['server/src/service', 'server/src/cli', 'server/src/cli.ts', 'server/src/server.ts', 'client'],
    packages: (name) => CLIENT_PACKAGES.test(name) || LSP_PACKAGES.test(name),
  },
  {
    from: 'server/src/service',
    why: "the service answers in LSP types over the core; the connection and the wire (vscode-languageserver/node) are server.ts's, the CLI is not its business",
    forbid: ['server/src/cli', 'server/src/cli.ts', 'server/src/server.ts', 'client'],
    packages: (name) => CLIENT_PACKAGES.test(name) || /^vscode-languageserver\/node(\/|$)/.test(name),
  },
  {
    from: 'server/src/cli',
    why: 'the CLI is the core plus stdout: it does not reach into the LSP service',
    forbid: ['server/src/service', 'server/src/server.ts', 'client'],
    packages: (name) => CLIENT_PACKAGES.test(name) || LSP_PACKAGES.test(name),
  },
  {
    from: 'server/src/cli.ts',
    why: 'the CLI is the core plus stdout: it does not reach into the LSP service',
    forbid: ['server/src/service', 'server/src/server.ts', 'client'],
    packages: (name) => CLIENT_PACKAGES.test(name) || LSP_PACKAGES.test(name),
  },
  {
    from: 'server/src',
    why: 'the server never runs inside VS Code',
    forbid: ['client'],
    packages: (name) => CLIENT_PACKAGES.test(name),
  },
  {
    from: 'client',
    why: 'the client computes nothing about reports: it talks to the server through the protocol and renders with the shared presentation module',
    forbid: ['server'],
    allow: ['server/src/protocol.ts', 'server/src/presentation'],
    packages: (name) => LSP_PACKAGES.test(name) && !name.startsWith('vscode-languageserver-protocol'),
  },
];

const within = (file, area) => file === area || file.startsWith(`${area}/`) || `${file}.ts` === area;

/** The zone rules a file falls under (a file can be in several, e.g. server/src/cli and server/src). */
export function zonesOf(relativeFile) {
  return ZONES.filter((zone) => within(relativeFile, zone.from));
}

/** Why `specifier` may not be imported from `relativeFile`, or undefined when it may. */
export function violation(relativeFile, specifier) {
  const zones = zonesOf(relativeFile);
  if (zones.length === 0) return undefined;
  if (!specifier.startsWith('.')) {
    const zone = zones.find((z) => z.packages(specifier));
    return zone ? `'${specifier}' is not allowed in ${zone.from}: ${zone.why}` : undefined;
  }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(relativeFile), specifier));
  for (const zone of zones) {
    if ((zone.allow ?? []).some((area) => within(target, area))) continue;
    if (zone.forbid.some((area) => within(target, area))) return `${zone.from} may not import ${target}: ${zone.why}`;
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports inside the layers of ARCHITECTURE.md' },
    schema: [],
  },
  create(context) {
    const relativeFile = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const message = violation(relativeFile, specifier);
      if (message) context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'no-cross-layer': rule } };
