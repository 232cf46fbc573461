import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Fix } from '../report/rules/types';

/** Quick fixes for the diagnostics in the request that carry a certain fix. */
export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as { fix?: Fix } | undefined)?.fix;
    if (diagnostic.source !== 'weekly-report' || !fix) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
    });
  }
  return actions;
}
