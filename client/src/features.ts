import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerComparisonPanel } from './preview/registerComparisonPanel';
import { registerNewReportCommand } from './newReport';
import { registerNavigationCommands } from './navigation';
import { registerFixAllCommand } from './fixAll';

/** Commands and panels beyond the language client. */
export function registerOptionalFeatures(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  registerComparisonPanel(context, getClient);
  registerNewReportCommand(context, getClient);
  registerNavigationCommands(context, getClient);
  registerFixAllCommand(context, getClient);
}
