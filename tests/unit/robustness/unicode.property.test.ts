// Any Unicode (and any UTF-16, lone surrogates included) dropped into a report: never a throw.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { previousDocument, reportDocument, documentsFor, SWEEP_TIMEOUT_MS } from './documents';
import { checkPipeline } from './pipeline';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom('\ud800', '\udc00', '😀', '\u0000', '％', '１', '。', '\r', '\n', '　', '|', '#', '-'),
    maxLength: 30,
  }),
);

describe('arbitrary Unicode inside a report', () => {
  it(
    'never breaks the pipeline, wherever it lands (20% of the documents)',
    () => {
      fc.assert(
        fc.property(reportDocument, anyText, fc.nat(), previousDocument, (document, inserted, at, previous) => {
          const cut = document.length === 0 ? 0 : at % (document.length + 1);
          checkPipeline({ current: document.slice(0, cut) + inserted + document.slice(cut), previous });
        }),
        { numRuns: documentsFor(0.2) },
      );
    },
    SWEEP_TIMEOUT_MS,
  );
});
