/**
 * Bad input through the real engine: a corpus of invalid argument sets (and `import` options), each previewed as
 * the clients program with the recording proxy as the Cognito endpoint. Every row must fail at preview with a
 * message that names the property, the rule and the value received (never a secret's value), with zero Cognito
 * calls and no client in the pool. A few valid rows at the exact edges must preview successfully.
 *
 * The engine stops a preview at the first resource whose check fails (verified: twenty bad clients in one preview
 * report only the first), so each row is its own preview. Rows are previewed by two workers, each with its own
 * stack, proxy and user pool; each `it` asserts its own row's result.
 */
import { expect } from "chai";
import * as path from "path";
import { createUserPool, directSdk, listClients } from "../support/cognito";
import { FaultProxy, startFaultProxy } from "../support/faultProxy";
import { motoEndpoint } from "../support/hooks";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";
import { INVALID_ROWS as ROWS, Row, VALID_ROWS } from "../support/badInputCorpus";

interface Outcome {
    ok: boolean;
    output: string;
    calls: number;
    counts: Record<string, number>;
    clients: number;
    changeSummary?: Record<string, number>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The error lines of one property: `... property <p> value {<v>} has a problem: <p> <reason>`. */
function problemLines(output: string, property: string): string[] {
    const pattern = new RegExp(`property ${escape(property)} value \\{.*\\} has a problem: ${escape(property)} `);
    return output.split("\n").filter((line) => pattern.test(line));
}

interface Worker {
    stack: LocalStack;
    proxy: FaultProxy;
    userPoolId: string;
}

const WORKERS = 2;

describe("bad input through the engine: preview fails, names property, rule and value, calls nothing", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;
    const workers: Worker[] = [];
    const outcomes = new Map<Row, Promise<Outcome>>();
    const all = [...ROWS, ...VALID_ROWS];

    async function preview(worker: Worker, row: Row): Promise<Outcome> {
        const args: Record<string, unknown> = { name: "client", userPoolId: worker.userPoolId, ...row.args };
        const spec: Record<string, unknown> = { args: JSON.parse(JSON.stringify(args)) };
        if (row.import !== undefined) spec.import = row.import;
        if (row.secretArgs) spec.secretArgs = row.secretArgs;
        await worker.stack.stack.setConfig("clients", { value: JSON.stringify({ client: spec }) });
        worker.proxy.reset();
        let output = "";
        let outcome: Outcome;
        try {
            const result = await worker.stack.stack.preview({ onOutput: (d) => (output += d) });
            outcome = { ok: true, output, changeSummary: result.changeSummary as Record<string, number>, calls: 0, counts: {}, clients: 0 };
        } catch (e) {
            outcome = { ok: false, output: output + "\n" + (e as Error).message, calls: 0, counts: {}, clients: 0 };
        }
        outcome.calls = worker.proxy.calls.length;
        outcome.counts = worker.proxy.countsByOperation();
        outcome.clients = (await listClients(sdk, worker.userPoolId)).length;
        return outcome;
    }

    before(async function () {
        this.timeout(600_000);
        expect(ROWS.length).to.be.at.least(60);
        sdk = directSdk();
        installPackedPackage();
        for (let i = 0; i < WORKERS; i++) {
            const proxy = await startFaultProxy({ target: motoEndpoint() });
            const stack = await localStack(copyProgram(path.join(PROGRAMS, "clients"), `bad-input-${i}`), proxy.endpoint);
            workers.push({ stack, proxy, userPoolId: await createUserPool(sdk, `bad-input-${i}`) });
        }
        // Two workers take rows from one queue; each row's outcome is awaited by its own test.
        const queue = [...all];
        const settle = new Map<Row, (o: Promise<Outcome>) => void>();
        for (const row of all) outcomes.set(row, new Promise((resolve) => settle.set(row, (o) => resolve(o))));
        for (const worker of workers) {
            void (async () => {
                for (let row = queue.shift(); row; row = queue.shift()) {
                    const outcome = preview(worker, row);
                    settle.get(row)!(outcome);
                    await outcome.catch(() => undefined);
                }
            })();
        }
    });

    after(async () => {
        for (const w of workers) await w.proxy.stop();
    });

    for (const row of ROWS) {
        it(`fails: ${row.title}`, async () => {
            const outcome = await outcomes.get(row)!;
            const dump = outcome.output.slice(-6000);
            expect(outcome.ok, dump).to.equal(false);
            for (const expected of row.fails!) {
                const lines = problemLines(outcome.output, expected.property);
                expect(lines, `no problem reported on ${expected.property}:\n${dump}`).to.not.be.empty;
                const reason = lines[0].slice(lines[0].indexOf("has a problem: ") + "has a problem: ".length);
                expect(reason, dump).to.match(expected.rule);
                expect(lines[0], dump).to.include(expected.received);
            }
            for (const secret of row.hidden ?? []) expect(outcome.output, "a secret value was printed").to.not.include(secret);
            expect(outcome.counts, "Cognito calls").to.deep.equal({});
            expect(outcome.calls).to.equal(0);
            expect(outcome.clients, "clients in the pool").to.equal(0);
        });
    }

    for (const row of VALID_ROWS) {
        it(`previews: ${row.title}`, async () => {
            const outcome = await outcomes.get(row)!;
            expect(outcome.ok, outcome.output.slice(-6000)).to.equal(true);
            expect(outcome.changeSummary).to.deep.equal({ create: 2 });
            for (const secret of row.hidden ?? []) expect(outcome.output, "a secret value was printed").to.not.include(secret);
            expect(outcome.counts, "Cognito calls").to.deep.equal({});
            expect(outcome.clients).to.equal(0);
        });
    }

    it("the proxy is the endpoint the provider uses: an up through the same stack is recorded, and so is the destroy", async () => {
        await Promise.all(all.map((row) => outcomes.get(row)!.catch(() => undefined)));
        const worker = workers[0];
        await worker.stack.stack.setConfig("clients", { value: JSON.stringify({ client: { args: { name: "client", userPoolId: worker.userPoolId } } }) });
        worker.proxy.reset();
        await worker.stack.stack.up();
        expect(worker.proxy.countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1 });
        expect(await listClients(sdk, worker.userPoolId)).to.have.length(1);
        await worker.stack.stack.destroy();
        expect(worker.proxy.countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1, DeleteUserPoolClient: 1 });
        expect(await listClients(sdk, worker.userPoolId)).to.have.length(0);
    });
});
