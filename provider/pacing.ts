/**
 * Client-side pacing under throttling. Every call of a provider process for one region goes through one pacer.
 * Until Cognito first throttles, calls are not limited. After a throttle, calls are spaced to a rate just under
 * the rate that succeeded in the last second, then the rate grows by about one request per second each second
 * (additive increase, multiplicative decrease). Throttled requests then retry paced instead of each backing off
 * on its own, so a parallel `pulumi up` runs close to the account's quota instead of far under it. A wait ends at once
 * when the abort scope's signal aborts (`abort.ts`).
 */
import { abortable, currentAbortSignal, sleep } from "./abort";

export interface Clock {
    now(): number;
    sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
};

const WINDOW_MS = 1000;
/** Rate kept after a throttle, as a share of what succeeded in the last second. */
const DECREASE = 0.8;
const MIN_RATE = 0.5;

export class AdaptivePacer {
    /** Requests per second; undefined until the first throttle (no pacing). */
    private rate: number | undefined;
    private nextSlot = 0;
    private lastDecrease = -Infinity;
    private successes: number[] = [];

    /** @param maxIntervalMs the longest spacing between two requests, however low the rate falls */
    constructor(private readonly maxIntervalMs: number, private readonly clock: Clock = SYSTEM_CLOCK) {}

    private interval(): number {
        return Math.min(1000 / this.rate!, this.maxIntervalMs);
    }

    get requestsPerSecond(): number | undefined {
        return this.rate;
    }

    /** Waits for this request's turn; on abort, rejects with the signal's reason. */
    async acquire(): Promise<void> {
        if (this.rate === undefined) return;
        const signal = currentAbortSignal();
        // Aborted already: take no slot, which would delay every later request.
        signal?.throwIfAborted();
        const now = this.clock.now();
        const slot = Math.max(now, this.nextSlot);
        this.nextSlot = slot + this.interval();
        if (slot > now) await abortable(() => this.clock.sleep(slot - now), signal);
    }

    onSuccess(): void {
        const now = this.clock.now();
        this.successes.push(now);
        this.successes = this.successes.filter((t) => t > now - WINDOW_MS);
        if (this.rate !== undefined) this.rate += 1 / this.rate;
    }

    /** One decrease per window, however many requests in flight are throttled together. */
    onThrottle(): void {
        const now = this.clock.now();
        if (now - this.lastDecrease < WINDOW_MS) return;
        this.lastDecrease = now;
        const succeeded = Math.max(1, this.successes.filter((t) => t > now - WINDOW_MS).length);
        this.rate = Math.max(MIN_RATE, Math.min(this.rate ?? succeeded, succeeded) * DECREASE);
        this.nextSlot = Math.max(this.nextSlot, now + this.interval());
    }
}

/** Cognito's answers that mean "slow down". */
export function isThrottling(error: unknown): boolean {
    const name = (error as { name?: string } | undefined)?.name;
    return name === "TooManyRequestsException" || name === "ThrottlingException";
}
