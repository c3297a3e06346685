/**
 * Bad input at the provider's two faces, every row of the bad-input corpus, over the gRPC the engine speaks: Check of
 * the provider plugin (`cognito-app-client`), and Check of the engine's dynamic-provider host loading this package
 * from the provider text a dynamic UserPoolClient stores. What a face answers is all the engine prints of bad input
 * (`property <p> value {<v>} has a problem: <reason>`), so each row must be refused with a failure on each expected
 * property whose reason starts with it, matches the rule and shows the value received, never a secret; the valid rows
 * at the exact edges must pass. Nothing may reach Cognito: both processes have the recording proxy as their endpoint.
 *
 * The engine's own part (its rendering of the value, `[secret]`, stopping the preview) is proven through
 * `pulumi preview` for a sample of rows of each kind and face (tests/e2e/badInput.spec.ts).
 */
import { expect } from "chai";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import { clientNameFromResourceName } from "../../provider/mapping";
import { PROVIDER_KEY, PROVIDER_TEXT } from "../../provider/serialized";
import { SECRET_SIGNATURE, SIGNATURE_KEY } from "../../provider/plugin/wire";
import { ROOT } from "../../scripts/engine";
import { Face, INVALID_ROWS, Row, VALID_ROWS, checkedBy, engineRendersReceived, importedByTheEngine } from "../support/badInputCorpus";
import { createUserPool, deleteUserPool, directSdk, listClients, useFaultProxy } from "../support/cognito";
import { RunningPlugin, plain, requests, startDynamicProviderHost, startPlugin } from "../support/plugin";

interface Answer {
    failures: { property: string; reason: string }[];
    /** The inputs Check returned, which the engine goes on with. */
    inputs: Record<string, unknown>;
}

const RESOURCE = "client";
const secret = (value: unknown) => ({ [SIGNATURE_KEY]: SECRET_SIGNATURE, value });

/**
 * The inputs the engine sends a face's Check for the row as the test program declares it (tests/e2e/programs/clients:
 * the row's arguments over a named client of the pool, with each face's UserPoolClient class): the dynamic class
 * names a client without a name after its resource unless it is imported, and hands the import option over as
 * `importId`, beside its provider text; the plugin's class sends the arguments as they are, secrets wrapped.
 */
function engineInputs(face: Face, row: Row, userPoolId: string): Record<string, unknown> {
    const args: Record<string, unknown> = JSON.parse(JSON.stringify({ name: RESOURCE, userPoolId, ...row.args }));
    if (face === "plugin") {
        for (const key of row.secretArgs ?? []) if (key in args) args[key] = secret(args[key]);
        return args;
    }
    const name = args.name ?? (row.import === undefined ? clientNameFromResourceName(RESOURCE) : undefined);
    return JSON.parse(JSON.stringify({ ...args, name, importId: row.import, [PROVIDER_KEY]: PROVIDER_TEXT }));
}

describe("bad input at both faces' Check over gRPC: every corpus row refused naming property, rule and value, nothing called", function () {
    this.timeout(120_000);
    const proxy = useFaultProxy();
    const faces: Partial<Record<Face, RunningPlugin>> = {};
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;

    before(async () => {
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "bad-input-faces");
        // Started after the proxy became the endpoint (useFaultProxy's before runs first), so both talk to it.
        faces.plugin = await startPlugin({ ...process.env });
        faces.dynamic = await startDynamicProviderHost(ROOT, { ...process.env });
        for (const face of Object.values(faces)) await face!.call("configure", requests.configure({}));
    });
    after(async () => {
        for (const face of Object.values(faces)) await face?.stop();
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });

    /** Check of a new resource, as the engine calls it at preview; no call may reach Cognito. */
    async function check(face: Face, row: Row): Promise<Answer> {
        proxy().reset();
        const request = requests.check(RESOURCE, engineInputs(face, row, userPoolId));
        const response = await faces[face]!.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", request);
        expect(proxy().countsByOperation(), "Cognito calls").to.deep.equal({});
        const failures = response.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() }));
        return { failures, inputs: plain(response.getInputs()) ?? {} };
    }

    for (const face of ["dynamic", "plugin"] as const) {
        describe(`the ${face === "plugin" ? "provider plugin's" : "dynamic-provider host's"} Check`, () => {
            for (const row of INVALID_ROWS.filter((r) => checkedBy(face, r))) {
                it(`refuses (${row.kind}): ${row.title}`, async () => {
                    const { failures } = await check(face, row);
                    const dump = JSON.stringify(failures, null, 1);
                    expect(failures, "failures").to.not.be.empty;
                    for (const expected of row.fails!) {
                        const failure = failures.find((f) => f.property === expected.property);
                        expect(failure, `no failure on ${expected.property}: ${dump}`).to.not.equal(undefined);
                        expect(failure!.reason.startsWith(`${expected.property} `), dump).to.equal(true);
                        expect(failure!.reason, dump).to.match(expected.rule);
                        if (!engineRendersReceived(expected)) expect(failure!.reason, dump).to.include(expected.received);
                    }
                    for (const value of row.hidden ?? []) expect(dump, "a secret value in a failure").to.not.include(value);
                });
            }
            for (const row of VALID_ROWS.filter((r) => checkedBy(face, r))) {
                it(`accepts (${row.kind}): ${row.title}`, async () => {
                    const { failures, inputs } = await check(face, row);
                    expect(failures, JSON.stringify(failures)).to.deep.equal([]);
                    // The plugin hands a secret back wrapped, as it came (the dynamic host is sent none).
                    if (face === "plugin") for (const key of row.secretArgs ?? []) expect(inputs[key], key).to.deep.equal(secret(row.args[key]));
                });
            }
        });
    }

    it("the plugin's import by ID (the engine's Read) refuses each malformed ID of the corpus, naming it and the form, calling nothing", async () => {
        const rows = INVALID_ROWS.filter((r) => importedByTheEngine("plugin", r));
        expect(rows).to.not.be.empty;
        for (const row of rows) {
            proxy().reset();
            const error = await faces.plugin!.call("read", requests.read(row.import!, RESOURCE)).then(() => undefined, (e: Error) => e);
            expect(error, `read of ${JSON.stringify(row.import)}`).to.be.instanceOf(Error);
            expect(error!.message).to.include(`invalid Cognito user pool client import ID ${JSON.stringify(row.import)}: expected "<user pool id>/<client id>"`);
            expect(proxy().countsByOperation(), "Cognito calls").to.deep.equal({});
        }
    });

    it("no client was made, and the proxy is the endpoint both faces use: a read through each is recorded", async () => {
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        for (const face of ["dynamic", "plugin"] as const) {
            proxy().reset();
            const stored = face === "dynamic" ? { [PROVIDER_KEY]: PROVIDER_TEXT } : undefined;
            const read = await faces[face]!.call<providerProto.ReadRequest, providerProto.ReadResponse>("read", requests.read(`${userPoolId}/nosuchclient1`, RESOURCE, stored));
            expect(read.getId(), `${face}: a client that does not exist reads as gone`).to.equal("");
            expect(proxy().countsByOperation(), face).to.have.property("DescribeUserPoolClient");
        }
    });
});
