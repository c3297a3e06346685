import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { diffUserPoolClient } from "../../provider/diff";
import { UNKNOWN } from "../../provider/schema";

/** The stored outputs of a plain client, as flattened after create in us-east-1. */
const OLDS: Partial<UserPoolClientOutputs> = {
    clientId: "1example23456789",
    name: "app-client",
    userPoolId: "us-east-1_AbC123",
    region: "us-east-1",
    creationDate: "2026-01-02T03:04:05.000Z",
    lastModifiedDate: "2026-01-02T03:04:05.000Z",
};
const NEWS: Partial<UserPoolClientInputs> = { name: "app-client", userPoolId: "us-east-1_AbC123" };
const REGION = "us-east-1";

const ANALYTICS_ARN = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
const SERVICE_LINKED_ROLE = "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp";
const ROLE_ARN = "arn:aws:iam::123456789012:role/cognito-pinpoint";
const SECRET_A = "customSecretAAAAAAAAAAAAAAAAAAAA";
const SECRET_B = "customSecretBBBBBBBBBBBBBBBBBBBB";
const GENERATED = "generated1secret2from3cognito4abcdefghijklmnopqrstu";

interface Row {
    title: string;
    olds?: Record<string, unknown>;
    news?: Record<string, unknown>;
    /** The stack's region; REGION unless given (use `null` for none). */
    defaultRegion?: string | null;
    changed: string[];
    replaces?: string[];
}

function runTable(rows: Row[]): void {
    for (const row of rows) {
        it(row.title, () => {
            const olds = { ...OLDS, ...row.olds } as Partial<UserPoolClientOutputs>;
            const news = { ...NEWS, ...row.news } as Partial<UserPoolClientInputs>;
            const region = row.defaultRegion === null ? undefined : (row.defaultRegion ?? REGION);
            const diff = diffUserPoolClient(olds, news, region);
            expect([...diff.changed].sort(), "changed").to.deep.equal([...row.changed].sort());
            expect([...diff.replaces].sort(), "replaces").to.deep.equal([...(row.replaces ?? [])].sort());
        });
    }
}

describe("diffUserPoolClient", () => {
    it("finds no change between a client's outputs and the same arguments", () => {
        expect(diffUserPoolClient(OLDS, NEWS, REGION)).to.deep.equal({ changed: [], replaces: [] });
    });

    describe("replacing properties", () => runTable([
        { title: "replaces on a new userPoolId", news: { userPoolId: "us-east-1_Other9" }, changed: ["userPoolId"], replaces: ["userPoolId"] },
        { title: "replaces when generateSecret is turned on", news: { generateSecret: true }, changed: ["generateSecret"], replaces: ["generateSecret"] },
        { title: "replaces when generateSecret true is removed", olds: { generateSecret: true, clientSecret: GENERATED }, changed: ["generateSecret"], replaces: ["generateSecret"] },
        { title: "replaces when generateSecret true becomes false", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: false }, changed: ["generateSecret"], replaces: ["generateSecret"] },
        { title: "rotates in place when a custom clientSecret takes another value", olds: { clientSecret: SECRET_A }, news: { clientSecret: SECRET_B }, changed: ["clientSecret"] },
        { title: "updates in place when a value of rotateSecretWhenChanged changes", olds: { generateSecret: true, clientSecret: GENERATED, rotateSecretWhenChanged: { r: "1" } }, news: { generateSecret: true, rotateSecretWhenChanged: { r: "2" } }, changed: ["rotateSecretWhenChanged"] },
        { title: "updates in place (records it) when rotateSecretWhenChanged is first set", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true, rotateSecretWhenChanged: { r: "1" } }, changed: ["rotateSecretWhenChanged"] },
        { title: "sees no change in rotateSecretWhenChanged with the same values in another key order", olds: { generateSecret: true, clientSecret: GENERATED, rotateSecretWhenChanged: { a: "1", b: "2" } }, news: { generateSecret: true, rotateSecretWhenChanged: { b: "2", a: "1" } }, changed: [] },
        { title: "sees no change between an empty rotateSecretWhenChanged and none", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true, rotateSecretWhenChanged: {} }, changed: [] },
        { title: "updates ssoSession in place", olds: { ssoSession: { maxValidityMinutes: 480 } }, news: { ssoSession: { maxValidityMinutes: 0 } }, changed: ["ssoSession"] },
        { title: "updates in place when ssoSession is first set", news: { ssoSession: { maxValidityMinutes: 480 } }, changed: ["ssoSession"] },
        { title: "updates in place when ssoSession is removed", olds: { ssoSession: { maxValidityMinutes: 480 } }, changed: ["ssoSession"] },
        { title: "sees ssoSession at Cognito's default of 60 as unset", olds: { ssoSession: { maxValidityMinutes: 60 } }, changed: [] },
        { title: "sees an unset ssoSession as its default of 60", news: { ssoSession: { maxValidityMinutes: 60 } }, changed: [] },
        { title: "updates in place when keepPreviousSecret becomes false", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true, keepPreviousSecret: false }, changed: ["keepPreviousSecret"] },
        { title: "sees keepPreviousSecret true as its default", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true, keepPreviousSecret: true }, changed: [] },
        { title: "ignores the secret IDs, dates and previous secret of the outputs", olds: { generateSecret: true, clientSecret: GENERATED, previousClientSecret: SECRET_A, clientSecretId: "c--1", clientSecretCreateDate: "2026-01-01T00:00:00.000Z", previousClientSecretId: "c--0", previousClientSecretCreateDate: "2025-01-01T00:00:00.000Z" }, news: { generateSecret: true }, changed: [] },
        { title: "replaces when a custom clientSecret is added", news: { clientSecret: SECRET_B }, changed: ["clientSecret"], replaces: ["clientSecret"] },
        { title: "replaces when a custom clientSecret is removed", olds: { clientSecret: SECRET_A }, changed: ["clientSecret"], replaces: ["clientSecret"] },
        { title: "replaces when a generated secret gives way to a custom one", olds: { generateSecret: true, clientSecret: GENERATED }, news: { clientSecret: SECRET_B }, changed: ["generateSecret", "clientSecret"], replaces: ["generateSecret", "clientSecret"] },
        { title: "replaces on an explicit new region", news: { region: "eu-west-1" }, changed: ["region"], replaces: ["region"] },
        { title: "replaces when the stack region differs from the stored region", defaultRegion: "eu-west-1", changed: ["region"], replaces: ["region"] },
        { title: "replaces on userPoolId and region together", news: { userPoolId: "eu-west-1_Pool1", region: "eu-west-1" }, changed: ["userPoolId", "region"], replaces: ["userPoolId", "region"] },
        { title: "updates in place and replaces when both kinds change", news: { userPoolId: "us-east-1_Other9", authSessionValidity: 10 }, changed: ["userPoolId", "authSessionValidity"], replaces: ["userPoolId"] },
        { title: "keeps the same custom clientSecret", olds: { clientSecret: SECRET_A }, news: { clientSecret: SECRET_A }, changed: [] },
        { title: "keeps the region when the stack region equals the stored one", defaultRegion: "us-east-1", changed: [] },
        { title: "keeps the region when an explicit region equals the stored one and the stack region differs", news: { region: "us-east-1" }, defaultRegion: "eu-west-1", changed: [] },
        { title: "keeps the stored region when neither the program nor the stack gives one", defaultRegion: null, changed: [] },
        { title: "treats generateSecret false as omitted", olds: { generateSecret: false }, changed: [] },
        { title: "treats omitted generateSecret as false", news: { generateSecret: false }, changed: [] },
    ]));

    describe("in-place changes", () => runTable([
        { title: "updates name in place", news: { name: "renamed" }, changed: ["name"] },
        { title: "updates explicitAuthFlows in place", news: { explicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, changed: ["explicitAuthFlows"] },
        { title: "updates allowedOauthFlows in place", olds: { allowedOauthFlows: ["code"] }, news: { allowedOauthFlows: ["code", "implicit"] }, changed: ["allowedOauthFlows"] },
        { title: "updates allowedOauthFlowsUserPoolClient in place", news: { allowedOauthFlowsUserPoolClient: true }, changed: ["allowedOauthFlowsUserPoolClient"] },
        { title: "updates allowedOauthScopes in place", olds: { allowedOauthScopes: ["openid"] }, news: { allowedOauthScopes: ["openid", "email"] }, changed: ["allowedOauthScopes"] },
        { title: "updates callbackUrls in place", olds: { callbackUrls: ["https://a.example/cb"] }, news: { callbackUrls: ["https://b.example/cb"] }, changed: ["callbackUrls"] },
        { title: "updates defaultRedirectUri in place", olds: { defaultRedirectUri: "https://a.example/cb" }, news: { defaultRedirectUri: "https://b.example/cb" }, changed: ["defaultRedirectUri"] },
        { title: "updates logoutUrls in place when removed", olds: { logoutUrls: ["https://a.example/out"] }, changed: ["logoutUrls"] },
        { title: "updates readAttributes in place", news: { readAttributes: ["email"] }, changed: ["readAttributes"] },
        { title: "updates writeAttributes in place", olds: { writeAttributes: ["email"] }, news: { writeAttributes: ["email", "name"] }, changed: ["writeAttributes"] },
        { title: "updates refreshTokenValidity in place", news: { refreshTokenValidity: 7 }, changed: ["refreshTokenValidity"] },
        { title: "updates accessTokenValidity in place", news: { accessTokenValidity: 2 }, changed: ["accessTokenValidity"] },
        { title: "updates idTokenValidity in place", olds: { idTokenValidity: 2 }, news: { idTokenValidity: 3 }, changed: ["idTokenValidity"] },
        {
            title: "updates in place when tokenValidityUnits changes a validity's duration",
            olds: { accessTokenValidity: 2, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } },
            news: { accessTokenValidity: 2, tokenValidityUnits: { accessToken: "minutes" } },
            changed: ["tokenValidityUnits", "accessTokenValidity"],
        },
        // Cognito stores the units and returns them (terraform-provider-aws TestAccCognitoIDPUserPoolClient_tokenValidityUnits, step 3).
        {
            title: "updates in place when only tokenValidityUnits changes, days to hours, with no validity set (refresh: 30 days to 30 hours)",
            olds: { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "days", idToken: "days", refreshToken: "days" } },
            news: { tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "hours" } },
            changed: ["tokenValidityUnits", "refreshTokenValidity"],
        },
        {
            title: "updates in place when only the access token's unit changes, with no validity set",
            olds: { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "days" } },
            news: { tokenValidityUnits: { accessToken: "hours" } },
            changed: ["tokenValidityUnits"],
        },
        {
            title: "updates in place when units set without validities are removed",
            olds: { refreshTokenValidity: 30, tokenValidityUnits: { idToken: "minutes" } },
            news: {},
            changed: ["tokenValidityUnits"],
        },
        { title: "updates supportedIdentityProviders in place", news: { supportedIdentityProviders: ["COGNITO"] }, changed: ["supportedIdentityProviders"] },
        { title: "updates preventUserExistenceErrors in place", news: { preventUserExistenceErrors: "ENABLED" }, changed: ["preventUserExistenceErrors"] },
        { title: "updates enableTokenRevocation in place", olds: { enableTokenRevocation: true }, news: { enableTokenRevocation: false }, changed: ["enableTokenRevocation"] },
        { title: "updates enablePropagateAdditionalUserContextData in place", news: { enablePropagateAdditionalUserContextData: true }, changed: ["enablePropagateAdditionalUserContextData"] },
        { title: "updates authSessionValidity in place", olds: { authSessionValidity: 3 }, news: { authSessionValidity: 15 }, changed: ["authSessionValidity"] },
        { title: "updates analyticsConfiguration in place when added", news: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } }, changed: ["analyticsConfiguration"] },
        {
            title: "updates analyticsConfiguration in place when userDataShared changes",
            olds: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: SERVICE_LINKED_ROLE, userDataShared: false } },
            news: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: true } },
            changed: ["analyticsConfiguration"],
        },
        {
            title: "updates analyticsConfiguration in place when a custom role changes",
            olds: { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: ROLE_ARN } },
            news: { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: ROLE_ARN + "-2" } },
            changed: ["analyticsConfiguration"],
        },
        { title: "updates refreshTokenRotation in place when enabled", news: { refreshTokenRotation: { feature: "ENABLED" } }, changed: ["refreshTokenRotation"] },
        {
            title: "updates refreshTokenRotation in place when the grace period changes",
            olds: { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 } },
            news: { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 30 } },
            changed: ["refreshTokenRotation"],
        },
        {
            title: "lists several in-place changes together, none replacing",
            news: { name: "renamed", authSessionValidity: 5, callbackUrls: ["https://a.example/cb"] },
            changed: ["name", "authSessionValidity", "callbackUrls"],
        },
    ]));

    describe("sets: order, duplicates and emptiness", () => {
        const lists: [string, string[]][] = [
            ["explicitAuthFlows", ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]],
            ["allowedOauthFlows", ["code", "implicit"]],
            ["allowedOauthScopes", ["openid", "email", "profile"]],
            ["callbackUrls", ["https://a.example/cb", "https://b.example/cb"]],
            ["logoutUrls", ["https://a.example/out", "https://b.example/out"]],
            ["readAttributes", ["email", "name"]],
            ["writeAttributes", ["email", "name"]],
            ["supportedIdentityProviders", ["COGNITO", "Google"]],
        ];
        const rows: Row[] = [];
        for (const [property, values] of lists) {
            rows.push(
                { title: `ignores the order of ${property}`, olds: { [property]: values }, news: { [property]: [...values].reverse() }, changed: [] },
                { title: `ignores duplicates in ${property}`, olds: { [property]: values }, news: { [property]: [...values, values[0], ...values] }, changed: [] },
                { title: `treats [] in the program as omitted ${property}`, news: { [property]: [] }, changed: [] },
                { title: `treats [] in the state as omitted ${property}`, olds: { [property]: [] }, changed: [] },
                { title: `notices a removed item of ${property}`, olds: { [property]: values }, news: { [property]: values.slice(1) }, changed: [property] },
            );
        }
        runTable(rows);
    });

    describe("API default echoes", () => runTable([
        { title: "ignores refreshTokenValidity 30 days echoed", olds: { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } }, changed: [] },
        { title: "ignores refreshTokenValidity 30 echoed without units", olds: { refreshTokenValidity: 30 }, changed: [] },
        { title: "treats refreshTokenValidity 0 as the default", news: { refreshTokenValidity: 0 }, olds: { refreshTokenValidity: 30 }, changed: [] },
        {
            title: "counts stored units that differ from the program's as a change of units, not of the equal durations (60 minutes = 1 hour)",
            olds: { accessTokenValidity: 60, idTokenValidity: 60, refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" } },
            changed: ["tokenValidityUnits"],
        },
        {
            title: "ignores accessTokenValidity 60 minutes echoed for a program that says 60 minutes",
            olds: { accessTokenValidity: 60, refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "minutes" } },
            news: { accessTokenValidity: 60, tokenValidityUnits: { accessToken: "minutes" } },
            changed: [],
        },
        { title: "compares equal durations in different units as a change of units only", olds: { accessTokenValidity: 2, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } }, news: { accessTokenValidity: 120, tokenValidityUnits: { accessToken: "minutes" } }, changed: ["tokenValidityUnits"] },
        // What Cognito returns right after a create with units and no validities: exactly the unit keys sent, and
        // RefreshTokenValidity 30 (read in the refresh unit). An unchanged program must preview no changes.
        ...([
            ["accessToken", "seconds"], ["accessToken", "minutes"], ["accessToken", "days"],
            ["idToken", "seconds"], ["idToken", "minutes"], ["idToken", "days"],
            ["refreshToken", "hours"], ["refreshToken", "days"],
        ] as const).map(([unitKey, unit]) => ({
            title: `ignores what Cognito returns after a create with tokenValidityUnits { ${unitKey}: "${unit}" } and no validity`,
            olds: { refreshTokenValidity: 30, tokenValidityUnits: { [unitKey]: unit } },
            news: { tokenValidityUnits: { [unitKey]: unit } },
            changed: [],
        })),
        {
            title: "ignores what Cognito returns after a create with all three units in hours and no validity",
            olds: { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "hours" } },
            news: { tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "hours" } },
            changed: [],
        },
        { title: "ignores authSessionValidity 3 echoed", olds: { authSessionValidity: 3 }, changed: [] },
        { title: "ignores enableTokenRevocation true echoed", olds: { enableTokenRevocation: true }, changed: [] },
        { title: "ignores enablePropagateAdditionalUserContextData false echoed", olds: { enablePropagateAdditionalUserContextData: false }, changed: [] },
        { title: "ignores preventUserExistenceErrors LEGACY echoed", olds: { preventUserExistenceErrors: "LEGACY" }, changed: [] },
        { title: "ignores allowedOauthFlowsUserPoolClient false echoed", olds: { allowedOauthFlowsUserPoolClient: false }, changed: [] },
        { title: "ignores tokenValidityUnits hours/hours/days echoed", olds: { tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } }, changed: [] },
        { title: "treats tokenValidityUnits hours/hours/days in the program as unset", news: { tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } }, changed: [] },
        { title: "ignores the default three explicitAuthFlows echoed", olds: { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"] }, changed: [] },
        { title: "treats the default three explicitAuthFlows in the program as unset", news: { explicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, changed: [] },
        { title: "notices two of the three default explicitAuthFlows", olds: { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"] }, news: { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }, changed: ["explicitAuthFlows"] },
        { title: "ignores refreshTokenRotation DISABLED echoed", olds: { refreshTokenRotation: { feature: "DISABLED" } }, changed: [] },
        { title: "ignores refreshTokenRotation DISABLED with a grace period echoed", olds: { refreshTokenRotation: { feature: "DISABLED", retryGracePeriodSeconds: 0 } }, changed: [] },
        { title: "treats an omitted grace period as 0", olds: { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 } }, news: { refreshTokenRotation: { feature: "ENABLED" } }, changed: [] },
        {
            title: "ignores the service-linked role and userDataShared false echoed for analytics by ARN",
            olds: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: SERVICE_LINKED_ROLE, userDataShared: false } },
            news: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } },
            changed: [],
        },
        {
            title: "notices a role that is not the service-linked role next to an application ARN",
            olds: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: ROLE_ARN } },
            news: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } },
            changed: ["analyticsConfiguration"],
        },
        {
            title: "ignores every default echoed at once",
            olds: {
                refreshTokenValidity: 30,
                tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" },
                authSessionValidity: 3,
                enableTokenRevocation: true,
                enablePropagateAdditionalUserContextData: false,
                preventUserExistenceErrors: "LEGACY",
                allowedOauthFlowsUserPoolClient: false,
                explicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
                refreshTokenRotation: { feature: "DISABLED" },
            },
            changed: [],
        },
    ]));

    describe("secrets, engine keys and computed values", () => runTable([
        { title: "ignores a generated secret when the program gives no clientSecret", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true }, changed: [] },
        { title: "ignores a generated secret when the program passes clientSecret undefined", olds: { generateSecret: true, clientSecret: GENERATED }, news: { generateSecret: true, clientSecret: undefined }, changed: [] },
        { title: "ignores a changed __provider alone", olds: { __provider: "exports.handler = __f0; // v1" }, news: { __provider: "exports.handler = __f0; // v2" }, changed: [] },
        { title: "ignores __provider present on one side only", news: { __provider: "exports.handler = __f0;" }, changed: [] },
        { title: "ignores importId", news: { importId: "us-east-1_AbC123/1example23456789" }, changed: [] },
        { title: "ignores creationDate and lastModifiedDate", olds: { creationDate: "2020-01-01T00:00:00.000Z", lastModifiedDate: "2027-01-01T00:00:00.000Z" }, changed: [] },
        { title: "ignores the stored clientId", olds: { clientId: "another1client" }, changed: [] },
    ]));

    describe("values not known until apply", () => runTable([
        { title: "counts an unknown userPoolId as a replacing change", olds: { userPoolId: "us-east-1_AbC123" }, news: { userPoolId: UNKNOWN }, changed: ["userPoolId"], replaces: ["userPoolId"] },
        { title: "counts an unknown region as a replacing change", news: { region: UNKNOWN }, changed: ["region"], replaces: ["region"] },
        { title: "counts an unknown new custom clientSecret as a rotation in place", olds: { clientSecret: SECRET_A }, news: { clientSecret: UNKNOWN }, changed: ["clientSecret"] },
        { title: "counts an unknown clientSecret on a client without one as a replacing change", news: { clientSecret: UNKNOWN }, changed: ["clientSecret"], replaces: ["clientSecret"] },
        { title: "counts an unknown rotateSecretWhenChanged as a change", olds: { generateSecret: true, clientSecret: GENERATED, rotateSecretWhenChanged: { r: "1" } }, news: { generateSecret: true, rotateSecretWhenChanged: UNKNOWN }, changed: ["rotateSecretWhenChanged"] },
        { title: "counts an unknown generateSecret as a replacing change", news: { generateSecret: UNKNOWN }, changed: ["generateSecret"], replaces: ["generateSecret"] },
        { title: "counts an unknown name as an in-place change", news: { name: UNKNOWN }, changed: ["name"] },
        { title: "counts an unknown list as a change", olds: { callbackUrls: ["https://a.example/cb"] }, news: { callbackUrls: UNKNOWN }, changed: ["callbackUrls"] },
        { title: "counts an unknown list item as a change", olds: { callbackUrls: ["https://a.example/cb"] }, news: { callbackUrls: [UNKNOWN] }, changed: ["callbackUrls"] },
        { title: "counts an unknown validity as a change", news: { accessTokenValidity: UNKNOWN }, changed: ["accessTokenValidity"] },
        { title: "counts unknown tokenValidityUnits as a change", news: { tokenValidityUnits: UNKNOWN }, changed: ["tokenValidityUnits"] },
        { title: "counts an unknown boolean as a change", olds: { enableTokenRevocation: true }, news: { enableTokenRevocation: UNKNOWN }, changed: ["enableTokenRevocation"] },
        {
            title: "counts an unknown nested analytics field as a change",
            olds: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } },
            news: { analyticsConfiguration: { applicationArn: UNKNOWN } },
            changed: ["analyticsConfiguration"],
        },
        {
            title: "counts an unknown userDataShared as a change (false is the default, unknown is not)",
            olds: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: SERVICE_LINKED_ROLE, userDataShared: false } },
            news: { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: UNKNOWN } },
            changed: ["analyticsConfiguration"],
        },
        {
            title: "counts an unknown grace period as a change",
            olds: { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 } },
            news: { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: UNKNOWN } },
            changed: ["refreshTokenRotation"],
        },
        {
            title: "counts an unknown rotation feature as a change",
            news: { refreshTokenRotation: { feature: UNKNOWN } },
            changed: ["refreshTokenRotation"],
        },
        {
            title: "counts an unknown unit of a set validity as a change",
            olds: { accessTokenValidity: 2, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } },
            news: { accessTokenValidity: 2, tokenValidityUnits: { accessToken: UNKNOWN } },
            changed: ["tokenValidityUnits", "accessTokenValidity"],
        },
    ]));

    it("does not modify its arguments", () => {
        const olds = deepFreeze({ ...OLDS, callbackUrls: ["https://b.example/cb", "https://a.example/cb"], clientSecret: GENERATED, generateSecret: true });
        const news = deepFreeze({ ...NEWS, callbackUrls: ["https://a.example/cb", "https://b.example/cb"], generateSecret: true, tokenValidityUnits: { accessToken: "minutes" } });
        const before = JSON.stringify([olds, news]);
        expect(() => diffUserPoolClient(olds, news, REGION)).not.to.throw();
        expect(JSON.stringify([olds, news])).to.equal(before);
    });
});

function deepFreeze<T>(value: T): T {
    if (value && typeof value === "object") {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
    }
    return value;
}
