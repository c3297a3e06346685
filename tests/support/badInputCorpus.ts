/**
 * The bad-input corpus: argument sets the real Cognito API rejects (or that are not arguments at all), each with the
 * failures `check` must report, grouped by kind, and valid rows at the exact edges. Shared by the faces' Check over
 * gRPC (every row, tests/integration/badInputFaces.spec.ts), the engine's preview (a sample of each kind and face,
 * tests/e2e/badInput.spec.ts) and the agreement test (every row through `check` and straight against the local API).
 */
import { ANALYTICS_ARN, OAUTH, ROLE_ARN } from "./fixtures";

/** One failure the engine must print for a row. */
export interface Expected {
    /** The property the failure is reported on, e.g. `callbackUrls[1]`. */
    property: string;
    /** The rule: matched against the provider's reason, which starts with the property. */
    rule: RegExp;
    /** Text showing the value received, found on the same line (the provider's `received ...`, or the engine's `value {...}`). */
    received: string;
}

export interface Row {
    title: string;
    /**
     * The kind of failure (its section of the corpus). Every row goes through both faces' Check over gRPC; through
     * the engine, a sample with at least one row of each kind per face (ENGINE_SAMPLE).
     */
    kind: string;
    /** Merged over BASE; `undefined` removes a BASE argument. */
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
    /** Expected failures; none for a row that must preview successfully. */
    fails?: Expected[];
    /** Values that must not appear anywhere in the output (secrets). */
    hidden?: string[];
    /** The faces whose check the row is for; both when unset. */
    faces?: Face[];
}

export const POOL = "us-east-1_AbC123";

/**
 * What the pool of a valid row must hold for the real API to accept it: the resource server behind the custom
 * scopes, the identity provider and the custom attribute the rows name.
 */
export const RESOURCE_SERVER = "api.example";
export const LONGEST_SCOPE = `${RESOURCE_SERVER}/${"s".repeat(256 - RESOURCE_SERVER.length - 1)}`;
export const CUSTOM_SCOPES = [...Array.from({ length: 50 }, (_, i) => `scope${i}`), "read", LONGEST_SCOPE.slice(RESOURCE_SERVER.length + 1)];
export const LONGEST_PROVIDER = "あ".repeat(32);
export const LONGEST_CUSTOM_ATTRIBUTE = "custom:" + "c".repeat(20);
/** A machine-to-machine client: client_credentials with a generated secret and a custom scope. */
const M2M = { generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: [`${RESOURCE_SERVER}/read`], callbackUrls: undefined };

const chars = (n: number, ch = "a") => ch.repeat(n);
/** Secret values whose text is distinctive, so a leak in any form is found. */
const SECRET_URL = "https://app.example/" + "S3cr3tPathSegment-".repeat(65) + "x".repeat(1197 - 20 - 18 * 65);
const SECRET_QUOTED_URL = 'https://app.example/S3cr3tQu0te"with a space';
/** An https URL of exactly `n` characters. */
const urlOf = (n: number, ch = "a") => "https://app.example/" + ch.repeat(n - "https://app.example/".length);
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://app.example/cb${i}`);
const scopes = (n: number) => Array.from({ length: n }, (_, i) => `api.example/scope${i}`);
/** Distinctive secret text, so a leak into the output is unmistakable. */
const secretOf = (n: number) => ("Sup3rS3cr3tV4lu3" + "Q".repeat(n)).slice(0, n);
const json = (v: unknown) => JSON.stringify(v);
/** What the provider shows for a long string: its first 77 characters and "...". */
const shortened = (v: string) => JSON.stringify(v.slice(0, 77) + "...");
const units = (key: string, unit: string) => ({ tokenValidityUnits: { [key]: unit } });

/** A row before its section gives it its kind. */
type RowOfSection = Omit<Row, "kind">;
const section = (kind: string, rows: RowOfSection[]): Row[] => rows.map((row) => ({ ...row, kind }));

const fail = (title: string, args: Record<string, unknown>, property: string, rule: RegExp, received: string, extra: Partial<Row> = {}): RowOfSection => ({
    title,
    args,
    fails: [{ property, rule, received }],
    ...extra,
});
const ok = (title: string, args: Record<string, unknown>, extra: Partial<Row> = {}): RowOfSection => ({ title, args, ...extra });

const LENGTH = (min: number, max: number, n: number) => new RegExp(`must be ${min} to ${max} characters long; received ${n} characters`);
const PATTERN = /must match \S+ \(.+\); received /;
const ONE_OF = (values: string) => new RegExp(`must be one of ${values.replace(/[()]/g, "\\$&")}; received `);
const HTTPS = /must use https \(http is allowed only for localhost, 127\.0\.0\.1 and \[::1\]\); received /;
const ABSOLUTE = /must be an absolute URL such as https:\/\/example\.com\/callback or myapp:\/\/callback; received /;
const FRAGMENT = /must not contain a fragment \(#\); received /;
const AFTER_UNITS = (range: string, key: string, unit: string) => new RegExp(`must be between ${range} once its unit \\(tokenValidityUnits\\.${key}: ${unit}\\) is applied; received `);
const IMPORT_FORM = /must match \S+ \(<user pool id>\/<client id> of the import option: a user pool id <region>_<id> of at most 55 characters, a client id of at most 128 letters, digits, _ and \+\); received /;
/** A missing value has nothing to show: the message says it is required. */
const MISSING = "is required";
const NOT_AN_ARGUMENT = /is not an argument of UserPoolClient; the arguments are name, userPoolId, .*region$/;

export const INVALID_ROWS: Row[] = [
    ...section("types", [
        fail("name as a number", { name: 123 }, "name", /must be a string; received 123$/, "received 123"),
        fail("userPoolId as a number", { userPoolId: 5 }, "userPoolId", /must be a string; received 5$/, "received 5"),
        fail("generateSecret as a string", { generateSecret: "yes" }, "generateSecret", /must be a boolean; received "yes"$/, 'received "yes"'),
        fail("enableTokenRevocation as a string", { enableTokenRevocation: "false" }, "enableTokenRevocation", /must be a boolean; received "false"$/, 'received "false"'),
        fail("allowedOauthFlowsUserPoolClient as a number", { allowedOauthFlowsUserPoolClient: 1 }, "allowedOauthFlowsUserPoolClient", /must be a boolean; received 1$/, "received 1"),
        fail("enablePropagateAdditionalUserContextData as a list", { enablePropagateAdditionalUserContextData: [true] }, "enablePropagateAdditionalUserContextData", /must be a boolean; received \[true\]$/, "received [true]"),
        fail("authSessionValidity as a string", { authSessionValidity: "5" }, "authSessionValidity", /must be an integer; received "5"$/, 'received "5"'),
        fail("accessTokenValidity as a fraction", { accessTokenValidity: 1.5 }, "accessTokenValidity", /must be an integer; received 1\.5$/, "received 1.5"),
        fail("refreshTokenValidity as a boolean", { refreshTokenValidity: true }, "refreshTokenValidity", /must be an integer; received true$/, "received true"),
        fail("explicitAuthFlows as a string", { explicitAuthFlows: "ALLOW_USER_SRP_AUTH" }, "explicitAuthFlows", /must be a list of strings; received "ALLOW_USER_SRP_AUTH"$/, 'received "ALLOW_USER_SRP_AUTH"'),
        fail("callbackUrls as an object", { callbackUrls: { url: "https://app.example/cb" } }, "callbackUrls", /must be a list of strings; received \{"url":"https:\/\/app\.example\/cb"\}$/, 'received {"url":"https://app.example/cb"}'),
        fail("a callback URL that is a number", { callbackUrls: [5] }, "callbackUrls[0]", /must be a string; received 5$/, "received 5"),
        fail("a null identity provider in the list", { supportedIdentityProviders: ["COGNITO", null] }, "supportedIdentityProviders[1]", /is required$/, MISSING),
        fail("tokenValidityUnits as a string", { tokenValidityUnits: "hours" }, "tokenValidityUnits", /must be an object with accessToken, idToken, refreshToken; received "hours"$/, 'received "hours"'),
        fail("analyticsConfiguration as a list", { analyticsConfiguration: [{ applicationArn: ANALYTICS_ARN }] }, "analyticsConfiguration", /must be an object with applicationArn, applicationId, externalId, roleArn, userDataShared; received \[/, `received [{"applicationArn":"${ANALYTICS_ARN}"}]`),
        fail("refreshTokenRotation as a string", { refreshTokenRotation: "ENABLED" }, "refreshTokenRotation", /must be an object with feature, retryGracePeriodSeconds; received "ENABLED"$/, 'received "ENABLED"'),
        fail("retryGracePeriodSeconds as a string", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: "10" } }, "refreshTokenRotation.retryGracePeriodSeconds", /must be an integer; received "10"$/, 'received "10"'),
        fail("analyticsConfiguration.userDataShared as a string", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: "yes" } }, "analyticsConfiguration.userDataShared", /must be a boolean; received "yes"$/, 'received "yes"'),
        fail("region as a number", { region: 1 }, "region", /must be a string; received 1$/, "received 1"),
        fail("a secret clientSecret as a number (its type only is shown)", { clientSecret: 987654321987654321 }, "clientSecret", /must be a string; received number$/, "received number", { secretArgs: ["clientSecret"], hidden: ["987654321987654"] }),
    ]),
    ...section("enum values", [
        fail("an explicit auth flow in lower case", { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "allow_user_srp_auth"] }, "explicitAuthFlows[1]", ONE_OF("ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH, ALLOW_TOKEN_EXCHANGE_IMPERSONATION, ALLOW_TOKEN_EXCHANGE_DELEGATION, ALLOW_CLIENT_TOKEN_AUTH"), 'received "allow_user_srp_auth"'),
        fail("an explicit auth flow that does not exist", { explicitAuthFlows: ["ALLOW_PASSWORD_AUTH"] }, "explicitAuthFlows[0]", ONE_OF("ADMIN_NO_SRP_AUTH, .*ALLOW_CLIENT_TOKEN_AUTH"), 'received "ALLOW_PASSWORD_AUTH"'),
        fail("an OAuth flow that does not exist", { ...OAUTH, allowedOauthFlows: ["authorization_code"] }, "allowedOauthFlows[0]", ONE_OF("code, implicit, client_credentials"), 'received "authorization_code"'),
        fail("preventUserExistenceErrors DISABLED", { preventUserExistenceErrors: "DISABLED" }, "preventUserExistenceErrors", ONE_OF("LEGACY, ENABLED"), 'received "DISABLED"'),
        fail("a token validity unit of weeks", { tokenValidityUnits: { accessToken: "weeks" } }, "tokenValidityUnits.accessToken", ONE_OF("seconds, minutes, hours, days"), 'received "weeks"'),
        fail("a token validity unit in title case", { tokenValidityUnits: { refreshToken: "Days" } }, "tokenValidityUnits.refreshToken", ONE_OF("seconds, minutes, hours, days"), 'received "Days"'),
        fail("refreshTokenRotation.feature in lower case", { refreshTokenRotation: { feature: "enabled" } }, "refreshTokenRotation.feature", ONE_OF("ENABLED, DISABLED"), 'received "enabled"'),
    ]),
    ...section("lengths", [
        // Lengths, one past each edge
        fail("an empty name", { name: "" }, "name", LENGTH(1, 128, 0), 'received 0 characters ""'),
        fail("a 129-character name", { name: chars(129) }, "name", LENGTH(1, 128, 129), `received 129 characters ${shortened(chars(129))}`),
        fail("a 56-character userPoolId", { userPoolId: "us-east-1_" + chars(46, "A") }, "userPoolId", LENGTH(1, 55, 56), `received 56 characters ${json("us-east-1_" + chars(46, "A"))}`),
        fail("an empty userPoolId", { userPoolId: "" }, "userPoolId", LENGTH(1, 55, 0), 'received 0 characters ""'),
        fail("a 257-character scope", { ...OAUTH, allowedOauthScopes: ["openid", chars(257, "s")] }, "allowedOauthScopes[1]", LENGTH(1, 256, 257), `received 257 characters ${shortened(chars(257, "s"))}`),
        fail("an empty scope", { ...OAUTH, allowedOauthScopes: [""] }, "allowedOauthScopes[0]", LENGTH(1, 256, 0), 'received 0 characters ""'),
        fail("51 scopes", { ...OAUTH, allowedOauthScopes: scopes(51) }, "allowedOauthScopes", /must have at most 50 items; received 51$/, "received 51"),
        fail("4 OAuth flows", { ...OAUTH, allowedOauthFlows: ["code", "implicit", "code", "implicit"] }, "allowedOauthFlows", /must have at most 3 items; received 4$/, "received 4"),
        fail("a 1025-character callback URL", { callbackUrls: ["https://app.example/cb", urlOf(1025)] }, "callbackUrls[1]", LENGTH(1, 1024, 1025), `received 1025 characters ${shortened(urlOf(1025))}`),
        fail("a 1025-character callback URL of multibyte characters (code points)", { callbackUrls: [urlOf(1025, "あ")] }, "callbackUrls[0]", LENGTH(1, 1024, 1025), `received 1025 characters ${shortened(urlOf(1025, "あ"))}`),
        fail("a 1025-character logout URL", { logoutUrls: [urlOf(1025)] }, "logoutUrls[0]", LENGTH(1, 1024, 1025), `received 1025 characters ${shortened(urlOf(1025))}`),
        fail("a 1025-character defaultRedirectUri", { callbackUrls: ["https://app.example/cb"], defaultRedirectUri: urlOf(1025) }, "defaultRedirectUri", LENGTH(1, 1024, 1025), `received 1025 characters ${shortened(urlOf(1025))}`),
        fail("101 callback URLs", { callbackUrls: urls(101) }, "callbackUrls", /must have at most 100 items; received 101$/, "received 101"),
        fail("101 logout URLs", { logoutUrls: urls(101) }, "logoutUrls", /must have at most 100 items; received 101$/, "received 101"),
        fail("a 2049-character read attribute", { readAttributes: [chars(2049)] }, "readAttributes[0]", LENGTH(1, 2048, 2049), `received 2049 characters ${shortened(chars(2049))}`),
        fail("an empty write attribute", { writeAttributes: ["email", ""] }, "writeAttributes[1]", LENGTH(1, 2048, 0), 'received 0 characters ""'),
        fail("an identity provider of 33 characters", { supportedIdentityProviders: [chars(33, "P")] }, "supportedIdentityProviders[0]", LENGTH(1, 32, 33), `received 33 characters ${json(chars(33, "P"))}`),
        fail("an identity provider of 33 multibyte characters", { supportedIdentityProviders: [chars(33, "あ")] }, "supportedIdentityProviders[0]", LENGTH(1, 32, 33), `received 33 characters ${json(chars(33, "あ"))}`),
        fail("an application ARN of 19 characters", { analyticsConfiguration: { applicationArn: "arn:aws:x:r:1:ab/cd" } }, "analyticsConfiguration.applicationArn", LENGTH(20, 2048, 19), 'received 19 characters "arn:aws:x:r:1:ab/cd"'),
        fail("a role ARN of 2049 characters", { analyticsConfiguration: { applicationId: "abc123", externalId: "e", roleArn: "arn:aws:iam::123456789012:role/" + chars(2049 - 31, "r") } }, "analyticsConfiguration.roleArn", LENGTH(20, 2048, 2049), `received 2049 characters ${shortened("arn:aws:iam::123456789012:role/" + chars(2049 - 31, "r"))}`),
    ]),
    ...section("patterns", [
        fail("a name with a non-ASCII letter (Cognito's \\w is ASCII)", { name: "café" }, "name", PATTERN, 'received "café"'),
        fail("a name with a no-break space (Cognito's \\s is ASCII)", { name: "my\u00a0client" }, "name", PATTERN, 'received "my\u00a0client"'),
        fail("a name with a slash", { name: "my/client" }, "name", /must match \S+ \(ASCII letters, digits, whitespace and _\+=,\.@-\); received "my\/client"$/, 'received "my/client"'),
        fail("a userPoolId without an underscore", { userPoolId: "useast1AbC123" }, "userPoolId", /must match \S+ \(<region>_<id>, e\.g\. us-east-1_AbC123\); received "useast1AbC123"$/, 'received "useast1AbC123"'),
        fail("a userPoolId with a dash after the underscore", { userPoolId: "us-east-1_AbC-123" }, "userPoolId", PATTERN, 'received "us-east-1_AbC-123"'),
        fail("a scope with a space", { ...OAUTH, allowedOauthScopes: ["read all"] }, "allowedOauthScopes[0]", /must match \S+ \(printable ASCII without space, " or \\\); received "read all"$/, 'received "read all"'),
        fail("a scope with a double quote", { ...OAUTH, allowedOauthScopes: ['read"all'] }, "allowedOauthScopes[0]", PATTERN, `received ${json('read"all')}`),
        fail("a scope with a backslash", { ...OAUTH, allowedOauthScopes: ["read\\all"] }, "allowedOauthScopes[0]", PATTERN, `received ${json("read\\all")}`),
        fail("a scope with a non-ASCII letter", { ...OAUTH, allowedOauthScopes: ["lecture-é"] }, "allowedOauthScopes[0]", PATTERN, 'received "lecture-é"'),
        fail("a callback URL with a space", { callbackUrls: ["https://app.example/a b"] }, "callbackUrls[0]", /must match \S+ \(letters, marks, symbols, digits and punctuation; no whitespace\); received "https:\/\/app\.example\/a b"$/, 'received "https://app.example/a b"'),
        fail("an identity provider with a tab", { supportedIdentityProviders: ["My\tIdP"] }, "supportedIdentityProviders[0]", /must match \S+ \(letters, marks, symbols, digits, punctuation and spaces\); received /, `received ${json("My\tIdP")}`),
        fail("a non-hexadecimal analytics application ID", { analyticsConfiguration: { applicationId: "xyz", externalId: "e", roleArn: ROLE_ARN } }, "analyticsConfiguration.applicationId", /must match \S+ \(hexadecimal digits\); received "xyz"$/, 'received "xyz"'),
        fail("a role ARN that is not an ARN", { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: "role/cognito-pinpoint-role" } }, "analyticsConfiguration.roleArn", /must match \S+ \(an ARN with an account ID, arn:<partition>:<service>:<region>:<account>:<resource>\); received "role\/cognito-pinpoint-role"$/, 'received "role/cognito-pinpoint-role"'),
        fail("a region in upper case", { region: "EU-west-1" }, "region", /must match \S+ \(an AWS region such as us-east-1\); received "EU-west-1"$/, 'received "EU-west-1"'),
        fail("a region without its number", { region: "eu-west" }, "region", PATTERN, 'received "eu-west"'),
    ]),
    ...section("redirect URLs", [
        // The redirect URL rules
        fail("an http callback URL of another host", { callbackUrls: ["http://example.com/cb"] }, "callbackUrls[0]", HTTPS, 'received "http://example.com/cb"'),
        fail("an http callback URL whose host starts with localhost", { callbackUrls: ["http://localhost.evil.example/cb"] }, "callbackUrls[0]", HTTPS, 'received "http://localhost.evil.example/cb"'),
        fail("a relative callback URL with a path", { callbackUrls: ["/cb"] }, "callbackUrls[0]", ABSOLUTE, 'received "/cb"'),
        fail("a relative callback URL without a path", { callbackUrls: ["cb"] }, "callbackUrls[0]", ABSOLUTE, 'received "cb"'),
        fail("a callback URL with a fragment", { callbackUrls: ["https://app.example/cb#top"] }, "callbackUrls[0]", FRAGMENT, 'received "https://app.example/cb#top"'),
        fail("an http logout URL of another host", { logoutUrls: ["https://app.example/out", "http://app.example/out"] }, "logoutUrls[1]", HTTPS, 'received "http://app.example/out"'),
        fail("a logout URL with an empty fragment", { logoutUrls: ["https://app.example/out#"] }, "logoutUrls[0]", FRAGMENT, 'received "https://app.example/out#"'),
        fail("a relative defaultRedirectUri", { callbackUrls: ["https://app.example/cb"], defaultRedirectUri: "/cb" }, "defaultRedirectUri", ABSOLUTE, 'received "/cb"'),
        fail("an http defaultRedirectUri of another host", { callbackUrls: ["http://example.com/cb"], defaultRedirectUri: "http://example.com/cb" }, "defaultRedirectUri", HTTPS, 'received "http://example.com/cb"'),
    ]),
    ...section("token validities", [
        // Token validities: the raw ranges
        fail("accessTokenValidity 0", { accessTokenValidity: 0 }, "accessTokenValidity", /must be between 1 and 86400; received 0$/, "received 0"),
        fail("accessTokenValidity 86401 seconds", { accessTokenValidity: 86401, ...units("accessToken", "seconds") }, "accessTokenValidity", /must be between 1 and 86400; received 86401$/, "received 86401"),
        fail("idTokenValidity -5", { idTokenValidity: -5 }, "idTokenValidity", /must be between 1 and 86400; received -5$/, "received -5"),
        fail("idTokenValidity 86401 seconds", { idTokenValidity: 86401, ...units("idToken", "seconds") }, "idTokenValidity", /must be between 1 and 86400; received 86401$/, "received 86401"),
        fail("refreshTokenValidity -1", { refreshTokenValidity: -1 }, "refreshTokenValidity", /must be between 0 and 315360000; received -1$/, "received -1"),
        fail("refreshTokenValidity 315360001 seconds", { refreshTokenValidity: 315360001, ...units("refreshToken", "seconds") }, "refreshTokenValidity", /must be between 0 and 315360000; received 315360001$/, "received 315360001"),
    ]),
    ...section("token validities after units", [
        // Token validities once their units are applied
        fail("accessTokenValidity 4 minutes", { accessTokenValidity: 4, ...units("accessToken", "minutes") }, "accessTokenValidity", AFTER_UNITS("5 minutes and 1 day", "accessToken", "minutes"), "received 4 minutes"),
        fail("accessTokenValidity 299 seconds", { accessTokenValidity: 299, ...units("accessToken", "seconds") }, "accessTokenValidity", AFTER_UNITS("5 minutes and 1 day", "accessToken", "seconds"), "received 299 seconds"),
        fail("accessTokenValidity 25 (default unit hours)", { accessTokenValidity: 25 }, "accessTokenValidity", AFTER_UNITS("5 minutes and 1 day", "accessToken", "hours"), "received 25 hours"),
        fail("accessTokenValidity 2 days", { accessTokenValidity: 2, ...units("accessToken", "days") }, "accessTokenValidity", AFTER_UNITS("5 minutes and 1 day", "accessToken", "days"), "received 2 days"),
        fail("idTokenValidity 4 minutes", { idTokenValidity: 4, ...units("idToken", "minutes") }, "idTokenValidity", AFTER_UNITS("5 minutes and 1 day", "idToken", "minutes"), "received 4 minutes"),
        fail("idTokenValidity 1441 minutes", { idTokenValidity: 1441, ...units("idToken", "minutes") }, "idTokenValidity", AFTER_UNITS("5 minutes and 1 day", "idToken", "minutes"), "received 1441 minutes"),
        fail("refreshTokenValidity 59 minutes", { refreshTokenValidity: 59, ...units("refreshToken", "minutes") }, "refreshTokenValidity", AFTER_UNITS("1 hour and 3650 days", "refreshToken", "minutes"), "received 59 minutes"),
        fail("refreshTokenValidity 3599 seconds", { refreshTokenValidity: 3599, ...units("refreshToken", "seconds") }, "refreshTokenValidity", AFTER_UNITS("1 hour and 3650 days", "refreshToken", "seconds"), "received 3599 seconds"),
        fail("refreshTokenValidity 3651 (default unit days)", { refreshTokenValidity: 3651 }, "refreshTokenValidity", AFTER_UNITS("1 hour and 3650 days", "refreshToken", "days"), "received 3651 days"),
        fail("refreshTokenValidity 87601 hours", { refreshTokenValidity: 87601, ...units("refreshToken", "hours") }, "refreshTokenValidity", AFTER_UNITS("1 hour and 3650 days", "refreshToken", "hours"), "received 87601 hours"),
    ]),
    ...section("session and rotation", [
        fail("authSessionValidity 2", { authSessionValidity: 2 }, "authSessionValidity", /must be between 3 and 15 minutes; received 2$/, "received 2"),
        fail("authSessionValidity 16", { authSessionValidity: 16 }, "authSessionValidity", /must be between 3 and 15 minutes; received 16$/, "received 16"),
        fail("retryGracePeriodSeconds -1", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: -1 } }, "refreshTokenRotation.retryGracePeriodSeconds", /must be between 0 and 60 seconds; received -1$/, "received -1"),
        fail("retryGracePeriodSeconds 61", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 61 } }, "refreshTokenRotation.retryGracePeriodSeconds", /must be between 0 and 60 seconds; received 61$/, "received 61"),
        fail("refreshTokenRotation without feature", { refreshTokenRotation: { retryGracePeriodSeconds: 10 } }, "refreshTokenRotation.feature", /is required$/, MISSING),
    ]),
    ...section("analytics combinations", [
        fail("analytics by application ARN with a role ARN", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: ROLE_ARN } }, "analyticsConfiguration.roleArn", /cannot be combined with analyticsConfiguration\.applicationArn; give applicationArn alone, or applicationId with externalId and roleArn; received /, `received ${json(ROLE_ARN)}`),
        fail("analytics by application ARN with an external ID", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, externalId: "ext-1" } }, "analyticsConfiguration.externalId", /cannot be combined with analyticsConfiguration\.applicationArn/, 'received "ext-1"'),
        fail("analytics by application ARN with an application ID", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, applicationId: "abc123" } }, "analyticsConfiguration.applicationId", /cannot be combined with analyticsConfiguration\.applicationArn/, 'received "abc123"'),
        {
            title: "analytics by application ID alone, naming both missing fields",
            args: { analyticsConfiguration: { applicationId: "abc123" } },
            fails: [
                { property: "analyticsConfiguration.externalId", rule: /is required with analyticsConfiguration\.applicationId$/, received: MISSING },
                { property: "analyticsConfiguration.roleArn", rule: /is required with analyticsConfiguration\.applicationId$/, received: MISSING },
            ],
        },
        fail("analytics by application ID and role ARN without external ID", { analyticsConfiguration: { applicationId: "abc123", roleArn: ROLE_ARN } }, "analyticsConfiguration.externalId", /is required with analyticsConfiguration\.applicationId$/, MISSING),
        fail("an empty analytics object", { analyticsConfiguration: {} }, "analyticsConfiguration", /needs applicationArn, or applicationId with externalId and roleArn; received neither$/, "received neither"),
        fail("an analytics object with userDataShared only", { analyticsConfiguration: { userDataShared: true } }, "analyticsConfiguration", /needs applicationArn, or applicationId with externalId and roleArn; received neither$/, "received neither"),
    ]),
    ...section("cross-field rules", [
        fail("legacy and ALLOW_ auth flows mixed", { explicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"] }, "explicitAuthFlows", /cannot mix legacy flows \(ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH\) with ALLOW_ flows; received /, 'received ["USER_PASSWORD_AUTH","ALLOW_USER_SRP_AUTH"]'),
        fail("client_credentials with code", { ...OAUTH, ...M2M, callbackUrls: OAUTH.callbackUrls, allowedOauthFlows: ["client_credentials", "code"] }, "allowedOauthFlows", /client_credentials cannot be combined with code or implicit; received /, 'received ["client_credentials","code"]'),
        fail("client_credentials with implicit", { ...OAUTH, ...M2M, callbackUrls: OAUTH.callbackUrls, allowedOauthFlows: ["implicit", "client_credentials"] }, "allowedOauthFlows", /client_credentials cannot be combined with code or implicit; received /, 'received ["implicit","client_credentials"]'),
        fail("OAuth flows without allowedOauthFlowsUserPoolClient", { generateSecret: true, allowedOauthFlows: ["client_credentials"] }, "allowedOauthFlows", /requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient unset \(defaults to false\)$/, "received allowedOauthFlowsUserPoolClient unset (defaults to false)"),
        fail("OAuth scopes without allowedOauthFlowsUserPoolClient", { allowedOauthScopes: ["openid"] }, "allowedOauthScopes", /requires allowedOauthFlowsUserPoolClient: true; received /, "received allowedOauthFlowsUserPoolClient unset (defaults to false)"),
        {
            title: "OAuth flows and scopes with allowedOauthFlowsUserPoolClient false",
            args: { ...OAUTH, allowedOauthFlowsUserPoolClient: false },
            fails: [
                { property: "allowedOauthFlows", rule: /requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient false$/, received: "received allowedOauthFlowsUserPoolClient false" },
                { property: "allowedOauthScopes", rule: /requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient false$/, received: "received allowedOauthFlowsUserPoolClient false" },
            ],
        },
        fail("allowedOauthFlowsUserPoolClient true without flows", { ...OAUTH, allowedOauthFlows: undefined }, "allowedOauthFlows", /must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/, "received []"),
        fail("allowedOauthFlowsUserPoolClient true with an empty scope list", { ...OAUTH, allowedOauthScopes: [] }, "allowedOauthScopes", /must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/, "received []"),
        fail("the code flow without callback URLs", { ...OAUTH, callbackUrls: undefined }, "callbackUrls", /must have at least one URL when allowedOauthFlows includes code or implicit; received \[\]$/, "received []"),
        fail("the implicit flow with an empty callback URL list", { ...OAUTH, allowedOauthFlows: ["implicit"], callbackUrls: [] }, "callbackUrls", /must have at least one URL when allowedOauthFlows includes code or implicit/, "received []"),
        fail("a defaultRedirectUri not among the callback URLs", { callbackUrls: ["https://app.example/a"], defaultRedirectUri: "https://app.example/b" }, "defaultRedirectUri", /must be one of callbackUrls \(\["https:\/\/app\.example\/a"\]\); received /, 'received "https://app.example/b"'),
        fail("a defaultRedirectUri without callback URLs", { defaultRedirectUri: "https://app.example/b" }, "defaultRedirectUri", /must be one of callbackUrls \(\[\]\); received /, 'received "https://app.example/b"'),
        fail("enablePropagateAdditionalUserContextData without a secret", { enablePropagateAdditionalUserContextData: true }, "enablePropagateAdditionalUserContextData", /requires a client secret \(generateSecret: true or clientSecret\); received true for a client without a secret$/, "received true"),
        fail("enablePropagateAdditionalUserContextData with generateSecret false", { enablePropagateAdditionalUserContextData: true, generateSecret: false }, "enablePropagateAdditionalUserContextData", /requires a client secret/, "received true"),

        fail("client_credentials without a client secret", { ...OAUTH, ...M2M, generateSecret: undefined }, "allowedOauthFlows", /client_credentials requires a client secret \(generateSecret: true or clientSecret\); received a client without a secret$/, "received a client without a secret"),
        fail("client_credentials with generateSecret false", { ...OAUTH, ...M2M, generateSecret: false }, "allowedOauthFlows", /client_credentials requires a client secret/, "received a client without a secret"),
        fail("client_credentials with the openid scope", { ...OAUTH, ...M2M, allowedOauthScopes: ["api.example/read", "openid"] }, "allowedOauthScopes", /cannot include user scopes \(openid, profile, email, phone, aws\.cognito\.signin\.user\.admin\) with the client_credentials flow/, 'received ["openid"]'),
        fail("client_credentials with the aws.cognito.signin.user.admin scope", { ...OAUTH, ...M2M, allowedOauthScopes: ["aws.cognito.signin.user.admin"] }, "allowedOauthScopes", /cannot include user scopes/, 'received ["aws.cognito.signin.user.admin"]'),
        fail("a misspelt user scope", { ...OAUTH, allowedOauthScopes: ["opneid"] }, "allowedOauthScopes[0]", /must be one of openid, profile, email, phone, aws\.cognito\.signin\.user\.admin or a custom scope <resource server identifier>\/<scope name>; received /, 'received "opneid"'),
        fail("an ALLOW_ flow list without ALLOW_REFRESH_TOKEN_AUTH", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"] }, "explicitAuthFlows", /must include ALLOW_REFRESH_TOKEN_AUTH unless refreshTokenRotation\.feature is ENABLED; received /, 'received ["ALLOW_USER_SRP_AUTH","ALLOW_CUSTOM_AUTH"]'),
        fail("an ALLOW_ flow list without ALLOW_REFRESH_TOKEN_AUTH, rotation DISABLED", { explicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"], refreshTokenRotation: { feature: "DISABLED" } }, "explicitAuthFlows", /must include ALLOW_REFRESH_TOKEN_AUTH unless/, 'received ["ALLOW_USER_PASSWORD_AUTH"]'),
        fail("ALLOW_REFRESH_TOKEN_AUTH with refresh-token rotation ENABLED", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], refreshTokenRotation: { feature: "ENABLED" } }, "explicitAuthFlows", /cannot include ALLOW_REFRESH_TOKEN_AUTH while refreshTokenRotation\.feature is ENABLED/, 'received ["ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]'),
    ]),
    ...section("secret rotation settings", [
        fail("rotateSecretWhenChanged without generateSecret", { rotateSecretWhenChanged: { rotation: "2026-11" } }, "rotateSecretWhenChanged", /rotates a generated secret and requires generateSecret: true \(to rotate a custom secret, change clientSecret\); received generateSecret unset \(defaults to false\)$/, "received generateSecret unset (defaults to false)"),
        fail("a rotateSecretWhenChanged value that is a number", { generateSecret: true, rotateSecretWhenChanged: { rotation: 11 } }, "rotateSecretWhenChanged.rotation", /must be a string; received 11$/, "received 11"),
        fail("keepPreviousSecret on a public client", { keepPreviousSecret: false }, "keepPreviousSecret", /applies to a client with a secret \(generateSecret: true or clientSecret\); received false for a client without a secret$/, "received false"),
    ]),
    ...section("the SSO session setting", [
        fail("ssoSession of -1 minutes", { ssoSession: { maxValidityMinutes: -1 } }, "ssoSession.maxValidityMinutes", /must be between 0 and 129600 minutes; received -1$/, "received -1"),
        fail("ssoSession of 129601 minutes", { ssoSession: { maxValidityMinutes: 129601 } }, "ssoSession.maxValidityMinutes", /must be between 0 and 129600 minutes; received 129601$/, "received 129601"),
        fail("ssoSession of 1.5 minutes", { ssoSession: { maxValidityMinutes: 1.5 } }, "ssoSession.maxValidityMinutes", /must be an integer; received 1\.5$/, "received 1.5"),
    ]),
    ...section("custom client secrets", [
        // Custom client secrets: never echoed
        fail("a 23-character clientSecret", { clientSecret: secretOf(23) }, "clientSecret", /must be 24 to 64 characters long; received 23 characters \(value hidden\)$/, "received 23 characters (value hidden)", { secretArgs: ["clientSecret"], hidden: [secretOf(23)] }),
        fail("a 65-character clientSecret", { clientSecret: secretOf(65) }, "clientSecret", /must be 24 to 64 characters long; received 65 characters \(value hidden\)$/, "received 65 characters (value hidden)", { secretArgs: ["clientSecret"], hidden: [secretOf(65)] }),
        fail("a clientSecret with dashes", { clientSecret: "Sup3r-S3cr3t-with-dashes-0123" }, "clientSecret", /must match \S+ \(letters, digits, _ and \+\); received \(value hidden\)$/, "received (value hidden)", { secretArgs: ["clientSecret"], hidden: ["Sup3r-S3cr3t-with-dashes-0123"] }),
        fail("a clientSecret with generateSecret true", { clientSecret: secretOf(32), generateSecret: true }, "clientSecret", /cannot be combined with generateSecret: true/, "value {[secret]}", { secretArgs: ["clientSecret"], hidden: [secretOf(32)] }),
        fail("a clientSecret that is not marked secret is still not echoed by the provider", { clientSecret: secretOf(23) }, "clientSecret", /received 23 characters \(value hidden\)$/, "received 23 characters (value hidden)"),
    ]),
    ...section("secret values", [
        // A value that came in secret is shown neither whole, nor cut, nor escaped: the engine hides only its exact
        // text. Only the plugin knows which values came in secret (the engine strips the marks for the dynamic host).
        fail("a secret callback URL of 1197 characters, too long", { callbackUrls: [SECRET_URL] }, "callbackUrls[0]", LENGTH(1, 1024, 1197), "received 1197 characters (a secret value)", { secretArgs: ["callbackUrls"], hidden: [SECRET_URL.slice(20, 60)], faces: ["plugin"] }),
        fail("a secret logout URL holding a quote and a space", { logoutUrls: [SECRET_QUOTED_URL] }, "logoutUrls[0]", PATTERN, "received (a secret value)", { secretArgs: ["logoutUrls"], hidden: ["S3cr3tQu0te", JSON.stringify(SECRET_QUOTED_URL).slice(1, -1)], faces: ["plugin"] }),
        fail("a secret callback URL over http, with a defaultRedirectUri among them", { callbackUrls: ["http://app.example/S3cr3tPlainHttp"], defaultRedirectUri: "https://app.example/other" }, "callbackUrls[0]", HTTPS, "received a secret value", { secretArgs: ["callbackUrls"], hidden: ["S3cr3tPlainHttp"], faces: ["plugin"] }),
    ]),
    ...section("import IDs", [
        // Malformed import IDs through the `import` option
        fail('import ""', {}, "importId", IMPORT_FORM, 'received ""', { import: "" }),
        fail('import "nopool"', {}, "importId", IMPORT_FORM, 'received "nopool"', { import: "nopool" }),
        fail('import "a/b/c"', {}, "importId", IMPORT_FORM, 'received "a/b/c"', { import: "a/b/c" }),
        fail('import "us-east-1_abc/"', {}, "importId", IMPORT_FORM, 'received "us-east-1_abc/"', { import: "us-east-1_abc/" }),
        fail('import "/client"', {}, "importId", IMPORT_FORM, 'received "/client"', { import: "/client" }),
        fail('import "us-east-1_abc/bad id"', {}, "importId", IMPORT_FORM, 'received "us-east-1_abc/bad id"', { import: "us-east-1_abc/bad id" }),
        fail("import with a 56-character user pool id", {}, "importId", IMPORT_FORM, `received ${json(`us-east-1_${chars(46, "A")}/abc`)}`, { import: `us-east-1_${chars(46, "A")}/abc` }),
        fail("import with a 129-character client id", {}, "importId", IMPORT_FORM, `received ${shortened(`${POOL}/${chars(129, "c")}`)}`, { import: `${POOL}/${chars(129, "c")}` }),
    ]),
    ...section("unknown names and fields", [
        // Unknown argument names and fields
        fail("an unknown argument callbackURLs", { callbackURLs: ["https://app.example/cb"] }, "callbackURLs", NOT_AN_ARGUMENT, "value {[{https://app.example/cb}]}"),
        fail("an output passed as an argument (clientId)", { clientId: "1example23456789" }, "clientId", NOT_AN_ARGUMENT, "value {1example23456789}"),
        fail("a secret under an unknown name (client_secret), not echoed", { client_secret: secretOf(30) }, "client_secret", NOT_AN_ARGUMENT, "value {[secret]}", { secretArgs: ["client_secret"], hidden: [secretOf(30)] }),
        fail("an unknown field of tokenValidityUnits", { tokenValidityUnits: { refresh: "days" } }, "tokenValidityUnits.refresh", /is not a field of tokenValidityUnits; the fields are accessToken, idToken, refreshToken; received "days"$/, 'received "days"'),
        fail("an unknown field of analyticsConfiguration", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, applicationName: "x" } }, "analyticsConfiguration.applicationName", /is not a field of analyticsConfiguration; the fields are applicationArn, applicationId, externalId, roleArn, userDataShared; received "x"$/, 'received "x"'),
        fail("an unknown field of refreshTokenRotation", { refreshTokenRotation: { feature: "ENABLED", gracePeriod: 10 } }, "refreshTokenRotation.gracePeriod", /is not a field of refreshTokenRotation; the fields are feature, retryGracePeriodSeconds; received 10$/, "received 10"),
    ]),
];

/** Rows of the 2026 model: the new flows' rules, published secrets, analytics ARNs, units without validities. */
INVALID_ROWS.push(...section("the 2026 model's rules", [
    fail("ALLOW_CLIENT_TOKEN_AUTH with the refresh flow", { generateSecret: true, explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, "explicitAuthFlows", /ALLOW_CLIENT_TOKEN_AUTH must be the only flow/, 'received ["ALLOW_CLIENT_TOKEN_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]'),
    fail("ALLOW_CLIENT_TOKEN_AUTH without a secret", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"] }, "explicitAuthFlows", /ALLOW_CLIENT_TOKEN_AUTH requires a client secret/, "received a client without a secret"),
    fail("a token-exchange flow without the refresh flow", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_DELEGATION"] }, "explicitAuthFlows", /must include ALLOW_REFRESH_TOKEN_AUTH unless/, 'received ["ALLOW_TOKEN_EXCHANGE_DELEGATION"]'),
    fail("publishing a secret without generateSecret", { publishSecretsInAwsSecretsManager: true }, "publishSecretsInAwsSecretsManager", /requires generateSecret: true/, "received generateSecret unset"),
    fail("an analytics application ARN without an account ID", { analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1::apps/0123456789abcdef" } }, "analyticsConfiguration.applicationArn", PATTERN, 'received "arn:aws:mobiletargeting:us-east-1::apps/0123456789abcdef"'),
    fail("an analytics role ARN without an account ID", { analyticsConfiguration: { applicationId: "0123456789abcdef", externalId: "ext", roleArn: "arn:aws:iam:::role/cognito-pinpoint" } }, "analyticsConfiguration.roleArn", PATTERN, 'received "arn:aws:iam:::role/cognito-pinpoint"'),
    fail("a refresh unit of minutes without refreshTokenValidity (30 minutes)", units("refreshToken", "minutes"), "tokenValidityUnits.refreshToken", /minutes without refreshTokenValidity gives 30 minutes/, "gives 30 minutes"),
]));

/** Rows at the exact edges, which must preview successfully. */
export const VALID_ROWS: Row[] = section("valid edges", [
    ok("a 128-character name of every allowed character class, a 55-character userPoolId", { name: "My App_1 +=,.@-" + chars(113, "n"), userPoolId: "us-east-1_" + chars(45, "A") }),
    ok("a 24-character clientSecret", { clientSecret: secretOf(24) }, { secretArgs: ["clientSecret"], hidden: [secretOf(24)] }),
    ok("a 64-character clientSecret", { clientSecret: secretOf(64) }, { secretArgs: ["clientSecret"], hidden: [secretOf(64)] }),
    ok("3 OAuth flows, 50 scopes of which one has 256 characters", { ...OAUTH, allowedOauthFlows: ["code", "implicit", "code"], allowedOauthScopes: [...scopes(49), LONGEST_SCOPE] }),
    ok("100 callback URLs, a 1024-character one the defaultRedirectUri; 100 logout URLs", { callbackUrls: [...urls(99), urlOf(1024)], defaultRedirectUri: urlOf(1024), logoutUrls: urls(100) }),
    ok("loopback http, app scheme and query URLs", { callbackUrls: ["http://localhost:8080/cb", "http://127.0.0.1/cb", "http://[::1]/cb", "myapp://cb", "https://app.example/cb?x=1"], logoutUrls: ["http://localhost"], defaultRedirectUri: "http://[::1]/cb" }),
    ok("token validities at their lower edges once units apply", { accessTokenValidity: 5, idTokenValidity: 300, refreshTokenValidity: 60, tokenValidityUnits: { accessToken: "minutes", idToken: "seconds", refreshToken: "minutes" } }),
    ok("token validities at their upper edges once units apply", { accessTokenValidity: 1, idTokenValidity: 1440, refreshTokenValidity: 3650, tokenValidityUnits: { accessToken: "days", idToken: "minutes", refreshToken: "days" } }),
    ok("raw edges: 86400 seconds, 24 hours by default, refresh 315360000 seconds", { accessTokenValidity: 86400, idTokenValidity: 24, refreshTokenValidity: 315360000, tokenValidityUnits: { accessToken: "seconds", refreshToken: "seconds" } }),
    ok("refreshTokenValidity 0 (the default), authSessionValidity 3, grace 0", { refreshTokenValidity: 0, authSessionValidity: 3, refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 } }),
    ok("ssoSession of 0 minutes (always re-authenticate)", { ssoSession: { maxValidityMinutes: 0 } }),
    ok("ssoSession of 129600 minutes (90 days)", { ssoSession: { maxValidityMinutes: 129600 } }),
    ok("authSessionValidity 15, grace 60", { authSessionValidity: 15, refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 60 } }),
    ok("analytics by application ARN alone; a custom attribute of the longest name as read attribute; a 32-character multibyte identity provider", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: true }, readAttributes: ["email", LONGEST_CUSTOM_ATTRIBUTE], supportedIdentityProviders: ["COGNITO", LONGEST_PROVIDER] }),
    ok("callback, logout and default redirect URLs without allowedOauthFlowsUserPoolClient", { callbackUrls: ["https://app.example/cb"], logoutUrls: ["https://app.example/out"], defaultRedirectUri: "https://app.example/cb" }),
    ok("client_credentials with a custom secret and a custom scope", { ...OAUTH, ...M2M, generateSecret: undefined, clientSecret: secretOf(40) }, { secretArgs: ["clientSecret"], hidden: [secretOf(40)] }),
    ok("an ALLOW_ flow list without ALLOW_REFRESH_TOKEN_AUTH under refresh-token rotation", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 30 } }),
    ok("analytics by application ID, external ID and a 2048-character role ARN", { analyticsConfiguration: { applicationId: "0123456789abcdefABCDEF", externalId: "ext", roleArn: "arn:aws:iam::123456789012:role/" + chars(2048 - 31, "r") } }),
    ok("enablePropagateAdditionalUserContextData with generateSecret; legacy auth flows alone", { enablePropagateAdditionalUserContextData: true, generateSecret: true, explicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "CUSTOM_AUTH_FLOW_ONLY"] }),
    ok("import with a 55-character user pool id and a 128-character client id, name left out", { name: undefined }, { import: `us-east-1_${chars(45, "A")}/${chars(128, "c")}` }),
]);

VALID_ROWS.push(...section("valid edges", [
    ok("ALLOW_CLIENT_TOKEN_AUTH alone with a generated secret", { generateSecret: true, explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"] }),
    ok("both token-exchange flows with a user flow and the refresh flow", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"] }),
    ok("a generated secret published in Secrets Manager", { generateSecret: true, publishSecretsInAwsSecretsManager: true }),
    ok("units without validities: access tokens in days, refresh tokens in hours (30 hours)", { tokenValidityUnits: { accessToken: "days", refreshToken: "hours" } }),
]));

/** The faces a row goes through: the dynamic UserPoolClient and the provider plugin's. */
export type Face = "dynamic" | "plugin";

/**
 * Whether the engine imports the row's client by ID rather than checking the import option: a plugin resource is
 * imported by the engine's Read; only the dynamic resource carries the `import` option to Check, as `importId`.
 */
export const importedByTheEngine = (face: Face, row: Row) => face === "plugin" && row.import !== undefined;

/** Whether a face's Check takes the row: not a plugin import (the engine reads it by ID), and a face the row is for. */
export const checkedBy = (face: Face, row: Row) => !importedByTheEngine(face, row) && (row.faces ?? [face]).includes(face);

/** Whether the engine shows the value itself (`value {…}` before "has a problem"), which no provider answer holds. */
export const engineRendersReceived = (expected: Expected) => expected.received.startsWith("value {");

/**
 * The rows previewed through the engine for a face, of those its Check takes: the first of each kind, every row
 * whose value the engine shows itself, every row that must not print a secret, and the valid edges (one program).
 * Every row goes through both faces' Check over gRPC (tests/integration/badInputFaces.spec.ts).
 */
export function engineSample(face: Face): { invalid: Row[]; valid: Row[] } {
    const kinds = new Set<string>();
    const invalid = INVALID_ROWS.filter((row) => checkedBy(face, row)).filter((row) => {
        const firstOfItsKind = !kinds.has(row.kind);
        kinds.add(row.kind);
        return firstOfItsKind || (row.hidden ?? []).length > 0 || row.fails!.some(engineRendersReceived);
    });
    return { invalid, valid: VALID_ROWS.filter((row) => checkedBy(face, row)) };
}
