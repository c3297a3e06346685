/**
 * A provider step under the abort scope's signal, as the resource-provider plugin runs it for `customTimeouts` and
 * Cancel, against the local Cognito API with the fault proxy answering slowly: the step fails in about the signal's
 * time with its reason, and makes no call after the abort (no retry, no lookup of a client that may exist, no clean-up).
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { runWithAbortSignal, timeoutSignal } from "../../provider/abort";
import { UserPoolClientInputs } from "../../provider/args";
import { createUserPool, deleteUserPool, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";
import { faults } from "../support/faultProxy";
import { localCognitoMode } from "../support/moto";

const DELAY_MS = 3000;
const settled = (p: Promise<unknown>) => p.then(() => undefined, (error: unknown) => error as Error);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("integration: a step aborted by its custom timeout", () => {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;

    before(async () => {
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "abort", { sessionTracking: localCognitoMode() !== "plain" });
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });

    const args = (name: string, extra: Partial<UserPoolClientInputs> = {}): UserPoolClientInputs => ({ name, userPoolId, callbackUrls: ["https://a.example.com/cb"], ...extra });
    const createTimeout = () => timeoutSignal(1000, new Error("timed out after 1s (customTimeouts.create)"));

    it("a create the API answers slowly fails after the 1 s timeout, and makes no call after it", async () => {
        proxy().inject("CreateUserPoolClient", faults.delay(DELAY_MS));
        const provider = newProvider();

        const started = Date.now();
        const error = await settled(runWithAbortSignal(createTimeout(), () => provider.create(args("slow create"))));
        const took = Date.now() - started;

        expect(error?.message).to.equal(
            `creating Cognito user pool client (slow create in ${userPoolId}): timed out after 1s (customTimeouts.create); the request may have created the client before it was aborted`,
        );
        expect(took).to.be.within(900, DELAY_MS - 500);
        // Past the time the API answers: still the one request, which the provider hung up.
        await pause(DELAY_MS - took + 500);
        expect(proxy().calls.map((c) => [c.operation, c.callerHungUp])).to.deep.equal([["CreateUserPoolClient", true]]);
    });

    it("a create whose setting's call is slow fails after the timeout without a clean-up call, and says what is left", async function () {
        // The session-configuration operations exist only in the faithful local API.
        if (localCognitoMode() === "plain") this.skip();
        proxy().inject("SetUserPoolClientSessionConfiguration", faults.delay(DELAY_MS));
        const provider = newProvider();

        const { inputs } = await provider.check({} as UserPoolClientInputs, args("slow setting", { ssoSession: { maxValidityMinutes: 480 } }));

        const error = await settled(runWithAbortSignal(createTimeout(), () => provider.create(inputs!)));

        const made = (await listClients(sdk, userPoolId)).find((c) => c.name === "slow setting");
        expect(made, "the client is made").to.not.equal(undefined);
        expect(error?.message).to.equal(
            `setting the session configuration of Cognito user pool client (${userPoolId}/${made!.id}): timed out after 1s (customTimeouts.create); ` +
                `the client ${made!.id} was created and is left in ${userPoolId}`,
        );
        await pause(DELAY_MS);
        expect(proxy().calls.map((c) => c.operation)).to.deep.equal(["CreateUserPoolClient", "SetUserPoolClientSessionConfiguration"]);
    });

    it("a delete cancelled while the API is slow fails at once with the reason", async () => {
        const provider = newProvider();
        const { id, outs } = await provider.create(args("cancelled delete"));
        proxy().reset();
        proxy().inject("DeleteUserPoolClient", faults.delay(DELAY_MS));

        const cancel = new AbortController();
        const deleting = settled(runWithAbortSignal(cancel.signal, () => provider.delete(id, outs!)));
        await pause(200);
        cancel.abort("cancelled");
        const error = await deleting;

        expect(error?.message).to.equal(`deleting Cognito user pool client (${userPoolId}/${id}): cancelled`);
        expect(proxy().calls.map((c) => c.operation)).to.deep.equal(["DeleteUserPoolClient"]);
    });
});
