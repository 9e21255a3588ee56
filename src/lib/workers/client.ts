/**
 * A typed request/response channel to a worker. Every request carries an id;
 * `latest` requests supersede earlier ones of the same lane, whose answers are dropped.
 */
export class WorkerChannel<Req extends { type: string; id: number }, Res extends { type: string; id: number }> {
  #worker: Worker;
  #nextId = 1;
  #listeners = new Map<number, (message: Res) => void>();

  constructor(worker: Worker) {
    this.#worker = worker;
    this.#worker.onmessage = (event: MessageEvent<Res>) => this.#listeners.get(event.data.id)?.(event.data);
    this.#worker.onerror = (event) => {
      for (const listener of this.#listeners.values()) listener({ type: 'error', id: -1, error: { code: 'error.worker', detail: event.message } } as unknown as Res);
    };
  }

  nextId(): number {
    return this.#nextId++;
  }

  /** Sends a request; `onMessage` receives every response with its id until `release(id)`. */
  send(request: Req, onMessage: (message: Res) => void, transfer: Transferable[] = []): void {
    this.#listeners.set(request.id, onMessage);
    this.#worker.postMessage(request, transfer);
  }

  post(request: Req, transfer: Transferable[] = []): void {
    this.#worker.postMessage(request, transfer);
  }

  release(id: number): void {
    this.#listeners.delete(id);
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
