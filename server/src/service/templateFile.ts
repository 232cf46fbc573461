// The team template (`weeklyReport.template`): a Markdown file in the workspace, read when
// completion needs it and re-read only when it changed on disk.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Report } from '../report/model';
import { parseReport } from '../report/parseReport';

export interface LoadedTemplate {
  text: string;
  report: Report;
}

export class TemplateFile {
  private cached?: { path: string; mtimeMs: number; template: LoadedTemplate };

  constructor(private readonly log: (message: string) => void) {}

  async load(setting: string, folders: string[]): Promise<LoadedTemplate | undefined> {
    if (!setting.trim()) return undefined;
    const candidates = path.isAbsolute(setting) ? [setting] : folders.map((f) => path.join(f, setting));
    for (const file of candidates) {
      try {
        const stat = await fs.stat(file);
        if (this.cached?.path === file && this.cached.mtimeMs === stat.mtimeMs) return this.cached.template;
        const text = await fs.readFile(file, 'utf8');
        const template = { text, report: parseReport(text, { fileName: file }) };
        this.cached = { path: file, mtimeMs: stat.mtimeMs, template };
        return template;
      } catch {
        // Try the next workspace folder.
      }
    }
    this.log(`weeklyReport.template: cannot read "${setting}"; using the built-in template.`);
    return undefined;
  }
}
