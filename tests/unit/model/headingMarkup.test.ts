import { describe, expect, it } from 'vitest';
import { flatten, parseReport } from '../../../server/src/report/parseReport';

const REPORT = [
  '# This Month in Widgets',
  '',
  '## <span class=_anchor></span>Rendering changes',
  '',
  'Frame time went down to 12 ms.',
  '',
  '## <a name="beyond"></a> Beyond the engine <small>beta</small>',
  '',
  '## Plain <em></em>',
  '',
  '## <br>',
  '',
].join('\n');

describe('inline HTML in headings', () => {
  const sections = flatten(parseReport(REPORT, { fileName: '2024-07-31-widgets.md' }).sections);
  const named = (name: string) => sections.find((s) => s.name === name);

  it('names the section by its visible words, so an anchor added one month does not rename it', () => {
    expect(sections.map((s) => s.name)).toEqual(['This Month in Widgets', 'Rendering changes', 'Beyond the engine beta', 'Plain', '<br>']);
  });

  it('selects the visible span of the heading line, not the markup before or after it', () => {
    const line = REPORT.split('\n')[2];
    const { start, end } = named('Rendering changes')!.selectionRange;
    expect(line.slice(start.character, end.character)).toBe('Rendering changes');
    const beyond = named('Beyond the engine beta')!.selectionRange;
    expect(REPORT.split('\n')[6].slice(beyond.start.character, beyond.end.character)).toBe('Beyond the engine <small>beta');
  });
});
