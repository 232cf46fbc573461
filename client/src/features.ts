import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Commands and panels beyond the language client: the comparison panel and new-report command register here. */
export function registerOptionalFeatures(_context: vscode.ExtensionContext, _getClient: () => LanguageClient | undefined): void {}
