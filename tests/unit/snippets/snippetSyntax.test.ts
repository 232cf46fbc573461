import { describe, expect, it } from 'vitest';
import { checkSnippetBody } from './snippetSyntax';

describe('checkSnippetBody accepts valid snippet syntax', () => {
  it.each([
    ['plain text', '入金有效成功率：99.9%', [], []],
    ['simple tab stops', '$1 and $0', [0, 1], []],
    ['braced tab stop', '${2} ${1}', [1, 2], []],
    ['placeholder', '入金有效成功率：${1:99.9}%', [1], []],
    ['nested placeholder', '${1:外层 ${2:内层}}', [1, 2], []],
    ['choice', '${3|%,个,次|}', [3], []],
    ['choice with escapes', '${1|a\\,b,c\\|d|}', [1], []],
    ['variables', '$CURRENT_YEAR-${CURRENT_MONTH}', [], ['CURRENT_YEAR', 'CURRENT_MONTH']],
    ['variable with default', '${TM_SELECTED_TEXT:默认}', [], ['TM_SELECTED_TEXT']],
    ['escaped dollar and brace', 'cost \\$5 \\}', [], []],
    ['transform', '${TM_FILENAME/(.*)\\.md/${1:/upcase}/}', [], ['TM_FILENAME']],
    ['tab stop transform with flags', '${1/a/b/gi}', [1], []],
  ])('%s', (_name, body, tabStops, variables) => {
    expect(checkSnippetBody(body)).toEqual({ errors: [], tabStops, variables });
  });
});

describe('checkSnippetBody reports what VS Code would silently insert as text', () => {
  it.each([
    ['unclosed placeholder', '成功率：${1:99.9%', /never closed/],
    ['stray closing brace', '99.9%}', /unbalanced "}"/],
    ['lone dollar', '价格 $ 5', /lone "\$"/],
    ['empty braces', '${}', /must be followed by/],
    ['unknown variable', '$CURRENT_WEEK', /unknown variable CURRENT_WEEK/],
    ['unknown braced variable', '${WEEK_NUMBER:51}', /unknown variable WEEK_NUMBER/],
    ['unclosed choice', '${1|a,b}', /never closed with "\|}"/],
    ['empty choice option', '${1|a,,b|}', /empty option/],
    ['choice on a variable', '${CLIPBOARD|a,b|}', /unexpected "\|"/],
    ['bad transform regex', '${1/(/x/}', /transform regex/],
    ['unknown case format', '${1/a/${1:/shout}/}', /unknown format/],
    ['transform without closing brace', '${1/a/b/g', /end with "}"/],
  ])('%s', (_name, body, message) => {
    const { errors } = checkSnippetBody(body);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });
});
