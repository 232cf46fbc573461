// Hand-built metrics placed where their text is in a report, so the tests do not depend on the
// extractor's heuristics: `located(report, '入金有效成功率', '99.966%')`.
import type { Metric } from '../../../server/src/report/metrics/types';
import type { Report } from '../../../server/src/report/model';

export interface LocatedSpec {
  /** The fraction written after the value: `16/24`. */
  fraction?: string;
  section?: string;
}

/** The first line where `label` is followed (on the same line) by `written`; throws when there is none. */
export function located(report: Report, label: string, written: string, spec: LocatedSpec = {}): Metric {
  for (let line = 0; line < report.lines.length; line++) {
    const text = report.lines[line];
    const labelAt = text.indexOf(label);
    const valueAt = labelAt < 0 ? -1 : text.indexOf(written, labelAt + label.length);
    if (valueAt < 0) continue;
    const number = /^[-+]?[$¥]?(\d+(?:\.(\d+))?)(.*)$/.exec(written);
    if (!number) throw new Error(`not a value: ${written}`);
    const at = (character: number) => ({ line, character });
    const fractionAt = spec.fraction ? text.indexOf(spec.fraction, valueAt) : -1;
    const [numerator, denominator] = (spec.fraction ?? '').split('/').map(Number);
    return {
      label,
      value: Number(number[1]),
      unit: number[3],
      kind: number[3] === '%' ? 'percent' : 'count',
      section: spec.section ?? '',
      range: { start: at(labelAt), end: at(valueAt + written.length) },
      valueRange: { start: at(valueAt), end: at(valueAt + written.length) },
      decimals: number[2]?.length ?? 0,
      raw: number[1],
      ...(fractionAt >= 0
        ? { fraction: { numerator, denominator, range: { start: at(fractionAt), end: at(fractionAt + spec.fraction!.length) } } }
        : {}),
    };
  }
  throw new Error(`no “${label}” followed by “${written}” in the report`);
}

/** Several at once: `[label, value]` or `[label, value, fraction]`. */
export function locatedAll(report: Report, specs: Array<[string, string] | [string, string, string]>): Metric[] {
  return specs.map(([label, written, fraction]) => located(report, label, written, { fraction }));
}
