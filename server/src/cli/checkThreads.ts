// `check` over many files on every idle core. The plan comes first (`planCheck`): each named file's
// series folder is indexed once and every named file found readable. While it runs, the machine's
// idle cores are measured; a worker thread (this same bundle, started again) is started for each,
// so its start overlaps the indexing, and it takes a share of the index's pieces as soon as it is
// up; the finished index is handed to every thread as plain data. The named files are then cut
// into consecutive chunks, larger first, that the threads claim one by one from a shared counter:
// a thread slowed by another process on its core claims fewer. Each file's findings depend only on
// the files on disk, never on which thread read them, so the output is the single-threaded one:
// results and notes are handed on in the files' order, a chunk's as soon as every earlier chunk's
// are out. A chunk's first reports read their earlier weeks again: a few extra parses per chunk.
import { on } from 'node:events';
import { availableParallelism, cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UsageError } from './args';
import { toCheckDiagnostics, type CheckedFile } from './check';
import { createChecker, type CheckOptions, type Stretch } from './checkFiles';
import { indexPiece, planCheck, type IndexedPiece, type IndexPiece } from './checkPlan';
import type { FolderIndexes } from './series';

/**
 * Fewer files than this per thread and a worker's start (loading the bundle again: about 100 ms)
 * costs more than its share of the checking saves.
 */
const MIN_FILES_PER_THREAD = 150;
/** Sets the number of threads (1: no workers), for tests and for machines whose cores are busy. */
export const THREADS_VARIABLE = 'WEEKLY_REPORT_CHECK_THREADS';
/** Results sent from a worker in one message: one message per file would cost more than cloning them. */
const BATCH = 32;
/** Files the main thread checks between looks at its workers' messages. */
const FILES_PER_TURN = 16;
/**
 * How long the machine's idleness is sampled before threads are decided, while the index is being
 * built anyway. The kernel counts CPU time in 10 ms ticks: 100 ms on 2 cores is 20 of them.
 */
const SAMPLE_MS = 100;
/** The last chunks are at least this fraction of a thread's share: smaller ones balance better but each re-reads a few weeks. */
const SMALLEST_CHUNK_SHARE = 1 / 32;

/** What a thread says about the files of one chunk, in order. */
type CheckEvent = { kind: 'note'; text: string } | { kind: 'checked'; result: CheckedFile };

type WorkerMessage =
  | { kind: 'indexed'; piece: number; indexed: IndexedPiece }
  | { kind: 'events'; chunk: number; events: CheckEvent[]; done: boolean }
  | { kind: 'finished' }
  | { kind: 'failed'; usage: boolean; message: string };

/** Given when the worker starts (while the main thread indexes). */
interface WorkerTask {
  files: readonly string[];
  options: CheckOptions;
}

/** The index's pieces, sent as soon as the folders are walked and the worker is started. */
interface WorkerIndexing {
  kind: 'index';
  pieces: readonly IndexPiece[];
  /** One Int32: the next piece to claim, shared by all threads. */
  claims: SharedArrayBuffer;
}

/** Sent once the plan is made. */
interface WorkerStart {
  kind: 'check';
  indexed: FolderIndexes;
  chunks: readonly Stretch[];
  /** One Int32: the next chunk to claim, shared by all threads. */
  claims: SharedArrayBuffer;
}

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
 * Up to `at` (ms): the CPU time all cores spent idle, summed over cores, as `os.cpus()` counts it,
 * and the CPU time this process spent, all its threads included.
 */
export interface CpuSample {
  at: number;
  idleMs: number;
  ownMs: number;
}

export function sampleCpus(): CpuSample {
  const own = process.cpuUsage();
  return { at: performance.now(), idleMs: cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0), ownMs: (own.user + own.system) / 1000 };
}

/**
 * How many cores other processes kept busy, on average, between two samples: the cores not idle
 * less this process's own use. Its own use counts all its threads — libuv's reading files for the
 * index and V8's collecting beside the main thread kept the second core busy while indexing, so
 * "idle cores" alone read a quiet machine as a busy one.
 */
export function othersBusyCoresBetween(first: CpuSample, second: CpuSample, cores: number): number {
  const wall = second.at - first.at;
  if (wall <= 0) return cores;
  const busy = cores - (second.idleMs - first.idleMs) / wall;
  return Math.min(cores, Math.max(0, busy - (second.ownMs - first.ownMs) / wall));
}

/**
 * How many threads check `count` files: one per core other processes leave free (rounded to the
 * nearest core), each with enough files to pay for its start. A thread on a core another process
 * keeps busy only slows both down, so on a machine with a busy process on every core it is one
 * thread. The machine's use is now, not an average over the last minute: a run that follows other
 * work on a quiet machine gets its threads.
 */
export function checkThreads(
  count: number,
  environment: NodeJS.ProcessEnv = process.env,
  machine: { cores: number; othersBusyCores: number },
): number {
  const asked = askedThreads(count, environment);
  if (asked !== undefined) return asked;
  return Math.max(1, Math.min(mostThreads(count, machine.cores), Math.round(machine.cores - machine.othersBusyCores)));
}

/** `WEEKLY_REPORT_CHECK_THREADS` when it is a whole number from 1, up to one thread per file. */
function askedThreads(count: number, environment: NodeJS.ProcessEnv): number | undefined {
  const asked = Number(environment[THREADS_VARIABLE]);
  return Number.isInteger(asked) && asked >= 1 ? Math.max(1, Math.min(asked, count)) : undefined;
}

/** One thread per core at most, each with enough files to pay for its start. */
function mostThreads(count: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(count / MIN_FILES_PER_THREAD)));
}

/**
 * `count` files cut into consecutive chunks for `threads` threads: each about half of what is left
 * per thread, so the first are long (few boundaries) and the last short (threads end together).
 */
export function chunksOf(count: number, threads: number): Stretch[] {
  if (threads <= 1) return [{ start: 0, end: count }];
  const smallest = Math.max(1, Math.ceil((count / threads) * SMALLEST_CHUNK_SHARE));
  const chunks: Stretch[] = [];
  for (let start = 0; start < count;) {
    const end = Math.min(count, start + Math.max(smallest, Math.ceil((count - start) / (2 * threads))));
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/**
 * `check` over all of `files`: the plan, then the files on as many threads as the machine has idle
 * cores for (see `checkThreads`). `say` and `checked` are called in the order a single thread would
 * call them; an unreadable file is a usage error before anything is handed on.
 */
export async function checkMany(
  files: readonly string[],
  options: CheckOptions,
  say: (text: string) => void,
  checked: (result: CheckedFile) => void,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const workers = new CheckWorkers({ files, options });
  const threadsWanted = decideThreads(files.length, environment, (threads) => workers.start(threads - 1));
  try {
    const indexed = await planCheck(files, options, (pieces) => workers.indexWith(pieces, options));
    const threads = threadsWanted();
    const chunks = chunksOf(files.length, threads);
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const inOrder = new InOrder(chunks.length, say, checked);
    workers.check({ kind: 'check', indexed, chunks, claims }, inOrder);
    await checkClaimedChunks(createChecker(files, options, indexed), chunks, new Int32Array(claims), inOrder);
    await inOrder.finished;
  } finally {
    workers.terminate();
  }
}

/**
 * Starts the sampling of the machine's idleness now and answers, when asked, how many threads to
 * use; workers are started (`startWorkers`) as soon as that is known, before it is asked. With
 * `WEEKLY_REPORT_CHECK_THREADS` set, or too few files for a second thread, nothing is sampled.
 */
function decideThreads(count: number, environment: NodeJS.ProcessEnv, startWorkers: (threads: number) => void): () => number {
  const cores = availableParallelism();
  const fixed = askedThreads(count, environment) ?? (mostThreads(count, cores) === 1 ? 1 : undefined);
  if (fixed !== undefined) {
    startWorkers(fixed);
    return () => fixed;
  }
  const first = sampleCpus();
  let threads: number | undefined;
  const decide = () => {
    threads ??= checkThreads(count, {}, { cores, othersBusyCores: othersBusyCoresBetween(first, sampleCpus(), cores) });
    startWorkers(threads);
    return threads;
  };
  const timer = setTimeout(decide, SAMPLE_MS);
  // Planning took less than the sample: decide on what was seen so far.
  return () => {
    clearTimeout(timer);
    return threads ?? decide();
  };
}

/** The main thread's share: chunks claimed until none is left, letting workers' messages in as it goes. */
async function checkClaimedChunks(
  checker: ReturnType<typeof createChecker>,
  chunks: readonly Stretch[],
  claims: Int32Array,
  inOrder: InOrder,
): Promise<void> {
  let count = 0;
  for (let chunk = claim(claims, chunks.length); chunk !== undefined; chunk = claim(claims, chunks.length)) {
    await checker.check(
      chunks[chunk],
      (text) => inOrder.add(chunk, [{ kind: 'note', text }]),
      async ({ file, findings }) => {
        inOrder.add(chunk, [{ kind: 'checked', result: { file, diagnostics: toCheckDiagnostics(findings) } }]);
        // Checking never waits on I/O: let the workers' messages in now and then.
        if (++count % FILES_PER_TURN === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          inOrder.throwIfFailed();
        }
      },
    );
    inOrder.end(chunk);
  }
}

/** Each chunk's events handed on in chunk order, a chunk's as they come once every earlier chunk has ended. */
class InOrder {
  readonly finished: Promise<void>;
  private readonly pending: CheckEvent[][];
  private readonly ended: boolean[];
  private next = 0;
  private failure: Error | undefined;
  private resolve!: () => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly chunks: number,
    private readonly say: (text: string) => void,
    private readonly checked: (result: CheckedFile) => void,
  ) {
    this.pending = Array.from({ length: chunks }, () => []);
    this.ended = new Array<boolean>(chunks).fill(false);
    this.finished = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Awaited only once the main thread's own chunks are done; a failure before is thrown there.
    this.finished.catch(() => {});
  }

  add(chunk: number, events: readonly CheckEvent[]): void {
    this.pending[chunk].push(...events);
    this.handOn();
  }

  end(chunk: number): void {
    this.ended[chunk] = true;
    this.handOn();
  }

  fail(error: Error): void {
    this.failure ??= error;
    this.reject(error);
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private handOn(): void {
    if (this.failure) return;
    while (this.next < this.chunks) {
      const events = this.pending[this.next];
      this.pending[this.next] = [];
      for (const event of events) {
        if (event.kind === 'note') this.say(event.text);
        else this.checked(event.result);
      }
      if (!this.ended[this.next]) return;
      this.next++;
    }
    this.resolve();
  }
}

/** Claims the next of `count` items from a shared counter; undefined when none is left. */
function claim(claims: Int32Array, count: number): number | undefined {
  const next = Atomics.add(claims, 0, 1);
  return next < count ? next : undefined;
}

/**
 * The worker threads of one run: started as soon as the thread count is known, handed the index's
 * pieces (also when started after they were cut), then the plan. A worker's failure (or a worker
 * that stops) fails the run: the indexing waited on, or the check's `InOrder`.
 */
class CheckWorkers {
  private readonly workers: Worker[] = [];
  private indexing?: WorkerIndexing;
  private readonly indexed: IndexedPiece[] = [];
  private indexedCount = 0;
  private indexWaiter?: { resolve: () => void; reject: (error: Error) => void };
  private inOrder?: InOrder;
  private failure?: Error;
  private closing = false;

  constructor(private readonly task: WorkerTask) {}

  start(count: number): void {
    for (let k = 0; k < count; k++) {
      const worker = new Worker(__filename, { workerData: this.task });
      let finished = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'indexed') this.pieceIndexed(message.piece, message.indexed);
        else if (message.kind === 'events') {
          this.inOrder!.add(message.chunk, message.events);
          if (message.done) this.inOrder!.end(message.chunk);
        } else if (message.kind === 'finished') finished = true;
        else this.fail(message.usage ? new UsageError(message.message) : new Error(message.message));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => {
        if (!finished) this.fail(new Error('a check worker stopped'));
      });
      if (this.indexing) worker.postMessage(this.indexing);
      this.workers.push(worker);
    }
  }

  /** A `PieceIndexer`: this thread and the workers (those started, and any started meanwhile) claim pieces in turn. */
  async indexWith(pieces: readonly IndexPiece[], { settings }: CheckOptions): Promise<IndexedPiece[]> {
    this.indexing = { kind: 'index', pieces, claims: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
    for (const worker of this.workers) worker.postMessage(this.indexing);
    const claims = new Int32Array(this.indexing.claims);
    for (let piece = claim(claims, pieces.length); piece !== undefined; piece = claim(claims, pieces.length)) {
      this.pieceIndexed(piece, await indexPiece(pieces[piece], settings));
      if (this.failure) throw this.failure;
    }
    if (this.indexedCount < pieces.length) await new Promise<void>((resolve, reject) => (this.indexWaiter = { resolve, reject }));
    return this.indexed;
  }

  check(plan: WorkerStart, inOrder: InOrder): void {
    this.inOrder = inOrder;
    for (const worker of this.workers) worker.postMessage(plan);
  }

  terminate(): void {
    this.closing = true;
    for (const worker of this.workers) void worker.terminate();
  }

  private pieceIndexed(piece: number, indexed: IndexedPiece): void {
    this.indexed[piece] = indexed;
    if (++this.indexedCount === this.indexing!.pieces.length) this.indexWaiter?.resolve();
  }

  private fail(error: Error): void {
    if (this.closing || this.failure) return;
    this.failure = error;
    this.indexWaiter?.reject(error);
    this.inOrder?.fail(error);
  }
}

/**
 * The worker's side: index the pieces it claims, then check the chunks it claims, posting what a
 * single thread would say about each chunk, in order.
 */
export async function runCheckWorker(): Promise<void> {
  const port = parentPort!;
  const { files, options } = workerData as WorkerTask;
  try {
    for await (const [message] of on(port, 'message') as AsyncIterable<[WorkerIndexing | WorkerStart]>) {
      if (message.kind === 'index') {
        const claims = new Int32Array(message.claims);
        for (let piece = claim(claims, message.pieces.length); piece !== undefined; piece = claim(claims, message.pieces.length)) {
          const indexed = await indexPiece(message.pieces[piece], options.settings);
          port.postMessage({ kind: 'indexed', piece, indexed } satisfies WorkerMessage);
        }
      } else {
        await checkChunks(createChecker(files, options, message.indexed), message, (event) => port.postMessage(event));
        port.postMessage({ kind: 'finished' } satisfies WorkerMessage);
        return;
      }
    }
  } catch (e) {
    port.postMessage({
      kind: 'failed',
      usage: e instanceof UsageError,
      // Worded here in the run's language: only text crosses to the main thread.
      message: e instanceof UsageError ? e.in(options.locale) : ((e as Error)?.message ?? String(e)),
    } satisfies WorkerMessage);
  }
}

/** A worker's chunks, claimed until none is left; its events posted in batches. */
async function checkChunks(
  checker: ReturnType<typeof createChecker>,
  plan: WorkerStart,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  const claims = new Int32Array(plan.claims);
  for (let chunk = claim(claims, plan.chunks.length); chunk !== undefined; chunk = claim(claims, plan.chunks.length)) {
    let events: CheckEvent[] = [];
    const add = (event: CheckEvent) => {
      events.push(event);
      if (events.length < BATCH) return;
      post({ kind: 'events', chunk, events, done: false });
      events = [];
    };
    await checker.check(
      plan.chunks[chunk],
      (text) => add({ kind: 'note', text }),
      ({ file, findings }) => add({ kind: 'checked', result: { file, diagnostics: toCheckDiagnostics(findings) } }),
    );
    post({ kind: 'events', chunk, events, done: true });
  }
}
