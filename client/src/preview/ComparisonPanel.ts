// The comparison webview beside the editor. The server computes the comparison; this class asks
// for it, renders it with the one HTML renderer and pushes the HTML into the page, which swaps
// it in place. One panel at a time: it follows the active report like Markdown's preview.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  CompareRequest,
  HistoryRequest,
  type CompareParams,
  type CompareResult,
  type ExtensionToPanel,
  type HistoryParams,
  type HistoryResult,
  type PanelToExtension,
} from '../../../server/src/protocol';
import { renderHistoryBody } from '../../../server/src/presentation/renderHistoryChart';
import { renderComparisonBody, renderComparisonPage, renderNoticeBody } from '../../../server/src/presentation/renderHtml';
import { renderComparisonMarkdown } from '../../../server/src/presentation/renderMarkdown';
import type { Comparison } from '../../../server/src/protocol';

export type CompareClient = Pick<BaseLanguageClient, 'sendRequest'>;
/** The client may restart (`weeklyReport.restartServer`), so the panel asks for it each time. */
export type ClientSource = () => CompareClient | undefined;

/** How long typing has to pause before the comparison is recomputed. */
const TYPING_DEBOUNCE_MS = 300;

export class ComparisonPanel {
  static readonly viewType = 'weeklyReport.comparison';
  private static current: ComparisonPanel | undefined;

  private uri: vscode.Uri | undefined;
  private comparison: Comparison | undefined;
  /** The body last sent, sent again when the page (re)loads. */
  private body: string | undefined;
  private request: vscode.CancellationTokenSource | undefined;
  /** The metric whose history chart the panel shows instead of the comparison; kept up to date while typing. */
  private history: HistoryParams | undefined;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /** Shows the panel for `document`, reusing the open one. */
  static createOrShow(extensionUri: vscode.Uri, getClient: ClientSource, document: vscode.TextDocument, toSide: boolean): ComparisonPanel {
    const viewColumn = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = ComparisonPanel.current;
    if (existing) {
      // Where it already is: moving an open panel around on every click would be a surprise.
      existing.panel.reveal(existing.panel.viewColumn ?? viewColumn, toSide);
      void existing.load(document.uri, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      ComparisonPanel.viewType,
      vscode.l10n.t('Weekly Report'),
      { viewColumn, preserveFocus: toSide },
      { ...webviewOptions(extensionUri), enableFindWidget: true },
    );
    return ComparisonPanel.adopt(new ComparisonPanel(panel, extensionUri, getClient, document.uri));
  }

  /** Brings back a panel after VS Code restarts; `state` is what the page saved with `setState`. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, getClient: ClientSource, state: unknown): ComparisonPanel {
    panel.webview.options = webviewOptions(extensionUri);
    return ComparisonPanel.adopt(new ComparisonPanel(panel, extensionUri, getClient, uriFromState(state)));
  }

  private static adopt(panel: ComparisonPanel): ComparisonPanel {
    ComparisonPanel.current?.dispose();
    ComparisonPanel.current = panel;
    return panel;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly getClient: ClientSource,
    uri: vscode.Uri | undefined,
  ) {
    const webview = panel.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'panel.js'));
    // The narrow-panel layout (one-line rows at 320 px) lives in media/panel.css.
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css'));
    webview.html = renderComparisonPage(undefined, panelLocale(), {
      nonce: randomBytes(16).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: scriptUri.toString(),
      styleUri: styleUri.toString(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDocumentChanged(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onDocumentSaved(document)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.onActiveEditorChanged(editor)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.onCursorMoved(event)),
    );
    if (uri) void this.load(uri, true);
    else this.post(renderNoticeBody(vscode.l10n.t('Open a weekly report first.')));
  }

  dispose(): void {
    // Disposing the webview panel fires onDidDispose, which lands here again.
    if (this.disposed) return;
    this.disposed = true;
    if (ComparisonPanel.current === this) ComparisonPanel.current = undefined;
    clearTimeout(this.typingTimer);
    this.request?.cancel();
    this.request?.dispose();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  /** Shows one metric over all reports of its series (from a hover link, a row's trend button, the command). */
  async showHistory(params: HistoryParams): Promise<void> {
    this.history = params;
    const uri = vscode.Uri.parse(params.uri, true);
    const request = this.newRequest();
    let result: HistoryResult = null;
    try {
      result = (await this.getClient()?.sendRequest<HistoryResult>(HistoryRequest, params, request.token)) ?? null;
    } catch {
      // A failed or cancelled request keeps what the panel shows.
      return;
    }
    if (this.request !== request || request.token.isCancellationRequested || this.history !== params) return;
    this.uri = uri;
    const name = result?.metrics[0]?.label;
    if (name) this.panel.title = vscode.l10n.t('History: {0}', name);
    this.post(
      result
        ? renderHistoryBody(result, params.uri, panelLocale(), { actions: true })
        : renderNoticeBody(vscode.l10n.t('Open a weekly report first.')),
    );
  }

  /** Cancels the pending request: the newest one wins. */
  private newRequest(): vscode.CancellationTokenSource {
    clearTimeout(this.typingTimer);
    this.request?.cancel();
    this.request?.dispose();
    const request = new vscode.CancellationTokenSource();
    this.request = request;
    return request;
  }

  /** Back from a chart to the comparison of the report it came from. */
  private showComparison(): void {
    this.history = undefined;
    if (this.uri) void this.load(this.uri, true);
  }

  /**
   * Asks the server for `uri`'s comparison and shows it. When `switching` to another document,
   * a non-report (null) leaves the panel on the report it shows.
   */
  private async load(uri: vscode.Uri, switching: boolean): Promise<void> {
    const client = this.getClient();
    if (!client) return;
    // A chart follows edits of its own report; switching to another report leaves it.
    if (this.history && !switching && this.history.uri === uri.toString()) return this.showHistory(this.history);
    if (switching) this.history = undefined;
    // The newest load wins: a pending typing refresh must not cancel a switch to another report.
    const request = this.newRequest();
    let result: CompareResult;
    try {
      // The cursor picks the week in a file holding many weeks (a journal).
      const cursor =
        vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
          ? vscode.window.activeTextEditor.selection.active
          : undefined;
      const params: CompareParams = {
        uri: uri.toString(),
        ...(cursor ? { position: { line: cursor.line, character: cursor.character } } : {}),
      };
      result = await client.sendRequest<CompareResult>(CompareRequest, params, request.token);
    } catch {
      // A failed or cancelled request keeps what the panel shows; the next edit tries again.
      result = null;
    }
    if (this.request !== request || request.token.isCancellationRequested) return;
    if (!result) {
      if (!this.comparison) this.post(renderNoticeBody(vscode.l10n.t('Open a weekly report first.')));
      return;
    }
    if (switching || this.uri?.toString() === uri.toString()) this.show(uri, result);
  }

  private show(uri: vscode.Uri, comparison: Comparison): void {
    this.uri = uri;
    this.comparison = comparison;
    this.panel.title = vscode.l10n.t('Comparison: {0}', comparison.current.name);
    this.post(renderComparisonBody(comparison, panelLocale(), { actions: true }));
  }

  private post(body: string): void {
    this.body = body;
    const message: ExtensionToPanel = { type: 'update', html: body };
    void this.panel.webview.postMessage(message);
  }

  private onDocumentChanged(document: vscode.TextDocument): void {
    const uri = this.uri;
    if (!uri || document.uri.toString() !== uri.toString()) return;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.load(uri, false), TYPING_DEBOUNCE_MS);
  }

  /**
   * In a file holding many weeks the cursor's week is the one compared: moving to another line asks
   * again (answered from the server's per-week cache). A week's address is its file's uri + `#L…`.
   */
  private onCursorMoved(event: vscode.TextEditorSelectionChangeEvent): void {
    const uri = this.uri;
    if (!uri || this.history || !this.comparison?.current.uri.includes('#L')) return;
    if (event.textEditor.document.uri.toString() !== uri.toString()) return;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.load(uri, false), TYPING_DEBOUNCE_MS);
  }

  /** Last week's report or a sibling of the series may have changed what the comparison says. */
  private onDocumentSaved(document: vscode.TextDocument): void {
    if (this.uri && document.languageId === 'markdown' && document.uri.toString() !== this.uri.toString()) {
      void this.load(this.uri, false);
    }
  }

  private onActiveEditorChanged(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'markdown') return;
    if (editor.document.uri.toString() === this.uri?.toString()) return;
    void this.load(editor.document.uri, true);
  }

  private onMessage(message: unknown): void {
    if (!isPanelMessage(message)) return;
    switch (message.type) {
      case 'ready':
        if (this.body !== undefined) void this.panel.webview.postMessage({ type: 'update', html: this.body } satisfies ExtensionToPanel);
        return;
      case 'reveal':
        void this.revealLine(message.line);
        return;
      case 'openPrevious':
        void this.openPrevious();
        return;
      case 'copyMarkdown':
        void this.copyMarkdown();
        return;
      case 'showHistory':
        if (this.uri) void this.showHistory({ uri: this.uri.toString(), line: message.line, label: message.label });
        return;
      case 'showComparison':
        this.showComparison();
        return;
    }
  }

  private async revealLine(line: number): Promise<void> {
    if (!this.uri) return;
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(this.uri, {
      viewColumn: this.editorColumn(),
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openPrevious(): Promise<void> {
    const previous = this.comparison?.previous;
    if (!previous) return;
    await vscode.window.showTextDocument(vscode.Uri.parse(previous.uri), { viewColumn: this.editorColumn() });
  }

  private async copyMarkdown(): Promise<void> {
    if (!this.comparison) return;
    await vscode.env.clipboard.writeText(renderComparisonMarkdown(this.comparison, panelLocale()));
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied the comparison table as Markdown.'));
  }

  /**
   * The group where the report is open (shown or behind another tab), so a row click moves the
   * cursor in that editor instead of opening a new split; else the group beside the panel.
   */
  private editorColumn(): vscode.ViewColumn {
    const uri = this.uri?.toString();
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (visible?.viewColumn !== undefined) return visible.viewColumn;
    const group = vscode.window.tabGroups.all.find((g) =>
      g.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
    );
    return group?.viewColumn ?? vscode.ViewColumn.Beside;
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

function panelLocale(): 'en' | 'zh-cn' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

function uriFromState(state: unknown): vscode.Uri | undefined {
  const uri = (state as { uri?: unknown } | undefined)?.uri;
  if (typeof uri !== 'string' || uri === '') return undefined;
  try {
    return vscode.Uri.parse(uri, true);
  } catch {
    return undefined;
  }
}

/** The page is ours, but its messages still cross a boundary: check them before acting. */
function isPanelMessage(message: unknown): message is PanelToExtension {
  if (typeof message !== 'object' || message === null) return false;
  const { type, line, label } = message as { type?: unknown; line?: unknown; label?: unknown };
  const isLine = typeof line === 'number' && Number.isInteger(line) && line >= 0;
  if (type === 'reveal') return isLine;
  if (type === 'showHistory') return isLine && typeof label === 'string';
  return type === 'openPrevious' || type === 'copyMarkdown' || type === 'ready' || type === 'showComparison';
}
