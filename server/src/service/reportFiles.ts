import * as path from 'node:path';
import { matchPathGlob } from '../report/glob';
import { relativeToFolders } from './uris';

/** Which files are ours: a `weeklyReport.files` glob match, or a text that reads as a report. */
export function isReportFile(filePath: string | undefined, looksLikeReport: boolean, globs: string[], folders: string[]): boolean {
  if (looksLikeReport) return true;
  if (!filePath || !/\.(md|markdown)$/i.test(filePath)) return false;
  const rel = relativeToFolders(filePath, folders);
  return globs.some((g) => matchPathGlob(g, rel) || matchPathGlob(g, path.basename(filePath)));
}
