// The comparison panel's page script. The extension sends finished HTML from the escaping
// renderer; this script only swaps it in place (no reload flash, scroll kept) and turns clicks
// into typed messages. No inline handlers: the page's CSP allows this nonce'd script only.
import type { ExtensionToPanel, PanelToExtension } from '../../server/src/protocol';

/** What the WebviewPanelSerializer gets back after a reload. */
interface PanelState {
  uri?: string;
  scrollY?: number;
}

interface VsCodeApi {
  postMessage(message: PanelToExtension): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const container = document.getElementById('comparison');

function saveState(): void {
  const root = container?.querySelector<HTMLElement>('[data-uri]');
  vscode.setState({ uri: root?.dataset.uri || vscode.getState()?.uri, scrollY: window.scrollY });
}

function update(html: string): void {
  if (!container) return;
  const { scrollX, scrollY } = window;
  container.innerHTML = html;
  window.scrollTo(scrollX, scrollY);
  saveState();
}

function lineOf(target: EventTarget | null): number | undefined {
  const row = target instanceof Element ? target.closest<HTMLElement>('tr[data-line]') : null;
  const line = Number(row?.dataset.line);
  return row && Number.isInteger(line) && line >= 0 ? line : undefined;
}

const ACTIONS = new Set<string>(['openPrevious', 'copyMarkdown', 'showComparison'] satisfies PanelToExtension['type'][]);

function onActivate(target: EventTarget | null): boolean {
  const button = target instanceof Element ? target.closest<HTMLButtonElement>('button[data-action]') : null;
  if (button) {
    const action = button.dataset.action ?? '';
    if (button.disabled) return true;
    // A row's trend button: the row says which metric (its line), the button its label.
    const line = lineOf(button);
    if (action === 'showHistory' && line !== undefined)
      vscode.postMessage({ type: 'showHistory', line, label: button.dataset.label ?? '' });
    else if (ACTIONS.has(action)) vscode.postMessage({ type: action as 'openPrevious' | 'copyMarkdown' | 'showComparison' });
    return true;
  }
  const line = lineOf(target);
  if (line === undefined) return false;
  vscode.postMessage({ type: 'reveal', line });
  return true;
}

window.addEventListener('message', (event: MessageEvent<ExtensionToPanel>) => {
  const message = event.data;
  if (message?.type === 'update' && typeof message.html === 'string') update(message.html);
});

document.addEventListener('click', (event) => {
  // A selection drag across cells is for copying text, not for jumping to the editor.
  if (window.getSelection()?.toString()) return;
  onActivate(event.target);
});

document.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && lineOf(event.target) !== undefined && onActivate(event.target)) {
    event.preventDefault();
  }
});

let scrollSave: number | undefined;
window.addEventListener('scroll', () => {
  if (scrollSave !== undefined) return;
  scrollSave = requestAnimationFrame(() => {
    scrollSave = undefined;
    saveState();
  });
});

const restored = vscode.getState();
if (restored?.scrollY) window.scrollTo(0, restored.scrollY);
saveState();
vscode.postMessage({ type: 'ready' });
