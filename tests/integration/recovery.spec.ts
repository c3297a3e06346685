/**
 * Finding the client an interrupted create made (`pulumi-cognito-clients recover`), against the local Cognito API:
 * the match is by name and configuration among the clients the state does not manage, one client is never given to
 * two creates, and two matching clients for one create are reported, never guessed between.
 */
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientApi } from "../../provider/aws";
import { PendingCreate, findCreatedClients } from "../../provider/adoption/recovery";
import { createUserPool, deleteUserPool, directSdk, newProvider } from "../support/cognito";
import { localCognitoMode } from "../support/moto";

describe("integration: finding the clients of interrupted creates", function () {
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;

    before(async function () {
        // Reading a client by ID lists its secrets and its session setting: operations plain moto lacks.
        if (localCognitoMode() === "plain") this.skip();
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "recovery");
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });

    const make = async (name: string, extra: Record<string, unknown> = {}) =>
        (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: name, ...extra }))).UserPoolClient!.ClientId!;
    const pending = (resourceName: string, inputs: Record<string, unknown>): PendingCreate => ({
        urn: `urn:pulumi:test::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::${resourceName}`,
        face: "dynamic",
        resourceName,
        inputs: { userPoolId, ...inputs } as PendingCreate["inputs"],
    });
    const find = (creates: PendingCreate[], managed: string[] = []) => {
        const api = new UserPoolClientApi({ retry: { baseDelayMs: 1, maxDelayMs: 20 } });
        return findCreatedClients(newProvider(), (pool) => api.list(pool), creates, new Set(managed.map((id) => `${userPoolId}/${id}`)));
    };

    it("matches by name and configuration, skipping a same-named client the state manages or that differs", async () => {
        const managed = await make("orders", { CallbackURLs: ["https://a.example/cb"] });
        await make("orders", { CallbackURLs: ["https://other.example/cb"] });
        const made = await make("orders", { CallbackURLs: ["https://a.example/cb"], GenerateSecret: true });
        const [result] = await find([pending("orders", { name: "orders", callbackUrls: ["https://a.example/cb"], generateSecret: true })], [managed]);
        expect(result.found).to.equal(`${userPoolId}/${made}`);
    });

    it("stops on two matching clients for one create and lists both, never guessing (even for two identical creates)", async () => {
        const a = await make("twin");
        const b = await make("twin");
        const results = await find([pending("twin-1", { name: "twin" }), pending("twin-2", { name: "twin" })]);
        // Two matches for the first create: it is ambiguous, and nothing is guessed.
        expect(results[0].ambiguous?.sort()).to.deep.equal([`${userPoolId}/${a}`, `${userPoolId}/${b}`].sort());
        expect(results[0].found).to.equal(undefined);
    });

    it("reports a create that never reached Cognito as having made no client", async () => {
        const [result] = await find([pending("ghost", { name: "ghost" })]);
        expect(result).to.not.have.any.keys("found", "ambiguous");
    });

    it("matches a client with a custom secret whose value the export holds encrypted", async () => {
        const made = await make("partner", { ClientSecret: "customSecret_0123456789abcdefXYZ" });
        const encrypted = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: "v1:abc" };
        const [result] = await find([pending("partner", { name: "partner", clientSecret: encrypted })]);
        expect(result.found).to.equal(`${userPoolId}/${made}`);
    });
});
