// The layers of ARCHITECTURE.md are enforced by `layers/no-cross-layer` (eslint/layers.mjs), run by
// `npm test` through `npm run lint`. These tests pin what it forbids, through ESLint itself.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'layers/no-cross-layer').map((m) => m.message);
}

describe('layers/no-cross-layer', () => {
  it.each([
    ['server/src/report/rules/x.ts', "import { a } from '../../service/uris';"],
    ['server/src/report/x.ts', "import type { Settings } from '../protocol';"],
    ['server/src/report/x.ts', "import * as fs from 'node:fs';"],
    ['server/src/report/x.ts', "import { TextDocuments } from 'vscode-languageserver';"],
    ['server/src/report/x.ts', "import * as vscode from 'vscode';"],
    ['server/src/node/x.ts', "import { a } from '../service/analysis';"],
    ['server/src/cli/x.ts', "import { a } from '../service/uris';"],
    ['server/src/cli.ts', "import { a } from './service/uris';"],
    ['server/src/service/x.ts', "import { a } from '../cli/check';"],
    ['server/src/service/x.ts', "import * as vscode from 'vscode';"],
    ['server/src/service/x.ts', "import { createConnection } from 'vscode-languageserver/node';"],
    ['client/src/x.ts', "import { a } from '../../server/src/report/compare/renderHtml';"],
    ['client/webview/x.ts', "import { a } from '../../server/src/report/metrics';"],
    ['server/src/report/compare/x.ts', "import { a } from '../../presentation/renderHtml';"],
    ['server/src/presentation/x.ts', "import * as fs from 'node:fs';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await layerErrors(file, `${source}\nvoid 0;\n`)).toHaveLength(1);
  });

  it.each([
    ['server/src/report/rules/x.ts', "import { a } from '../metrics';"],
    ['server/src/node/x.ts', "import * as fs from 'node:fs';"],
    ['server/src/node/x.ts', "import { a } from '../report/parseReport';"],
    ['server/src/cli/x.ts', "import { a } from '../node/reader';"],
    ['server/src/service/x.ts', "import { a } from '../node/reader';"],
    ['server/src/service/x.ts', "import { TextDocuments } from 'vscode-languageserver';"],
    ['client/src/x.ts', "import { Commands } from '../../server/src/protocol';"],
    ['client/src/x.ts', "import * as vscode from 'vscode';"],
    ['client/src/preview/x.ts', "import { a } from '../../../server/src/presentation/renderHtml';"],
    ['server/src/presentation/x.ts', "import { a } from '../report/compare/formatDelta';"],
  ])('%s may: %s', async (file, source) => {
    expect(await layerErrors(file, `${source}\nvoid 0;\n`)).toEqual([]);
  });
});
