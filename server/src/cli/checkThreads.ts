// `check` over many files on every core: the named files are cut into consecutive stretches, the
// main thread checks the first and worker threads (this same bundle, started again) the others.
// Each file's findings depend only on the files on disk, never on which thread read them, so the
// output is the single-threaded one: the main thread prints its own stretch as it goes, then each
// worker's results and notes in turn. A stretch's first reports read their earlier weeks again:
// one boundary per thread, so a long series pays for a few extra parses, not one per report.
import { on } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UsageError } from './args';
import { toCheckDiagnostic, type CheckedFile } from './check';
import { checkFiles, ensureReadable, type CheckOptions, type Stretch } from './checkFiles';

/**
 * Fewer files than this per thread and a worker's start (loading the bundle again, indexing the
 * folder again: about 100 ms) costs more than its share of the checking saves.
 */
const MIN_FILES_PER_THREAD = 150;
/** Sets the number of threads (1: no workers), for tests and for machines whose cores are busy. */
export const THREADS_VARIABLE = 'WEEKLY_REPORT_CHECK_THREADS';
/** Results sent from a worker in one message: one message per file would cost more than cloning them. */
const BATCH = 32;
/** Files the main thread checks between looks at its workers' messages (a worker's "ready" among them). */
const FILES_PER_TURN = 16;

interface WorkerTask {
  files: readonly string[];
  options: CheckOptions;
  stretch: Stretch;
}

type WorkerEvent =
  | { kind: 'ready' }
  | { kind: 'note'; text: string }
  | { kind: 'checked'; result: CheckedFile }
  | { kind: 'done' }
  | { kind: 'failed'; usage: boolean; message: string };

/**
 * V8 lets the old generation grow to several times what is live before it collects. A check of
 * thousands of reports keeps little alive (a window of parses, bounded caches: 30–60 MB per thread)
 * but allocates gigabytes, so its peak memory was mostly garbage: 535 MB for 10,000 reports on two
 * threads. Growing the heap by at most 30% over what is live holds it near that, for a few percent
 * more time collecting. The flag is read whenever V8 sets the next limit, so setting it before the
 * first report is parsed (and before any worker starts) covers the whole run, workers included.
 */
export function collectSoonerForManyFiles(count: number): void {
  if (count >= MIN_FILES_PER_THREAD) setFlagsFromString('--heap-growing-percent=30');
}

/**
 * How many threads check `count` files: one per idle core, each with enough files to pay for its
 * start. A second thread costs about 40% more CPU in all (a second heap, the bundle compiled and
 * optimised again, the folder indexed again), so it shortens a run only on a core nobody else uses:
 * on a busy machine (load 8 on 2 cores) two threads took longer than one. As `make -l` does, a
 * thread is added only while the last minute's load leaves a core free (Windows reports no load).
 */
export function checkThreads(
  count: number,
  environment: NodeJS.ProcessEnv = process.env,
  machine = { cores: availableParallelism(), load: loadavg()[0] },
): number {
  const asked = Number(environment[THREADS_VARIABLE]);
  if (Number.isInteger(asked) && asked >= 1) return Math.max(1, Math.min(asked, count));
  const idleCores = Math.floor(machine.cores - machine.load + 1);
  return Math.max(1, Math.min(machine.cores, idleCores, Math.floor(count / MIN_FILES_PER_THREAD)));
}

/**
 * `checkFiles` over all of `files` with `threads` threads; `say` and `checked` are called in the
 * order a single thread would call them. An unreadable file is a usage error before anything is
 * handed on, as single-threaded.
 */
export async function checkInThreads(
  files: readonly string[],
  options: CheckOptions,
  threads: number,
  say: (text: string) => void,
  checked: (result: CheckedFile) => void,
): Promise<void> {
  const [own, ...others] = stretchesOf(files.length, threads);
  const workers = others.map((stretch) => new CheckWorker({ files, options, stretch }));
  try {
    ensureReadable(files.slice(own.start, own.end));
    // Held until every worker has found its files readable: a usage error must come before any output.
    let held: Array<() => void> | undefined = [];
    const ready = Promise.all(workers.map((worker) => worker.ready())).then(() => {
      for (const deliver of held ?? []) deliver();
      held = undefined;
    });
    ready.catch(() => {});
    let count = 0;
    const hand = (deliver: () => void) => (held ? held.push(deliver) : deliver());
    await checkFiles(
      files,
      options,
      (text) => hand(() => say(text)),
      async ({ file, findings }) => {
        hand(() => checked({ file, diagnostics: findings.map(toCheckDiagnostic) }));
        // Checking never waits on I/O: let the workers' messages in now and then.
        if (++count % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      },
      own,
    );
    await ready;
    for (const worker of workers) await worker.drain(say, checked);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** `count` files cut into `threads` consecutive stretches of (nearly) equal length. */
function stretchesOf(count: number, threads: number): Stretch[] {
  return Array.from({ length: threads }, (_, k) => ({
    start: Math.floor((count * k) / threads),
    end: Math.floor((count * (k + 1)) / threads),
  }));
}

/** A worker thread checking one stretch, its messages kept in order until they are drained. */
class CheckWorker {
  private readonly worker: Worker;
  private readonly messages: AsyncIterator<[WorkerEvent[]]>;
  private pending: WorkerEvent[] = [];

  constructor(task: WorkerTask) {
    this.worker = new Worker(__filename, { workerData: task });
    // Listening from the start: messages that arrive before anyone asks are queued, not lost.
    this.messages = on(this.worker, 'message') as AsyncIterator<[WorkerEvent[]]>;
  }

  /** Resolves when the worker found its files readable; throws its usage error otherwise. */
  async ready(): Promise<void> {
    const event = await this.next();
    if (event.kind !== 'ready') this.fail(event);
  }

  /** Hands on the worker's notes and results, in order, until it is done. */
  async drain(say: (text: string) => void, checked: (result: CheckedFile) => void): Promise<void> {
    for (;;) {
      const event = await this.next();
      if (event.kind === 'note') say(event.text);
      else if (event.kind === 'checked') checked(event.result);
      else if (event.kind === 'done') return;
      else this.fail(event);
    }
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private async next(): Promise<WorkerEvent> {
    while (this.pending.length === 0) {
      const { value, done } = await this.messages.next();
      if (done) throw new Error('a check worker stopped');
      this.pending = value[0];
    }
    return this.pending.shift()!;
  }

  private fail(event: WorkerEvent): never {
    const message = event.kind === 'failed' ? event.message : `a check worker said ${event.kind} out of turn`;
    throw event.kind === 'failed' && event.usage ? new UsageError(message) : new Error(message);
  }
}

/** The worker's side: check the stretch it was given and post what a single thread would say, in order. */
export async function runCheckWorker(): Promise<void> {
  const port = parentPort!;
  const { files, options, stretch } = workerData as WorkerTask;
  let batch: WorkerEvent[] = [];
  const post = (event: WorkerEvent) => {
    batch.push(event);
    if (batch.length >= BATCH || event.kind !== 'checked') flush();
  };
  const flush = () => {
    if (batch.length) port.postMessage(batch);
    batch = [];
  };
  try {
    ensureReadable(files.slice(stretch.start, stretch.end));
    post({ kind: 'ready' });
    await checkFiles(
      files,
      options,
      (text) => post({ kind: 'note', text }),
      ({ file, findings }) => post({ kind: 'checked', result: { file, diagnostics: findings.map(toCheckDiagnostic) } }),
      stretch,
    );
    post({ kind: 'done' });
  } catch (e) {
    flush();
    // Worded here in the run's language: only text crosses to the main thread.
    const message = e instanceof UsageError ? e.in(options.locale) : ((e as Error)?.message ?? String(e));
    port.postMessage([{ kind: 'failed', usage: e instanceof UsageError, message }]);
  }
}
