/**
 * The app client as Cognito defines it today, through the provider against the local Cognito API: a
 * machine-to-machine client (ALLOW_CLIENT_TOKEN_AUTH), token-exchange flows, a secret that Cognito publishes in
 * Secrets Manager (the member on the wire, the ARN in the outputs, the secret read by its ARN signs in), token
 * validity units that change alone or come without values, clients that applications registered themselves (DCR),
 * and an auth flow value AWS adds after this release (a local API started with that value).
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { UserPoolClientApi } from "../../provider/aws";
import { PendingCreate, findCreatedClients } from "../../provider/adoption/recovery";
import { futureAuthFlows } from "../../provider/validate";
import { startLocalCognito } from "../../scripts/local-cognito";
import { cognitoCall, publishedSecret, registerDcrClient } from "../local-cognito/support";
import { acceptsSecret, createSignInUser, createUserPool, describeClient, newProvider, usePoolSuite } from "../support/cognito";

const ADMIN_FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

describe("integration: the app client of today's model", function () {
    const s = usePoolSuite("today", "the new flows, publishing and client types exist only in the faithful local API", { tier: "ESSENTIALS" });
    before(async () => createSignInUser(s.sdk, s.userPoolId));

    /** Create, then refresh: the refreshed outputs must diff as no change against the same program. */
    async function createAndRefresh(args: Partial<UserPoolClientInputs>) {
        const inputs = await s.checked(args);
        const created = await s.provider.create(inputs);
        const read = await s.provider.read(created.id, created.outs as UserPoolClientOutputs);
        const outs = read.props as UserPoolClientOutputs;
        expect((await s.provider.diff(created.id, outs, inputs)).changes, "an unchanged program after create and refresh").to.equal(false);
        return { id: created.id, outs, inputs };
    }

    describe("auth flows", () => {
        it("a machine-to-machine client with ALLOW_CLIENT_TOKEN_AUTH: created, refreshed with no change, deleted", async () => {
            const { id, outs } = await createAndRefresh({ name: "m2m", generateSecret: true, explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"] });
            expect(outs.explicitAuthFlows).to.deep.equal(["ALLOW_CLIENT_TOKEN_AUTH"]);
            expect((await describeClient(s.sdk, s.userPoolId, id)).ExplicitAuthFlows).to.deep.equal(["ALLOW_CLIENT_TOKEN_AUTH"]);
            await s.provider.delete(id, outs);
        });

        it("token-exchange flows beside the user flows, then removed in place", async () => {
            const flows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"];
            const { id, outs } = await createAndRefresh({ name: "exchange", explicitAuthFlows: flows });
            expect([...outs.explicitAuthFlows!].sort()).to.deep.equal([...flows].sort());
            const news = await s.checked({ name: "exchange", explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
            expect(await s.provider.diff(id, outs, news)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
            const updated = (await s.provider.update(id, outs, news)).outs as UserPoolClientOutputs;
            expect([...updated.explicitAuthFlows!].sort()).to.deep.equal(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"]);
            await s.provider.delete(id, updated);
        });

        it("a value AWS adds after this release: with allowNewAuthFlows check passes it, Cognito (here a local API that knows it) takes it, refresh shows no change", async () => {
            const future = "ALLOW_FUTURE_TEST_AUTH";
            const flows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", future];
            expect(futureAuthFlows(flows)).to.deep.equal([future]);
            const without = await s.provider.check({} as UserPoolClientInputs, { userPoolId: s.userPoolId, name: "future", explicitAuthFlows: flows } as UserPoolClientInputs);
            expect(without.failures?.map((f) => f.reason)).to.deep.equal([
                `explicitAuthFlows[2] must be one of ${["ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION", "ALLOW_CLIENT_TOKEN_AUTH"].join(", ")}; received "${future}"; if AWS added ${future} after this release, set allowNewAuthFlows: true to send it to Cognito unchecked`,
            ]);
            // The shared local API knows only today's values, and refuses it as the real service refuses an unknown value.
            const refused = await s.provider.create(await s.checked({ name: "future", explicitAuthFlows: flows, allowNewAuthFlows: true })).catch((e: Error) => e);
            expect(String(refused)).to.match(/InvalidParameterException: 1 validation error detected: .*explicitAuthFlows/);
            const tomorrow = await startLocalCognito({ env: { LOCAL_COGNITO_EXTRA_AUTH_FLOWS: future } });
            const endpoint = process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
            process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = tomorrow.endpoint;
            try {
                const p = newProvider();
                const pool = await createUserPool(new CognitoIdentityProviderClient({ endpoint: tomorrow.endpoint, region: "us-east-1" }), "tomorrow");
                const { inputs } = await p.check({} as UserPoolClientInputs, { userPoolId: pool, name: "future", explicitAuthFlows: flows, allowNewAuthFlows: true } as UserPoolClientInputs);
                const created = await p.create(inputs as UserPoolClientInputs);
                const read = await p.read(created.id, created.outs as UserPoolClientOutputs);
                expect((read.props as UserPoolClientOutputs).explicitAuthFlows).to.include(future);
                expect((await p.diff(created.id, read.props as UserPoolClientOutputs, inputs as UserPoolClientInputs)).changes).to.equal(false);
            } finally {
                process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = endpoint;
                await tomorrow.stop();
            }
        });
    });

    describe("a secret that Cognito publishes in Secrets Manager", () => {
        it("create sends the member on the wire; the ARN is an output, no secret value is; the published secret signs in", async () => {
            const args = { name: "published", generateSecret: true, publishSecretsInAwsSecretsManager: true, explicitAuthFlows: ADMIN_FLOWS };
            const inputs = await s.checked(args);
            const created = await s.provider.create(inputs);
            const [request] = s.proxy().callsOf("CreateUserPoolClient");
            expect(request.body).to.include({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const outs = created.outs as UserPoolClientOutputs;
            expect(outs.clientSecretArn).to.match(/^arn:aws:secretsmanager:us-east-1:\d{12}:secret:/);
            expect(outs).to.include({ publishSecretsInAwsSecretsManager: true, clientType: "REGULAR" });
            expect(outs).to.not.have.property("clientSecret");
            const secret = await publishedSecret(outs.clientSecretArn!);
            expect(secret).to.include({ userPoolId: s.userPoolId, userPoolClientId: created.id });
            expect(await acceptsSecret(s.sdk, s.userPoolId, created.id, secret.clientSecretValue)).to.equal(true);
            // Nothing in the outputs is a secret value: no field holds the published secret.
            expect(JSON.stringify(outs)).to.not.include(secret.clientSecretValue);

            const read = await s.provider.read(created.id, outs);
            expect((await s.provider.diff(created.id, read.props as UserPoolClientOutputs, inputs)).changes).to.equal(false);
            await s.provider.delete(created.id, read.props as UserPoolClientOutputs);
        });

        it("turning publishing off and on again is an update in place; refresh sees it turned off outside Pulumi", async () => {
            const on = await s.checked({ name: "toggle", generateSecret: true, publishSecretsInAwsSecretsManager: true, explicitAuthFlows: ADMIN_FLOWS });
            const off = await s.checked({ name: "toggle", generateSecret: true, explicitAuthFlows: ADMIN_FLOWS });
            const created = await s.provider.create(on);
            const id = created.id;
            let outs = created.outs as UserPoolClientOutputs;

            const toOff = await s.provider.diff(id, outs, off);
            expect(toOff).to.include({ changes: true });
            expect(toOff.replaces).to.deep.equal([]);
            s.proxy().reset();
            outs = (await s.provider.update(id, outs, off)).outs as UserPoolClientOutputs;
            expect(s.proxy().callsOf("UpdateUserPoolClient")[0].body).to.include({ PublishSecretsInAWSSecretsManager: false });
            expect(outs).to.not.have.property("clientSecretArn");
            expect(outs.clientSecret).to.be.a("string");
            expect(await acceptsSecret(s.sdk, s.userPoolId, id, outs.clientSecret!)).to.equal(true);
            expect((await s.provider.diff(id, outs, off)).changes).to.equal(false);

            outs = (await s.provider.update(id, outs, on)).outs as UserPoolClientOutputs;
            expect(outs.clientSecretArn).to.be.a("string");
            expect(outs).to.not.have.property("clientSecret");
            expect(outs).to.not.have.property("previousClientSecret");
            expect(await acceptsSecret(s.sdk, s.userPoolId, id, (await publishedSecret(outs.clientSecretArn!)).clientSecretValue)).to.equal(true);

            // Outside Pulumi: publishing turned off (the installed SDK drops the member, so on the wire).
            await cognitoCall("UpdateUserPoolClient", { UserPoolId: s.userPoolId, ClientId: id, ClientName: "toggle", ExplicitAuthFlows: ADMIN_FLOWS, PublishSecretsInAWSSecretsManager: false });
            const refreshed = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
            expect(refreshed).to.not.have.property("clientSecretArn");
            expect((await s.provider.diff(id, refreshed, on)).changes).to.equal(true);
            outs = (await s.provider.update(id, refreshed, on)).outs as UserPoolClientOutputs;
            expect(outs.clientSecretArn).to.be.a("string");
            await s.provider.delete(id, outs);
        });

        it("an update of another argument keeps publishing on (the member is always sent as the program says)", async () => {
            const on = await s.checked({ name: "keep", generateSecret: true, publishSecretsInAwsSecretsManager: true });
            const created = await s.provider.create(on);
            const renamed = await s.checked({ name: "keep-renamed", generateSecret: true, publishSecretsInAwsSecretsManager: true });
            const outs = (await s.provider.update(created.id, created.outs as UserPoolClientOutputs, renamed)).outs as UserPoolClientOutputs;
            expect(outs.clientSecretArn).to.equal((created.outs as UserPoolClientOutputs).clientSecretArn);
            expect((await describeClient(s.sdk, s.userPoolId, created.id)).ClientSecret).to.equal(undefined);
            await s.provider.delete(created.id, outs);
        });

        it("import of a publishing client carries the flag and the ARN, no secret", async () => {
            const created = await s.provider.create(await s.checked({ name: "import-published", generateSecret: true, publishSecretsInAwsSecretsManager: true }));
            const read = await s.provider.read(`${s.userPoolId}/${created.id}`);
            const props = read.props as UserPoolClientOutputs;
            expect(props).to.include({ publishSecretsInAwsSecretsManager: true, generateSecret: true });
            expect(props.clientSecretArn).to.be.a("string");
            for (const key of ["clientSecret", "previousClientSecret"]) expect(props).to.not.have.property(key);
            expect(read.inputs).to.include({ publishSecretsInAwsSecretsManager: true, generateSecret: true });
            await s.provider.delete(created.id, props);
        });
    });

    describe("errors that say what to do", () => {
        it("an identity provider the pool does not have yet: Cognito's error, and to pass the provider's providerName output", async () => {
            const error = await s.provider.create(await s.checked({ name: "idp", supportedIdentityProviders: ["COGNITO", "Google"] })).then(() => undefined, (e: Error) => e);
            expect(error?.message).to.match(/InvalidParameterException: The provider Google does not exist for User Pool us-east-1_\w+\./);
            expect(error?.message).to.match(/\. supportedIdentityProviders names Google, which the user pool does not have \(yet\): pass the identity provider resource's providerName output/);
        });
    });

    describe("token validity units", () => {
        it("a change of units alone is applied (days to hours, no validity values)", async () => {
            const days = { accessToken: "days", idToken: "days", refreshToken: "days" };
            const hours = { accessToken: "hours", idToken: "hours", refreshToken: "hours" };
            const { id, outs } = await createAndRefresh({ name: "units", tokenValidityUnits: days });
            const news = await s.checked({ name: "units", tokenValidityUnits: hours });
            expect((await s.provider.diff(id, outs, news)).changes).to.equal(true);
            const updated = (await s.provider.update(id, outs, news)).outs as UserPoolClientOutputs;
            const live = await describeClient(s.sdk, s.userPoolId, id);
            expect(live.TokenValidityUnits).to.deep.equal({ AccessToken: "hours", IdToken: "hours", RefreshToken: "hours" });
            expect(live.RefreshTokenValidity).to.equal(30);
            const refreshed = (await s.provider.read(id, updated)).props as UserPoolClientOutputs;
            expect((await s.provider.diff(id, refreshed, news)).changes).to.equal(false);
            await s.provider.delete(id, refreshed);
        });

        for (const units of [{ refreshToken: "hours" }, { accessToken: "days" }, { idToken: "minutes" }, { accessToken: "seconds", idToken: "days" }]) {
            it(`created with tokenValidityUnits ${JSON.stringify(units)} and no validity, then refreshed: no change`, async () => {
                const { id, outs } = await createAndRefresh({ name: "units-only", tokenValidityUnits: units });
                await s.provider.delete(id, outs);
            });
        }
    });

    describe("clients that applications registered themselves (dynamic client registration)", () => {
        it("recover never takes a registered client of the create's name, and says so", async () => {
            const { json } = await registerDcrClient(s.userPoolId, { client_name: "same-name", token_endpoint_auth_method: "none", grant_types: ["authorization_code"], redirect_uris: ["https://agent.example/cb"] });
            const pending: PendingCreate = { urn: "urn:pulumi:test::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::same-name", face: "dynamic", resourceName: "same-name", inputs: await s.checked({ name: "same-name" }) };
            const api = new UserPoolClientApi({ region: "us-east-1" });
            const [result] = await findCreatedClients(s.provider, (pool) => api.list(pool), [pending], new Set());
            expect(result.found).to.equal(undefined);
            expect(result.ambiguous).to.equal(undefined);
            expect(result.registered).to.deep.equal([`${s.userPoolId}/${json.client_id}`]);
        });


        it("import shows clientType DCR; secret rotation is refused at preview and at update, before any call", async () => {
            const { json } = await registerDcrClient(s.userPoolId, { client_name: "agent", token_endpoint_auth_method: "client_secret_basic", grant_types: ["authorization_code"], redirect_uris: ["https://agent.example/cb"] });
            const id = json.client_id as string;
            const read = await s.provider.read(`${s.userPoolId}/${id}`);
            const outs = read.props as UserPoolClientOutputs;
            expect(outs.clientType).to.equal("DCR");
            const inputs = { ...(read.inputs as unknown as UserPoolClientInputs), rotateSecretWhenChanged: { rotation: "1" } };
            const first = (await s.provider.update(id, outs, inputs)).outs as UserPoolClientOutputs;
            const rotate = { ...inputs, rotateSecretWhenChanged: { rotation: "2" } };
            const message = /cannot rotate its secret: client \S+ was registered by an application through dynamic client registration \(clientType DCR\)/;
            await s.provider.diff(id, first, rotate).then(() => expect.fail("diff accepted a rotation"), (e: Error) => expect(e.message).to.match(message));
            s.proxy().reset();
            await s.provider.update(id, first, rotate).then(() => expect.fail("update rotated"), (e: Error) => expect(e.message).to.match(message));
            expect(s.proxy().calls).to.deep.equal([]);
        });
    });
});
