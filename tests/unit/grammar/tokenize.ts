// Tokenises Markdown the way VS Code would: vscode-textmate over the Oniguruma wasm, with our
// grammar injected into Markdown prose. The grammar is no longer contributed as an injection
// (it coloured every Markdown file): its patterns drive the server's semantic tokens for reports
// (server/src/service/semanticTokens.ts), and these tests keep them honest.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

const repoRoot = path.resolve(__dirname, '../../..');
const hostGrammarPath = path.join(repoRoot, 'tests/fixtures/grammar/markdown-host.tmLanguage.json');
const markdownScope = 'text.html.markdown';

export interface Token {
  text: string;
  scopes: string[];
}

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

async function readContributedGrammars(): Promise<GrammarContribution[]> {
  const file = 'syntaxes/weekly-report.injection.tmLanguage.json';
  const { scopeName } = JSON.parse(await readFile(path.join(repoRoot, file), 'utf8')) as { scopeName: string };
  return [{ scopeName, path: file, injectTo: [markdownScope] }];
}

async function loadOniguruma(): Promise<void> {
  const wasmPath = createRequire(__filename).resolve('vscode-oniguruma/release/onig.wasm');
  await oniguruma.loadWASM(await readFile(wasmPath));
}

let markdownGrammar: Promise<IGrammar> | undefined;

async function createMarkdownGrammar(): Promise<IGrammar> {
  await loadOniguruma();
  const contributions = await readContributedGrammars();
  const grammarFiles = new Map<string, string>([[markdownScope, hostGrammarPath]]);
  for (const c of contributions) grammarFiles.set(c.scopeName, path.join(repoRoot, c.path));

  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles.get(scopeName);
      return file ? parseRawGrammar(await readFile(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => contributions.filter((c) => c.injectTo?.includes(scopeName)).map((c) => c.scopeName),
  });
  const grammar = await registry.loadGrammar(markdownScope);
  if (!grammar) throw new Error('Markdown host grammar did not load');
  return grammar;
}

/** Tokens of each line of `markdown`, tokenised as one document so block state carries over. */
export async function tokenizeMarkdown(markdown: string): Promise<Token[][]> {
  markdownGrammar ??= createMarkdownGrammar();
  const grammar = await markdownGrammar;
  let state: StateStack = INITIAL;
  return markdown.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}
