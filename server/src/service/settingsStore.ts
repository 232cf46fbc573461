// Per-resource settings, cached until the client says they changed (the lsp-sample pattern). A
// broken value is reported once and replaced by its default. Where the raw values come from (the
// client's `workspace/configuration`) and where warnings go are the server's business.
import type { Settings } from '../protocol';
import { defaultSettings, readSettings } from '../report/settings';
import type { Locale } from '../report/base/locale';

/** What the service asks about settings: the settings of a scope (a document's uri, or a folder's). */
export interface SettingsSource {
  get(scopeUri: string): Promise<Settings>;
  /** The settings `get` has already resolved for the scope, if any: what an answer made at once reads. */
  settled?(scopeUri: string): Settings | undefined;
  /** Forgets what was read: the next `get` asks again. */
  clear(): void;
}

export interface SettingsStoreHost {
  /** The raw `weeklyReport` section for a scope; undefined when the client cannot tell (defaults apply). */
  fetch(scopeUri: string): Promise<unknown> | undefined;
  warn(message: string): void;
  locale: Locale;
}

export class SettingsStore implements SettingsSource {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly resolved = new Map<string, Settings>();
  private readonly reported = new Set<string>();

  constructor(private readonly host: SettingsStoreHost) {}

  get(scopeUri: string): Promise<Settings> {
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      const reading = this.read(scopeUri);
      this.cache.set(scopeUri, reading);
      // Only while this read is the scope's current one: a clear() meanwhile makes it stale.
      void reading.then((read) => this.cache.get(scopeUri) === reading && this.resolved.set(scopeUri, read));
      settings = reading;
    }
    return settings;
  }

  settled(scopeUri: string): Settings | undefined {
    return this.resolved.get(scopeUri);
  }

  clear(): void {
    this.cache.clear();
    this.resolved.clear();
    this.reported.clear();
  }

  private async read(scopeUri: string): Promise<Settings> {
    try {
      const fetched = this.host.fetch(scopeUri);
      if (!fetched) return defaultSettings;
      const { settings, problems } = readSettings(await fetched, this.host.locale);
      for (const problem of problems) {
        if (this.reported.has(problem)) continue;
        this.reported.add(problem);
        this.host.warn(`Weekly Report: ${problem}`);
      }
      return settings;
    } catch {
      return defaultSettings;
    }
  }
}
