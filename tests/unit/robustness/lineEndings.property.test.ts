// CRLF (Windows, Notion exports) and NUL bytes (broken copies) change nothing a user reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { previousDocument, reportDocument, documentsFor, SWEEP_TIMEOUT_MS } from './documents';
import { checkPipeline } from './pipeline';

const lfDocument = reportDocument.map((text) => text.replace(/\r\n?/g, '\n'));

/** What a user sees of the metrics: label, value and line, not the line terminators. */
function figures(text: string): string[] {
  return extractMetrics(parseReport(text)).map((m) => `${m.range.start.line}:${m.label}=${m.value}${m.unit}`);
}

describe('line endings and NUL bytes', () => {
  it(
    'CRLF gives the same metrics as LF (2 × 15% of the documents)',
    () => {
      fc.assert(
        fc.property(lfDocument, (text) => {
          expect(figures(text.replace(/\n/g, '\r\n'))).toEqual(figures(text));
        }),
        { numRuns: documentsFor(0.15) },
      );
    },
    SWEEP_TIMEOUT_MS,
  );

  it(
    'NUL bytes and lone CRs anywhere never break the pipeline (10% of the documents)',
    () => {
      fc.assert(
        fc.property(
          reportDocument,
          fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u0000', '\r', '\u0000\u0000', '\r\r\n')), { maxLength: 5 }),
          previousDocument,
          (document, inserts, previous) => {
            let text = document;
            for (const [at, bytes] of inserts) {
              const cut = at % (text.length + 1);
              text = text.slice(0, cut) + bytes + text.slice(cut);
            }
            checkPipeline({ current: text, previous });
          },
        ),
        { numRuns: documentsFor(0.1) },
      );
    },
    SWEEP_TIMEOUT_MS,
  );
});
