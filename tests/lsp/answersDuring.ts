// How fast a small report's documentSymbol answers while another document is being checked: the
// requests are made one after another until the check settles, so the figures cover the whole check,
// not only its first slice.
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import type { TestClient } from './lspClient';

export interface AnswerTimes {
  /** Milliseconds per request, in the order made. */
  times: number[];
  median: number;
  worst: number;
  /** Requests answered before `settled` resolved: none when the server did the whole check in one piece. */
  answeredBeforeSettled: number;
  /** The first answer's symbols, to check the small report was really answered. */
  symbols: DocumentSymbol[];
}

/** Asks for `uri`'s document symbols again and again until `settled` resolves (at least once). */
export async function documentSymbolTimesUntil(client: TestClient, uri: string, settled: Promise<unknown>): Promise<AnswerTimes> {
  let done = false;
  const finished = settled.finally(() => (done = true));
  const times: number[] = [];
  let answeredBeforeSettled = 0;
  let symbols: DocumentSymbol[] | undefined;
  do {
    const started = performance.now();
    const answer = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    times.push(performance.now() - started);
    if (!done) answeredBeforeSettled++;
    symbols ??= answer;
  } while (!done);
  await finished;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    times,
    median: sorted[Math.floor(sorted.length / 2)],
    worst: sorted[sorted.length - 1],
    answeredBeforeSettled,
    symbols: symbols ?? [],
  };
}
