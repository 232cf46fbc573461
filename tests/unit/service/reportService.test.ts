// The report service driven in process over an in-memory workspace (see memoryWorkspace.ts): no
// server, no stdio, no file on disk. What the facade promises: last week is found among the open
// reports, diagnostics come from the rules, a cancelled request answers empty without working, and
// a document that changes while it is being checked drops the stale run.
import { afterEach, describe, expect, it } from 'vitest';
import { manualToken, memoryWorkspace, type MemoryWorkspace } from './memoryWorkspace';
import type { ReportDocument } from '../../../server/src/service/reportService';

function weekReport(week: number, created: string, lines: string[]): string {
  return [`# 第${week}周`, '', `Created: ${created}`, '', '## 【系统运行数据】', '', ...lines, ''].join('\n');
}

const week20 = weekReport(20, '2024年5月17日 18:00', ['- 任务调度成功率：99.910%', '- 满意度80%（20/25）']);
const week21 = weekReport(21, '2024年5月24日 18:05', ['- 任务调度成功率：99.930%', '- 满意度88%（22/25）']);
// 22/30 is 73.33%, not 76%: a wrong percentage the rules must flag.
const week22 = weekReport(22, '2024年5月31日 17:40', ['- 任务调度成功率：99.780%', '- 满意度76%（22/30）']);

/** A report long enough that checking it takes many slices (each line a metric). */
function longReport(week: number, created: string, count: number): string {
  return weekReport(
    week,
    created,
    Array.from({ length: count }, (_, i) => `- 接口${i}成功率：99.${String(i % 1000).padStart(3, '0')}%，调用${i + 7}次`),
  );
}

let workspace: MemoryWorkspace;

afterEach(() => workspace?.dispose());

describe('the report service over an in-memory workspace', () => {
  it('compares this week with last week among three open reports', async () => {
    workspace = memoryWorkspace();
    workspace.open('2024-W20.md', week20);
    workspace.open('2024-W21.md', week21);
    const current = workspace.open('2024-W22.md', week22);

    const comparison = await workspace.service.compare(current);

    expect(comparison?.previous?.uri).toBe(workspace.uri('2024-W21.md'));
    const rate = comparison?.rows.find((row) => row.label.includes('任务调度成功率'));
    expect(rate).toMatchObject({ current: 99.78, previous: 99.93, status: 'worsened' });
    // The trend runs through the week before last too.
    expect(rate?.trend.map((point) => point.value)).toEqual([99.91, 99.93, 99.78]);
    expect((await workspace.service.status(current)).isReport).toBe(true);
  });

  it('publishes a wrong percentage as a diagnostic of the current version, with its quick fix', async () => {
    workspace = memoryWorkspace();
    workspace.open('2024-W21.md', week21);
    const current = workspace.open('2024-W22.md', week22);

    const result = await workspace.service.computeDiagnostics(current);

    expect(result?.version).toBe(current.version);
    const wrong = result?.diagnostics.filter((d) => d.code === 'percent-fraction-mismatch') ?? [];
    expect(wrong).toHaveLength(1);
    expect(wrong[0].range.start.line).toBe(7);
    expect(wrong[0].message).toContain('73.33%');
    const actions = await workspace.service.codeActions(current, {
      textDocument: { uri: current.uri },
      range: wrong[0].range,
      context: { diagnostics: wrong },
    });
    expect(actions.map((action) => action.edit?.changes?.[current.uri]?.[0].newText)).toEqual(['73%']);
  });

  it('answers a request whose token is already cancelled with nothing, without reading the document', async () => {
    workspace = memoryWorkspace();
    const opened = workspace.open('2024-W22.md', week22);
    let reads = 0;
    const watched: ReportDocument = { ...opened, getText: () => (reads++, opened.getText()) };
    workspace.documents.set(opened.uri, week22);
    const token = manualToken(true);

    expect(await workspace.service.documentSymbols(watched, token)).toEqual([]);
    expect(await workspace.service.compare(watched, undefined, token)).toBeNull();
    expect(await workspace.service.hover(watched, { line: 6, character: 4 }, token)).toBeNull();
    expect(await workspace.service.computeDiagnostics(watched, token)).toBeUndefined();
    expect(await workspace.service.workspaceSymbols('', token)).toEqual([]);

    expect(token.reads).toBeGreaterThanOrEqual(5);
    expect(reads).toBe(0);
    // Not cancelled, the same requests answer.
    expect((await workspace.service.documentSymbols(watched)).length).toBeGreaterThan(0);
  });

  it('stops a request cancelled while its check runs in slices', async () => {
    workspace = memoryWorkspace();
    const document = workspace.open('2024-W22.md', longReport(22, '2024年5月31日 17:40', 3_000));
    const token = manualToken();
    const running = workspace.service.computeDiagnostics(document, token);
    // Cancelled after the first slice has yielded: the run must stop at its next check.
    setImmediate(() => token.cancel());
    expect(await running).toBeUndefined();
  });

  it('drops a check whose document changed meanwhile; the new version gets its own diagnostics', async () => {
    workspace = memoryWorkspace();
    workspace.open('2024-W21.md', week21);
    const first = workspace.open('2024-W22.md', longReport(22, '2024年5月31日 17:40', 3_000));
    const stale = workspace.service.computeDiagnostics(first);
    const staleComparison = workspace.service.compare(first);
    // The user types while the first version is being checked.
    let second: ReportDocument | undefined;
    setImmediate(() => (second = workspace.documents.set(first.uri, week22)));

    expect(await stale).toBeUndefined();
    expect(await staleComparison).toBeNull();
    expect(second?.version).toBe(2);
    const fresh = await workspace.service.computeDiagnostics(second!);
    expect(fresh?.version).toBe(2);
    expect(fresh?.diagnostics.map((d) => d.code)).toContain('percent-fraction-mismatch');
    expect((await workspace.service.compare(second!))?.previous?.uri).toBe(workspace.uri('2024-W21.md'));
  });

  it('is one frozen object of feature functions', () => {
    workspace = memoryWorkspace();
    expect(Object.isFrozen(workspace.service)).toBe(true);
    expect(Object.keys(workspace.service)).toEqual(
      expect.arrayContaining([
        'documentSymbols',
        'foldingRanges',
        'semanticTokens',
        'hover',
        'inlayHints',
        'completion',
        'codeActions',
        'compare',
        'nextReport',
        'status',
        'workspaceSymbols',
        'computeDiagnostics',
      ]),
    );
  });
});
