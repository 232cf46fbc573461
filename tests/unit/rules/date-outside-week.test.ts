import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOutsideWeek } from '../../../server/src/report/rules/dateOutsideWeek';
import { DATE, findDateSpans, MAY_HOLD_DATE } from '../../../server/src/report/rules/dateMentions';
import { check, coveredText, inReport } from './helpers';

// The report is created Saturday 2023-12-16: week 51 counting from the week holding 1 January,
// week 50 under ISO 8601. Read with first-day numbering, 「第51周」 is 11–17 December and the
// Created date is the report's date.
const FIRST_DAY = { settings: { weekNumbering: 'first-day' } };

describe('date-outside-week: dates in the text', () => {
  it.each([
    ['- 内测群从12.12-12.20号问题72条，正确回答65条', '12.12-12.20号'],
    ['- 聚合支付，主链路12/21上线完成', '12/21'],
    ['- 12/18 09:30 监控发现域名报警，已拦截', '12/18'],
    ['- 2023年12月20日已完成灰度', '2023年12月20日'],
    ['- 12月19日修复了告警', '12月19日'],
    ['- 2022-12-14 完成压测', '2022-12-14'], // a year off: the template's old year
    ['- Shipped the release on 12/20', '12/20'],
  ])('flags %s', (body, date) => {
    const text = inReport(body);
    const findings = check(dateOutsideWeek, text, FIRST_DAY);
    expect(findings).toHaveLength(1);
    expect(coveredText(text, findings[0])).toBe(date);
  });

  it.each([
    ['- 资金安全，C端单单提醒功能测试中，计划12/26上线'],
    ['- 交易不成退代，重新评估影响面和测试范围并测试，1/9上线'],
    ['- 聚合支付，退款与账单预计下周，预计1/11投产'],
    ['- 12/26前完成灰度'],
    ['- 12/16  15:36  监控发现非法扫描导致的域名报警'],
    ['- 内测群从12.11-12.15号问题72条'],
    ['- 版本2.1发布，采纳率为22.3%'],
    ['- 从1.5倍提升到2倍'],
    ['- 0级报警跟进率67%（16/24）'],
    ['- 事故复盘（11/28）已完成'],
    ['- xemacs-packages: Keyword 2018.08.11 riscv, 123 packages'], // a date-shaped version, nothing told as done
    ['- 自 2019-03-01 起由本组维护'],
    ['- 支付系统双活演练完成'],
  ])('accepts %s', (body) => {
    expect(check(dateOutsideWeek, inReport(body))).toEqual([]);
  });

  it('ignores dates in sections about next week', () => {
    const text = [inReport('- 演练完成'), '# 下周工作及目标', '', '1. 12/20完成双活演练', ''].join('\n');
    expect(check(dateOutsideWeek, text)).toEqual([]);
  });

  it('ignores dates in code', () => {
    expect(check(dateOutsideWeek, inReport('- 日志 `12/21 10:00 done` 已归档'))).toEqual([]);
  });

  it('does nothing without a report date', () => {
    expect(check(dateOutsideWeek, inReport('- 主链路12/21上线完成', { created: null }))).toEqual([]);
  });

  it('speaks Chinese', () => {
    const [finding] = check(dateOutsideWeek, inReport('- 主链路12/21上线完成'), { ...FIRST_DAY, locale: 'zh-cn' });
    expect(finding.message).toBe('12/21 晚于周报日期 2023-12-16，却被写成已完成或已统计');
  });
});

describe('date-outside-week under weekNumbering auto (the default)', () => {
  it.each(['- 聚合支付，主链路12/21上线完成', '- 内测群从12.12-12.20号问题72条，正确回答65条', '- 2023年12月20日已完成灰度'])(
    'reads 第51周 created 12/16 as ISO week 51 (18–24 Dec), where %s lies inside the week',
    (body) => {
      expect(check(dateOutsideWeek, inReport(body))).toEqual([]);
    },
  );

  it('still flags a date told as done after the week under either numbering', () => {
    const text = inReport('- 主链路12/27上线完成');
    const [finding] = check(dateOutsideWeek, text);
    expect(coveredText(text, finding)).toBe('12/27');
    // After both readings of week 51: a tie, so first-day and the Created date, as before.
    expect(finding.message).toContain('2023-12-16');
  });

  it('keeps first-day when nothing tells the numbering apart', () => {
    const text = inReport('- 12月14日修复了告警');
    expect(check(dateOutsideWeek, text)).toEqual([]);
  });
});

describe('date-outside-week: the title week', () => {
  it.each([
    ['第51周', '2023年12月16日 08:02', 'first-day', 0],
    ['第50周', '2023年12月16日 08:02', 'iso', 0],
    ['第51周', '2023年12月18日 09:00', 'first-day', 0], // written the Monday after
    ['2023年第51周', '2023年12月16日 08:02', undefined, 0],
    ['第1周', '2024年1月3日 10:00', 'first-day', 0],
    ['第52周', '2024年1月2日 10:00', 'iso', 0], // last year's week, written early January
    ['第50周', '2023年12月16日 08:02', 'first-day', 1],
    // A Created line is when the page was made: up to 3 days before the week it states is no mismatch.
    ['第51周', '2023年12月16日 08:02', 'iso', 0],
    ['第52周', '2023年12月16日 08:02', undefined, 0],
    ['第52周', '2023年12月16日 08:02', 'iso', 1], // 9 days before ISO week 52
    ['第53周', '2023年12月16日 08:02', 'first-day', 1],
    ['第51周', '2023年12月21日 09:00', 'first-day', 1],
    ['2022年第51周', '2023年12月16日 08:02', 'first-day', 1],
  ])('%s created %s (%s): %i finding(s)', (title, created, weekNumbering, count) => {
    const settings = weekNumbering ? { weekNumbering } : undefined;
    const findings = check(dateOutsideWeek, inReport('- 演练完成', { title, created }), { settings });
    expect(findings).toHaveLength(count);
    if (count) expect(findings[0].range.start.line).toBe(0);
  });

  it('names the numbering in the message', () => {
    const [finding] = check(dateOutsideWeek, inReport('- 演练完成', { title: '第50周' }));
    expect(finding.message).toBe(
      "The title says week 50, but the report's date 2023-12-16 is in week 51 (the week holding 1 January is week 1)",
    );
  });
});

describe('findDateSpans', () => {
  it.each([
    ['从12.12-12.20号', ['2023-12-12', '2023-12-20']],
    ['12.28-1.3', ['2023-12-28', '2024-01-03']],
    ['1/9上线', ['2024-01-09', '2024-01-09']],
    ['3/5完成', ['2023-03-05', '2023-03-05']], // too far ahead to be upcoming: last year's
    ['2023年12月14日', ['2023-12-14', '2023-12-14']],
    ['１２／２１上线', ['2023-12-21', '2023-12-21']],
  ])('reads %s', (text, [from, to]) => {
    const halfWidth = text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    const [span] = findDateSpans(halfWidth, '2023-12-16');
    expect([span.from.date, span.to.date]).toEqual([from, to]);
  });

  it.each([['99.966%'], ['v1.2.3'], ['16/24'], ['2.1版本'], ['15:36'], ['2023年度'], ['13/45']])('finds no date in %s', (text) => {
    expect(findDateSpans(text, '2023-12-16')).toEqual([]);
  });
});

describe('findDateSpans pre-test', () => {
  it('holds for every text the date expression finds a date in', () => {
    const pieces = ['1', '2', '12', '2023', ' ', '\t', '-', '/', '.', '年', '月', '日', '号', ':', '%', 'a', '至'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (line) => [...line.matchAll(DATE)].length === 0 || MAY_HOLD_DATE.test(line)),
      { numRuns: 20_000 },
    );
  });
});
