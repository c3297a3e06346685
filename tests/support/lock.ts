/**
 * A lock between the processes of a parallel test run (mocha's workers), for what they share on disk: the packed
 * package's install, the acceptance report.
 */
import * as fs from "fs";

/** Runs `fn` holding a lock that other processes taking the same lock wait for (a directory, made atomically). */
export function withDirectoryLock<T>(lock: string, fn: () => T, staleMs = 15 * 60_000): T {
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    for (;;) {
        try {
            fs.mkdirSync(lock);
            break;
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
            // A holder that died without releasing it (a killed run) leaves the lock behind; it is stale after a while.
            try {
                if (Date.now() - fs.statSync(lock).mtimeMs > staleMs) fs.rmSync(lock, { recursive: true, force: true });
            } catch {
                // released meanwhile
            }
            Atomics.wait(sleeper, 0, 0, 200);
        }
    }
    try {
        return fn();
    } finally {
        fs.rmSync(lock, { recursive: true, force: true });
    }
}
