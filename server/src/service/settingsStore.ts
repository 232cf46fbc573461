// Per-resource settings from `workspace/configuration`, cached until the client says they changed
// (the lsp-sample pattern). A broken value is reported once and replaced by its default.
import type { Connection } from 'vscode-languageserver';
import type { Settings } from '../protocol';
import { defaultSettings, readSettings } from '../report/settings';
import type { Locale } from '../report/base/locale';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  supportsConfiguration = false;

  constructor(
    private readonly connection: Connection,
    private readonly locale: () => Locale,
  ) {}

  get(scopeUri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(defaultSettings);
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.fetch(scopeUri);
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private async fetch(scopeUri: string): Promise<Settings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri, section: 'weeklyReport' });
      const { settings, problems } = readSettings(raw, this.locale());
      for (const problem of problems) {
        if (this.reported.has(problem)) continue;
        this.reported.add(problem);
        void this.connection.window.showWarningMessage(`Weekly Report: ${problem}`);
      }
      return settings;
    } catch {
      return defaultSettings;
    }
  }
}
