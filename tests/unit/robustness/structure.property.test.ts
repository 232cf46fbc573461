// Report-shaped documents of every structure: the pipeline never throws and keeps its invariants.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fileName, previousDocument, reportDocument, weekNumbering, documentsFor, SWEEP_TIMEOUT_MS } from './documents';
import { checkPipeline } from './pipeline';

describe('generated report structure', () => {
  it(
    'never breaks parse, extract, compare or rules (40% of the documents)',
    () => {
      fc.assert(
        fc.property(reportDocument, previousDocument, fileName, weekNumbering, (current, previous, name, numbering) =>
          checkPipeline({ current, previous, fileName: name, numbering }),
        ),
        { numRuns: documentsFor(0.4) },
      );
    },
    SWEEP_TIMEOUT_MS,
  );
});
