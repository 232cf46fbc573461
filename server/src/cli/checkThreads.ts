// `check` over many files on every idle core. The plan comes first, on the main thread: each named
// file's series folder is indexed once and every named file found readable (`planCheck`). While it
// runs, the machine's idle cores are measured; a worker thread (this same bundle, started again)
// is started for each, so its start overlaps the indexing, and is handed the finished index as
// plain data. The named files are cut into consecutive chunks, larger first, that the threads
// claim one by one from a shared counter: a thread slowed by another process on its core claims
// fewer. Each file's findings depend only on the files on disk, never on which thread read them,
// so the output is the single-threaded one: results and notes are handed on in the files' order,
// a chunk's as soon as every earlier chunk's are out. A chunk's first reports read their earlier
// weeks again: a few extra parses per chunk, not one per report.
import { availableParallelism, cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UsageError } from './args';
import { toCheckDiagnostic, type CheckedFile } from './check';
import { createChecker, planCheck, type CheckOptions, type Stretch } from './checkFiles';
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
  | { kind: 'events'; chunk: number; events: CheckEvent[]; done: boolean }
  | { kind: 'finished' }
  | { kind: 'failed'; usage: boolean; message: string };

/** Given when the worker starts (while the main thread indexes). */
interface WorkerTask {
  files: readonly string[];
  options: CheckOptions;
}

/** Sent once the plan is made. */
interface WorkerStart {
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

/** The CPU time all cores spent idle up to `at` (ms, summed over cores), as `os.cpus()` counts it. */
export interface CpuSample {
  at: number;
  idleMs: number;
}

export function sampleCpus(): CpuSample {
  return { at: performance.now(), idleMs: cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0) };
}

/** How many cores were idle, on average, between two samples. */
export function idleCoresBetween(first: CpuSample, second: CpuSample): number {
  const wall = second.at - first.at;
  return wall > 0 ? Math.max(0, (second.idleMs - first.idleMs) / wall) : 0;
}

/**
 * How many threads check `count` files: this one, plus one per core that was idle while this
 * thread was busy indexing (`idleCores`, rounded to the nearest core), each with enough files to
 * pay for its start. A thread on a core another process keeps busy only slows both down, so on a
 * machine with a busy process on every core it is one thread. The idleness is the machine's now,
 * not an average over the last minute: a run that follows other work on a quiet machine gets
 * its threads.
 */
export function checkThreads(
  count: number,
  environment: NodeJS.ProcessEnv = process.env,
  machine: { cores: number; idleCores: number },
): number {
  const asked = askedThreads(count, environment);
  if (asked !== undefined) return asked;
  return Math.max(1, Math.min(mostThreads(count, machine.cores), 1 + Math.round(machine.idleCores)));
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
  const workers: CheckWorker[] = [];
  const startWorkers = (threads: number) => {
    for (let k = 1; k < threads; k++) workers.push(new CheckWorker({ files, options }));
  };
  const threadsWanted = decideThreads(files.length, environment, startWorkers);
  try {
    const indexed = await planCheck(files, options);
    const threads = threadsWanted();
    const chunks = chunksOf(files.length, threads);
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const inOrder = new InOrder(chunks.length, say, checked);
    for (const worker of workers) worker.start({ indexed, chunks, claims }, inOrder);
    await checkClaimedChunks(createChecker(files, options, indexed), chunks, new Int32Array(claims), inOrder);
    await inOrder.finished;
  } finally {
    for (const worker of workers) void worker.terminate();
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
    threads ??= checkThreads(count, {}, { cores, idleCores: idleCoresBetween(first, sampleCpus()) });
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
  for (let chunk = Atomics.add(claims, 0, 1); chunk < chunks.length; chunk = Atomics.add(claims, 0, 1)) {
    await checker.check(
      chunks[chunk],
      (text) => inOrder.add(chunk, [{ kind: 'note', text }]),
      async ({ file, findings }) => {
        inOrder.add(chunk, [{ kind: 'checked', result: { file, diagnostics: findings.map(toCheckDiagnostic) } }]);
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

/** A worker thread: started early, given the plan, claiming chunks until none is left. */
class CheckWorker {
  private readonly worker: Worker;

  constructor(task: WorkerTask) {
    this.worker = new Worker(__filename, { workerData: task });
  }

  start(plan: WorkerStart, inOrder: InOrder): void {
    let finished = false;
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'events') {
        inOrder.add(message.chunk, message.events);
        if (message.done) inOrder.end(message.chunk);
      } else if (message.kind === 'finished') finished = true;
      else inOrder.fail(message.usage ? new UsageError(message.message) : new Error(message.message));
    });
    this.worker.on('error', (error) => inOrder.fail(error));
    this.worker.on('exit', () => {
      if (!finished) inOrder.fail(new Error('a check worker stopped'));
    });
    this.worker.postMessage(plan);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/** The worker's side: wait for the plan, then check claimed chunks and post what a single thread would say, in order. */
export async function runCheckWorker(): Promise<void> {
  const port = parentPort!;
  const { files, options } = workerData as WorkerTask;
  try {
    const [plan] = (await new Promise((resolve) => port.once('message', (message) => resolve([message])))) as [WorkerStart];
    const checker = createChecker(files, options, plan.indexed);
    const claims = new Int32Array(plan.claims);
    for (let chunk = Atomics.add(claims, 0, 1); chunk < plan.chunks.length; chunk = Atomics.add(claims, 0, 1)) {
      let events: CheckEvent[] = [];
      const post = (event: CheckEvent) => {
        events.push(event);
        if (events.length < BATCH) return;
        port.postMessage({ kind: 'events', chunk, events, done: false } satisfies WorkerMessage);
        events = [];
      };
      await checker.check(
        plan.chunks[chunk],
        (text) => post({ kind: 'note', text }),
        ({ file, findings }) => post({ kind: 'checked', result: { file, diagnostics: findings.map(toCheckDiagnostic) } }),
      );
      port.postMessage({ kind: 'events', chunk, events, done: true } satisfies WorkerMessage);
    }
    port.postMessage({ kind: 'finished' } satisfies WorkerMessage);
  } catch (e) {
    port.postMessage({
      kind: 'failed',
      usage: e instanceof UsageError,
      message: (e as Error)?.message ?? String(e),
    } satisfies WorkerMessage);
  }
}
