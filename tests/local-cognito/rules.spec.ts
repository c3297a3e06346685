/**
 * The service's cross-field rules of CreateUserPoolClient and UpdateUserPoolClient, each with its exception and
 * message (docs/local-cognito.md, "Service rules").
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommandInput,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { addIdentityProvider, addResourceServer, createClient, describeFaithful, dropPool, expectError, newPool, sdk } from "./support";

type ClientInput = Omit<CreateUserPoolClientCommandInput, "UserPoolId" | "ClientName">;

const OAUTH = { AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://app.example/cb"] };

describeFaithful("service rules", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito, {
            Schema: [
                { Name: "email", AttributeDataType: "String", Mutable: true, Required: true },
                { Name: "name", AttributeDataType: "String", Mutable: true },
                { Name: "tenant", AttributeDataType: "String", Mutable: true },
            ],
        });
        await addIdentityProvider(cognito, pool, "Google");
        await addResourceServer(cognito, pool, "https://api.example", ["read", "write"]);
    });
    after(async () => dropPool(cognito, pool));

    const create = (input: ClientInput) => createClient(cognito, { UserPoolId: pool, ...input });
    const update = async (clientId: string, input: ClientInput) =>
        (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId, ClientName: "app", ...input }))).UserPoolClient!;
    const invalid = (input: ClientInput, message: string) => expectError(create(input), "InvalidParameterException", message);

    describe("URLs", () => {
        it("fails on http to a host other than a loopback one", async () => {
            await invalid({ CallbackURLs: ["http://app.example/cb"] }, "http://app.example/cb cannot use the HTTP protocol.");
            await invalid({ LogoutURLs: ["http://app.example/out"] }, "http://app.example/out cannot use the HTTP protocol.");
        });

        it("accepts http to localhost, 127.0.0.1 and [::1], with a port", async () => {
            const urls = ["http://localhost:3000/cb", "http://127.0.0.1/cb", "http://[::1]:8080/cb", "http://localhost"];
            const created = await create({ CallbackURLs: urls, LogoutURLs: urls, DefaultRedirectURI: urls[0] });
            expect([...created.CallbackURLs!].sort()).to.deep.equal([...urls].sort());
        });

        it("accepts app schemes", async () => {
            const created = await create({ CallbackURLs: ["myapp://callback"] });
            expect(created.CallbackURLs).to.deep.equal(["myapp://callback"]);
        });

        it("fails on a URL with a fragment", async () => {
            await invalid({ CallbackURLs: ["https://app.example/cb#part"] }, "https://app.example/cb#part cannot contain a fragment.");
        });

        it("fails on a URL that is not absolute", async () => {
            await invalid({ CallbackURLs: ["app.example/cb"] }, "app.example/cb is not an absolute URL.");
        });

        it("fails when DefaultRedirectURI is not one of the CallbackURLs", async () => {
            await invalid(
                { CallbackURLs: ["https://app.example/cb"], DefaultRedirectURI: "https://app.example/other" },
                "DefaultRedirectURI https://app.example/other must be one of the CallbackURLs.",
            );
        });

        it("accepts callback, logout and default redirect URLs without the OAuth flag", async () => {
            const created = await create({
                CallbackURLs: ["https://app.example/cb"],
                LogoutURLs: ["https://app.example/out"],
                DefaultRedirectURI: "https://app.example/cb",
            });
            expect(created.AllowedOAuthFlowsUserPoolClient).to.equal(false);
            expect(created.DefaultRedirectURI).to.equal("https://app.example/cb");
        });
    });

    describe("OAuth", () => {
        it("fails when the flag is true without flows or scopes", async () => {
            const message = "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.";
            await invalid({ ...OAUTH }, message);
            await invalid({ ...OAUTH, AllowedOAuthFlows: ["code"] }, message);
            await invalid({ ...OAUTH, AllowedOAuthScopes: ["openid"] }, message);
        });

        it("fails on flows or scopes without the flag", async () => {
            const message = "AllowedOAuthFlowsUserPoolClient must be true before AllowedOAuthFlows or AllowedOAuthScopes can be configured.";
            await invalid({ CallbackURLs: ["https://app.example/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid"] }, message);
            await invalid({ AllowedOAuthScopes: ["openid"], AllowedOAuthFlowsUserPoolClient: false }, message);
        });

        it("fails with InvalidOAuthFlowException on code or implicit without callback URLs", async () => {
            for (const flow of ["code", "implicit"] as const) {
                await expectError(
                    create({ AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: [flow], AllowedOAuthScopes: ["openid"] }),
                    "InvalidOAuthFlowException",
                    "CallbackUrls can not be empty when code flow or implicit flow is selected",
                );
            }
        });

        it("fails with InvalidOAuthFlowException on client_credentials with code or implicit", async () => {
            await expectError(
                create({ ...OAUTH, GenerateSecret: true, AllowedOAuthFlows: ["client_credentials", "code"], AllowedOAuthScopes: ["https://api.example/read"] }),
                "InvalidOAuthFlowException",
                "client_credentials flow can not be selected along with code flow or implicit flow.",
            );
        });

        it("fails with InvalidOAuthFlowException on client_credentials without a secret", async () => {
            const message = "client_credentials flow can not be selected if client does not have a client secret.";
            const input: ClientInput = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["https://api.example/read"] };
            await expectError(create(input), "InvalidOAuthFlowException", message);
            const publicClient = await create({});
            await expectError(update(publicClient.ClientId!, input), "InvalidOAuthFlowException", message);
        });

        it("accepts client_credentials with a generated or a custom secret, and on Update of a confidential client", async () => {
            const input: ClientInput = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["https://api.example/read"] };
            const generated = await create({ ...input, GenerateSecret: true });
            expect(generated.AllowedOAuthFlows).to.deep.equal(["client_credentials"]);
            await create({ ...input, ClientSecret: "custom_secret_0123456789abcdef" });
            const confidential = await create({ GenerateSecret: true });
            expect((await update(confidential.ClientId!, input)).AllowedOAuthFlows).to.deep.equal(["client_credentials"]);
        });

        it("fails with InvalidOAuthFlowException on client_credentials with a user scope", async () => {
            for (const scope of ["openid", "profile", "email", "phone", "aws.cognito.signin.user.admin"]) {
                await expectError(
                    create({ GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: [scope] }),
                    "InvalidOAuthFlowException",
                    `${scope} is not supported with client_credentials flow`,
                );
            }
        });

        it("fails with ScopeDoesNotExistException on a custom scope that no resource server of the pool has", async () => {
            for (const scope of ["https://api.example/delete", "https://other.example/read", "read"]) {
                await expectError(
                    create({ ...OAUTH, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", scope] }),
                    "ScopeDoesNotExistException",
                    `Invalid scope requested: ${scope}`,
                );
            }
        });

        it("accepts a custom scope of a resource server of the pool", async () => {
            const created = await create({ ...OAUTH, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "https://api.example/write"] });
            expect([...created.AllowedOAuthScopes!].sort()).to.deep.equal(["https://api.example/write", "openid"]);
        });
    });

    describe("explicit auth flows", () => {
        it("fails on legacy values mixed with ALLOW_ values", async () => {
            await invalid(
                { ExplicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] },
                "ExplicitAuthFlows can not mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with values that begin with ALLOW_.",
            );
        });

        it("accepts legacy values alone", async () => {
            const created = await create({ ExplicitAuthFlows: ["USER_PASSWORD_AUTH"] });
            expect(created.ExplicitAuthFlows).to.deep.equal(["USER_PASSWORD_AUTH"]);
        });

        it("fails on an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH while rotation is not enabled", async () => {
            await invalid({ ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] }, "REFRESH_TOKEN_AUTH should always be allowed.");
            await invalid(
                { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation: { Feature: "DISABLED" } },
                "REFRESH_TOKEN_AUTH should always be allowed.",
            );
        });

        it("accepts an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH when rotation is enabled", async () => {
            const created = await create({ ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation: { Feature: "ENABLED" } });
            expect(created.ExplicitAuthFlows).to.deep.equal(["ALLOW_USER_SRP_AUTH"]);
        });

        it("fails on ALLOW_REFRESH_TOKEN_AUTH while rotation is enabled", async () => {
            await invalid(
                { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], RefreshTokenRotation: { Feature: "ENABLED" } },
                "ALLOW_REFRESH_TOKEN_AUTH can not be used when refresh token rotation is enabled.",
            );
        });

        it("fails with FeatureUnavailableInTierException on ALLOW_USER_AUTH in a LITE pool, accepts it in ESSENTIALS", async () => {
            const lite = await newPool(cognito, { UserPoolTier: "LITE" });
            try {
                await expectError(
                    createClient(cognito, { UserPoolId: lite, ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
                    "FeatureUnavailableInTierException",
                    `ALLOW_USER_AUTH is not available in the LITE tier of user pool ${lite}; it needs ESSENTIALS or PLUS.`,
                );
            } finally {
                await dropPool(cognito, lite);
            }
            const created = await create({ ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
            expect(created.ExplicitAuthFlows).to.include("ALLOW_USER_AUTH");
        });
    });

    describe("token validity", () => {
        const RANGE = "Invalid range for token validity.";

        it("fails when a validity is out of range once its unit is applied", async () => {
            await invalid({ AccessTokenValidity: 4, TokenValidityUnits: { AccessToken: "minutes" } }, RANGE);
            await invalid({ IdTokenValidity: 25 }, RANGE);
            await invalid({ AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: "days" } }, RANGE);
            await invalid({ RefreshTokenValidity: 59, TokenValidityUnits: { RefreshToken: "minutes" } }, RANGE);
            await invalid({ RefreshTokenValidity: 3651 }, RANGE);
        });

        it("accepts the edges: 5 minutes to 1 day for access and ID tokens, 60 minutes to 3650 days for refresh tokens", async () => {
            await create({ AccessTokenValidity: 5, IdTokenValidity: 300, TokenValidityUnits: { AccessToken: "minutes", IdToken: "seconds" } });
            await create({ AccessTokenValidity: 24, IdTokenValidity: 1, TokenValidityUnits: { IdToken: "days" } });
            await create({ RefreshTokenValidity: 60, TokenValidityUnits: { RefreshToken: "minutes" } });
            await create({ RefreshTokenValidity: 3650 });
        });

        it("treats RefreshTokenValidity 0 as the default, not as out of range", async () => {
            expect((await create({ RefreshTokenValidity: 0 })).RefreshTokenValidity).to.equal(30);
        });

        it("applies a refresh unit to the default value of 30", async () => {
            await invalid({ TokenValidityUnits: { RefreshToken: "minutes" } }, RANGE);
            expect((await create({ TokenValidityUnits: { RefreshToken: "hours" } })).RefreshTokenValidity).to.equal(30);
        });
    });

    describe("user context data", () => {
        it("fails on EnablePropagateAdditionalUserContextData without a secret", async () => {
            const message = "EnablePropagateAdditionalUserContextData can only be enabled for an app client that has a client secret.";
            await invalid({ EnablePropagateAdditionalUserContextData: true }, message);
            const publicClient = await create({});
            await expectError(update(publicClient.ClientId!, { EnablePropagateAdditionalUserContextData: true }), "InvalidParameterException", message);
        });

        it("accepts it with a secret, also on Update", async () => {
            const created = await create({ GenerateSecret: true, EnablePropagateAdditionalUserContextData: true });
            expect(created.EnablePropagateAdditionalUserContextData).to.equal(true);
            expect((await update(created.ClientId!, { EnablePropagateAdditionalUserContextData: true })).EnablePropagateAdditionalUserContextData).to.equal(true);
        });
    });

    describe("identity providers", () => {
        it("accepts COGNITO and providers of the pool", async () => {
            const created = await create({ SupportedIdentityProviders: ["COGNITO", "Google"] });
            expect([...created.SupportedIdentityProviders!].sort()).to.deep.equal(["COGNITO", "Google"]);
        });

        it("fails on a provider the pool does not have, compared case-sensitively", async () => {
            await invalid({ SupportedIdentityProviders: ["Facebook"] }, `The provider Facebook does not exist for User Pool ${pool}.`);
            await invalid({ SupportedIdentityProviders: ["COGNITO", "GOOGLE"] }, `The provider GOOGLE does not exist for User Pool ${pool}.`);
        });
    });

    describe("read and write attributes", () => {
        it("accepts standard attributes and custom attributes of the pool's schema", async () => {
            const created = await create({ ReadAttributes: ["email", "name", "custom:tenant", "address"], WriteAttributes: ["email", "custom:tenant"] });
            expect(created.ReadAttributes).to.have.length(4);
            expect(created.WriteAttributes).to.have.length(2);
        });

        it("fails on a read attribute that is neither standard nor in the schema", async () => {
            await invalid({ ReadAttributes: ["email", "custom:unknown"] }, "Invalid read attributes specified while creating a client");
            await invalid({ ReadAttributes: ["shoe_size"] }, "Invalid read attributes specified while creating a client");
        });

        it("fails on write attributes that are unknown, not writable, or miss a required attribute", async () => {
            const message = "Invalid write attributes specified while creating a client";
            await invalid({ WriteAttributes: ["email", "custom:unknown"] }, message);
            for (const name of ["sub", "email_verified", "phone_number_verified"]) await invalid({ WriteAttributes: ["email", name] }, message);
            await invalid({ WriteAttributes: ["name"] }, message);
        });

        it("says 'updating' on Update", async () => {
            const created = await create({});
            await expectError(update(created.ClientId!, { ReadAttributes: ["custom:unknown"] }), "InvalidParameterException", "Invalid read attributes specified while updating a client");
            await expectError(update(created.ClientId!, { WriteAttributes: ["name"] }), "InvalidParameterException", "Invalid write attributes specified while updating a client");
        });
    });

    describe("analytics", () => {
        const ARN = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc";
        const ROLE = "arn:aws:iam::123456789012:role/analytics";

        it("fails on ApplicationArn with ApplicationId, ExternalId or RoleArn", async () => {
            const message = "AnalyticsConfiguration: ApplicationArn can not be combined with ApplicationId, ExternalId or RoleArn.";
            await invalid({ AnalyticsConfiguration: { ApplicationArn: ARN, RoleArn: ROLE } }, message);
            await invalid({ AnalyticsConfiguration: { ApplicationArn: ARN, ApplicationId: "abc" } }, message);
            await invalid({ AnalyticsConfiguration: { ApplicationArn: ARN, ExternalId: "x" } }, message);
        });

        it("fails on ApplicationId without ExternalId and RoleArn", async () => {
            const message = "AnalyticsConfiguration: ApplicationId requires ExternalId and RoleArn.";
            await invalid({ AnalyticsConfiguration: { ApplicationId: "abc" } }, message);
            await invalid({ AnalyticsConfiguration: { ApplicationId: "abc", RoleArn: ROLE } }, message);
        });

        it("fails on neither ApplicationArn nor ApplicationId", async () => {
            await invalid({ AnalyticsConfiguration: { RoleArn: ROLE, ExternalId: "x" } }, "AnalyticsConfiguration requires either ApplicationArn or ApplicationId.");
        });

        it("accepts ApplicationId with ExternalId and RoleArn", async () => {
            const created = await create({ AnalyticsConfiguration: { ApplicationId: "abc", ExternalId: "x", RoleArn: ROLE } });
            expect(created.AnalyticsConfiguration).to.deep.equal({ ApplicationId: "abc", ExternalId: "x", RoleArn: ROLE, UserDataShared: false });
        });
    });

    describe("secrets at create", () => {
        it("fails on GenerateSecret true with a ClientSecret", async () => {
            await invalid(
                { GenerateSecret: true, ClientSecret: "custom_secret_0123456789abcdef" },
                "You cannot specify both GenerateSecret as true and provide a ClientSecret value.",
            );
        });
    });
});
