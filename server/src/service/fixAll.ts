// Fix all, in the editor: the `source.fixAll.weeklyReport` code action (run by
// `editor.codeActionsOnSave` and the Source Action menu) and the `weeklyReport/fixAll` request behind
// the "Fix All Problems" command. The edits come from the core's `certainFixes`, as in `check --fix`.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { certainFixes } from '../report/fix/fixAll';
import { message, toLocale } from '../report/i18n';
import type { FixAllParams, FixAllResult } from '../protocol';
import type { ReportWorkspace } from './reportWorkspace';
import { quickFixes } from './codeActions';

/** The kind advertised in `codeActionKinds`; `source.fixAll` and `source` requests include it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.weeklyReport`;

/** Whether a request's `only` asks for `kind`: an equal kind or one it is a prefix of (`source.fixAll` ⊃ ours). */
function asks(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** The fixes a document version can take all at once; null when the document is not a report. */
export async function fixAllEdits(workspace: ReportWorkspace, { uri }: FixAllParams): Promise<FixAllResult | null> {
  const analysis = await workspace.analyse(uri);
  if (!analysis) return null;
  const { edits, fixed, conflicting } = certainFixes(await workspace.findings(analysis));
  return { version: analysis.version, edits, fixed: fixed.length, conflicting: conflicting.length };
}

/**
 * Quick fixes under the requested range and, when `only` asks for it (never for the plain
 * light-bulb request, which passes no `only`), one fix-all action editing the whole document.
 */
export async function codeActions(workspace: ReportWorkspace, { textDocument, range, context }: CodeActionParams): Promise<CodeAction[]> {
  const analysis = await workspace.analyse(textDocument.uri);
  if (!analysis) return [];
  const findings = await workspace.findings(analysis);
  const actions = asks(context.only, CodeActionKind.QuickFix) ? quickFixes(textDocument.uri, findings, range, context.diagnostics) : [];
  if (context.only && asks(context.only, FIX_ALL_KIND)) {
    const { edits, fixed } = certainFixes(findings);
    if (edits.length > 0) {
      actions.push({
        title: message(toLocale(workspace.locale), 'fixAllTitle', { count: fixed.length }),
        kind: FIX_ALL_KIND,
        edit: { documentChanges: [{ textDocument: { uri: textDocument.uri, version: analysis.version }, edits }] },
      });
    }
  }
  return actions;
}
