// The team template (`weeklyReport.template`): a Markdown file in the workspace, read when
// completion needs it (through the guarded reader: inside the workspace folders only) and parsed
// again only when it changed on disk.
import * as path from 'node:path';
import type { Report } from '../report/model';
import { parseReport } from '../report/parseReport';
import { MAX_INDEXED_FILE_BYTES } from '../report/outlineScan';
import type { GuardedReader } from '../node/guardedReader';
import { isMarkdownFile } from '../node/reportFiles';

export interface LoadedTemplate {
  text: string;
  report: Report;
}

export class TemplateFile {
  private cached?: { path: string; stamp: string; template: LoadedTemplate };
  /** The last refusal logged, so a broken setting is said once, not on every completion. */
  private lastWarning?: string;

  constructor(
    private readonly reader: GuardedReader,
    private readonly log: (message: string) => void,
  ) {}

  async load(setting: string, folders: readonly string[]): Promise<LoadedTemplate | undefined> {
    if (!setting.trim()) return undefined;
    const candidates = path.isAbsolute(setting) ? [setting] : folders.map((f) => path.join(f, setting));
    let why = 'not found';
    for (const file of candidates) {
      if (!isMarkdownFile(file)) {
        why = 'not a Markdown file';
        continue;
      }
      const unchangedSince = this.cached?.path === file ? this.cached.stamp : undefined;
      const read = this.reader.readUnlessUnchanged(file, { roots: folders, maxBytes: MAX_INDEXED_FILE_BYTES, unchangedSince });
      if (read.ok && 'unchanged' in read && this.cached) return this.cached.template;
      if (read.ok && !('unchanged' in read)) {
        const template = { text: read.text, report: parseReport(read.text, { fileName: file }) };
        this.cached = { path: file, stamp: read.stamp, template };
        this.lastWarning = undefined;
        return template;
      }
      if (!read.ok && read.reason !== 'missing') why = read.reason === 'outside' ? 'outside the workspace folders' : read.reason;
    }
    const warning = `weeklyReport.template: "${setting.slice(0, 200)}" is not used (${why}); using the built-in template.`;
    if (warning !== this.lastWarning) this.log(warning);
    this.lastWarning = warning;
    return undefined;
  }
}
