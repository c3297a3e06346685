/**
 * Secret rotation through the provider against the local Cognito API, as a user drives it: rotate a generated
 * secret by changing `rotateSecretWhenChanged`, a custom one by changing `clientSecret`, retire the previous
 * secret early, refresh after secrets were deleted outside Pulumi, import a client with two secrets, and recover
 * from an add whose answer was lost. Whether Cognito accepts a secret is checked by signing in with its
 * SECRET_HASH. Requests go through the recording proxy, which counts the calls and injects the faults.
 */
import { AddUserPoolClientSecretCommand, CognitoIdentityProviderClient, DeleteUserPoolClientSecretCommand, ListUserPoolClientSecretsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { UserPoolClientProvider } from "../../provider/provider";
import { faults } from "../support/faultProxy";
import { acceptsSecret, createSignInUser, createUserPool, deleteUserPool, directSdk, newProvider, useFaultProxy } from "../support/cognito";
import { localCognitoMode } from "../support/moto";

const CUSTOM_A = "customSecretA_0123456789abcdefXYZ";
const CUSTOM_B = "customSecretB_0123456789abcdefXYZ";
const CUSTOM_C = "customSecretC_0123456789abcdefXYZ";
/** Admin password sign-in, so the tests can try a secret's SECRET_HASH. */
const FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

describe("integration: client secret rotation", function () {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(async function () {
        // The secret operations and the two-secret sign-in exist only in the faithful local API (plain moto has neither).
        if (localCognitoMode() === "plain") this.skip();
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "rotation");
        await createSignInUser(sdk, userPoolId);
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });
    beforeEach(() => {
        provider = newProvider();
    });

    const secretIds = async (clientId: string) =>
        ((await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId: userPoolId, ClientId: clientId }))).ClientSecrets ?? []).map((s) => s.ClientSecretId!).sort();

    async function checked(args: Partial<UserPoolClientInputs>): Promise<UserPoolClientInputs> {
        const { inputs, failures } = await provider.check({} as UserPoolClientInputs, { userPoolId, explicitAuthFlows: FLOWS, ...args } as UserPoolClientInputs);
        expect(failures ?? []).to.deep.equal([]);
        return inputs as UserPoolClientInputs;
    }

    async function create(args: Partial<UserPoolClientInputs>) {
        const created = await provider.create(await checked(args));
        return { id: created.id, outs: created.outs as UserPoolClientOutputs };
    }

    /** diff, then update when the diff asks for it, as the engine does; returns the new outputs and the calls. */
    async function up(id: string, olds: UserPoolClientOutputs, args: Partial<UserPoolClientInputs>) {
        const news = await checked(args);
        const diff = await provider.diff(id, olds, news);
        const before = proxy().calls.length; // the fault script stays as the test set it
        const outs = diff.changes ? ((await provider.update(id, olds, news)).outs as UserPoolClientOutputs) : olds;
        const calls: Record<string, number> = {};
        for (const call of proxy().calls.slice(before)) calls[call.operation] = (calls[call.operation] ?? 0) + 1;
        return { outs, diff, calls };
    }

    it("rotates a generated secret three times in place: always two secrets, the newest current, the previous still valid, the older gone", async () => {
        let { id, outs } = await create({ name: "generated", generateSecret: true, rotateSecretWhenChanged: { rotation: "0" } });
        const values = [outs.clientSecret!];
        for (let n = 1; n <= 3; n++) {
            const result = await up(id, outs, { name: "generated", generateSecret: true, rotateSecretWhenChanged: { rotation: String(n) } });
            expect(result.diff.replaces, "a rotation never replaces").to.deep.equal([]);
            expect(result.calls).to.deep.equal(n === 1
                ? { ListUserPoolClientSecrets: 1, AddUserPoolClientSecret: 1 }
                : { ListUserPoolClientSecrets: 1, DeleteUserPoolClientSecret: 1, AddUserPoolClientSecret: 1 });
            outs = result.outs;
            values.push(outs.clientSecret!);
            expect(outs.clientId).to.equal(id);
            expect(outs.clientSecret).to.match(/^[a-z0-9]{51}$/).and.not.equal(values[n - 1]);
            expect(outs.previousClientSecret).to.equal(values[n - 1]);
            expect(await secretIds(id)).to.deep.equal([outs.previousClientSecretId, outs.clientSecretId].sort());
            expect(await acceptsSecret(sdk, userPoolId, id, outs.clientSecret!), "the newest secret").to.equal(true);
            expect(await acceptsSecret(sdk, userPoolId, id, outs.previousClientSecret!), "the previous secret").to.equal(true);
            if (n >= 2) expect(await acceptsSecret(sdk, userPoolId, id, values[n - 2]), "the secret from two rotations back").to.equal(false);
        }
    });

    it("records rotateSecretWhenChanged set for the first time without any call, and rotates nothing", async () => {
        const { id, outs } = await create({ name: "first keepers", generateSecret: true });
        const result = await up(id, outs, { name: "first keepers", generateSecret: true, rotateSecretWhenChanged: { rotation: "1" } });
        expect(result.diff.changes).to.equal(true);
        expect(result.calls).to.deep.equal({});
        expect(result.outs.rotateSecretWhenChanged).to.deep.equal({ rotation: "1" });
        expect(result.outs.clientSecret).to.equal(outs.clientSecret);
        expect(await secretIds(id)).to.have.length(1);
    });

    it("rotates a custom secret in place when clientSecret changes, as an update and not a replacement", async () => {
        let { id, outs } = await create({ name: "custom", clientSecret: CUSTOM_A });
        for (const [previous, next] of [[CUSTOM_A, CUSTOM_B], [CUSTOM_B, CUSTOM_C]]) {
            const result = await up(id, outs, { name: "custom", clientSecret: next });
            expect(result.diff.replaces).to.deep.equal([]);
            outs = result.outs;
            expect(outs).to.include({ clientId: id, clientSecret: next, previousClientSecret: previous });
            expect(await acceptsSecret(sdk, userPoolId, id, next)).to.equal(true);
            expect(await acceptsSecret(sdk, userPoolId, id, previous)).to.equal(true);
        }
        expect(await acceptsSecret(sdk, userPoolId, id, CUSTOM_A)).to.equal(false);
        expect(await secretIds(id)).to.have.length(2);
    });

    it("a configuration change and a rotation in one update: one UpdateUserPoolClient, then the rotation", async () => {
        const { id, outs } = await create({ name: "both", clientSecret: CUSTOM_A });
        const result = await up(id, outs, { name: "both renamed", clientSecret: CUSTOM_B });
        expect(result.calls).to.deep.equal({ UpdateUserPoolClient: 1, ListUserPoolClientSecrets: 1, AddUserPoolClientSecret: 1 });
        expect(result.outs).to.include({ name: "both renamed", clientSecret: CUSTOM_B, previousClientSecret: CUSTOM_A });
    });

    it("retires the previous secret early with keepPreviousSecret: false, adding none", async () => {
        const { id, outs } = await create({ name: "retire", clientSecret: CUSTOM_A });
        const rotated = (await up(id, outs, { name: "retire", clientSecret: CUSTOM_B })).outs;
        const result = await up(id, rotated, { name: "retire", clientSecret: CUSTOM_B, keepPreviousSecret: false });
        expect(result.calls).to.deep.equal({ DeleteUserPoolClientSecret: 1 });
        expect(result.outs).to.include({ clientSecret: CUSTOM_B, keepPreviousSecret: false });
        expect(result.outs).to.not.have.any.keys("previousClientSecret", "previousClientSecretId");
        expect(await acceptsSecret(sdk, userPoolId, id, CUSTOM_A)).to.equal(false);
        expect(await acceptsSecret(sdk, userPoolId, id, CUSTOM_B)).to.equal(true);
        // While false, a rotation leaves only the new secret.
        const next = await up(id, result.outs, { name: "retire", clientSecret: CUSTOM_C, keepPreviousSecret: false });
        expect(next.calls).to.deep.equal({ ListUserPoolClientSecrets: 1, AddUserPoolClientSecret: 1, DeleteUserPoolClientSecret: 1 });
        expect(await secretIds(id)).to.deep.equal([next.outs.clientSecretId]);
    });

    it("refresh: one Describe for a client that never rotated; Describe and List after a rotation, and the newest secret stays current", async () => {
        const { id, outs } = await create({ name: "refresh", generateSecret: true, rotateSecretWhenChanged: { r: "1" } });
        proxy().reset();
        expect((await provider.read(id, outs)).props).to.include({ clientSecret: outs.clientSecret });
        expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 1 });

        const rotated = (await up(id, outs, { name: "refresh", generateSecret: true, rotateSecretWhenChanged: { r: "2" } })).outs;
        proxy().reset();
        const read = (await provider.read(id, rotated)).props as UserPoolClientOutputs;
        expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 1, ListUserPoolClientSecrets: 1 });
        expect(read).to.include({ clientSecret: rotated.clientSecret, previousClientSecret: outs.clientSecret, generateSecret: true });
    });

    it("refresh sees secrets deleted outside Pulumi, and the next up repairs state without replacing the client", async () => {
        const { id, outs } = await create({ name: "out of band", generateSecret: true, rotateSecretWhenChanged: { r: "1" } });
        const rotated = (await up(id, outs, { name: "out of band", generateSecret: true, rotateSecretWhenChanged: { r: "2" } })).outs;
        // Someone deletes the original (the previous secret) by hand: Describe then shows no ClientSecret at all.
        await sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: id, ClientSecretId: rotated.previousClientSecretId! }));
        const refreshed = (await provider.read(id, rotated)).props as UserPoolClientOutputs;
        expect(refreshed).to.include({ clientSecret: rotated.clientSecret, generateSecret: true });
        expect(refreshed).to.not.have.any.keys("previousClientSecret", "previousClientSecretId");
        const args = { name: "out of band", generateSecret: true, rotateSecretWhenChanged: { r: "2" } };
        const diff = await provider.diff(id, refreshed, await checked(args));
        expect(diff.changes, "neither the missing original nor Describe's lack of a secret is drift").to.equal(false);

        // Then the current one is deleted by hand (after someone added another): the previous... none; the newest listed, value unknown.
        const extra = (await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: id }))).ClientSecretDescriptor!;
        await sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: id, ClientSecretId: refreshed.clientSecretId! }));
        const again = (await provider.read(id, refreshed)).props as UserPoolClientOutputs;
        expect(again.clientSecretId).to.equal(extra.ClientSecretId);
        expect(again).to.not.have.property("clientSecret");
        // A rotation makes a secret state knows again, in place.
        const repaired = await up(id, again, { ...args, rotateSecretWhenChanged: { r: "3" } });
        expect(repaired.diff.replaces).to.deep.equal([]);
        expect(await acceptsSecret(sdk, userPoolId, id, repaired.outs.clientSecret!)).to.equal(true);
        expect(repaired.outs.clientId).to.equal(id);
    });

    it("after the current custom secret is deleted outside Pulumi, refresh makes the previous one current and up adds the program's again", async () => {
        const { id, outs } = await create({ name: "custom oob", clientSecret: CUSTOM_A });
        const rotated = (await up(id, outs, { name: "custom oob", clientSecret: CUSTOM_B })).outs;
        await sdk.send(new DeleteUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: id, ClientSecretId: rotated.clientSecretId! }));
        const refreshed = (await provider.read(id, rotated)).props as UserPoolClientOutputs;
        expect(refreshed).to.include({ clientSecret: CUSTOM_A, clientSecretId: rotated.previousClientSecretId });
        const result = await up(id, refreshed, { name: "custom oob", clientSecret: CUSTOM_B });
        expect(result.diff.replaces).to.deep.equal([]);
        expect(result.outs).to.include({ clientSecret: CUSTOM_B, previousClientSecret: CUSTOM_A });
        expect(await acceptsSecret(sdk, userPoolId, id, CUSTOM_B)).to.equal(true);
    });

    it("imports a client that already has two secrets and shows both", async () => {
        const { id, outs } = await create({ name: "import two", generateSecret: true });
        const added = (await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: id }))).ClientSecretDescriptor!;
        const imported = await provider.read(`${userPoolId}/${id}`);
        const props = imported.props as UserPoolClientOutputs;
        expect(props).to.include({ generateSecret: true, clientSecretId: added.ClientSecretId, previousClientSecret: outs.clientSecret });
        expect(props.previousClientSecretId).to.be.a("string");
        expect(imported.inputs).to.include({ generateSecret: true });
        expect(imported.inputs).to.not.have.any.keys("clientSecret", "previousClientSecret", "clientSecretId");
    });

    for (const [kind, args, next] of [
        ["generated", { name: "lost add g", generateSecret: true, rotateSecretWhenChanged: { r: "1" } }, { rotateSecretWhenChanged: { r: "2" } }],
        ["custom", { name: "lost add c", clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_B }],
    ] as const) {
        it(`an add of a ${kind} secret whose answer is lost leaves exactly the current and the previous secret, both known`, async () => {
            const { id, outs } = await create(args as Partial<UserPoolClientInputs>);
            const first = (await up(id, outs, { ...args, ...next } as Partial<UserPoolClientInputs>)).outs;
            proxy().inject("AddUserPoolClientSecret", faults.dropAfterForward());
            const adds = proxy().callsOf("AddUserPoolClientSecret").length;
            const again = { ...args, ...(kind === "generated" ? { rotateSecretWhenChanged: { r: "3" } } : { clientSecret: CUSTOM_C }) };
            const result = await up(id, first, again as Partial<UserPoolClientInputs>);
            expect(await secretIds(id)).to.deep.equal([result.outs.clientSecretId, result.outs.previousClientSecretId].sort());
            expect(await acceptsSecret(sdk, userPoolId, id, result.outs.clientSecret!)).to.equal(true);
            expect(await acceptsSecret(sdk, userPoolId, id, result.outs.previousClientSecret!)).to.equal(true);
            expect(result.outs.previousClientSecret).to.equal(first.clientSecret);
            // The lost generated secret (its value gone for good) is deleted and added anew; the custom one is adopted.
            expect(proxy().callsOf("AddUserPoolClientSecret").length - adds).to.equal(kind === "generated" ? 2 : 1);
            expect(proxy().callsOf("AddUserPoolClientSecret").slice(adds)[0].forwarded).to.equal(true);
        });
    }

    it("a failed add (a hard error) leaves Cognito with the current secret and the error names the client", async () => {
        const { id, outs } = await create({ name: "hard error", clientSecret: CUSTOM_A });
        const rotated = (await up(id, outs, { name: "hard error", clientSecret: CUSTOM_B })).outs;
        proxy().inject("AddUserPoolClientSecret", faults.error("InvalidParameterException", "Invalid request"));
        const error = await up(id, rotated, { name: "hard error", clientSecret: CUSTOM_C }).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(new RegExp(`adding a secret to Cognito user pool client \\(${userPoolId}/${id}\\): InvalidParameterException: Invalid request`));
        expect(error?.message).to.not.include(CUSTOM_C);
        // The replaced secret was deleted to make room; the current one is intact, which is what state records.
        expect(await secretIds(id)).to.deep.equal([rotated.clientSecretId]);
        expect(await acceptsSecret(sdk, userPoolId, id, CUSTOM_B)).to.equal(true);
        const refreshed = (await provider.read(id, rotated)).props as UserPoolClientOutputs;
        expect(refreshed).to.include({ clientSecret: CUSTOM_B }).and.not.have.property("previousClientSecretId");
    });
});
