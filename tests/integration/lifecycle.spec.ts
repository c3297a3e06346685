/**
 * The provider's lifecycle against moto, as a user drives it: create, read, diff, update, delete, drift,
 * out-of-band deletion, `get`/import by composite ID, adoption with the `import` option, and the number of API
 * calls each step makes. Requests go through the recording proxy so tests can count and inspect them.
 *
 * The update tests assert both the request the provider sends (the whole configuration) and what Cognito then
 * describes: the faithful local API resets every member an update leaves out, as the real service does, where
 * plain moto merges.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommand,
    DeleteUserPoolClientCommand,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { normalizeForComparison, flattenUserPoolClient } from "../../provider/mapping";
import { UserPoolClientProvider } from "../../provider/provider";
import { localCognitoMode } from "../support/moto";
import { faults } from "../support/faultProxy";
import { createUserPool, deleteUserPool, describeClient, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";


/** Every argument the API accepts, set to a non-default value. */
function fullArguments(userPoolId: string): UserPoolClientInputs {
    return {
        name: "web-app full",
        userPoolId,
        clientSecret: "customSecret_0123456789abcdefXYZ",
        explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
        allowedOauthFlows: ["code"],
        allowedOauthFlowsUserPoolClient: true,
        allowedOauthScopes: ["openid", "email", "profile"],
        callbackUrls: ["https://app.example.com/callback", "http://localhost:3000/callback"],
        defaultRedirectUri: "https://app.example.com/callback",
        logoutUrls: ["https://app.example.com/logout"],
        readAttributes: ["email", "name"],
        writeAttributes: ["name"],
        refreshTokenValidity: 10,
        accessTokenValidity: 30,
        idTokenValidity: 45,
        tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
        supportedIdentityProviders: ["COGNITO"],
        preventUserExistenceErrors: "ENABLED",
        enableTokenRevocation: false,
        enablePropagateAdditionalUserContextData: true,
        authSessionValidity: 7,
        analyticsConfiguration: {
            applicationId: "0123456789abcdef0123456789abcdef",
            externalId: "external-id-42",
            roleArn: "arn:aws:iam::123456789012:role/cognito-analytics",
            userDataShared: true,
        },
        refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 },
    };
}

/** Runs `check` as the engine does and fails the test on any validation failure. */
async function checked(provider: UserPoolClientProvider, args: UserPoolClientInputs): Promise<UserPoolClientInputs> {
    const { inputs, failures } = await provider.check({} as UserPoolClientInputs, args);
    expect(failures ?? [], "check failures").to.deep.equal([]);
    return inputs as UserPoolClientInputs;
}

const asSet = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);

/** Every argument given appears in the outputs with the same value (lists compared as sets). */
function expectArgumentsIn(outs: object | undefined, args: UserPoolClientInputs) {
    for (const [key, value] of Object.entries(args)) {
        expect(asSet((outs as Record<string, unknown>)[key]), key).to.deep.equal(asSet(value));
    }
}

/**
 * Reading a client by ID alone (import, adoption, `get`) lists its secrets and gets its SSO session setting
 * (ListUserPoolClientSecrets, GetUserPoolClientSessionConfiguration), operations plain moto lacks (HTTP 500).
 */
function skipOnPlainMoto(context: Mocha.Context): void {
    if (localCognitoMode() === "plain") context.skip();
}

describe("integration: user pool client lifecycle", () => {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(async () => {
        sdk = directSdk();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "lifecycle");
        provider = newProvider();
        proxy().reset();
    });

    async function createClient(args: UserPoolClientInputs) {
        const inputs = await checked(provider, args);
        const created = await provider.create(inputs);
        return { inputs, id: created.id, outs: created.outs as UserPoolClientOutputs };
    }

    describe("create and read", () => {
        it("round-trips every argument through create and read", async () => {
            const args = fullArguments(userPoolId);
            const { id, outs } = await createClient(args);

            expect(outs.clientId).to.equal(id);
            expectArgumentsIn(outs, args);

            const read = await provider.read(id, outs);
            expect(read.id).to.equal(id);
            expectArgumentsIn(read.props, args);

            const live = await describeClient(sdk, userPoolId, id);
            expect(live.ClientSecret).to.equal(args.clientSecret);
            expect(live.AnalyticsConfiguration).to.deep.include({
                ApplicationId: args.analyticsConfiguration!.applicationId,
                ExternalId: args.analyticsConfiguration!.externalId,
                RoleArn: args.analyticsConfiguration!.roleArn,
            });
            expect(live.TokenValidityUnits).to.deep.equal({ AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" });
            expect(live.RefreshTokenRotation).to.deep.equal({ Feature: "ENABLED", RetryGracePeriodSeconds: 10 });
        });

        it("sends only the given arguments on create, never an unset one", async () => {
            await createClient({ name: "minimal", userPoolId });
            const [create] = proxy().callsOf("CreateUserPoolClient");
            expect(create.body).to.deep.equal({ UserPoolId: userPoolId, ClientName: "minimal" });
        });

        it("reports no change when diffing right after create", async () => {
            for (const args of [fullArguments(userPoolId), { name: "minimal", userPoolId }, { name: "with secret", userPoolId, generateSecret: true }]) {
                const { id, inputs, outs } = await createClient(args);
                const diff = await provider.diff(id, outs, inputs);
                expect(diff.changes, args.name).to.equal(false);
                expect(diff.replaces ?? [], args.name).to.deep.equal([]);
            }
        });

        it("reads a client by its composite ID with no stored props, returning props and inputs", async function () {
            skipOnPlainMoto(this);
            const { id, outs } = await createClient({ name: "get me", userPoolId, generateSecret: true, callbackUrls: ["https://a.example.com/cb"] });

            const read = await provider.read(`${userPoolId}/${id}`);

            expect(read.id).to.equal(id);
            expect(read.props).to.deep.include({ clientId: id, name: "get me", userPoolId, generateSecret: true, clientSecret: outs.clientSecret });
            expect(read.inputs).to.deep.include({ name: "get me", userPoolId, generateSecret: true, callbackUrls: ["https://a.example.com/cb"] });
            expect(read.inputs).to.not.have.property("clientId");
            expect(read.inputs, "a generated secret is not an input").to.not.have.property("clientSecret");
        });
    });

    describe("update", () => {
        it("updates in place on a rename and list changes, keeping the client ID", async () => {
            const { id, inputs, outs } = await createClient({ name: "before", userPoolId, callbackUrls: ["https://a.example.com/cb"], readAttributes: ["email"] });
            const news = await checked(provider, {
                ...inputs,
                name: "after",
                callbackUrls: ["https://b.example.com/cb", "https://a.example.com/cb"],
                readAttributes: ["email", "name"],
            });

            const diff = await provider.diff(id, outs, news);
            expect(diff.changes).to.equal(true);
            expect(diff.replaces ?? []).to.deep.equal([]);

            const updated = await provider.update(id, outs, news);
            expect(updated.outs!.clientId).to.equal(id);
            expectArgumentsIn(updated.outs, news);

            const live = await describeClient(sdk, userPoolId, id);
            expect(live.ClientName).to.equal("after");
            expect([...live.CallbackURLs!].sort()).to.deep.equal(["https://a.example.com/cb", "https://b.example.com/cb"]);
            expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
        });

        for (const [property, change] of [
            ["userPoolId", { userPoolId: "us-east-1_Other123" }],
            ["generateSecret", { generateSecret: true }],
            ["clientSecret", { clientSecret: "another_custom_secret_0123456789" }],
            ["region", { region: "eu-west-1" }],
        ] as const) {
            it(`reports a change of ${property} as a replacement`, async () => {
                const { id, inputs, outs } = await createClient({ name: "replace me", userPoolId });
                const diff = await provider.diff(id, outs, { ...inputs, ...change });
                expect(diff.changes).to.equal(true);
                expect(diff.replaces).to.deep.equal([property]);
            });
        }

        it("sends the whole configuration on update: name, cleared lists, default units, never the secret", async () => {
            const { id, inputs, outs } = await createClient({
                name: "full config",
                userPoolId,
                generateSecret: true,
                callbackUrls: ["https://a.example.com/cb"],
                logoutUrls: ["https://a.example.com/bye"],
                accessTokenValidity: 30,
                tokenValidityUnits: { accessToken: "minutes" },
                readAttributes: ["email"],
            });
            const { callbackUrls: _c, logoutUrls: _l, accessTokenValidity: _a, tokenValidityUnits: _u, ...rest } = inputs;
            const news = await checked(provider, rest);

            const updated = await provider.update(id, outs, news);

            const updates = proxy().callsOf("UpdateUserPoolClient");
            expect(updates).to.have.length(1);
            const body = updates[0].body;
            expect(body).to.include({ UserPoolId: userPoolId, ClientId: id, ClientName: "full config" });
            expect(body.CallbackURLs).to.deep.equal([]);
            expect(body.LogoutURLs).to.deep.equal([]);
            expect(body.TokenValidityUnits).to.deep.equal({ AccessToken: "hours", IdToken: "hours", RefreshToken: "days" });
            expect(body.AccessTokenValidity).to.equal(1);
            expect(body.ReadAttributes).to.deep.equal(["email"]);
            expect(body).to.not.have.any.keys("GenerateSecret", "ClientSecret");

            const live = await describeClient(sdk, userPoolId, id);
            expect(live.CallbackURLs ?? []).to.deep.equal([]);
            expect(live.LogoutURLs ?? []).to.deep.equal([]);
            expect(updated.outs).to.not.have.property("callbackUrls");
            expect(updated.outs!.clientSecret).to.be.a("string").and.equal(outs.clientSecret);
        });

        it("removing every argument leaves the client configured exactly as a new client with no arguments", async function () {
            // Plain moto merges what an update leaves out. Four members have no explicit "unset" value that an
            // update could send (read and write attributes, the default redirect URI, analytics): the real API
            // resets them because they are omitted, which only the faithful local API reproduces.
            if (localCognitoMode() === "plain") this.skip();
            const { clientSecret: _secret, ...full } = fullArguments(userPoolId);
            const { id, outs } = await createClient({ ...full, generateSecret: true });
            const minimal = await checked(provider, { name: "web-app full", userPoolId, generateSecret: true });

            await provider.update(id, outs, minimal);
            const fresh = await createClient(minimal);

            const configuration = async (clientId: string) => {
                const { clientId: _id, creationDate: _c, lastModifiedDate: _m, clientSecret: _s, ...rest } =
                    flattenUserPoolClient(await describeClient(sdk, userPoolId, clientId), { generateSecret: true });
                return normalizeForComparison(rest);
            };
            expect(await configuration(id)).to.deep.equal(await configuration(fresh.id));
            const live = await describeClient(sdk, userPoolId, id);
            for (const member of ["ReadAttributes", "WriteAttributes", "DefaultRedirectURI", "AnalyticsConfiguration", "CallbackURLs", "AllowedOAuthScopes"]) {
                expect(live, member).to.not.have.property(member);
            }
            const { props } = await provider.read(id, outs);
            expect((await provider.diff(id, props as UserPoolClientOutputs, minimal)).changes).to.equal(false);
        });

        it("keeps the client secret in the outputs of an update", async () => {
            const { id, inputs, outs } = await createClient({ name: "secret keeper", userPoolId, generateSecret: true });
            expect(outs.clientSecret).to.be.a("string").with.length.greaterThan(0);

            const updated = await provider.update(id, outs, { ...inputs, name: "secret keeper 2" });

            expect(updated.outs!.clientSecret).to.equal(outs.clientSecret);
            expect(updated.outs!.generateSecret).to.equal(true);
        });

        it("keeps the client secret in the outputs of an update whose answer leaves the secret out", async () => {
            const { id, inputs, outs } = await createClient({ name: "secret keeper 3", userPoolId, generateSecret: true });
            proxy().inject(
                "UpdateUserPoolClient",
                faults.rewriteResponse((body) => {
                    delete body.UserPoolClient.ClientSecret;
                    return body;
                }),
            );

            const updated = await provider.update(id, outs, { ...inputs, name: "secret keeper 4" });

            expect(updated.outs!.name).to.equal("secret keeper 4");
            expect(updated.outs!.clientSecret).to.be.a("string").and.equal(outs.clientSecret);
        });
    });

    describe("drift and out-of-band changes", () => {
        it("reads live values after an out-of-band change, and diff reports the change", async () => {
            const { id, inputs, outs } = await createClient({ name: "drifty", userPoolId, logoutUrls: ["https://a.example.com/bye"] });
            await sdk.send(
                new UpdateUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: id, ClientName: "changed by hand", LogoutURLs: ["https://evil.example.com/bye"] }),
            );

            const read = await provider.read(id, outs);
            expect(read.props).to.deep.include({ name: "changed by hand", logoutUrls: ["https://evil.example.com/bye"] });

            const diff = await provider.diff(id, read.props as UserPoolClientOutputs, inputs);
            expect(diff.changes).to.equal(true);
            expect(diff.replaces ?? []).to.deep.equal([]);
        });

        it("reads nothing (no id) after the client was deleted out of band", async () => {
            const { id, outs } = await createClient({ name: "doomed", userPoolId });
            await sdk.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: id }));

            expect(await provider.read(id, outs)).to.deep.equal({});
        });

        it("reads nothing (no id) after the whole user pool was deleted out of band", async () => {
            const { id, outs } = await createClient({ name: "pool doomed", userPoolId });
            await deleteUserPool(sdk, userPoolId);

            expect(await provider.read(id, outs)).to.deep.equal({});
        });

        it("deletes a client that is already gone without error", async () => {
            const { id, outs } = await createClient({ name: "gone twice", userPoolId });
            await sdk.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: id }));
            proxy().reset();

            await provider.delete(id, outs);

            expect(proxy().countsByOperation()).to.deep.equal({ DeleteUserPoolClient: 1 });
            expect(proxy().calls[0].status).to.equal(400);
        });

        it("deletes the client", async () => {
            const { id, outs } = await createClient({ name: "delete me", userPoolId });
            await provider.delete(id, outs);
            expect(await listClients(sdk, userPoolId)).to.deep.equal([]);
        });
    });

    describe("adopting an existing client with the import option", () => {
        beforeEach(function () {
            skipOnPlainMoto(this);
        });
        async function existingClient(): Promise<string> {
            const out = await sdk.send(
                new CreateUserPoolClientCommand({
                    UserPoolId: userPoolId,
                    ClientName: "legacy app",
                    GenerateSecret: true,
                    CallbackURLs: ["https://legacy.example.com/cb"],
                    AllowedOAuthFlows: ["code"],
                    AllowedOAuthFlowsUserPoolClient: true,
                    AllowedOAuthScopes: ["openid"],
                    SupportedIdentityProviders: ["COGNITO"],
                }),
            );
            return out.UserPoolClient!.ClientId!;
        }
        const matchingArguments = (): UserPoolClientInputs => ({
            name: "legacy app",
            userPoolId,
            generateSecret: true,
            callbackUrls: ["https://legacy.example.com/cb"],
            allowedOauthFlows: ["code"],
            allowedOauthFlowsUserPoolClient: true,
            allowedOauthScopes: ["openid"],
            supportedIdentityProviders: ["COGNITO"],
        });

        it("adopts a matching client: same client ID, no client created or changed", async () => {
            const clientId = await existingClient();
            const before = await describeClient(sdk, userPoolId, clientId);
            const inputs = await checked(provider, { ...matchingArguments(), importId: `${userPoolId}/${clientId}` });
            proxy().reset();

            const adopted = await provider.create(inputs);

            expect(adopted.id).to.equal(clientId);
            expect(adopted.outs).to.deep.include({ clientId, name: "legacy app", clientSecret: before.ClientSecret, generateSecret: true });
            // Read by ID alone, each per-client setting reads what the client has: secrets, SSO session, style, both terms kinds, CIMD policies, threat protection, classic hosted UI.
            expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 1, ListUserPoolClientSecrets: 1, GetUserPoolClientSessionConfiguration: 1, DescribeManagedLoginBrandingByClient: 1, DescribeTermsByClient: 2, ListCIMDPolicies: 1, DescribeRiskConfiguration: 1, GetUICustomization: 1 });
            expect(await listClients(sdk, userPoolId)).to.have.length(1);

            const diff = await provider.diff(adopted.id, adopted.outs as UserPoolClientOutputs, inputs);
            expect(diff.changes).to.equal(false);
        });

        it("adopts a client that differs in place and updates it to the program in the same step", async () => {
            const clientId = await existingClient();
            const inputs = await checked(provider, {
                ...matchingArguments(),
                name: "renamed app",
                callbackUrls: ["https://new.example.com/cb"],
                importId: `${userPoolId}/${clientId}`,
            });
            proxy().reset();

            const adopted = await provider.create(inputs);

            expect(adopted.id).to.equal(clientId);
            expect(adopted.outs).to.deep.include({ name: "renamed app", callbackUrls: ["https://new.example.com/cb"] });
            expect(proxy().countsByOperation()).to.deep.include({ DescribeUserPoolClient: 1, UpdateUserPoolClient: 1 });
            const live = await describeClient(sdk, userPoolId, clientId);
            expect(live.ClientName).to.equal("renamed app");
            expect(live.CallbackURLs).to.deep.equal(["https://new.example.com/cb"]);
            expect(await listClients(sdk, userPoolId)).to.have.length(1);
        });

        it("a custom secret in the program: a live generated secret makes it fail; a live custom one is rotated in place", async () => {
            const generated = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "generated", GenerateSecret: true }))).UserPoolClient!;
            const custom = "customSecretProgram_0123456789abcdef";
            const refused = await provider.create(await checked(provider, { name: "generated", userPoolId, clientSecret: custom, importId: `${userPoolId}/${generated.ClientId}` })).then(() => undefined, (e: Error) => e);
            expect(refused?.message).to.match(/differs from the program in generateSecret, clientSecret, which no update can change/);
            expect((await describeClient(sdk, userPoolId, generated.ClientId!)).ClientSecret).to.equal(generated.ClientSecret);

            const owned = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "owned", ClientSecret: "customSecretLive_0123456789abcdefgh" }))).UserPoolClient!;
            const adopted = await provider.create(await checked(provider, { name: "owned", userPoolId, clientSecret: custom, importId: `${userPoolId}/${owned.ClientId}` }));
            expect(adopted.id).to.equal(owned.ClientId);
            expect((adopted.outs as UserPoolClientOutputs).clientSecret).to.equal(custom);
        });

        it("fails to adopt a client whose replacing arguments differ, naming them, and changes nothing", async () => {
            const clientId = await existingClient();
            const before = await describeClient(sdk, userPoolId, clientId);
            const inputs = await checked(provider, {
                ...matchingArguments(),
                generateSecret: false,
                name: "renamed app",
                importId: `${userPoolId}/${clientId}`,
            });
            proxy().reset();

            const error = await provider.create(inputs).then(() => undefined, (e: Error) => e);

            expect(error, "adoption should fail").to.be.instanceOf(Error);
            expect(error!.message).to.contain(`${userPoolId}/${clientId}`);
            expect(error!.message).to.match(/differs from the program in generateSecret, which no update can change/);
            expect(error!.message).to.not.match(/\bname\b/);
            // Read by ID alone, each per-client setting reads what the client has: secrets, SSO session, style, both terms kinds, CIMD policies, threat protection, classic hosted UI.
            expect(proxy().countsByOperation()).to.deep.equal({ DescribeUserPoolClient: 1, ListUserPoolClientSecrets: 1, GetUserPoolClientSessionConfiguration: 1, DescribeManagedLoginBrandingByClient: 1, DescribeTermsByClient: 2, ListCIMDPolicies: 1, DescribeRiskConfiguration: 1, GetUICustomization: 1 });
            expect(await describeClient(sdk, userPoolId, clientId)).to.deep.equal(before);
            expect(await listClients(sdk, userPoolId)).to.have.length(1);
        });
    });

    describe("API calls per operation", () => {
        it("makes exactly one call per lifecycle step, and none for check and diff", async () => {
            const args: UserPoolClientInputs = { name: "counted", userPoolId, callbackUrls: ["https://a.example.com/cb"] };
            const measured: Record<string, Record<string, number>> = {};
            const measure = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
                proxy().reset();
                const result = await run();
                measured[step] = proxy().countsByOperation();
                return result;
            };

            const inputs = await measure("check", async () => (await provider.check({} as UserPoolClientInputs, args)).inputs as UserPoolClientInputs);
            const { id, outs } = await measure("create", () => provider.create(inputs));
            const read = await measure("read", () => provider.read(id, outs as UserPoolClientOutputs));
            const news = { ...inputs, name: "counted 2" };
            await measure("diff", () => provider.diff(id, read.props as UserPoolClientOutputs, news));
            const updated = await measure("update", () => provider.update(id, read.props as UserPoolClientOutputs, news));
            await measure("delete", () => provider.delete(id, updated.outs as UserPoolClientOutputs));

            expect(measured).to.deep.equal({
                check: {},
                create: { CreateUserPoolClient: 1 },
                read: { DescribeUserPoolClient: 1 },
                diff: {},
                update: { UpdateUserPoolClient: 1 },
                delete: { DeleteUserPoolClient: 1 },
            });
        });
    });
});
