/**
 * Retries through the fault proxy: what Cognito answers under load or failure, and what the user sees.
 * Transient failures (throttling, concurrent modification, 5xx, broken connections) are retried past the SDK's
 * default of three attempts; hard errors (quotas, validation) fail on the first attempt with AWS's words.
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { UserPoolClientProvider } from "../../provider/provider";
import { createUserPool, describeClient, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";
import { faults } from "../support/faultProxy";


async function rejection(promise: Promise<unknown>): Promise<Error> {
    try {
        await promise;
    } catch (e) {
        return e as Error;
    }
    throw new Error("expected the call to fail, but it succeeded");
}

describe("integration: retries through the fault proxy", () => {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(() => {
        sdk = directSdk();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "retries");
        provider = newProvider();
        proxy().reset();
    });

    const args = (name: string): UserPoolClientInputs => ({ name, userPoolId, callbackUrls: ["https://a.example.com/cb"] });

    async function created(name: string) {
        const { id, outs } = await provider.create(args(name));
        proxy().reset();
        return { id, outs: outs as UserPoolClientOutputs };
    }

    it("creates a client through a burst of 5 TooManyRequestsException, longer than the SDK's 3 attempts", async () => {
        proxy().inject("CreateUserPoolClient", faults.tooManyRequests(), 5);

        const { id } = await provider.create(args("throttled"));

        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 6 });
        expect(proxy().calls.map((c) => c.status)).to.deep.equal([400, 400, 400, 400, 400, 200]);
        expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
    });

    it("updates a client through ConcurrentModificationException", async () => {
        const { id, outs } = await created("concurrent");
        proxy().inject("UpdateUserPoolClient", faults.concurrentModification(), 3);

        const updated = await provider.update(id, outs, { ...args("concurrent renamed") });

        expect(updated.outs!.name).to.equal("concurrent renamed");
        expect(proxy().countsByOperation()).to.deep.equal({ UpdateUserPoolClient: 4 });
        expect((await describeClient(sdk, userPoolId, id)).ClientName).to.equal("concurrent renamed");
    });

    it("reads a client through HTTP 500 and 503 InternalErrorException", async () => {
        const { id, outs } = await created("flaky reads");
        proxy().inject("DescribeUserPoolClient", faults.internalError(500), 2);
        proxy().inject("DescribeUserPoolClient", faults.internalError(503), 1);

        const read = await provider.read(id, outs);

        expect(read.id).to.equal(id);
        expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 4 });
    });

    it("deletes a client through throttling and a 503", async () => {
        const { id, outs } = await created("flaky delete");
        proxy().inject("DeleteUserPoolClient", faults.tooManyRequests(), 2);
        proxy().inject("DeleteUserPoolClient", faults.internalError(503), 1);

        await provider.delete(id, outs);

        expect(proxy().countsByOperation()).to.deep.equal({ DeleteUserPoolClient: 4 });
        expect(await listClients(sdk, userPoolId)).to.deep.equal([]);
    });

    it("creates exactly one client when a 5xx rejected the first attempt", async () => {
        proxy().inject("CreateUserPoolClient", faults.internalError(503), 1);

        const { id } = await provider.create(args("after 503"));

        expect(proxy().callsOf("CreateUserPoolClient")).to.have.length(2);
        expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
    });

    it("creates exactly one client when the connection dropped before the request was forwarded", async () => {
        proxy().inject("CreateUserPoolClient", faults.dropBeforeForward(), 1);

        const { id } = await provider.create(args("dropped early"));

        const creates = proxy().callsOf("CreateUserPoolClient");
        expect(creates.map((c) => c.forwarded)).to.deep.equal([false, true]);
        expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
    });

    it("reads a client through a dropped connection", async () => {
        const { id, outs } = await created("dropped read");
        proxy().inject("DescribeUserPoolClient", faults.dropBeforeForward(), 2);

        const read = await provider.read(id, outs);

        expect(read.id).to.equal(id);
        expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 3 });
    });

    it("waits for a slow answer instead of retrying it", async () => {
        const { id, outs } = await created("slow");
        proxy().inject("DescribeUserPoolClient", faults.delay(300), 1);

        const started = Date.now();
        const read = await provider.read(id, outs);

        expect(read.id).to.equal(id);
        expect(Date.now() - started).to.be.at.least(290);
        expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 1 });
    });

    it("fails at once on LimitExceededException, with AWS's error name and message", async () => {
        proxy().inject("CreateUserPoolClient", faults.limitExceeded(), 1);

        const error = await rejection(provider.create(args("over quota")));

        expect(error.message).to.contain("LimitExceededException");
        expect(error.message).to.contain("The maximum number of app clients for this user pool has been reached.");
        expect(error.message).to.contain("over quota");
        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1 });
        expect(await listClients(sdk, userPoolId)).to.deep.equal([]);
    });

    it("fails at once on a validation error: creating in a user pool that does not exist", async () => {
        const missingPool = "us-east-1_DoesNotExist0";

        const error = await rejection(provider.create({ name: "orphan", userPoolId: missingPool }));

        expect(error.message).to.contain("ResourceNotFoundException");
        expect(error.message).to.contain(missingPool);
        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1 });
    });

    it("fails an update of a client that no longer exists, on the first attempt", async () => {
        const { id, outs } = await created("vanished");
        await provider.delete(id, outs);
        proxy().reset();

        const error = await rejection(provider.update(id, outs, args("vanished 2")));

        expect(error.message).to.match(/^updating Cognito user pool client .*ResourceNotFoundException/);
        expect(proxy().countsByOperation()).to.deep.equal({ UpdateUserPoolClient: 1 });
    });

    it("creates every client of a parallel burst under a request-rate quota", async () => {
        proxy().setQuota(50, { burst: 2 });
        const names = ["q1", "q2", "q3", "q4", "q5", "q6"];

        const results = await Promise.all(names.map((n) => provider.create(args(n))));

        const creates = proxy().callsOf("CreateUserPoolClient");
        expect(creates.filter((c) => c.fault === "quota").length, "some requests exceed the quota").to.be.greaterThan(0);
        expect(creates.filter((c) => c.forwarded)).to.have.length(names.length);
        expect(proxy().callsOf("ListUserPoolClients"), "throttling is not an ambiguous failure").to.have.length(0);
        const live = await listClients(sdk, userPoolId);
        expect(live.map((c) => c.name).sort()).to.deep.equal(names);
        expect(new Set(results.map((r) => r.id)).size).to.equal(names.length);
    });
});
