// Years of earlier weekly reports for a workspace the e2e suite opens: one folder per year
// (`archive/2019/2019-W01.md` …), each report with the sections and kinds of figures a team's
// report carries, the figures drifting week to week. Generated, so the suite can ask for any size.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Week `week` of `year` as a report: headings, 【】 items, percentages, counts, fractions and progress. */
function archivedReport(year, week, seed) {
  const wobble = (span) => ((seed * 7919 + week * 104729) % (span * 2 + 1)) - span;
  const percent = (base, span) => (base + wobble(span) / 1000).toFixed(3);
  const alerts = 400 + wobble(120);
  const followed = 15 + (seed % 6);
  const total = followed + 1 + (week % 5);
  const progress = Math.min(100, 10 + ((week * 3) % 90));
  return `# ${year}年第${week}周周报

## 【重点工作】

- 【对账平台建设】

    本周推进第${week}批对账任务迁移，差异笔数${10 + (seed % 30)}笔，均已定位原因并建立清理任务。

- 【值班与告警】

    夜间告警${alerts}个，其中需要人工处理的${20 + (seed % 15)}个，值班同学按分级规则处理。

## 【系统运行数据】

- 入金有效成功率：${percent(99.95, 20)}%
- 出金有效成功率：${percent(99.97, 15)}%，一次支付成功率：${percent(99.2, 60)}%
- 支付系统可用性：${percent(99.99, 5)}%
- 事故数AB级0次，CD级${seed % 3}次

## 【O2 系统升级】

- 清结算平台重构，整体进度${progress}%
- 监控大盘统一，完成${week % 7}个业务域的指标梳理

## 【O3 安全稳定】

- 0级报警跟进率${Math.round((followed / total) * 100)}%（${followed}/${total}），总告警数为${alerts}个
- 慢查服务数${5 + (seed % 11)}个，漏洞服务数${seed % 2}个

# 下周工作及目标

1. 对账任务继续迁移，目标差异笔数低于${5 + (seed % 5)}笔
2. 清结算平台重构进度达到${Math.min(100, progress + 5)}%
`;
}

/**
 * Writes `count` weekly reports under `<workspace>/archive/<year>/`, 52 a year, ending in `lastYear`.
 * @returns {number} the number of reports written
 */
export function writeReportArchive(workspace, { count, lastYear }) {
  const years = Math.ceil(count / 52);
  let written = 0;
  for (let year = lastYear - years + 1; year <= lastYear && written < count; year++) {
    const folder = path.join(workspace, 'archive', String(year));
    mkdirSync(folder, { recursive: true });
    for (let week = 1; week <= 52 && written < count; week++) {
      const name = `${year}-W${String(week).padStart(2, '0')}.md`;
      writeFileSync(path.join(folder, name), archivedReport(year, week, written));
      written++;
    }
  }
  return written;
}
