import { expect } from "chai";
import { runWithAbortSignal } from "../../provider/abort";
import { AdaptivePacer, Clock, isThrottling } from "../../provider/pacing";

/** A clock that only moves when told, recording every sleep. */
class FakeClock implements Clock {
    time = 10_000;
    sleeps: number[] = [];
    now() {
        return this.time;
    }
    async sleep(ms: number) {
        this.sleeps.push(ms);
        this.time += ms;
    }
}

function pacerWith(successesInLastSecond: number, maxIntervalMs = 5000) {
    const clock = new FakeClock();
    const pacer = new AdaptivePacer(maxIntervalMs, clock);
    for (let i = 0; i < successesInLastSecond; i++) {
        pacer.onSuccess();
        clock.time += 1;
    }
    return { clock, pacer };
}

describe("AdaptivePacer", () => {
    it("does not pace before Cognito first throttles", async () => {
        const { clock, pacer } = pacerWith(50);
        for (let i = 0; i < 20; i++) await pacer.acquire();
        expect(clock.sleeps).to.deep.equal([]);
        expect(pacer.requestsPerSecond).to.equal(undefined);
    });

    const rows: { succeeded: number; rate: number }[] = [
        { succeeded: 10, rate: 8 },
        { succeeded: 5, rate: 4 },
        { succeeded: 1, rate: 0.8 },
        { succeeded: 0, rate: 0.8 }, // throttled before any success: as if one had succeeded
    ];
    for (const { succeeded, rate } of rows) {
        it(`after a throttle with ${succeeded} successes in the last second, paces at ${rate} requests per second`, async () => {
            const { clock, pacer } = pacerWith(succeeded);
            pacer.onThrottle();
            expect(pacer.requestsPerSecond).to.be.closeTo(rate, 1e-9);
            clock.sleeps = [];
            const start = clock.time;
            await pacer.acquire();
            await pacer.acquire();
            expect(clock.time - start).to.be.closeTo(2000 / rate, 1e-6);
        });
    }

    it("decreases once however many requests are throttled together, and again in the next window", () => {
        const { clock, pacer } = pacerWith(10);
        for (let i = 0; i < 8; i++) pacer.onThrottle();
        expect(pacer.requestsPerSecond).to.be.closeTo(8, 1e-9);
        clock.time += 999;
        pacer.onThrottle();
        expect(pacer.requestsPerSecond).to.be.closeTo(8, 1e-9);
        clock.time += 1;
        pacer.onThrottle();
        expect(pacer.requestsPerSecond).to.be.closeTo(0.8, 1e-9); // no success in the last second: as if one
    });

    it("grows by one request per second for every second of successes at the current rate", () => {
        const { pacer } = pacerWith(10);
        pacer.onThrottle();
        for (let i = 0; i < 8; i++) pacer.onSuccess(); // one second at 8 requests per second
        expect(pacer.requestsPerSecond).to.be.within(8.9, 9.0);
    });

    it("never spaces requests further apart than the retry policy's longest delay", async () => {
        const { clock, pacer } = pacerWith(0, 20);
        pacer.onThrottle();
        const start = clock.time;
        for (let i = 0; i < 3; i++) await pacer.acquire(); // the first waits one interval after the throttle
        expect(clock.time - start).to.equal(60);
    });

    it("ends a wait for its turn at once when the abort scope's signal aborts, with the signal's reason", async () => {
        const { clock, pacer } = pacerWith(10);
        clock.sleep = async (ms) => {
            clock.sleeps.push(ms);
            return new Promise<void>(() => {}); // a clock that never wakes: only the abort can end the wait
        };
        pacer.onThrottle();
        const controller = new AbortController();
        const reason = new Error("timed out after 2s (customTimeouts.update)");
        const waiting = runWithAbortSignal(controller.signal, () => pacer.acquire());
        await Promise.resolve();
        controller.abort(reason);
        const error = await waiting.then(() => undefined, (e: unknown) => e);
        expect(error).to.equal(reason);
        expect(clock.sleeps).to.have.length(1);
    });

    it("takes no turn for an already aborted signal, so later requests wait no longer", async () => {
        const { clock, pacer } = pacerWith(10);
        pacer.onThrottle(); // 8 requests per second: 125 ms apart
        const error = await runWithAbortSignal(AbortSignal.abort("cancelled"), () => pacer.acquire()).then(() => undefined, (e: unknown) => e);
        expect(error).to.equal("cancelled");
        expect(clock.sleeps).to.deep.equal([]);
        const start = clock.time;
        await pacer.acquire();
        expect(clock.time - start).to.be.closeTo(125, 1e-6);
    });

    it("recognises Cognito's throttling answers and nothing else", () => {
        expect(isThrottling({ name: "TooManyRequestsException" })).to.equal(true);
        expect(isThrottling({ name: "ThrottlingException" })).to.equal(true);
        for (const name of ["LimitExceededException", "ConcurrentModificationException", "InternalErrorException"]) {
            expect(isThrottling({ name }), name).to.equal(false);
        }
        expect(isThrottling(undefined)).to.equal(false);
    });
});
