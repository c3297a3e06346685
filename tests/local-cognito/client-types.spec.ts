/**
 * Client types: REGULAR clients from CreateUserPoolClient, DCR clients from the local stand-in for the user pool
 * domain's dynamic client registration endpoint (RFC 7591), what DCR clients can't do, and the ClientType filter of
 * ListUserPoolClients (docs/local-cognito.md, "Client types").
 */
import {
    CognitoIdentityProviderClient,
    DescribeUserPoolClientCommand,
    ListUserPoolClientsCommand,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { addResourceServer, cognitoCall, createClient, describeFaithful, dropPool, expectError, newPool, registerDcrClient, sdk } from "./support";

const GENERATED = /^[a-z0-9]{51}$/;
const REGISTER_SCOPE = "aws.cognito/dcr/register";

describeFaithful("client types", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
        await addResourceServer(cognito, pool, "api", ["read"]);
    });
    after(async () => dropPool(cognito, pool));

    const describe_ = async (clientId: string, userPoolId = pool) =>
        (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UserPoolClient!;
    const register = async (body: Record<string, unknown>, userPoolId = pool) => {
        const { status, json } = await registerDcrClient(userPoolId, body);
        expect(status, JSON.stringify(json)).to.equal(201);
        return json;
    };
    const refused = async (body: Record<string, unknown>, error: string, description: string) => {
        const { status, json } = await registerDcrClient(pool, body);
        expect(status).to.equal(400);
        expect(json).to.deep.equal({ error, error_description: description });
    };
    const CODE_CLIENT = { client_name: "agent", redirect_uris: ["https://agent.example/cb"], grant_types: ["authorization_code", "refresh_token"], scope: "openid email" };

    describe("REGULAR", () => {
        it("Create, Update and Describe return ClientType REGULAR", async () => {
            const created = await createClient(cognito, { UserPoolId: pool });
            expect(created.ClientType).to.equal("REGULAR");
            const updated = (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: created.ClientId! }))).UserPoolClient!;
            expect(updated.ClientType).to.equal("REGULAR");
            expect((await describe_(created.ClientId!)).ClientType).to.equal("REGULAR");
        });

        it("can hold the system-managed scope aws.cognito/dcr/register without a resource server", async () => {
            const created = await createClient(cognito, {
                UserPoolId: pool,
                GenerateSecret: true,
                AllowedOAuthFlowsUserPoolClient: true,
                AllowedOAuthFlows: ["client_credentials"],
                AllowedOAuthScopes: [REGISTER_SCOPE],
            });
            expect(created.AllowedOAuthScopes).to.deep.equal([REGISTER_SCOPE]);
        });
    });

    describe("registration (local stand-in for https://<domain>/oauth2/register)", () => {
        it("creates a DCR client from RFC 7591 metadata and answers 201 with RFC 7591's fields", async () => {
            const answer = await register(CODE_CLIENT);
            expect(answer.client_id).to.match(/^[a-z0-9]{26}$/);
            expect(answer.client_secret).to.match(GENERATED);
            expect(answer.client_secret_expires_at).to.equal(0);
            expect(answer.client_id_issued_at).to.be.a("number");
            expect(Math.abs(answer.client_id_issued_at * 1000 - Date.now())).to.be.below(60_000);
            expect(answer).to.include({ client_name: "agent", token_endpoint_auth_method: "client_secret_basic" });
            expect(answer.redirect_uris).to.deep.equal(["https://agent.example/cb"]);
            expect(answer.grant_types).to.deep.equal(["authorization_code", "refresh_token"]);
            expect(answer.scope.split(" ").sort()).to.deep.equal(["email", "openid"]);

            const described = await describe_(answer.client_id);
            expect(described.ClientType).to.equal("DCR");
            expect(described.ClientName).to.equal("agent");
            expect(described.ClientSecret).to.equal(answer.client_secret);
            expect(described.CallbackURLs).to.deep.equal(["https://agent.example/cb"]);
            expect(described.AllowedOAuthFlowsUserPoolClient).to.equal(true);
            expect(described.AllowedOAuthFlows).to.deep.equal(["code"]);
            expect([...described.AllowedOAuthScopes!].sort()).to.deep.equal(["email", "openid"]);
        });

        it("token_endpoint_auth_method none registers a client without a secret; client_secret_post one with", async () => {
            const publicClient = await register({ ...CODE_CLIENT, token_endpoint_auth_method: "none" });
            expect(publicClient).to.not.have.property("client_secret");
            expect(publicClient).to.not.have.property("client_secret_expires_at");
            expect(await describe_(publicClient.client_id)).to.not.have.property("ClientSecret");
            const post = await register({ ...CODE_CLIENT, token_endpoint_auth_method: "client_secret_post" });
            expect(post.client_secret).to.match(GENERATED);
        });

        it("defaults: authorization_code, client_secret_basic, scope openid, name dynamic-client", async () => {
            const answer = await register({ redirect_uris: ["https://agent.example/cb"] });
            expect(answer).to.include({ client_name: "dynamic-client", token_endpoint_auth_method: "client_secret_basic", scope: "openid" });
            expect(answer.grant_types).to.deep.equal(["authorization_code"]);
            expect((await describe_(answer.client_id)).AllowedOAuthFlows).to.deep.equal(["code"]);
        });

        it("registers a machine-to-machine client with client_credentials and a custom scope", async () => {
            const answer = await register({ client_name: "m2m", grant_types: ["client_credentials"], scope: "api/read" });
            const described = await describe_(answer.client_id);
            expect(described.AllowedOAuthFlows).to.deep.equal(["client_credentials"]);
            expect(described.AllowedOAuthScopes).to.deep.equal(["api/read"]);
            expect(described).to.not.have.property("CallbackURLs");
        });

        it("answers RFC 7591 errors: invalid_redirect_uri for redirect URIs, invalid_client_metadata otherwise", async () => {
            await refused({ grant_types: ["authorization_code"] }, "invalid_redirect_uri", "redirect_uris is required for the authorization_code and implicit grant types.");
            await refused({ redirect_uris: ["http://agent.example/cb"] }, "invalid_redirect_uri", "http://agent.example/cb cannot use the HTTP protocol.");
            await refused(
                { grant_types: ["client_credentials"], scope: "api/read", token_endpoint_auth_method: "none" },
                "invalid_client_metadata",
                "client_credentials flow can not be selected if client does not have a client secret.",
            );
            await refused({ grant_types: ["client_credentials"] }, "invalid_client_metadata", "scope is required for the client_credentials grant type.");
            await refused({ ...CODE_CLIENT, scope: "openid api/write" }, "invalid_client_metadata", "Invalid scope requested: api/write");
            await refused({ ...CODE_CLIENT, token_endpoint_auth_method: "private_key_jwt" }, "invalid_client_metadata", "token_endpoint_auth_method private_key_jwt is not supported.");
            await refused({ ...CODE_CLIENT, grant_types: ["password"] }, "invalid_client_metadata", "grant_type password is not supported.");
            await refused(
                { ...CODE_CLIENT, client_name: "bad/name" },
                "invalid_client_metadata",
                "1 validation error detected: Value 'bad/name' at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
            );
        });

        it("can't register the scope aws.cognito/dcr/register", async () => {
            await refused(
                { grant_types: ["client_credentials"], scope: REGISTER_SCOPE },
                "invalid_client_metadata",
                "The scope aws.cognito/dcr/register can not be registered.",
            );
        });

        it("answers 404 for a user pool that does not exist", async () => {
            const { status, json } = await registerDcrClient("us-east-1_missing0", CODE_CLIENT);
            expect(status).to.equal(404);
            expect(json).to.deep.equal({ error: "invalid_request", error_description: "User pool us-east-1_missing0 does not exist." });
        });
    });

    describe("DCR clients", () => {
        it("refuse AddUserPoolClientSecret and DeleteUserPoolClientSecret; ListUserPoolClientSecrets works", async () => {
            const { client_id: clientId } = await register(CODE_CLIENT);
            const message = `App client ${clientId} was created through dynamic client registration and does not support client secret operations.`;
            await expectError(cognitoCall("AddUserPoolClientSecret", { UserPoolId: pool, ClientId: clientId }), "InvalidParameterException", message);
            const { ClientSecrets } = await cognitoCall("ListUserPoolClientSecrets", { UserPoolId: pool, ClientId: clientId });
            expect(ClientSecrets).to.have.length(1);
            await expectError(
                cognitoCall("DeleteUserPoolClientSecret", { UserPoolId: pool, ClientId: clientId, ClientSecretId: ClientSecrets[0].ClientSecretId }),
                "InvalidParameterException",
                message,
            );
        });

        it("refuse PublishSecretsInAWSSecretsManager true with the same error", async () => {
            const { client_id: clientId } = await register(CODE_CLIENT);
            await expectError(
                cognitoCall("UpdateUserPoolClient", { UserPoolId: pool, ClientId: clientId, PublishSecretsInAWSSecretsManager: true }),
                "InvalidParameterException",
                `App client ${clientId} was created through dynamic client registration and does not support client secret operations.`,
            );
        });

        it("can be updated, stay DCR, and can't be given the scope aws.cognito/dcr/register", async () => {
            const { client_id: clientId } = await register({ grant_types: ["client_credentials"], scope: "api/read" });
            const oauth = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials" as const] };
            const updated = (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId, ...oauth, AllowedOAuthScopes: ["api/read"], RefreshTokenValidity: 7 })))
                .UserPoolClient!;
            expect(updated.ClientType).to.equal("DCR");
            expect(updated.RefreshTokenValidity).to.equal(7);
            await expectError(
                cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId, ...oauth, AllowedOAuthScopes: ["api/read", REGISTER_SCOPE] })),
                "InvalidParameterException",
                `App client ${clientId} was created through dynamic client registration and can not hold the scope ${REGISTER_SCOPE}.`,
            );
        });
    });

    describe("ListUserPoolClients ClientType filter", () => {
        let listPool: string;
        const regular: string[] = [];
        const dcr: string[] = [];

        before(async () => {
            listPool = await newPool(cognito);
            // In creation order: REGULAR, REGULAR, DCR, REGULAR, DCR.
            for (const kind of ["REGULAR", "REGULAR", "DCR", "REGULAR", "DCR"]) {
                if (kind === "REGULAR") regular.push((await createClient(cognito, { UserPoolId: listPool })).ClientId!);
                else dcr.push((await register(CODE_CLIENT, listPool)).client_id);
            }
        });
        after(async () => dropPool(cognito, listPool));

        const page = (input: { ClientType?: "REGULAR" | "DCR"; MaxResults?: number; NextToken?: string }) =>
            cognito.send(new ListUserPoolClientsCommand({ UserPoolId: listPool, ...input }));

        it("without the filter, lists every client", async () => {
            const out = await page({ MaxResults: 60 });
            expect(out.UserPoolClients!.map((c) => c.ClientId).sort()).to.deep.equal([...regular, ...dcr].sort());
        });

        it("with it, pages first and filters after: a page can be short or empty while NextToken is still there", async () => {
            const first = await page({ ClientType: "DCR", MaxResults: 2 });
            expect(first.UserPoolClients).to.deep.equal([]);
            expect(first.NextToken).to.be.a("string");
            const second = await page({ ClientType: "DCR", MaxResults: 2, NextToken: first.NextToken });
            expect(second.UserPoolClients!.map((c) => c.ClientId)).to.deep.equal([dcr[0]]);
            expect(second.NextToken).to.be.a("string");
            const third = await page({ ClientType: "DCR", MaxResults: 2, NextToken: second.NextToken });
            expect(third.UserPoolClients!.map((c) => c.ClientId)).to.deep.equal([dcr[1]]);
            expect(third.NextToken).to.equal(undefined);
        });

        it("collects every client of a type over all pages; entries carry no type", async () => {
            for (const [type, expected] of [["REGULAR", regular], ["DCR", dcr]] as const) {
                const seen: string[] = [];
                let token: string | undefined;
                do {
                    const json = await cognitoCall("ListUserPoolClients", { UserPoolId: listPool, ClientType: type, MaxResults: 1, NextToken: token });
                    for (const entry of json.UserPoolClients) {
                        expect(Object.keys(entry).sort()).to.deep.equal(["ClientId", "ClientName", "UserPoolId"]);
                        seen.push(entry.ClientId);
                    }
                    token = json.NextToken;
                } while (token);
                expect(seen.sort()).to.deep.equal([...expected].sort());
            }
        });

        it("fails on a type outside the enum", async () => {
            await expectError(
                page({ ClientType: "OTHER" as "DCR" }),
                "InvalidParameterException",
                "1 validation error detected: Value 'OTHER' at 'clientType' failed to satisfy constraint: Member must satisfy enum value set: [REGULAR, DCR]",
            );
        });
    });
});
