/**
 * Bad input through the real engine, for each face: `pulumi preview` of the clients program with the dynamic
 * UserPoolClient and with the provider plugin's, the recording proxy as the Cognito endpoint. Each face previews a
 * sample of the bad-input corpus (engineSample: the first row of each kind, every row whose value the engine shows
 * itself, every row that must not print a secret); every row goes through both faces' Check over gRPC, which is all
 * the engine prints of it (tests/integration/badInputFaces.spec.ts). Every sample row must fail at preview with a
 * message that names the property, the rule and the value received (never a secret's value), with zero Cognito calls
 * and no client in the pool. The valid rows at the exact edges preview in one program per face, each its own client,
 * each planned as a create.
 *
 * The engine stops a preview at the first resource whose check fails (verified: twenty bad clients in one preview
 * report only the first), so each failing row is its own preview. Each face previews its rows in order on a stack,
 * proxy and user pool of its own, the two faces side by side; each `it` asserts its own row's result.
 */
import { expect } from "chai";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import * as path from "path";
import { createUserPool, directSdk, listClients } from "../support/cognito";
import { FaultProxy, startFaultProxy } from "../support/faultProxy";
import { motoEndpoint } from "../support/hooks";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack, namePlugin } from "../support/stacks";
import { Face, Row, engineSample } from "../support/badInputCorpus";

interface Outcome {
    ok: boolean;
    output: string;
    counts: Record<string, number>;
    clients: number;
    changeSummary?: Record<string, number>;
    /** The operation the preview planned for each client resource, by resource name. */
    planned: Record<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The error lines of one property: `... property <p> value {<v>} has a problem: <p> <reason>`. */
function problemLines(output: string, property: string): string[] {
    const pattern = new RegExp(`property ${escape(property)} value \\{.*\\} has a problem: ${escape(property)} `);
    return output.split("\n").filter((line) => pattern.test(line));
}

interface ClientSpec {
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
}

/** A row as the program's `clients` config declares it: the row's arguments over a named client of the pool. */
function clientSpec(row: Row, userPoolId: string): ClientSpec {
    const spec: ClientSpec = { args: JSON.parse(JSON.stringify({ name: "client", userPoolId, ...row.args })) };
    if (row.import !== undefined) spec.import = row.import;
    if (row.secretArgs) spec.secretArgs = row.secretArgs;
    return spec;
}

interface FaceStack {
    face: Face;
    stack: LocalStack;
    proxy: FaultProxy;
    userPoolId: string;
}

const FACES: Face[] = ["dynamic", "plugin"];
const VALID = "the valid edges";
const validName = (i: number) => `valid-${i}`;

describe("bad input through the engine, both faces: preview fails, names property, rule and value, calls nothing", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;
    const stacks = new Map<Face, FaceStack>();
    const outcomes = new Map<string, Promise<Outcome>>();
    const key = (face: Face, title: string) => `${face}\0${title}`;

    async function preview(f: FaceStack, clients: Record<string, ClientSpec>): Promise<Outcome> {
        await f.stack.stack.setConfig("clients", { value: JSON.stringify(clients) });
        f.proxy.reset();
        let output = "";
        const planned: Record<string, string> = {};
        const onEvent = (event: EngineEvent) => {
            const step = event.resourcePreEvent?.metadata;
            if (step?.urn.includes("UserPoolClient::")) planned[step.urn.split("::").pop()!] = step.op;
        };
        let outcome: Outcome;
        try {
            const result = await f.stack.stack.preview({ onOutput: (d) => (output += d), onEvent });
            outcome = { ok: true, output, changeSummary: result.changeSummary as Record<string, number>, counts: {}, clients: 0, planned };
        } catch (e) {
            outcome = { ok: false, output: output + "\n" + (e as Error).message, counts: {}, clients: 0, planned };
        }
        outcome.counts = f.proxy.countsByOperation();
        outcome.clients = (await listClients(sdk, f.userPoolId)).length;
        return outcome;
    }

    before(async function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
        for (const face of FACES) {
            const proxy = await startFaultProxy({ target: motoEndpoint() });
            const dir = copyProgram(path.join(PROGRAMS, "clients"), `bad-input-${face}`);
            if (face === "plugin") namePlugin(dir);
            const stack = await localStack(dir, proxy.endpoint, { face });
            stacks.set(face, { face, stack, proxy, userPoolId: await createUserPool(sdk, `bad-input-${face}`) });
        }
        // Each face previews its rows in order, the faces side by side; each row's outcome is awaited by its own test.
        for (const f of stacks.values()) {
            const { invalid, valid } = engineSample(f.face);
            const settle = new Map<string, (o: Promise<Outcome>) => void>();
            for (const title of [...invalid.map((r) => r.title), VALID]) outcomes.set(key(f.face, title), new Promise((resolve) => settle.set(title, resolve)));
            void (async () => {
                for (const row of invalid) {
                    const outcome = preview(f, { client: clientSpec(row, f.userPoolId) });
                    settle.get(row.title)!(outcome);
                    await outcome.catch(() => undefined);
                }
                settle.get(VALID)!(preview(f, Object.fromEntries(valid.map((row, i) => [validName(i), clientSpec(row, f.userPoolId)]))));
            })();
        }
    });

    after(async () => {
        for (const f of stacks.values()) await f.proxy.stop();
    });

    for (const face of FACES) {
        const { invalid, valid } = engineSample(face);
        describe(`the ${face === "plugin" ? "provider plugin's" : "dynamic"} UserPoolClient`, () => {
            for (const row of invalid) {
                it(`fails (${row.kind}): ${row.title}`, async () => {
                    const outcome = await outcomes.get(key(face, row.title))!;
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
                    expect(outcome.clients, "clients in the pool").to.equal(0);
                });
            }

            it(`previews the ${valid.length} valid edges in one program, each client planned as a create`, async () => {
                const outcome = await outcomes.get(key(face, VALID))!;
                expect(outcome.ok, outcome.output.slice(-6000)).to.equal(true);
                expect(outcome.changeSummary).to.deep.equal({ create: valid.length + 1 });
                const planned = valid.map((row, i) => `${row.title}: ${outcome.planned[validName(i)]}`);
                expect(planned).to.deep.equal(valid.map((row) => `${row.title}: create`));
                for (const secret of valid.flatMap((row) => row.hidden ?? [])) expect(outcome.output, "a secret value was printed").to.not.include(secret);
                expect(outcome.counts, "Cognito calls").to.deep.equal({});
                expect(outcome.clients).to.equal(0);
            });

            it("the proxy is the endpoint the provider uses: an up through the same stack is recorded, and so is the destroy", async () => {
                await Promise.all([...outcomes.entries()].filter(([k]) => k.startsWith(`${face}\0`)).map(([, o]) => o.catch(() => undefined)));
                const f = stacks.get(face)!;
                await f.stack.stack.setConfig("clients", { value: JSON.stringify({ client: { args: { name: "client", userPoolId: f.userPoolId } } }) });
                f.proxy.reset();
                await f.stack.stack.up();
                expect(f.proxy.countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1 });
                expect(await listClients(sdk, f.userPoolId)).to.have.length(1);
                await f.stack.stack.destroy();
                expect(f.proxy.countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1, DeleteUserPoolClient: 1 });
                expect(await listClients(sdk, f.userPoolId)).to.have.length(0);
            });
        });
    }
});
