import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding } from '../report/rules/types';
import { rangesOverlap } from '../report/base/range';

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * Quick fixes for the findings of this document version that touch the requested range. They come
 * from the server's own findings, not from the diagnostics the client echoes back, so a fix is
 * offered even when the client's copy of the diagnostics is stale or not published yet.
 */
export function quickFixes(uri: string, findings: readonly Finding[], range: Range, echoed: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!finding.fix || !rangesOverlap(finding.range, range)) continue;
    const diagnostic = echoed.find((d) => d.code === finding.code && sameRange(d.range, finding.range));
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: finding.fix.range, newText: finding.fix.newText }] } },
    });
  }
  return actions;
}
