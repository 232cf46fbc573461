import * as path from 'node:path';
import { matchPathGlob } from '../report/glob';
import { relativeToFolders } from './uris';

/** Files the index and the CLI read: Markdown only. */
export function isMarkdownFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

/** Folders a walk for reports goes into: not hidden ones (.git, .vscode-test…), not dependencies or build output. */
export function isWalkedFolder(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
}

/** A walk stops after this many directory entries: a report folder never holds that many. */
export const MAX_WALKED_ENTRIES = 200_000;

/** Which files are ours: a `weeklyReport.files` glob match, or a text that reads as a report. */
export function isReportFile(filePath: string | undefined, looksLikeReport: boolean, globs: string[], folders: string[]): boolean {
  if (looksLikeReport) return true;
  if (!filePath || !isMarkdownFile(filePath)) return false;
  const rel = relativeToFolders(filePath, folders);
  return globs.some((g) => matchPathGlob(g, rel) || matchPathGlob(g, path.basename(filePath)));
}
