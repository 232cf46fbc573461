// A pasted 10,000-column table, a list nested 1,000 levels deep, a 200 KB line: such a block is
// read as plain text to keep checking fast (parse/chunks.ts budgets). Its lists, quotes and tables
// are then not recognised, and this says so on the block's first line instead of leaving the
// user to wonder.
import { message } from '../i18n';
import type { Finding, Rule } from './types';

const code = 'block-read-as-plain-text';

export const blockReadAsPlainText: Rule = {
  code,
  defaultSeverity: 'information',
  check({ report, locale }) {
    return (report.plainTextBlocks ?? []).map((block): Finding => ({
      code,
      severity: 'information',
      message: message(locale, 'blockReadAsPlainText', { budget: block.budget, limit: block.limit }),
      // The first line only, cut at the line budget: a range over a megabyte of text helps no one.
      range: {
        start: { line: block.line, character: 0 },
        end: { line: block.line, character: Math.min(report.lines[block.line]?.length ?? 0, 200) },
      },
    }));
  },
};
