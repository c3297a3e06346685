// placeholder until the abort branch merges
import { AsyncLocalStorage } from "async_hooks";
const scope = new AsyncLocalStorage<AbortSignal>();
export function runWithAbortSignal<T>(signal: AbortSignal, fn: () => Promise<T>): Promise<T> { return scope.run(signal, fn); }
