// Long work in slices: the server answers between them.

/** Lets the event loop answer what waits (requests, timers) before the work goes on. */
export function letTheLoopRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
