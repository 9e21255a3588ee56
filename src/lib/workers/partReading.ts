/// <reference lib="webworker" />
import { readPart } from '../import/readPart.ts';
import type { PartRequest, PartResponse } from './protocol.ts';

/** A queue of one part's messages, taken in order. */
export class Inbox<T> {
  readonly #items: T[] = [];
  #waiting: ((item: T) => void) | null = null;
  put(item: T) {
    if (this.#waiting) {
      const wake = this.#waiting;
      this.#waiting = null;
      wake(item);
    } else this.#items.push(item);
  }
  take(): Promise<T> {
    if (this.#items.length) return Promise.resolve(this.#items.shift()!);
    return new Promise((resolve) => (this.#waiting = resolve));
  }
  /** Whether a message is waiting (take would not wait). */
  get ready(): boolean {
    return this.#items.length > 0;
  }
}

/**
 * Part workers, kept between imports (idle ones cost little; a warm one reads faster): started,
 * and warmed up on the file's head, as soon as a large file is previewed. Worker k is pool[k]; there
 * is no worker 0 (the import worker itself reads too).
 */
const pool: Worker[] = [];

export function partWorker(k: number): Worker {
  return (pool[k] ??= new Worker(new URL('./parsePart.worker.ts', import.meta.url), { type: 'module' }));
}

/** Ends every part worker (after a failed or cancelled import one may still be reading a part no one waits for). */
export function closePool() {
  for (const worker of pool.splice(0)) worker?.terminate();
}

/** Has part workers 1…`count` read the file's head, so that their code is compiled when the rows come. */
export function warmUpWorkers(count: number, request: PartRequest) {
  for (let k = 1; k <= count; k++) partWorker(k).postMessage({ ...request, warmUp: true });
}

/**
 * The parts of one file being read. Parts are taken in file order: `workers` part workers start on parts 1…, each
 * taking the next part not yet taken when it is done with one; the import worker reads part 0 and then, while the
 * part it must merge next is still being read elsewhere, takes the next untaken part itself (`readHere`). So no
 * core idles while a part is left, whatever a core's speed (a part worker starts cold; the import worker also
 * merges and writes). Every part's messages go to its inbox, to be merged in file order.
 */
export class PartReading {
  readonly inboxes: Inbox<PartResponse>[];
  /** Rows and bytes read so far in each part (for progress). */
  readonly rows: number[];
  readonly bytes: number[];
  /** Set once every part is merged: a reading left unfinished (an error, a cancel) ends its workers. */
  finished = false;
  #next = 1;

  constructor(
    readonly job: (k: number) => PartRequest,
    readonly parts: number,
    workers: number
  ) {
    this.inboxes = Array.from({ length: parts }, () => new Inbox<PartResponse>());
    this.rows = new Array<number>(parts).fill(0);
    this.bytes = new Array<number>(parts).fill(0);
    for (let w = 1; w <= workers; w++) this.#assign(partWorker(w));
  }

  /** The next part no one reads yet, taken; null when every part is taken. */
  take(): number | null {
    return this.#next < this.parts ? this.#next++ : null;
  }

  /** Gives `worker` the next untaken part, and the next when it is done with that one. */
  #assign(worker: Worker) {
    const k = this.take();
    if (k === null) return;
    worker.onmessage = (event: MessageEvent<PartResponse>) => {
      const m = event.data;
      if (m.type === 'warm') return; // a warm-up still running when the part was sent
      if (m.type === 'chunk') {
        this.rows[k] = m.rows;
        this.bytes[k] = m.bytes;
      }
      this.inboxes[k].put(m);
      if (m.type === 'done') this.#assign(worker);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.inboxes[k].put({ type: 'error', error: { code: 'error.unexpected', detail: event.message } });
    };
    worker.postMessage(this.job(k));
  }

  /** Reads part `k` here, its messages put in its inbox as a part worker's would be. */
  async readHere(k: number, progress: () => void): Promise<void> {
    const read = await readPart(this.job(k), (chunk, labels, rows, bytes) => {
      this.rows[k] = rows;
      this.bytes[k] = bytes;
      this.inboxes[k].put({ type: 'chunk', chunk, labels, rows, bytes });
      progress();
    });
    this.inboxes[k].put({ type: 'done', ...read });
  }

  /** The next message of part `k`, in order; while none has come and a part is left untaken, that part is read here first. */
  async next(k: number, progress: () => void): Promise<PartResponse> {
    while (!this.inboxes[k].ready) {
      const j = this.take();
      if (j === null) break;
      await this.readHere(j, progress);
    }
    return this.inboxes[k].take();
  }
}
