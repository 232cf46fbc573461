// Numbers and 【sections】 are coloured in weekly reports only. A TextMate injection cannot know
// which Markdown file is a report, so it coloured every one; the server does know. The patterns
// stay in one place, syntaxes/weekly-report.injection.tmLanguage.json (tested by the grammar
// tests, no longer contributed as an injection): here they are run over the report's prose lines
// (code spans, link URLs and HTML masked) and each match becomes a semantic token whose type maps
// back to the grammar's scope (package.json `semanticTokenScopes`), so themes colour it as before.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import grammar from '../../../syntaxes/weekly-report.injection.tmLanguage.json';
import { maskRanges } from '../report/metrics/text';
import type { Report } from '../report/model';

/** Custom token types; package.json declares them and maps them to the grammar's scopes. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['weeklyReportNumber', 'weeklyReportDelta', 'weeklyReportSection'],
  tokenModifiers: [],
};

interface GrammarRule {
  match?: string;
  name?: string;
  include?: string;
  patterns?: GrammarRule[];
}

interface TokenPattern {
  regex: RegExp;
  tokenType: number;
}

/** The grammar's scope name → our token type: sections, deltas (▲▼), every other number. */
function tokenTypeOf(scope: string): number {
  if (scope.startsWith('meta.section-marker')) return 2;
  if (scope.startsWith('constant.numeric.delta')) return 1;
  return 0;
}

/** The grammar's top-level patterns in order, includes resolved: TextMate tries them in this order. */
function compilePatterns(): TokenPattern[] {
  const repository = (grammar as { repository: Record<string, GrammarRule> }).repository;
  const out: TokenPattern[] = [];
  const add = (rule: GrammarRule, scope?: string) => {
    if (rule.include) add(repository[rule.include.replace(/^#/, '')]);
    if (rule.match) out.push({ regex: new RegExp(rule.match, 'g'), tokenType: tokenTypeOf(rule.name ?? scope ?? '') });
    for (const inner of rule.patterns ?? []) add(inner, rule.name ?? scope);
  };
  for (const rule of (grammar as { patterns: GrammarRule[] }).patterns) add(rule);
  return out;
}

let patterns: TokenPattern[] | undefined;

export interface ReportToken {
  line: number;
  character: number;
  length: number;
  tokenType: number;
}

/**
 * The tokens of one line's prose: from left to right, at each point the earliest match of any
 * pattern (the first pattern on a tie), as TextMate scans a flat pattern list.
 */
export function tokensOfLine(text: string, line: number, firstCharacter = 0): ReportToken[] {
  patterns ??= compilePatterns();
  const tokens: ReportToken[] = [];
  let position = 0;
  while (position < text.length) {
    let best: { index: number; length: number; tokenType: number } | undefined;
    for (const { regex, tokenType } of patterns) {
      regex.lastIndex = position;
      const match = regex.exec(text);
      if (match && match[0].length > 0 && (!best || match.index < best.index))
        best = { index: match.index, length: match[0].length, tokenType };
    }
    if (!best) break;
    tokens.push({ line, character: firstCharacter + best.index, length: best.length, tokenType: best.tokenType });
    position = best.index + best.length;
  }
  return tokens;
}

/** Every token of a report's prose, in document order (semantic tokens are delta-encoded in order). */
export function reportTokens(report: Pick<Report, 'proseLines' | 'lines'>): ReportToken[] {
  const tokens: ReportToken[] = [];
  for (const prose of report.proseLines) {
    // Masked code and URLs become spaces of the same length: offsets stay those of the line.
    const text = maskRanges(prose.text, prose.masked ?? []);
    const offset = Math.max(0, (report.lines[prose.line] ?? '').indexOf(prose.text));
    tokens.push(...tokensOfLine(text, prose.line, offset));
  }
  return tokens.sort((a, b) => a.line - b.line || a.character - b.character);
}

/** The LSP encoding: five integers per token, line and start relative to the previous token. */
export function encodeTokens(tokens: readonly ReportToken[]): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.character - character : token.character, token.length, token.tokenType, 0);
    line = token.line;
    character = token.character;
  }
  return { data };
}
