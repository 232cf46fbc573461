import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixReportFile } from '../../../server/src/cli/fix';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../../server/src/report/rules';
import { defaultSettings } from '../../../server/src/report/settings';

const TEXT = '# 第15周\n\nCreated: 2024年4月12日 17:30\n\n## 【数据】\n\n- 跟进率76%（16/24）\n';

function checked(text: string) {
  const report = parseReport(text, {});
  return { report, findings: runRules({ report, metrics: extractMetrics(report), settings: defaultSettings, locale: 'en' }) };
}

describe('fixReportFile', () => {
  it('leaves a file alone whose text changed after it was checked (read, then edited, then --fix would write)', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'wr-fix-'));
    const file = path.join(dir, '2024-W15.md');
    const { report, findings } = checked(TEXT);
    const edited = TEXT.replace('## 【数据】', '## 【本周数据】');
    fs.writeFileSync(file, edited);
    expect(fixReportFile(file, report, findings)).toEqual({ kind: 'changed' });
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    fs.rmSync(dir, { recursive: true });
  });

  it('does not read or write the file when there is nothing certain to fix', () => {
    const { report } = checked(TEXT);
    expect(fixReportFile('/nonexistent/2024-W15.md', report, [])).toEqual({ kind: 'nothing', conflicting: 0 });
  });
});
