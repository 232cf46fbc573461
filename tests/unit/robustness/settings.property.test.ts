// Whatever the settings hold — parsed by readSettings from any JSON-ish value — a check runs.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readSettings } from '../../../server/src/report/settings';
import { previousDocument, reportDocument, weekNumbering, documentsFor, SWEEP_TIMEOUT_MS } from './documents';
import { checkPipeline } from './pipeline';

const rawSettings = fc.oneof(
  fc.anything(),
  fc.record({
    thresholds: fc.oneof(
      fc.anything(),
      fc.array(fc.record({ metric: fc.string(), min: fc.anything(), max: fc.double(), severity: fc.string() })),
    ),
    directions: fc.oneof(
      fc.anything(),
      fc.dictionary(fc.string(), fc.constantFrom('higher-is-better', 'lower-is-better', 'neutral', 'sideways')),
    ),
    rules: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.constantFrom('error', 'off', 'hint', 'loud'))),
    trendWeeks: fc.anything(),
    files: fc.anything(),
  }),
);

describe('any settings value', () => {
  it(
    'leaves the pipeline working (10% of the documents)',
    () => {
      fc.assert(
        fc.property(reportDocument, previousDocument, rawSettings, weekNumbering, (current, previous, raw, numbering) =>
          checkPipeline({ current, previous, numbering, settings: readSettings(raw).settings }),
        ),
        { numRuns: documentsFor(0.1) },
      );
    },
    SWEEP_TIMEOUT_MS,
  );
});
