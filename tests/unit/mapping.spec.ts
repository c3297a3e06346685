import type { CreateUserPoolClientRequest, UpdateUserPoolClientRequest, UserPoolClientType } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { diffUserPoolClient } from "../../provider/diff";
import { dropUndefined } from "../../provider/json";
import {
    expandCreateInput,
    expandUpdateInput,
    flattenUserPoolClient,
    inputsFromOutputs,
    normalizeForComparison,
} from "../../provider/mapping";

const POOL = "us-east-1_AbC123";
const CLIENT_ID = "1example23456789";
const ANALYTICS_ARN = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
const SERVICE_LINKED_ROLE = "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp";
const ROLE_ARN = "arn:aws:iam::123456789012:role/cognito-pinpoint";
const CUSTOM_SECRET = "myOwnClientSecret_0123456789+abc";
const GENERATED_SECRET = "generated1secret2from3cognito4abcdefghijklmnopqrstu";

/** Paths of every undefined value inside `value` (Pulumi's wire format rejects them). */
function undefinedPaths(value: unknown, path = "$"): string[] {
    if (value === undefined) return [path];
    if (Array.isArray(value)) return value.flatMap((v, i) => undefinedPaths(v, `${path}[${i}]`));
    if (value && typeof value === "object" && !(value instanceof Date)) {
        return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`));
    }
    return [];
}

/** Every argument set, as a full program might give it. */
const FULL: UserPoolClientInputs = {
    name: "web-app",
    userPoolId: POOL,
    generateSecret: true,
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    allowedOauthFlows: ["code"],
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthScopes: ["openid", "email"],
    callbackUrls: ["https://app.example/cb", "http://localhost:3000/cb"],
    defaultRedirectUri: "https://app.example/cb",
    logoutUrls: ["https://app.example/out"],
    readAttributes: ["email", "name"],
    writeAttributes: ["name"],
    refreshTokenValidity: 7,
    accessTokenValidity: 30,
    idTokenValidity: 45,
    tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
    supportedIdentityProviders: ["COGNITO", "Google"],
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: false,
    enablePropagateAdditionalUserContextData: true,
    authSessionValidity: 10,
    analyticsConfiguration: { applicationId: "0123456789abcdef", externalId: "ext-1", roleArn: ROLE_ARN, userDataShared: true },
    refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 },
    region: "us-east-1",
};

describe("expandCreateInput", () => {
    it("sends only the name and user pool for a minimal client", () => {
        expect(expandCreateInput({ name: "app", userPoolId: POOL })).to.deep.equal({ UserPoolId: POOL, ClientName: "app" });
    });

    it("maps every argument to its API member", () => {
        const request = expandCreateInput(FULL);
        expect(request).to.deep.equal({
            UserPoolId: POOL,
            ClientName: "web-app",
            GenerateSecret: true,
            ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            AllowedOAuthFlows: ["code"],
            AllowedOAuthFlowsUserPoolClient: true,
            AllowedOAuthScopes: ["openid", "email"],
            CallbackURLs: ["https://app.example/cb", "http://localhost:3000/cb"],
            DefaultRedirectURI: "https://app.example/cb",
            LogoutURLs: ["https://app.example/out"],
            ReadAttributes: ["email", "name"],
            WriteAttributes: ["name"],
            RefreshTokenValidity: 7,
            AccessTokenValidity: 30,
            IdTokenValidity: 45,
            TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
            SupportedIdentityProviders: ["COGNITO", "Google"],
            PreventUserExistenceErrors: "ENABLED",
            EnableTokenRevocation: false,
            EnablePropagateAdditionalUserContextData: true,
            AuthSessionValidity: 10,
            AnalyticsConfiguration: { ApplicationId: "0123456789abcdef", ExternalId: "ext-1", RoleArn: ROLE_ARN, UserDataShared: true },
            RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 },
        });
    });

    it("sends a custom client secret", () => {
        expect(expandCreateInput({ name: "app", userPoolId: POOL, clientSecret: CUSTOM_SECRET })).to.deep.equal({
            UserPoolId: POOL,
            ClientName: "app",
            ClientSecret: CUSTOM_SECRET,
        });
    });

    const partials: [string, UserPoolClientInputs, Partial<CreateUserPoolClientRequest>][] = [
        ["one token validity unit", { name: "a", userPoolId: POOL, tokenValidityUnits: { idToken: "minutes" } }, { TokenValidityUnits: { IdToken: "minutes" } }],
        ["analytics by ARN alone", { name: "a", userPoolId: POOL, analyticsConfiguration: { applicationArn: ANALYTICS_ARN } }, { AnalyticsConfiguration: { ApplicationArn: ANALYTICS_ARN } }],
        ["rotation without a grace period", { name: "a", userPoolId: POOL, refreshTokenRotation: { feature: "ENABLED" } }, { RefreshTokenRotation: { Feature: "ENABLED" } }],
        ["false and zero values", { name: "a", userPoolId: POOL, enableTokenRevocation: false, generateSecret: false, refreshTokenValidity: 0 }, { EnableTokenRevocation: false, GenerateSecret: false, RefreshTokenValidity: 0 }],
        ["empty lists, passed through", { name: "a", userPoolId: POOL, callbackUrls: [] }, { CallbackURLs: [] }],
    ];
    for (const [title, inputs, expected] of partials) {
        it(`sends only what is set, with no undefined members at any depth: ${title}`, () => {
            const request = expandCreateInput(inputs);
            expect(request).to.deep.equal({ UserPoolId: POOL, ClientName: "a", ...expected });
            expect(undefinedPaths(request)).to.deep.equal([]);
        });
    }

    it("sends neither region nor importId nor the engine's __provider", () => {
        const inputs = { name: "a", userPoolId: POOL, region: "eu-west-1", importId: `${POOL}/${CLIENT_ID}`, __provider: "x" } as UserPoolClientInputs;
        expect(expandCreateInput(inputs)).to.deep.equal({ UserPoolId: POOL, ClientName: "a" });
    });
});

describe("expandUpdateInput", () => {
    /** What an update of a client configured with nothing but its name must send: every default, stated. */
    const DEFAULTS: UpdateUserPoolClientRequest = {
        UserPoolId: POOL,
        ClientId: CLIENT_ID,
        ClientName: "app",
        ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
        AllowedOAuthFlows: [],
        AllowedOAuthScopes: [],
        CallbackURLs: [],
        LogoutURLs: [],
        SupportedIdentityProviders: [],
        AllowedOAuthFlowsUserPoolClient: false,
        EnableTokenRevocation: true,
        EnablePropagateAdditionalUserContextData: false,
        AuthSessionValidity: 3,
        PreventUserExistenceErrors: "LEGACY",
        TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
        AccessTokenValidity: 1,
        IdTokenValidity: 1,
        RefreshTokenValidity: 30,
        RefreshTokenRotation: { Feature: "DISABLED" },
    };

    it("states every default for a client configured with its name alone", () => {
        const request = expandUpdateInput(CLIENT_ID, { name: "app", userPoolId: POOL });
        expect(request).to.deep.equal(DEFAULTS);
        expect(undefinedPaths(request)).to.deep.equal([]);
    });

    it("leaves read/write attributes, the default redirect URI and analytics out when unset (the API resets them)", () => {
        const request = expandUpdateInput(CLIENT_ID, { name: "app", userPoolId: POOL });
        for (const key of ["ReadAttributes", "WriteAttributes", "DefaultRedirectURI", "AnalyticsConfiguration"]) {
            expect(request, key).not.to.have.property(key);
        }
    });

    it("carries the whole configuration when everything is set", () => {
        const request = expandUpdateInput(CLIENT_ID, FULL);
        const { GenerateSecret: _g, ...create } = expandCreateInput(FULL);
        // The one addition: publishing in Secrets Manager stated as off, since an omitted member resets to off.
        expect(request).to.deep.equal({ ...create, ClientId: CLIENT_ID, PublishSecretsInAWSSecretsManager: false });
    });

    it("never sends GenerateSecret or ClientSecret (create only)", () => {
        for (const inputs of [FULL, { name: "app", userPoolId: POOL, clientSecret: CUSTOM_SECRET }, { name: "app", userPoolId: POOL, generateSecret: false }]) {
            const request = expandUpdateInput(CLIENT_ID, inputs);
            expect(request).not.to.have.property("GenerateSecret");
            expect(request).not.to.have.property("ClientSecret");
            expect(JSON.stringify(request)).not.to.include(CUSTOM_SECRET);
        }
    });

    it("always sends ClientName", () => {
        expect(expandUpdateInput(CLIENT_ID, { name: "renamed", userPoolId: POOL }).ClientName).to.equal("renamed");
    });

    const rows: [string, Partial<UserPoolClientInputs>, Partial<UpdateUserPoolClientRequest>][] = [
        ["empty lists for removed callback and logout URLs", { callbackUrls: undefined, logoutUrls: undefined }, { CallbackURLs: [], LogoutURLs: [] }],
        ["empty lists for removed OAuth flows and scopes", { allowedOauthFlows: undefined, allowedOauthScopes: undefined }, { AllowedOAuthFlows: [], AllowedOAuthScopes: [] }],
        ["an empty list for removed identity providers", { supportedIdentityProviders: undefined }, { SupportedIdentityProviders: [] }],
        ["the default auth flows for an empty explicitAuthFlows", { explicitAuthFlows: [] }, { ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }],
        ["the given auth flows", { explicitAuthFlows: ["ALLOW_USER_AUTH"] }, { ExplicitAuthFlows: ["ALLOW_USER_AUTH"] }],
        ["the given lists as they are", { callbackUrls: ["https://a.example/cb"], allowedOauthScopes: ["openid"] }, { CallbackURLs: ["https://a.example/cb"], AllowedOAuthScopes: ["openid"] }],
        [
            "default units hours/hours/days and default validities when tokenValidityUnits is removed",
            { tokenValidityUnits: undefined },
            { TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" }, AccessTokenValidity: 1, IdTokenValidity: 1, RefreshTokenValidity: 30 },
        ],
        [
            "the missing units filled with their defaults",
            { tokenValidityUnits: { accessToken: "minutes" } },
            { TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" }, AccessTokenValidity: 60, IdTokenValidity: 1, RefreshTokenValidity: 30 },
        ],
        [
            "default access and ID validities in seconds",
            { tokenValidityUnits: { accessToken: "seconds", idToken: "seconds" } },
            { TokenValidityUnits: { AccessToken: "seconds", IdToken: "seconds", RefreshToken: "days" }, AccessTokenValidity: 3600, IdTokenValidity: 3600, RefreshTokenValidity: 30 },
        ],
        [
            "an unset refresh validity as 30 of its unit (30 hours), as Cognito reads it on create",
            { tokenValidityUnits: { idToken: "minutes", refreshToken: "hours" } },
            { TokenValidityUnits: { AccessToken: "hours", IdToken: "minutes", RefreshToken: "hours" }, AccessTokenValidity: 1, IdTokenValidity: 60, RefreshTokenValidity: 30 },
        ],
        [
            "the given validities, not the defaults",
            { accessTokenValidity: 2, idTokenValidity: 3, refreshTokenValidity: 10 },
            { AccessTokenValidity: 2, IdTokenValidity: 3, RefreshTokenValidity: 10 },
        ],
        ["the default booleans", { enableTokenRevocation: undefined, allowedOauthFlowsUserPoolClient: undefined, enablePropagateAdditionalUserContextData: undefined }, { EnableTokenRevocation: true, AllowedOAuthFlowsUserPoolClient: false, EnablePropagateAdditionalUserContextData: false }],
        ["the given false values", { enableTokenRevocation: false }, { EnableTokenRevocation: false }],
        ["authSessionValidity 3 and LEGACY when removed", { authSessionValidity: undefined, preventUserExistenceErrors: undefined }, { AuthSessionValidity: 3, PreventUserExistenceErrors: "LEGACY" }],
        ["RefreshTokenRotation DISABLED when removed", { refreshTokenRotation: undefined }, { RefreshTokenRotation: { Feature: "DISABLED" } }],
        ["the given rotation", { refreshTokenRotation: { feature: "DISABLED", retryGracePeriodSeconds: 5 } }, { RefreshTokenRotation: { Feature: "DISABLED", RetryGracePeriodSeconds: 5 } }],
        [
            "no auth flows under rotation when none are given: the defaults hold ALLOW_REFRESH_TOKEN_AUTH, which rotation excludes",
            { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 5 } },
            { RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 5 }, ExplicitAuthFlows: undefined },
        ],
        ["the given auth flows under rotation", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], refreshTokenRotation: { feature: "ENABLED" } }, { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation: { Feature: "ENABLED" } }],
    ];
    for (const [title, change, expected] of rows) {
        it(`sends ${title}`, () => {
            const request = expandUpdateInput(CLIENT_ID, { name: "app", userPoolId: POOL, ...change });
            expect(request).to.deep.equal(dropUndefined({ ...DEFAULTS, ...expected }));
            expect(undefinedPaths(request)).to.deep.equal([]);
        });
    }

    it("omits an access token default that is no whole number of days, rather than send a wrong value", () => {
        const request = expandUpdateInput(CLIENT_ID, { name: "app", userPoolId: POOL, tokenValidityUnits: { accessToken: "days" } });
        expect(request).not.to.have.property("AccessTokenValidity");
        expect(request.TokenValidityUnits).to.deep.equal({ AccessToken: "days", IdToken: "hours", RefreshToken: "days" });
    });
});

describe("flattenUserPoolClient", () => {
    const created = new Date("2026-01-02T03:04:05.678Z");
    const modified = new Date("2026-02-03T04:05:06.789Z");

    it("maps every API member to its output and turns dates into ISO strings", () => {
        const outs = flattenUserPoolClient(
            {
                ClientId: CLIENT_ID,
                ClientName: "web-app",
                UserPoolId: POOL,
                ClientSecret: GENERATED_SECRET,
                ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
                AllowedOAuthFlows: ["code"],
                AllowedOAuthFlowsUserPoolClient: true,
                AllowedOAuthScopes: ["openid"],
                CallbackURLs: ["https://app.example/cb"],
                DefaultRedirectURI: "https://app.example/cb",
                LogoutURLs: ["https://app.example/out"],
                ReadAttributes: ["email"],
                WriteAttributes: ["name"],
                RefreshTokenValidity: 30,
                AccessTokenValidity: 60,
                IdTokenValidity: 60,
                TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
                SupportedIdentityProviders: ["COGNITO"],
                PreventUserExistenceErrors: "ENABLED",
                EnableTokenRevocation: true,
                EnablePropagateAdditionalUserContextData: false,
                AuthSessionValidity: 3,
                AnalyticsConfiguration: { ApplicationArn: ANALYTICS_ARN, RoleArn: SERVICE_LINKED_ROLE, UserDataShared: false },
                RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 0 },
                CreationDate: created,
                LastModifiedDate: modified,
            },
            { region: "us-east-1", generateSecret: true },
        );
        expect(outs).to.deep.equal({
            clientId: CLIENT_ID,
            name: "web-app",
            userPoolId: POOL,
            region: "us-east-1",
            generateSecret: true,
            clientSecret: GENERATED_SECRET,
            explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
            allowedOauthFlows: ["code"],
            allowedOauthFlowsUserPoolClient: true,
            allowedOauthScopes: ["openid"],
            callbackUrls: ["https://app.example/cb"],
            defaultRedirectUri: "https://app.example/cb",
            logoutUrls: ["https://app.example/out"],
            readAttributes: ["email"],
            writeAttributes: ["name"],
            refreshTokenValidity: 30,
            accessTokenValidity: 60,
            idTokenValidity: 60,
            tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
            supportedIdentityProviders: ["COGNITO"],
            preventUserExistenceErrors: "ENABLED",
            enableTokenRevocation: true,
            enablePropagateAdditionalUserContextData: false,
            authSessionValidity: 3,
            analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: SERVICE_LINKED_ROLE, userDataShared: false },
            refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 },
            creationDate: "2026-01-02T03:04:05.678Z",
            lastModifiedDate: "2026-02-03T04:05:06.789Z",
        });
    });

    const dates: [string, unknown, string | undefined][] = [
        ["a Date", created, "2026-01-02T03:04:05.678Z"],
        ["epoch seconds", 1767323045, "2026-01-02T03:04:05.000Z"],
        ["an ISO string", "2026-01-02T03:04:05Z", "2026-01-02T03:04:05.000Z"],
        ["an invalid date string (dropped)", "not a date", undefined],
        ["an absent date (dropped)", undefined, undefined],
    ];
    for (const [title, value, expected] of dates) {
        it(`turns ${title} into ${expected ?? "no output"}`, () => {
            const outs = flattenUserPoolClient({ ClientId: CLIENT_ID, ClientName: "a", UserPoolId: POOL, CreationDate: value as Date }, {});
            if (expected === undefined) expect(outs).not.to.have.property("creationDate");
            else expect(outs.creationDate).to.equal(expected);
        });
    }

    it("drops empty lists", () => {
        const outs = flattenUserPoolClient(
            {
                ClientId: CLIENT_ID, ClientName: "a", UserPoolId: POOL,
                ExplicitAuthFlows: [], AllowedOAuthFlows: [], AllowedOAuthScopes: [], CallbackURLs: [], LogoutURLs: [],
                ReadAttributes: [], WriteAttributes: [], SupportedIdentityProviders: [],
            },
            {},
        );
        expect(outs).to.deep.equal({ clientId: CLIENT_ID, name: "a", userPoolId: POOL });
    });

    const sparse: [string, Partial<UserPoolClientType>, Partial<UserPoolClientOutputs>][] = [
        ["a minimal client and no context", {}, {}],
        ["one unit", { TokenValidityUnits: { AccessToken: "hours" } }, { tokenValidityUnits: { accessToken: "hours" } }],
        ["units never set, which Cognito returns as {}", { TokenValidityUnits: {} }, {}],
        ["analytics by ARN alone", { AnalyticsConfiguration: { ApplicationArn: ANALYTICS_ARN } }, { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } }],
        ["rotation without a grace period", { RefreshTokenRotation: { Feature: "DISABLED" } }, { refreshTokenRotation: { feature: "DISABLED" } }],
        ["explicit undefined members", { ClientSecret: undefined, DefaultRedirectURI: undefined, CallbackURLs: undefined, EnableTokenRevocation: undefined }, {}],
    ];
    for (const [title, client, expected] of sparse) {
        it(`leaves no undefined value anywhere: ${title}`, () => {
            const outs = flattenUserPoolClient({ ClientId: CLIENT_ID, ClientName: "a", UserPoolId: POOL, ...client }, { region: undefined, generateSecret: undefined });
            expect(undefinedPaths(outs)).to.deep.equal([]);
            expect(outs).to.deep.equal({ clientId: CLIENT_ID, name: "a", userPoolId: POOL, ...expected });
        });
    }

    it("carries region and generateSecret from the context, false included", () => {
        const outs = flattenUserPoolClient({ ClientId: CLIENT_ID, ClientName: "a", UserPoolId: POOL }, { region: "eu-west-1", generateSecret: false });
        expect(outs.region).to.equal("eu-west-1");
        expect(outs.generateSecret).to.equal(false);
    });
});

describe("round trip: expand → API echo → flatten → normalize", () => {
    /**
     * What Cognito answers to a request: the members it was sent (lists in another order, as sets come back),
     * its defaults for scalar members it was not sent, the service-linked role for analytics by ARN, a secret
     * when asked to generate one, and the server-side fields.
     */
    function echo(request: CreateUserPoolClientRequest | UpdateUserPoolClientRequest, secret?: string): UserPoolClientType {
        const { GenerateSecret, ClientSecret, ...members } = request as CreateUserPoolClientRequest & { ClientId?: string };
        const reversed = Object.fromEntries(Object.entries(members).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]));
        const analytics = members.AnalyticsConfiguration;
        return {
            RefreshTokenValidity: 30,
            AuthSessionValidity: 3,
            EnableTokenRevocation: true,
            EnablePropagateAdditionalUserContextData: false,
            AllowedOAuthFlowsUserPoolClient: false,
            PreventUserExistenceErrors: "LEGACY",
            ...reversed,
            TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days", ...members.TokenValidityUnits },
            AnalyticsConfiguration: analytics && {
                UserDataShared: false,
                ...(analytics.ApplicationArn ? { RoleArn: SERVICE_LINKED_ROLE } : {}),
                ...analytics,
            },
            ClientId: (request as { ClientId?: string }).ClientId ?? CLIENT_ID,
            ClientSecret: ClientSecret ?? (GenerateSecret ? GENERATED_SECRET : secret),
            CreationDate: new Date("2026-01-02T03:04:05Z"),
            LastModifiedDate: new Date("2026-01-02T03:04:05Z"),
        };
    }

    const ARGUMENT_SETS: [string, UserPoolClientInputs][] = [
        ["a minimal client", { name: "app", userPoolId: POOL, region: "us-east-1" }],
        ["every argument set", FULL],
        [
            "a machine client with a custom secret and analytics by ARN",
            {
                name: "machine", userPoolId: POOL, region: "eu-west-1", clientSecret: CUSTOM_SECRET,
                allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api.example/read", "api.example/write"],
                analyticsConfiguration: { applicationArn: ANALYTICS_ARN },
                refreshTokenRotation: { feature: "DISABLED" },
                tokenValidityUnits: { accessToken: "seconds", idToken: "seconds", refreshToken: "seconds" },
                accessTokenValidity: 900, idTokenValidity: 900, refreshTokenValidity: 86400,
            },
        ],
        [
            "legacy auth flows, partial units and the refresh default as 0",
            {
                name: "legacy", userPoolId: POOL, region: "us-east-1",
                explicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"],
                tokenValidityUnits: { refreshToken: "hours" }, refreshTokenValidity: 0, accessTokenValidity: 2,
            },
        ],
        [
            "every default given explicitly, with duplicates and empty lists",
            {
                name: "defaults", userPoolId: POOL, region: "us-east-1",
                explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"],
                enableTokenRevocation: true, enablePropagateAdditionalUserContextData: false, allowedOauthFlowsUserPoolClient: false,
                authSessionValidity: 3, preventUserExistenceErrors: "LEGACY", refreshTokenValidity: 30,
                tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" },
                callbackUrls: [], logoutUrls: [], supportedIdentityProviders: [], readAttributes: [],
                refreshTokenRotation: { feature: "DISABLED", retryGracePeriodSeconds: 0 },
            },
        ],
        [
            "a hosted-UI client with multibyte identity providers and analytics sharing user data",
            {
                name: "hosted ui", userPoolId: POOL, region: "ap-northeast-1",
                allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["implicit", "code"], allowedOauthScopes: ["profile", "openid", "phone"],
                callbackUrls: ["myapp://cb", "https://app.example/cb"], defaultRedirectUri: "myapp://cb", logoutUrls: ["myapp://out"],
                supportedIdentityProviders: ["COGNITO", "社内IdP"],
                analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: true },
                accessTokenValidity: 1, idTokenValidity: 1, tokenValidityUnits: { accessToken: "days", idToken: "days" },
                authSessionValidity: 15,
            },
        ],
    ];

    /** A generated secret is an output, not an argument (diff ignores it the same way). */
    const withoutGeneratedSecret = (outs: UserPoolClientOutputs): UserPoolClientOutputs =>
        outs.generateSecret ? (({ clientSecret: _s, ...rest }) => rest as UserPoolClientOutputs)(outs) : outs;

    for (const [title, args] of ARGUMENT_SETS) {
        it(`returns the arguments after create: ${title}`, () => {
            const outs = flattenUserPoolClient(echo(expandCreateInput(args)), { region: args.region, generateSecret: args.generateSecret });
            expect(undefinedPaths(outs)).to.deep.equal([]);
            expect(normalizeForComparison(withoutGeneratedSecret(outs))).to.deep.equal(normalizeForComparison(args));
            expect(diffUserPoolClient(outs, args, args.region)).to.deep.equal({ changed: [], replaces: [] });
        });

        it(`returns the arguments after update: ${title}`, () => {
            const existingSecret = args.generateSecret ? GENERATED_SECRET : args.clientSecret;
            const outs = flattenUserPoolClient(echo(expandUpdateInput(CLIENT_ID, args), existingSecret), { region: args.region, generateSecret: args.generateSecret });
            expect(normalizeForComparison(withoutGeneratedSecret(outs))).to.deep.equal(normalizeForComparison(args));
            expect(diffUserPoolClient(outs, args, args.region)).to.deep.equal({ changed: [], replaces: [] });
        });

        it(`recovers equivalent arguments from the outputs: ${title}`, () => {
            const outs = flattenUserPoolClient(echo(expandCreateInput(args)), { region: args.region, generateSecret: args.generateSecret });
            const recovered = inputsFromOutputs(outs);
            expect(recovered).not.to.have.property("clientId");
            expect(normalizeForComparison(recovered)).to.deep.equal(normalizeForComparison(args));
        });
    }

    it("notices a difference the echo introduces (the round trip can fail)", () => {
        const args = ARGUMENT_SETS[1][1];
        const client = echo(expandCreateInput(args));
        client.CallbackURLs = ["https://app.example/cb"];
        const outs = flattenUserPoolClient(client, { region: args.region, generateSecret: args.generateSecret });
        expect(normalizeForComparison(withoutGeneratedSecret(outs))).not.to.deep.equal(normalizeForComparison(args));
    });
});
