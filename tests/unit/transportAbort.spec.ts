/**
 * The transport under the abort scope's signal (a custom timeout or a cancellation of the resource-provider plugin):
 * a request in flight, the pacer's wait and a backoff end at once with the signal's reason in one error that is not
 * retried; an already aborted signal makes no request; without a scope nothing changes. Through the fault proxy in
 * front of the local Cognito API, which answers slowly (`delay`) where a request must hang past the abort.
 */
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, DescribeUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { expect } from "chai";
import { runWithAbortSignal, timeoutSignal } from "../../provider/abort";
import { RetryPolicy, UserPoolClientApi } from "../../provider/aws";
import { CognitoApiError, CognitoCallAbortedError } from "../../provider/errors";
import { createUserPool, deleteUserPool, directSdk, useFaultProxy } from "../support/cognito";
import { Fault, faults } from "../support/faultProxy";

const settled = <T>(p: Promise<T>) => p.then(() => undefined, (error: unknown) => error as Error);
/** Waits until `condition` holds, for at most `ms`. */
const until = async (condition: () => boolean, ms = 2000) => {
    for (const end = Date.now() + ms; !condition() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("the transport under the abort scope", () => {
    const proxy = useFaultProxy();
    const sdk = () => directSdk();
    let userPoolId: string;
    let clientId: string;
    const api = (retry: Partial<RetryPolicy> = { baseDelayMs: 1, maxDelayMs: 20 }) => new UserPoolClientApi({ region: "us-east-1", retry });

    before(async () => {
        userPoolId = await createUserPool(sdk(), "abort");
        clientId = (await sdk().send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "present" }))).UserPoolClient!.ClientId!;
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk(), userPoolId);
    });

    /** Every kind of request the transport sends: the client's own operations, an SDK command by name, and one on the wire. */
    const operations: { name: string; operation: string; run: (a: UserPoolClientApi) => Promise<unknown>; action: () => string }[] = [
        { name: "find", operation: "DescribeUserPoolClient", run: (a) => a.find(userPoolId, clientId), action: () => `reading Cognito user pool client (${userPoolId}/${clientId})` },
        { name: "create", operation: "CreateUserPoolClient", run: (a) => a.create({ UserPoolId: userPoolId, ClientName: "aborted" }), action: () => `creating Cognito user pool client (aborted in ${userPoolId})` },
        { name: "update", operation: "UpdateUserPoolClient", run: (a) => a.update({ UserPoolId: userPoolId, ClientId: clientId, ClientName: "present" }), action: () => `updating Cognito user pool client (${userPoolId}/${clientId})` },
        { name: "delete", operation: "DeleteUserPoolClient", run: (a) => a.delete(userPoolId, "notaclient1"), action: () => `deleting Cognito user pool client (${userPoolId}/notaclient1)` },
        { name: "list", operation: "ListUserPoolClients", run: (a) => a.list(userPoolId), action: () => `listing Cognito user pool client (clients of ${userPoolId})` },
        {
            name: "request (an SDK command)",
            operation: "GetUserPoolClientSessionConfiguration",
            run: (a) => a.request("GetUserPoolClientSessionConfiguration", { UserPoolId: userPoolId, ClientId: clientId }, { action: "reading the SSO session of", target: `${userPoolId}/${clientId}` }),
            action: () => `reading the SSO session of Cognito user pool client (${userPoolId}/${clientId})`,
        },
        {
            name: "request (on the wire)",
            operation: "ListCIMDPolicies",
            run: (a) => a.request("ListCIMDPolicies", { UserPoolId: userPoolId }, { action: "listing the CIMD policies of", target: `${userPoolId}/${clientId}` }),
            action: () => `listing the CIMD policies of Cognito user pool client (${userPoolId}/${clientId})`,
        },
    ];

    for (const { name, operation, run, action } of operations) {
        it(`${name}: an abort while the request hangs ends it at once with the reason, and the request is hung up`, async () => {
            // Answered after 2 s; the signal aborts after 0.2 s.
            proxy().inject(operation, faults.delay(2000));
            const started = Date.now();
            const error = await settled(runWithAbortSignal(timeoutSignal(200, new Error("timed out after 0.2s (customTimeouts.read)")), () => run(api())));

            expect(Date.now() - started).to.be.below(1500);
            expect(error).to.be.instanceOf(CognitoCallAbortedError);
            const note = operation === "CreateUserPoolClient" ? "; the request may have created the client before it was aborted" : "";
            expect(error!.message).to.equal(`${action()}: timed out after 0.2s (customTimeouts.read)${note}`);
            expect((error as CognitoCallAbortedError).inFlight).to.equal(true);
            // The SDK ended the HTTP request itself: the proxy sees the connection close (a moment later).
            await until(() => proxy().calls[0]?.callerHungUp === true, 500);
            expect(proxy().calls.map((c) => [c.operation, c.callerHungUp])).to.deep.equal([[operation, true]]);
        });
    }

    for (const { name, operation, run, action } of operations) {
        it(`${name}: an already aborted signal makes no request`, async () => {
            const error = await settled(runWithAbortSignal(AbortSignal.abort("cancelled"), () => run(api())));
            expect(error?.message).to.equal(`${action()}: cancelled`);
            expect((error as CognitoCallAbortedError).inFlight).to.equal(false);
            expect(proxy().calls, operation).to.deep.equal([]);
        });
    }

    /** Waits between attempts: a backoff after a 500 (the longest, by a random number near 1), the pacer's after a throttle. */
    const waits: { wait: string; fault: Fault; retry: Partial<RetryPolicy>; waitsMs: number }[] = [
        { wait: "a backoff", fault: faults.internalError(500), retry: { baseDelayMs: 20_000, maxDelayMs: 20_000 }, waitsMs: 19_800 },
        { wait: "the pacer's wait for its turn", fault: faults.tooManyRequests(), retry: { baseDelayMs: 1, maxDelayMs: 20_000 }, waitsMs: 1250 },
    ];
    for (const { wait, fault, retry, waitsMs } of waits) {
        it(`an abort during ${wait} (${waitsMs} ms) ends it at once and makes no further attempt`, async () => {
            proxy().inject("DescribeUserPoolClient", fault);
            const random = Math.random;
            Math.random = () => 0.99;
            try {
                const controller = new AbortController();
                const calling = settled(runWithAbortSignal(controller.signal, () => api(retry).find(userPoolId, clientId)));
                // The fault is answered; the transport is then waiting.
                await until(() => proxy().calls[0]?.status !== undefined);
                await new Promise((resolve) => setTimeout(resolve, 100));
                const abortedAt = Date.now();
                controller.abort(new Error("cancelled"));
                const error = await calling;

                expect(Date.now() - abortedAt).to.be.below(200);
                expect(error?.message).to.equal(`reading Cognito user pool client (${userPoolId}/${clientId}): cancelled`);
                expect((error as CognitoCallAbortedError).inFlight).to.equal(false);
                expect((error as CognitoCallAbortedError).attempts, "requests sent").to.equal(1);
                await new Promise((resolve) => setTimeout(resolve, waitsMs < 2000 ? waitsMs : 100)); // past the pacer's wait: still no attempt
                expect(proxy().calls.map((c) => c.operation)).to.deep.equal(["DescribeUserPoolClient"]);
            } finally {
                Math.random = random;
            }
        });
    }

    it("an abort during an ambiguous create's recovery makes no further call, and says the client may exist", async () => {
        proxy().inject("CreateUserPoolClient", faults.internalErrorAfterForward(500));
        proxy().inject("ListUserPoolClients", faults.delay(2000));
        const error = await settled(
            runWithAbortSignal(timeoutSignal(300, new Error("timed out after 0.3s (customTimeouts.create)")), () => api().create({ UserPoolId: userPoolId, ClientName: "recovering" })),
        );

        expect(error?.message).to.equal(`creating Cognito user pool client (recovering in ${userPoolId}): timed out after 0.3s (customTimeouts.create); the request may have created the client before it was aborted`);
        expect(proxy().calls.map((c) => c.operation)).to.deep.equal(["CreateUserPoolClient", "ListUserPoolClients"]);
    });

    const scopes: { scope: string; run: <T>(fn: () => Promise<T>) => Promise<T> }[] = [
        { scope: "without a scope", run: (fn) => fn() },
        { scope: "in a scope whose signal does not abort", run: (fn) => runWithAbortSignal(new AbortController().signal, fn) },
    ];
    for (const { scope, run } of scopes) {
        it(`${scope}, retries, recovery and hard errors are as they were`, async () => {
            proxy().inject("DescribeUserPoolClient", faults.internalError(503), 2);
            const found = await run(() => api().find(userPoolId, clientId));
            expect(found?.ClientId).to.equal(clientId);

            proxy().inject("CreateUserPoolClient", faults.dropAfterForward());
            const created = await run(() => api().create({ UserPoolId: userPoolId, ClientName: `recovered ${scope}` }));
            expect(created.ClientName).to.equal(`recovered ${scope}`);

            proxy().inject("UpdateUserPoolClient", faults.limitExceeded());
            const error = await settled(run(() => api().update({ UserPoolId: userPoolId, ClientId: clientId, ClientName: "present" })));
            expect(error).to.be.instanceOf(CognitoApiError);
            expect((error as CognitoApiError).awsErrorName).to.equal("LimitExceededException");

            expect(proxy().calls.map((c) => c.operation)).to.deep.equal([
                "DescribeUserPoolClient", "DescribeUserPoolClient", "DescribeUserPoolClient",
                "CreateUserPoolClient", "ListUserPoolClients", "DescribeUserPoolClient",
                "UpdateUserPoolClient",
            ]);
            await api().delete(userPoolId, created.ClientId!);
        });
    }
});

/*
 * A send that never settles and ignores its abort signal (an SDK stuck before the HTTP request, e.g. resolving
 * credentials) is what the local API cannot produce, so this one case stubs the SDK client (aws-sdk-client-mock).
 */
describe("the transport under the abort scope: a send that ignores its signal", () => {
    let mock: ReturnType<typeof mockClient>;
    before(() => {
        mock = mockClient(CognitoIdentityProviderClient);
    });
    beforeEach(() => mock.reset());
    after(() => mock.restore());

    it("still ends at once on abort, and gives the SDK the scope's signal (no options outside a scope)", async () => {
        mock.on(DescribeUserPoolClientCommand).callsFake(() => new Promise(() => {}));
        const signal = timeoutSignal(100, new Error("timed out after 0.1s (customTimeouts.read)"));
        const api = new UserPoolClientApi({ region: "us-east-1" });

        const error = await settled(runWithAbortSignal(signal, () => api.find("us-east-1_Mocked123", "client1")));

        expect(error?.message).to.equal("reading Cognito user pool client (us-east-1_Mocked123/client1): timed out after 0.1s (customTimeouts.read)");
        expect(mock.send.callCount).to.equal(1);
        expect((mock.send.firstCall.args as unknown[])[1]).to.deep.equal({ abortSignal: signal });

        mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: { ClientId: "client1" } });
        expect((await api.find("us-east-1_Mocked123", "client1"))?.ClientId).to.equal("client1");
        expect((mock.send.secondCall.args as unknown[])[1]).to.equal(undefined);
    });
});
