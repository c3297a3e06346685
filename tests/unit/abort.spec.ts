/**
 * The abort scope (provider/abort.ts): the signal is visible to everything a step awaits, waits end at once on abort
 * with the signal's reason, and without a scope nothing is abortable.
 */
import { expect } from "chai";
import { getEventListeners } from "events";
import { abortReasonText, abortable, currentAbortSignal, formatDuration, runWithAbortSignal, sleep, timeoutSignal } from "../../provider/abort";

const settled = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));
const tick = () => new Promise((resolve) => setImmediate(resolve));
const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe("the abort scope", () => {
    it("has no signal outside a scope", () => {
        expect(currentAbortSignal()).to.equal(undefined);
    });

    it("carries its signal through awaits and timers, and not past its end", async () => {
        const { signal } = new AbortController();
        const seen = await runWithAbortSignal(signal, async () => {
            const before = currentAbortSignal();
            await tick();
            const afterTimer = await new Promise((resolve) => setTimeout(() => resolve(currentAbortSignal()), 1));
            return [before, currentAbortSignal(), afterTimer];
        });
        expect(seen).to.deep.equal([signal, signal, signal]);
        expect(currentAbortSignal()).to.equal(undefined);
    });

    const nested: { aborts: "outer" | "inner"; reason: string }[] = [
        { aborts: "outer", reason: "cancelled" },
        { aborts: "inner", reason: "timed out after 1s (customTimeouts.read)" },
    ];
    for (const { aborts, reason } of nested) {
        it(`inside another scope, aborts when the ${aborts} signal does`, async () => {
            const outer = new AbortController();
            const inner = new AbortController();
            const signal = runWithAbortSignal(outer.signal, () => runWithAbortSignal(inner.signal, () => currentAbortSignal()))!;
            expect(signal.aborted).to.equal(false);
            (aborts === "outer" ? outer : inner).abort(reason);
            expect(signal.aborted).to.equal(true);
            expect(signal.reason).to.equal(reason);
        });
    }

    describe("abortable", () => {
        const never = () => new Promise<string>(() => {});
        /** `signal`: none, one that stays live, one aborted before the call, or one aborted once the wait has started. */
        const rows: { name: string; signal: "none" | "live" | "aborted" | "aborts"; wait: () => Promise<string>; outcome: { value?: string; error?: string }; called: boolean }[] = [
            { name: "without a signal, is the wait itself", signal: "none", wait: async () => "done", outcome: { value: "done" }, called: true },
            { name: "with a live signal, resolves as the wait does", signal: "live", wait: async () => "done", outcome: { value: "done" }, called: true },
            { name: "passes the wait's own failure on", signal: "live", wait: () => Promise.reject(new Error("Rate exceeded")), outcome: { error: "Rate exceeded" }, called: true },
            { name: "ends a wait that never ends when the signal aborts, with its reason", signal: "aborts", wait: never, outcome: { error: "cancelled" }, called: true },
            { name: "rejects an already aborted signal without starting the wait", signal: "aborted", wait: never, outcome: { error: "cancelled" }, called: false },
        ];
        for (const row of rows) {
            it(row.name, async () => {
                const controller = new AbortController();
                if (row.signal === "aborted") controller.abort("cancelled");
                let called = false;
                const result = settled(abortable(() => ((called = true), row.wait()), row.signal === "none" ? undefined : controller.signal));
                if (row.signal === "aborts") {
                    await tick();
                    controller.abort("cancelled");
                }
                const { value, error } = (await result) as { value?: string; error?: unknown };
                expect({ value, error: error instanceof Error ? error.message : error }).to.deep.equal({ value: row.outcome.value, error: row.outcome.error });
                expect(called).to.equal(row.called);
            });
        }

        it("reads the scope's signal when given none", async () => {
            const controller = new AbortController();
            const result = runWithAbortSignal(controller.signal, () => settled(abortable(never)));
            controller.abort("cancelled");
            expect(await result).to.deep.equal({ error: "cancelled" });
        });

        it("leaves no listener on the signal once the wait settles", async () => {
            const { signal } = new AbortController();
            for (let i = 0; i < 20; i++) await abortable(async () => i, signal);
            await settled(abortable(() => Promise.reject(new Error("failed")), signal));
            expect(getEventListeners(signal, "abort")).to.have.length(0);
        });
    });

    describe("sleep", () => {
        it("ends at once on abort, with the reason, and clears its timer", async () => {
            const controller = new AbortController();
            await tick(); // mocha arms its own timeout timer once the test has returned its promise
            const before = timers();
            const started = Date.now();
            const slept = settled(sleep(60_000, controller.signal));
            expect(timers()).to.equal(before + 1);
            controller.abort(new Error("cancelled"));
            const { error } = (await slept) as { error?: Error };
            expect(error?.message).to.equal("cancelled");
            expect(Date.now() - started).to.be.below(1000);
            expect(timers()).to.equal(before);
        });

        it("without a signal, waits as setTimeout does", async () => {
            const started = Date.now();
            await sleep(30);
            expect(Date.now() - started).to.be.at.least(25);
        });
    });

    describe("timeoutSignal", () => {
        it("aborts after the time with the reason given, or says how long it waited", async () => {
            const given = timeoutSignal(20, new Error("timed out after 20ms (customTimeouts.delete)"));
            const plain = timeoutSignal(20);
            expect([given.aborted, plain.aborted]).to.deep.equal([false, false]);
            await sleep(60);
            expect([(given.reason as Error).message, (plain.reason as Error).message]).to.deep.equal(["timed out after 20ms (customTimeouts.delete)", "timed out after 20ms"]);
        });
    });

    describe("what a reason says", () => {
        const rows: { reason: () => unknown; says: string }[] = [
            { reason: () => new Error("timed out after 2s (customTimeouts.create)"), says: "timed out after 2s (customTimeouts.create)" },
            { reason: () => "cancelled", says: "cancelled" },
            { reason: () => AbortSignal.abort().reason, says: "aborted" },
            { reason: () => new DOMException("The operation was aborted due to timeout", "TimeoutError"), says: "timed out" },
            { reason: () => undefined, says: "aborted" },
        ];
        for (const { reason, says } of rows) {
            it(`"${says}" for ${String(reason()).slice(0, 60)}`, () => {
                expect(abortReasonText(reason())).to.equal(says);
            });
        }

        const durations: [number, string][] = [[250, "250ms"], [1000, "1s"], [1500, "1.5s"], [120_000, "120s"]];
        for (const [ms, text] of durations) {
            it(`reads ${ms} ms as ${text}`, () => expect(formatDuration(ms)).to.equal(text));
        }
    });
});
