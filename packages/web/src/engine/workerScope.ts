/**
 * The dedicated-worker global, typed without the WebWorker lib (which clashes with the DOM lib
 * the rest of the app compiles against).
 */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

export const workerScope = (): WorkerScope => globalThis as unknown as WorkerScope;
