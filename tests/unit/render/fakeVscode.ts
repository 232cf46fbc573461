// Just enough of the `vscode` API for the comparison panel, recording what the panel does with it.
type Listener<T> = (value: T) => unknown;

export class Emitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}

export class Uri {
  private constructor(private readonly text: string) {}
  static parse(text: string): Uri {
    return new Uri(text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri([base.text, ...parts].join('/'));
  }
  toString(): string {
    return this.text;
  }
}

export class TabInputText {
  constructor(readonly uri: Uri) {}
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

export class CancellationTokenSource {
  token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  cancel(): void {
    this.token.isCancellationRequested = true;
  }
  dispose(): void {}
}

export interface FakeDocument {
  uri: Uri;
  languageId: string;
}

export type FakePanel = ReturnType<typeof createFakePanel>;

/** A webview panel; what the panel's page would receive goes to `posted`. */
function createFakePanel(posted: unknown[]) {
  const fromPage = new Emitter<unknown>();
  const disposed = new Emitter<void>();
  let isDisposed = false;
  return {
    title: '',
    webview: {
      html: '',
      options: {},
      cspSource: 'vscode-webview:',
      asWebviewUri: (uri: Uri) => uri,
      postMessage: async (message: unknown) => posted.push(message) > 0,
      onDidReceiveMessage: fromPage.event,
    },
    reveal: () => undefined,
    onDidDispose: disposed.event,
    dispose: () => {
      if (isDisposed) return;
      isDisposed = true;
      disposed.fire();
    },
    /** A message from the page. */
    send: (message: unknown) => fromPage.fire(message),
  };
}

export function createFakeVscode() {
  const posted: unknown[] = [];
  const panels: FakePanel[] = [];
  const newPanel = () => {
    panels.push(createFakePanel(posted));
    return panels[panels.length - 1];
  };
  const shown: Array<{ uri: string; options: unknown }> = [];
  const clipboard: string[] = [];
  const info: string[] = [];
  const events = {
    changed: new Emitter<{ document: FakeDocument }>(),
    saved: new Emitter<FakeDocument>(),
    activeEditor: new Emitter<{ document: FakeDocument } | undefined>(),
    selection: new Emitter<{ textEditor: { document: FakeDocument } }>(),
  };
  const vscode = {
    Uri,
    TabInputText,
    Position,
    Range,
    CancellationTokenSource,
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
    l10n: { t: (text: string, ...args: unknown[]) => text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
    env: { language: 'en', clipboard: { writeText: async (text: string) => void clipboard.push(text) } },
    window: {
      visibleTextEditors: [] as unknown[],
      tabGroups: { all: [] as unknown[] },
      activeTextEditor: undefined as { document: FakeDocument } | undefined,
      createWebviewPanel: newPanel,
      showTextDocument: async (uri: Uri, options: { selection?: Range }) => {
        shown.push({ uri: uri.toString(), options });
        return { selection: options.selection, revealRange: () => undefined };
      },
      showInformationMessage: async (message: string) => void info.push(message),
      onDidChangeActiveTextEditor: events.activeEditor.event,
      onDidChangeTextEditorSelection: events.selection.event,
    },
    workspace: {
      onDidChangeTextDocument: events.changed.event,
      onDidSaveTextDocument: events.saved.event,
    },
  };
  return {
    vscode,
    newPanel,
    /** The panel created last. */
    get panel(): FakePanel {
      return panels[panels.length - 1];
    },
    posted,
    shown,
    clipboard,
    info,
    events,
  };
}
