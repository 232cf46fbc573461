// Classes of numbers that are never metrics (issue 9): each class has its own table, with Chinese
// and English shapes. A row gives a line and the metrics it must still yield (usually none).
import { describe, it } from 'vitest';
import { check, m } from './lineCheck';

type Row = [input: string, expected: string[]];

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    it.each(rows)('%s', (input, expected) => check(input, expected));
  });
}

table('edition and issue numbers', [
  ['Number: 314', []],
  ['Issue #12 of the newsletter', []],
  ['# 社区双周报 第 88 期', []],
  ['RuyiSDK双周进展汇报 第023期·2024年06月11日', []],
  ['期号：42', []],
  ['Meeting ID: 891 053 105', []],
]);

table('pull-request and issue references', [
  ['fixed the crash (#48213)', []],
  ['PR 1234 was merged', []],
  ['landed in [#32651](https://example.com/pull/32651)', []],
  ['修复了 #4521 中的问题', []],
]);

table('versions after a product name', [
  ['Node 22 upgrade', []],
  ['Vite 5.1 Released', []],
  ['bump toolname 61 in the lockfile', []],
  ['RuyiSDK V0.11 版本已于今日发布', []],
  ['Migrated to LLVM 14', []],
  ['Servo now builds with Rust 1.78 and SpiderMonkey 115.13', []],
  ['upgrade and support K8s 1.16 @owner', []],
  ['将 Binutils 更新至 2.41，包含新指令集支持', []],
  ['Updated Binutils to 2.41, introducing support', []],
  ['目前 22.09 中 rust 版本为1.60 ，工程中还不存在', []],
  ['发布了 openEuler 22.03 镜像', []],
  ['with a Kunpeng 920 processor', []],
  // A measure named in Latin letters keeps its number.
  ['Total alerts 464', [m('Total alerts', 464, '', 'count')]],
  ['QPS 1200, NPS 45', [m('QPS', 1200, '', 'number'), m('NPS', 45, '', 'score')]],
  ['Backlog: 120', [m('Backlog', 120, '', 'number')]],
]);

table('English dates and times', [
  ['Shipped on June 3', []],
  ['Wed June 3rd', []],
  ['### TWIF curated on Thursday, 07 Nov 2024, Week 45', []],
  ['published every second and fourth Fridays at 12 P.M. UTC+8 time', []],
]);

table('date ranges and compact dates in Chinese prose', [
  ['从 5.16 到 5.30 完成迁移', []],
  ['统计周期从5.1到5.15', []],
  ['技术分享 - 20200415 - 实验室', []],
  // A value that moved is still read.
  ['成功率从99.5%提升到99.8%', [m('成功率', 99.8, '%', 'percent')]],
]);

table('numbered parts of a series', [
  ['深入浅出编译器（2）', []],
  ['V8 构建系统 Part 3', []],
  ['深入V8引擎-第02课：从零开始', []],
  ['OpenCV for RISC-V 系列 - 01 初次接触', []],
  ['玄铁C910系列报告-05-给C910添加选项', []],
  ['缺陷报告3:https://example.com/issues/1', []],
  ['视频：13 方舟编译器的静态代码检查', []],
]);

table('commit ranges and hashes', [
  ['merged 3f2a1b9..9c8d7e6 into main', []],
  ['reverted 1a2b3c4d', []],
]);

table('man-page sections and names with digits', [
  ['see grep(1) and ls(1)', []],
  ['support for HTTP/2 and C++23', []],
  ['released at 2 P.M., UTC+8 time', []],
  ['玄铁910芯片相关工具链开发', []],
]);

table('ordinals of events', [
  ['the 3rd meetup was held online', []],
  ['我们举办了第二次线下聚会', []],
]);

table('numbers in the titles of linked news items', [
  ['* **[Graph 89](https://example.org/packages/graph89)** was updated', []],
  ['- [Vite 5.1 Released](https://example.dev/blog/vite-5-1)', []],
  ['视频：[2 分钟学会刷机](https://example.com/v/1)', []],
]);

describe('numbers in inline code are masked by the parser', () => {
  it('a masked span gives nothing', () => check('timeout is 30 ms', [], [[0, 16]]));
});
