/**
 * The abort scope: one `AbortSignal` that every Cognito call and every wait beneath a step honours, without a new
 * parameter on any function. A caller that enforces a deadline or a cancellation (the resource-provider plugin's
 * custom timeouts and its Cancel) runs the step in `runWithAbortSignal`; the transport and the pacer read
 * `currentAbortSignal()`. Without a scope nothing is abortable and nothing changes. Pure: no call is made here.
 */
import { AsyncLocalStorage } from "async_hooks";

const scope = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs `fn` with `signal` as the abort signal of everything it calls, awaited work included. Inside another scope,
 * either signal aborts: an inner scope cannot outlive the outer one's deadline or cancellation.
 */
export function runWithAbortSignal<T>(signal: AbortSignal, fn: () => T): T {
    const outer = scope.getStore();
    return scope.run(outer && outer !== signal ? AbortSignal.any([outer, signal]) : signal, fn);
}

/** The abort signal of the current scope, or `undefined` outside any. */
export function currentAbortSignal(): AbortSignal | undefined {
    return scope.getStore();
}

/**
 * A signal that aborts after `ms`, with `reason` (by default an Error "timed out after <duration>"). Its timer does
 * not keep the process alive. `AbortSignal.timeout` cannot carry a reason of the caller's.
 */
export function timeoutSignal(ms: number, reason: unknown = new Error(`timed out after ${formatDuration(ms)}`)): AbortSignal {
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), ms).unref();
    return controller.signal;
}

/** `2000` → "2s", `1500` → "1.5s", `250` → "250ms": how a timeout reads in a message. */
export function formatDuration(ms: number): string {
    return ms < 1000 ? `${Math.round(ms)}ms` : `${Math.round(ms / 100) / 10}s`;
}

/**
 * What a signal's reason says, for a message: an Error's message, a string as it is; the DOM's defaults (what
 * `AbortSignal.timeout` and a bare `abort()` give) as "timed out" and "aborted".
 */
export function abortReasonText(reason: unknown): string {
    if (reason instanceof DOMException && reason.name === "TimeoutError") return "timed out";
    if (reason instanceof DOMException && reason.name === "AbortError") return "aborted";
    if (reason instanceof Error) return reason.message || reason.name;
    if (typeof reason === "string" && reason) return reason;
    return "aborted";
}

/**
 * `wait()`, ended at once when `signal` aborts: the promise then rejects with the signal's reason (as
 * `signal.throwIfAborted()` does), and a signal already aborted rejects without calling `wait` at all. Without a
 * signal it is `wait()` itself. The wait is only abandoned: give it the signal too when it can stop its own work.
 */
export function abortable<T>(wait: () => Promise<T>, signal: AbortSignal | undefined = currentAbortSignal()): Promise<T> {
    if (!signal) return wait();
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        // The listener goes when the wait settles, so that a long-lived signal does not gather one per call.
        const done = () => signal.removeEventListener("abort", onAbort);
        let waiting: Promise<T>;
        try {
            waiting = wait();
        } catch (e) {
            done();
            return reject(e);
        }
        waiting.then(
            (value) => {
                done();
                resolve(value);
            },
            (error) => {
                done();
                reject(error);
            },
        );
    });
}

/** Waits `ms`; on abort, rejects at once with the signal's reason and clears its timer. */
export function sleep(ms: number, signal: AbortSignal | undefined = currentAbortSignal()): Promise<void> {
    if (!signal) return new Promise((resolve) => setTimeout(resolve, ms));
    let timer: NodeJS.Timeout | undefined;
    return abortable(() => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
}
