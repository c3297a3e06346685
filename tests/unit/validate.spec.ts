import { expect } from "chai";
import { UNKNOWN } from "../../provider/schema";
import { ARGUMENT_RULES, CheckFailure, validateInputs } from "../../provider/validate";
import { ANALYTICS_ARN, OAUTH, ROLE_ARN } from "../support/fixtures";

/** One expected failure: the property it is reported on, and a pattern its reason must match. */
interface Expected {
    property: string;
    reason: RegExp;
}

/** A table row: the arguments (merged over BASE) and the failures expected, none for a valid row. */
interface Row {
    title: string;
    args: Record<string, unknown>;
    fails?: Expected[];
}

const BASE = { name: "app-client", userPoolId: "us-east-1_AbC123" };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** The value as messages show it (JSON). */
const shown = (value: unknown) => escape(JSON.stringify(value));
const chars = (n: number, ch = "a") => ch.repeat(n);
/** An https URL of exactly `n` characters, padded with `ch`. */
const urlOf = (n: number, ch = "a") => {
    const prefix = "https://app.example/";
    return prefix + ch.repeat(n - prefix.length);
};
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://app.example/cb${i}`);
const scopes = (n: number) => Array.from({ length: n }, (_, i) => `api.example/scope${i}`);
/** Distinctive secret text, so that a leak into a message is unmistakable. */
const secretOf = (n: number, filler = "K") => ("S3cr3tV4lu3" + filler.repeat(n)).slice(0, n);

const valid = (title: string, args: Record<string, unknown>): Row => ({ title, args });
const invalid = (title: string, args: Record<string, unknown>, property: string, reason: RegExp): Row => ({
    title,
    args,
    fails: [{ property, reason }],
});

function runTable(rows: Row[]): void {
    for (const row of rows) {
        const title = row.fails ? `fails ${row.title}` : `accepts ${row.title}`;
        it(title, () => {
            const args: Record<string, unknown> = { ...BASE, ...row.args };
            const failures = validateInputs(args);
            assertFailures(failures, row.fails ?? []);
            if (typeof args.clientSecret === "string" && args.clientSecret.length > 0) {
                expect(JSON.stringify(failures)).not.to.include(args.clientSecret as string);
            }
        });
    }
}

function assertFailures(failures: CheckFailure[], expected: Expected[]): void {
    const dump = JSON.stringify(failures, null, 1);
    expect(failures.map((f) => f.property), dump).to.deep.equal(expected.map((e) => e.property));
    expected.forEach((e, i) => {
        expect(failures[i].reason, dump).to.match(e.reason);
        // Every reason opens with the property it is about.
        expect(failures[i].reason.startsWith(`${e.property} `), dump).to.equal(true);
    });
}

describe("validateInputs", () => {
    describe("name", () => runTable([
        valid("a 1-character name", { name: "a" }),
        valid("a 128-character name", { name: chars(128) }),
        valid("a name with whitespace and _+=,.@-", { name: "My App_1 +=,.@-" }),
        invalid("an empty name", { name: "" }, "name", /^name must be 1 to 128 characters long; received 0 characters ""$/),
        invalid("a 129-character name", { name: chars(129) }, "name", /^name must be 1 to 128 characters long; received 129 characters "a{77}\.\.\."$/),
        invalid("a name with a slash", { name: "my/client" }, "name", /^name must match .+ \(ASCII letters, digits, whitespace and _\+=,\.@-\); received "my\/client"$/),
        invalid("a name with non-ASCII letters (the pattern is ASCII \\w)", { name: "あ" }, "name", /^name must match .+; received "あ"$/),
        invalid("a name with a no-break space (the pattern is ASCII \\s)", { name: "my\u00a0client" }, "name", /^name must match .+; received "my\u00a0client"$/),
        valid("a name with a tab", { name: "my\tclient" }),
        invalid("a missing name", { name: undefined }, "name", /^name is required$/),
        invalid("a null name", { name: null }, "name", /^name is required$/),
        invalid("a numeric name", { name: 123 }, "name", /^name must be a string; received 123$/),
    ]));

    describe("userPoolId", () => runTable([
        valid("a 55-character user pool id", { userPoolId: "us-east-1_" + chars(45, "A") }),
        valid("a user pool id of another region", { userPoolId: "ap-southeast-2_xYz9" }),
        invalid("a 56-character user pool id", { userPoolId: "us-east-1_" + chars(46, "A") }, "userPoolId", /^userPoolId must be 1 to 55 characters long; received 56 characters "us-east-1_A+"$/),
        invalid("a user pool id without an underscore", { userPoolId: "useast1AbC123" }, "userPoolId", /^userPoolId must match .+ \(<region>_<id>, e\.g\. us-east-1_AbC123\); received "useast1AbC123"$/),
        invalid("a user pool id with a dash after the underscore", { userPoolId: "us-east-1_AbC-123" }, "userPoolId", /^userPoolId must match .+; received "us-east-1_AbC-123"$/),
        invalid("a missing user pool id", { userPoolId: undefined }, "userPoolId", /^userPoolId is required$/),
        invalid("an empty user pool id", { userPoolId: "" }, "userPoolId", /^userPoolId must be 1 to 55 characters long; received 0 characters ""$/),
        invalid("a numeric user pool id", { userPoolId: 5 }, "userPoolId", /^userPoolId must be a string; received 5$/),
    ]));

    describe("clientSecret and generateSecret (the secret never appears in a message)", () => runTable([
        valid("a 24-character secret", { clientSecret: secretOf(24) }),
        valid("a 64-character secret", { clientSecret: secretOf(64) }),
        valid("a secret of letters, digits, _ and +", { clientSecret: "abc_DEF+123_ghi+456_jkl+789" }),
        valid("generateSecret true", { generateSecret: true }),
        valid("generateSecret false with a custom secret", { generateSecret: false, clientSecret: secretOf(30) }),
        invalid("a 23-character secret", { clientSecret: secretOf(23) }, "clientSecret", /^clientSecret must be 24 to 64 characters long; received 23 characters \(value hidden\)$/),
        invalid("a 65-character secret", { clientSecret: secretOf(65) }, "clientSecret", /^clientSecret must be 24 to 64 characters long; received 65 characters \(value hidden\)$/),
        invalid("a secret with dashes", { clientSecret: "S3cr3t-with-dashes-0123456789" }, "clientSecret", /^clientSecret must match .+ \(letters, digits, _ and \+\); received \(value hidden\)$/),
        invalid("a numeric secret", { clientSecret: 123456789012345678901234567 }, "clientSecret", /^clientSecret must be a string; received number$/),
        invalid("generateSecret as a string", { generateSecret: "true" }, "generateSecret", /^generateSecret must be a boolean; received "true"$/),
    ]));

    describe("allowedOauthFlows and allowedOauthScopes", () => runTable([
        valid("3 OAuth flows", { ...OAUTH, allowedOauthFlows: ["code", "implicit", "code"] }),
        invalid("4 OAuth flows", { ...OAUTH, allowedOauthFlows: ["code", "implicit", "code", "implicit"] }, "allowedOauthFlows", /^allowedOauthFlows must have at most 3 items; received 4$/),
        invalid("an OAuth flow in the wrong case", { ...OAUTH, allowedOauthFlows: ["Code"] }, "allowedOauthFlows[0]", /^allowedOauthFlows\[0\] must be one of code, implicit, client_credentials; received "Code"; did you mean code\?$/),
        valid("50 scopes", { ...OAUTH, allowedOauthScopes: scopes(50) }),
        invalid("51 scopes", { ...OAUTH, allowedOauthScopes: scopes(51) }, "allowedOauthScopes", /^allowedOauthScopes must have at most 50 items; received 51$/),
        valid("a 256-character custom scope", { ...OAUTH, allowedOauthScopes: ["api.example/" + chars(256 - 12, "s")] }),
        invalid("a 257-character custom scope", { ...OAUTH, allowedOauthScopes: ["api.example/" + chars(257 - 12, "s")] }, "allowedOauthScopes[0]", /^allowedOauthScopes\[0\] must be 1 to 256 characters long; received 257 characters /),
        invalid("a 257-character scope", { ...OAUTH, allowedOauthScopes: ["openid", chars(257, "s")] }, "allowedOauthScopes[1]", /^allowedOauthScopes\[1\] must be 1 to 256 characters long; received 257 characters "s+\.\.\."$/),
        invalid("an empty scope", { ...OAUTH, allowedOauthScopes: [""] }, "allowedOauthScopes[0]", /^allowedOauthScopes\[0\] must be 1 to 256 characters long; received 0 characters ""$/),
        valid("a custom scope with printable punctuation", { ...OAUTH, allowedOauthScopes: ["api.example/read:all~!#$%&'()*+,-./;<=>?@[]^_`{|}"] }),
        invalid("a scope with a space", { ...OAUTH, allowedOauthScopes: ["read all"] }, "allowedOauthScopes[0]", /^allowedOauthScopes\[0\] must match .+ \(printable ASCII without space, " or \\\); received "read all"$/),
        invalid("a scope with a double quote", { ...OAUTH, allowedOauthScopes: ['read"all'] }, "allowedOauthScopes[0]", new RegExp(`^allowedOauthScopes\\[0\\] must match .+; received ${shown('read"all')}$`)),
        invalid("a scope with a backslash", { ...OAUTH, allowedOauthScopes: ["read\\all"] }, "allowedOauthScopes[0]", new RegExp(`^allowedOauthScopes\\[0\\] must match .+; received ${shown("read\\all")}$`)),
        invalid("a scope with a non-ASCII character", { ...OAUTH, allowedOauthScopes: ["lecture-é"] }, "allowedOauthScopes[0]", /^allowedOauthScopes\[0\] must match .+; received "lecture-é"$/),
    ]));

    describe("callbackUrls, logoutUrls and defaultRedirectUri: counts and lengths", () => runTable([
        valid("100 callback URLs", { callbackUrls: urls(100) }),
        invalid("101 callback URLs", { callbackUrls: urls(101) }, "callbackUrls", /^callbackUrls must have at most 100 items; received 101$/),
        valid("a 1024-character callback URL", { callbackUrls: [urlOf(1024)] }),
        invalid("a 1025-character callback URL", { callbackUrls: ["https://app.example/cb", urlOf(1025)] }, "callbackUrls[1]", /^callbackUrls\[1\] must be 1 to 1024 characters long; received 1025 characters "https:\/\/app\.example\/a+\.\.\."$/),
        valid("a 1024-character callback URL of multibyte characters", { callbackUrls: [urlOf(1024, "あ")] }),
        invalid("a 1025-character callback URL of multibyte characters", { callbackUrls: [urlOf(1025, "あ")] }, "callbackUrls[0]", /^callbackUrls\[0\] must be 1 to 1024 characters long; received 1025 characters "https:\/\/app\.example\/あ+\.\.\."$/),
        valid("a 1024-character callback URL of astral-plane characters (code points, not UTF-16 units)", { callbackUrls: [urlOf(1024, "😀")] }),
        invalid("an empty callback URL", { callbackUrls: [""] }, "callbackUrls[0]", /^callbackUrls\[0\] must be 1 to 1024 characters long; received 0 characters ""$/),
        valid("100 logout URLs", { logoutUrls: urls(100) }),
        invalid("101 logout URLs", { logoutUrls: urls(101) }, "logoutUrls", /^logoutUrls must have at most 100 items; received 101$/),
        valid("a 1024-character logout URL", { logoutUrls: [urlOf(1024)] }),
        invalid("a 1025-character logout URL", { logoutUrls: [urlOf(1025)] }, "logoutUrls[0]", /^logoutUrls\[0\] must be 1 to 1024 characters long; received 1025 characters/),
        valid("a 1024-character default redirect URI that is a callback URL", { callbackUrls: [urlOf(1024)], defaultRedirectUri: urlOf(1024) }),
        invalid("a 1025-character default redirect URI", { callbackUrls: [urlOf(1025, "b").slice(0, 1024)], defaultRedirectUri: urlOf(1025) }, "defaultRedirectUri", /^defaultRedirectUri must be 1 to 1024 characters long; received 1025 characters/),
    ]));

    describe("callbackUrls, logoutUrls and defaultRedirectUri: the redirect URL rule", () => {
        const goodUrls = [
            "http://localhost",
            "http://localhost:8080/cb",
            "http://127.0.0.1:3000/cb",
            "http://[::1]/x",
            "myapp://cb",
            "com.example.app:/oauth2redirect",
            "https://app.example/cb?state=1",
        ];
        const badUrls: [string, RegExp][] = [
            ["http://example.com", /must use https \(http is allowed only for localhost, 127\.0\.0\.1 and \[::1\]\)/],
            ["http://localhost.evil.example/cb", /must use https \(http is allowed only for localhost, 127\.0\.0\.1 and \[::1\]\)/],
            ["/cb", /must be an absolute URL such as https:\/\/example\.com\/callback or myapp:\/\/callback/],
            ["cb", /must be an absolute URL such as https:\/\/example\.com\/callback or myapp:\/\/callback/],
            ["https://a.example/cb#frag", /must not contain a fragment \(#\)/],
            ["https://a.example/cb#", /must not contain a fragment \(#\)/],
            ["https://a.example/a b", /must match .+ \(letters, marks, symbols, digits and punctuation; no whitespace\)/],
        ];
        runTable([
            ...goodUrls.map((url) => valid(`callback URL ${url}`, { callbackUrls: [url] })),
            ...goodUrls.map((url) => valid(`logout URL ${url}`, { logoutUrls: [url] })),
            ...goodUrls.map((url) => valid(`default redirect URI ${url}`, { callbackUrls: [url], defaultRedirectUri: url })),
            ...badUrls.map(([url, rule]) => invalid(`callback URL ${JSON.stringify(url)}`, { callbackUrls: [url] }, "callbackUrls[0]", new RegExp(`^callbackUrls\\[0\\] ${rule.source}; received ${shown(url)}$`))),
            ...badUrls.map(([url, rule]) => invalid(`logout URL ${JSON.stringify(url)}`, { logoutUrls: ["https://app.example/out", url] }, "logoutUrls[1]", new RegExp(`^logoutUrls\\[1\\] ${rule.source}; received ${shown(url)}$`))),
            ...badUrls.map(([url, rule]) => invalid(`default redirect URI ${JSON.stringify(url)}`, { defaultRedirectUri: url }, "defaultRedirectUri", new RegExp(`^defaultRedirectUri ${rule.source}; received ${shown(url)}$`))),
        ]);
    });

    describe("readAttributes, writeAttributes, supportedIdentityProviders", () => runTable([
        valid("a 2048-character read attribute", { readAttributes: [chars(2048)] }),
        invalid("a 2049-character read attribute", { readAttributes: [chars(2049)] }, "readAttributes[0]", /^readAttributes\[0\] must be 1 to 2048 characters long; received 2049 characters/),
        invalid("an empty write attribute", { writeAttributes: ["email", ""] }, "writeAttributes[1]", /^writeAttributes\[1\] must be 1 to 2048 characters long; received 0 characters ""$/),
        valid("a write attribute list of 200 items (no list maximum)", { writeAttributes: Array.from({ length: 200 }, (_, i) => `custom:attr${i}`) }),
        valid("an identity provider of 32 multibyte characters", { supportedIdentityProviders: [chars(32, "あ")] }),
        invalid("an identity provider of 33 multibyte characters", { supportedIdentityProviders: [chars(33, "あ")] }, "supportedIdentityProviders[0]", /^supportedIdentityProviders\[0\] must be 1 to 32 characters long; received 33 characters "あ{33}"$/),
        valid("an identity provider of 32 ASCII characters with spaces", { supportedIdentityProviders: ["COGNITO", "My Corporate SAML IdP 0123456789"] }),
        invalid("an identity provider of 33 ASCII characters", { supportedIdentityProviders: [chars(33, "P")] }, "supportedIdentityProviders[0]", /^supportedIdentityProviders\[0\] must be 1 to 32 characters long; received 33 characters "P{33}"$/),
        invalid("an empty identity provider", { supportedIdentityProviders: [""] }, "supportedIdentityProviders[0]", /^supportedIdentityProviders\[0\] must be 1 to 32 characters long; received 0 characters ""$/),
        invalid("an identity provider with a tab", { supportedIdentityProviders: ["My\tIdP"] }, "supportedIdentityProviders[0]", /^supportedIdentityProviders\[0\] must match .+; received "My\\tIdP"$/),
    ]));

    describe("token validities: raw integer ranges", () => runTable([
        valid("accessTokenValidity 86400 seconds", { accessTokenValidity: 86400, tokenValidityUnits: { accessToken: "seconds" } }),
        invalid("accessTokenValidity 86401 seconds", { accessTokenValidity: 86401, tokenValidityUnits: { accessToken: "seconds" } }, "accessTokenValidity", /^accessTokenValidity must be between 1 and 86400; received 86401$/),
        invalid("accessTokenValidity 0", { accessTokenValidity: 0 }, "accessTokenValidity", /^accessTokenValidity must be between 1 and 86400; received 0$/),
        invalid("idTokenValidity 0", { idTokenValidity: 0 }, "idTokenValidity", /^idTokenValidity must be between 1 and 86400; received 0$/),
        invalid("idTokenValidity -5", { idTokenValidity: -5 }, "idTokenValidity", /^idTokenValidity must be between 1 and 86400; received -5$/),
        valid("refreshTokenValidity 0 (the default)", { refreshTokenValidity: 0 }),
        valid("refreshTokenValidity 315360000 seconds", { refreshTokenValidity: 315360000, tokenValidityUnits: { refreshToken: "seconds" } }),
        invalid("refreshTokenValidity 315360001 seconds", { refreshTokenValidity: 315360001, tokenValidityUnits: { refreshToken: "seconds" } }, "refreshTokenValidity", /^refreshTokenValidity must be between 0 and 315360000; received 315360001$/),
        invalid("refreshTokenValidity -1", { refreshTokenValidity: -1 }, "refreshTokenValidity", /^refreshTokenValidity must be between 0 and 315360000; received -1$/),
        invalid("a non-integer accessTokenValidity", { accessTokenValidity: 1.5 }, "accessTokenValidity", /^accessTokenValidity must be an integer; received 1\.5$/),
        invalid("accessTokenValidity as a string", { accessTokenValidity: "60" }, "accessTokenValidity", /^accessTokenValidity must be an integer; received "60"$/),
    ]));

    describe("token validities: ranges once the unit is applied", () => {
        const units = (key: string, unit: string) => ({ tokenValidityUnits: { [key]: unit } });
        const outOfRange = (property: string, range: string, key: string, value: number, unit: string) =>
            new RegExp(`^${property} must be between ${range} once its unit \\(tokenValidityUnits\\.${key}: ${unit}\\) is applied; received ${value} ${unit}$`);
        const rows: Row[] = [];
        for (const [property, key] of [["accessTokenValidity", "accessToken"], ["idTokenValidity", "idToken"]]) {
            const range = "5 minutes and 1 day";
            rows.push(
                invalid(`${property} 4 minutes`, { [property]: 4, ...units(key, "minutes") }, property, outOfRange(property, range, key, 4, "minutes")),
                valid(`${property} 5 minutes`, { [property]: 5, ...units(key, "minutes") }),
                valid(`${property} 300 seconds`, { [property]: 300, ...units(key, "seconds") }),
                invalid(`${property} 299 seconds`, { [property]: 299, ...units(key, "seconds") }, property, outOfRange(property, range, key, 299, "seconds")),
                valid(`${property} 24 hours`, { [property]: 24, ...units(key, "hours") }),
                invalid(`${property} 25 hours`, { [property]: 25, ...units(key, "hours") }, property, outOfRange(property, range, key, 25, "hours")),
                valid(`${property} 1440 minutes`, { [property]: 1440, ...units(key, "minutes") }),
                invalid(`${property} 1441 minutes`, { [property]: 1441, ...units(key, "minutes") }, property, outOfRange(property, range, key, 1441, "minutes")),
                valid(`${property} 1 day`, { [property]: 1, ...units(key, "days") }),
                invalid(`${property} 2 days`, { [property]: 2, ...units(key, "days") }, property, outOfRange(property, range, key, 2, "days")),
                valid(`${property} 24 without units (default hours)`, { [property]: 24 }),
                invalid(`${property} 25 without units (default hours)`, { [property]: 25 }, property, outOfRange(property, range, key, 25, "hours")),
            );
        }
        const range = "1 hour and 3650 days";
        rows.push(
            invalid("refreshTokenValidity 59 minutes", { refreshTokenValidity: 59, ...units("refreshToken", "minutes") }, "refreshTokenValidity", outOfRange("refreshTokenValidity", range, "refreshToken", 59, "minutes")),
            valid("refreshTokenValidity 60 minutes", { refreshTokenValidity: 60, ...units("refreshToken", "minutes") }),
            invalid("refreshTokenValidity 3599 seconds", { refreshTokenValidity: 3599, ...units("refreshToken", "seconds") }, "refreshTokenValidity", outOfRange("refreshTokenValidity", range, "refreshToken", 3599, "seconds")),
            valid("refreshTokenValidity 1 hour", { refreshTokenValidity: 1, ...units("refreshToken", "hours") }),
            valid("refreshTokenValidity 3650 days", { refreshTokenValidity: 3650 }),
            invalid("refreshTokenValidity 3651 days", { refreshTokenValidity: 3651 }, "refreshTokenValidity", outOfRange("refreshTokenValidity", range, "refreshToken", 3651, "days")),
            valid("refreshTokenValidity 87600 hours", { refreshTokenValidity: 87600, ...units("refreshToken", "hours") }),
            invalid("refreshTokenValidity 87601 hours", { refreshTokenValidity: 87601, ...units("refreshToken", "hours") }, "refreshTokenValidity", outOfRange("refreshTokenValidity", range, "refreshToken", 87601, "hours")),
            invalid("refreshTokenValidity 0 minutes (0 is Cognito's unset value, 30 of the unit: 30 minutes)", { refreshTokenValidity: 0, ...units("refreshToken", "minutes") }, "tokenValidityUnits.refreshToken", /^tokenValidityUnits\.refreshToken minutes without refreshTokenValidity gives 30 minutes \(Cognito reads an unset refreshTokenValidity as 30 of its unit\), which is not between 1 hour and 3650 days; set refreshTokenValidity too, or choose another unit$/),
            invalid("a refresh unit of seconds without refreshTokenValidity (30 seconds)", units("refreshToken", "seconds"), "tokenValidityUnits.refreshToken", /^tokenValidityUnits\.refreshToken seconds without refreshTokenValidity gives 30 seconds /),
            valid("a refresh unit of hours without refreshTokenValidity (30 hours)", units("refreshToken", "hours")),
            valid("access and ID units of seconds without validities (unset is one hour in any unit)", { tokenValidityUnits: { accessToken: "seconds", idToken: "seconds" } }),
            valid("access and ID units of days without validities", { tokenValidityUnits: { accessToken: "days", idToken: "days" } }),
            valid("all three validities in minutes at their lower edges", { accessTokenValidity: 5, idTokenValidity: 5, refreshTokenValidity: 60, tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "minutes" } }),
        );
        runTable(rows);
    });

    describe("ssoSession", () => runTable([
        invalid("maxValidityMinutes -1", { ssoSession: { maxValidityMinutes: -1 } }, "ssoSession.maxValidityMinutes", /^ssoSession\.maxValidityMinutes must be between 0 and 129600 minutes; received -1$/),
        valid("maxValidityMinutes 0 (always re-authenticate)", { ssoSession: { maxValidityMinutes: 0 } }),
        valid("maxValidityMinutes 60 (the default)", { ssoSession: { maxValidityMinutes: 60 } }),
        valid("maxValidityMinutes 129600 (90 days)", { ssoSession: { maxValidityMinutes: 129600 } }),
        invalid("maxValidityMinutes 129601", { ssoSession: { maxValidityMinutes: 129601 } }, "ssoSession.maxValidityMinutes", /^ssoSession\.maxValidityMinutes must be between 0 and 129600 minutes; received 129601$/),
        invalid("maxValidityMinutes 1.5", { ssoSession: { maxValidityMinutes: 1.5 } }, "ssoSession.maxValidityMinutes", /^ssoSession\.maxValidityMinutes must be an integer; received 1\.5$/),
        invalid("maxValidityMinutes as a string", { ssoSession: { maxValidityMinutes: "60" } }, "ssoSession.maxValidityMinutes", /^ssoSession\.maxValidityMinutes must be an integer; received "60"$/),
        invalid("ssoSession without maxValidityMinutes", { ssoSession: {} }, "ssoSession.maxValidityMinutes", /^ssoSession\.maxValidityMinutes is required$/),
        invalid("ssoSession as a number", { ssoSession: 60 }, "ssoSession", /^ssoSession must be an object with maxValidityMinutes; received 60$/),
        invalid("an unknown field of ssoSession", { ssoSession: { maxValidityMinutes: 60, minutes: 5 } }, "ssoSession.minutes", /^ssoSession\.minutes is not a field of ssoSession; the fields are maxValidityMinutes; received 5$/),
    ]));

    describe("authSessionValidity and refreshTokenRotation", () => runTable([
        invalid("authSessionValidity 2", { authSessionValidity: 2 }, "authSessionValidity", /^authSessionValidity must be between 3 and 15 minutes; received 2$/),
        valid("authSessionValidity 3", { authSessionValidity: 3 }),
        valid("authSessionValidity 15", { authSessionValidity: 15 }),
        invalid("authSessionValidity 16", { authSessionValidity: 16 }, "authSessionValidity", /^authSessionValidity must be between 3 and 15 minutes; received 16$/),
        invalid("authSessionValidity 3.5", { authSessionValidity: 3.5 }, "authSessionValidity", /^authSessionValidity must be an integer; received 3\.5$/),
        invalid("authSessionValidity as a boolean", { authSessionValidity: true }, "authSessionValidity", /^authSessionValidity must be an integer; received true$/),
        invalid("retryGracePeriodSeconds -1", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: -1 } }, "refreshTokenRotation.retryGracePeriodSeconds", /^refreshTokenRotation\.retryGracePeriodSeconds must be between 0 and 60 seconds; received -1$/),
        valid("retryGracePeriodSeconds 0", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 0 } }),
        valid("retryGracePeriodSeconds 60", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 60 } }),
        invalid("retryGracePeriodSeconds 61", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 61 } }, "refreshTokenRotation.retryGracePeriodSeconds", /^refreshTokenRotation\.retryGracePeriodSeconds must be between 0 and 60 seconds; received 61$/),
        invalid("retryGracePeriodSeconds 1.5", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 1.5 } }, "refreshTokenRotation.retryGracePeriodSeconds", /^refreshTokenRotation\.retryGracePeriodSeconds must be an integer; received 1\.5$/),
        valid("refreshTokenRotation DISABLED alone", { refreshTokenRotation: { feature: "DISABLED" } }),
        invalid("refreshTokenRotation without feature", { refreshTokenRotation: { retryGracePeriodSeconds: 10 } }, "refreshTokenRotation.feature", /^refreshTokenRotation\.feature is required$/),
    ]));

    describe("enums in the wrong case", () => runTable([
        valid("explicitAuthFlows of every ALLOW_ value", { explicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH"] }),
        invalid("an explicit auth flow in lower case", { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "allow_user_srp_auth"] }, "explicitAuthFlows[1]", /^explicitAuthFlows\[1\] must be one of ADMIN_NO_SRP_AUTH, .*ALLOW_CLIENT_TOKEN_AUTH; received "allow_user_srp_auth"; did you mean ALLOW_USER_SRP_AUTH\?$/),
        valid("preventUserExistenceErrors ENABLED", { preventUserExistenceErrors: "ENABLED" }),
        invalid("preventUserExistenceErrors in lower case", { preventUserExistenceErrors: "enabled" }, "preventUserExistenceErrors", /^preventUserExistenceErrors must be one of LEGACY, ENABLED; received "enabled"; did you mean ENABLED\?$/),
        valid("token validity units in every unit", { tokenValidityUnits: { accessToken: "seconds", idToken: "minutes", refreshToken: "days" } }),
        invalid("a token validity unit in title case", { tokenValidityUnits: { accessToken: "Minutes" } }, "tokenValidityUnits.accessToken", /^tokenValidityUnits\.accessToken must be one of seconds, minutes, hours, days; received "Minutes"; did you mean minutes\?$/),
        invalid("a token validity unit that is not a unit", { tokenValidityUnits: { refreshToken: "weeks" } }, "tokenValidityUnits.refreshToken", /^tokenValidityUnits\.refreshToken must be one of seconds, minutes, hours, days; received "weeks"$/),
        invalid("refreshTokenRotation.feature in lower case", { refreshTokenRotation: { feature: "enabled" } }, "refreshTokenRotation.feature", /^refreshTokenRotation\.feature must be one of ENABLED, DISABLED; received "enabled"; did you mean ENABLED\?$/),
    ]));

    describe("auth flows of the current model, and their rules", () => runTable([
        valid("the two token-exchange flows with user flows and the refresh flow", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"] }),
        valid("a token-exchange flow with the refresh flow alone", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_DELEGATION", "ALLOW_REFRESH_TOKEN_AUTH"] }),
        invalid("a token-exchange flow alone (the ALLOW_ list rule: the refresh flow is needed)", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_IMPERSONATION"] }, "explicitAuthFlows", /^explicitAuthFlows must include ALLOW_REFRESH_TOKEN_AUTH unless refreshTokenRotation\.feature is ENABLED; received \["ALLOW_TOKEN_EXCHANGE_IMPERSONATION"\]$/),
        valid("a token-exchange flow alone under refresh-token rotation", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_IMPERSONATION"], refreshTokenRotation: { feature: "ENABLED" } }),
        invalid("a token-exchange flow with the refresh flow under rotation", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_REFRESH_TOKEN_AUTH"], refreshTokenRotation: { feature: "ENABLED" } }, "explicitAuthFlows", /^explicitAuthFlows cannot include ALLOW_REFRESH_TOKEN_AUTH while refreshTokenRotation\.feature is ENABLED/),
        invalid("a token-exchange flow with a legacy flow", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_DELEGATION", "USER_PASSWORD_AUTH"] }, "explicitAuthFlows", /^explicitAuthFlows cannot mix legacy flows/),
        valid("ALLOW_CLIENT_TOKEN_AUTH alone on a client with a generated secret (no refresh flow needed)", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"], generateSecret: true }),
        valid("ALLOW_CLIENT_TOKEN_AUTH alone on a client with a custom secret", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"], clientSecret: secretOf(24) }),
        valid("ALLOW_CLIENT_TOKEN_AUTH twice (a set)", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_CLIENT_TOKEN_AUTH"], generateSecret: true }),
        valid("ALLOW_CLIENT_TOKEN_AUTH with a secret not known until apply", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"], generateSecret: UNKNOWN }),
        invalid("ALLOW_CLIENT_TOKEN_AUTH without a secret", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"] }, "explicitAuthFlows", /^explicitAuthFlows ALLOW_CLIENT_TOKEN_AUTH requires a client secret \(generateSecret: true or clientSecret\); received a client without a secret$/),
        invalid("ALLOW_CLIENT_TOKEN_AUTH with the refresh flow", { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], generateSecret: true }, "explicitAuthFlows", /^explicitAuthFlows ALLOW_CLIENT_TOKEN_AUTH must be the only flow \(machine-to-machine tokens through GetClientToken exclude user sign-in\); received \["ALLOW_CLIENT_TOKEN_AUTH","ALLOW_REFRESH_TOKEN_AUTH"\]$/),
        invalid("ALLOW_CLIENT_TOKEN_AUTH with a token-exchange flow", { explicitAuthFlows: ["ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_CLIENT_TOKEN_AUTH"], generateSecret: true }, "explicitAuthFlows", /^explicitAuthFlows ALLOW_CLIENT_TOKEN_AUTH must be the only flow/),
        {
            title: "ALLOW_CLIENT_TOKEN_AUTH with a user flow on a client without a secret: both rules",
            args: { explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] },
            fails: [
                { property: "explicitAuthFlows", reason: /must be the only flow/ },
                { property: "explicitAuthFlows", reason: /requires a client secret/ },
            ],
        },
    ]));

    describe("auth flow values AWS adds after this release (allowNewAuthFlows)", () => runTable([
        invalid("a value of the form ALLOW_<NAME> the package does not know, without the opt-in", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_PASSKEY_ONLY_AUTH"] }, "explicitAuthFlows[2]", /^explicitAuthFlows\[2\] must be one of ADMIN_NO_SRP_AUTH, .*ALLOW_CLIENT_TOKEN_AUTH; received "ALLOW_PASSKEY_ONLY_AUTH"; if AWS added ALLOW_PASSKEY_ONLY_AUTH after this release, set allowNewAuthFlows: true to send it to Cognito unchecked$/),
        invalid("such a value with allowNewAuthFlows: false", { allowNewAuthFlows: false, explicitAuthFlows: ["ALLOW_PASSKEY_ONLY_AUTH"] }, "explicitAuthFlows[0]", /set allowNewAuthFlows: true/),
        valid("such a value with allowNewAuthFlows: true", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_PASSKEY_ONLY_AUTH"] }),
        valid("an unknown value alone with the opt-in: the list rules are left to Cognito", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_FUTURE_MACHINE_AUTH"] }),
        valid("an unknown value with digits, with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_OAUTH21_AUTH"] }),
        valid("the opt-in with only known values (the usual list rules)", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
        invalid("the opt-in does not lift the list rules for known values", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] }, "explicitAuthFlows", /must include ALLOW_REFRESH_TOKEN_AUTH/),
        invalid("a typo of a known value (one letter missing), even with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUT"] }, "explicitAuthFlows[1]", /received "ALLOW_USER_SRP_AUT"; did you mean ALLOW_USER_SRP_AUTH\?$/),
        invalid("a typo of a known value (two letters swapped), even with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USRE_AUTH"] }, "explicitAuthFlows[1]", /did you mean ALLOW_USER_AUTH\?$/),
        invalid("a value without the ALLOW_ prefix, even with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["USER_SRP_AUTH"] }, "explicitAuthFlows[0]", /received "USER_SRP_AUTH"$/),
        invalid("a value in lower case that is no known value, even with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["allow_something_new"] }, "explicitAuthFlows[0]", /received "allow_something_new"$/),
        invalid("ALLOW_ alone, even with the opt-in", { allowNewAuthFlows: true, explicitAuthFlows: ["ALLOW_"] }, "explicitAuthFlows[0]", /received "ALLOW_"$/),
        invalid("the opt-in as a string", { allowNewAuthFlows: "true" }, "allowNewAuthFlows", /^allowNewAuthFlows must be a boolean; received "true"$/),
    ]));

    describe("publishSecretsInAwsSecretsManager", () => runTable([
        valid("with generateSecret: true", { generateSecret: true, publishSecretsInAwsSecretsManager: true }),
        valid("false without a secret", { publishSecretsInAwsSecretsManager: false }),
        valid("with generateSecret not known until apply", { generateSecret: UNKNOWN, publishSecretsInAwsSecretsManager: true }),
        invalid("without generateSecret", { publishSecretsInAwsSecretsManager: true }, "publishSecretsInAwsSecretsManager", /^publishSecretsInAwsSecretsManager applies only to a secret Cognito generates and requires generateSecret: true; received generateSecret unset \(defaults to false\)$/),
        invalid("with generateSecret: false", { generateSecret: false, publishSecretsInAwsSecretsManager: true }, "publishSecretsInAwsSecretsManager", /received generateSecret false$/),
        invalid("with a custom secret", { clientSecret: secretOf(32), publishSecretsInAwsSecretsManager: true }, "publishSecretsInAwsSecretsManager", /received a custom clientSecret$/),
        invalid("with rotateSecretWhenChanged", { generateSecret: true, publishSecretsInAwsSecretsManager: true, rotateSecretWhenChanged: { rotation: "1" } }, "rotateSecretWhenChanged", /^rotateSecretWhenChanged cannot be combined with publishSecretsInAwsSecretsManager: true: Cognito rotates a secret it publishes in Secrets Manager itself \(change the schedule in Secrets Manager\); received \{"rotation":"1"\}$/),
        invalid("with keepPreviousSecret", { generateSecret: true, publishSecretsInAwsSecretsManager: true, keepPreviousSecret: true }, "keepPreviousSecret", /^keepPreviousSecret cannot be combined with publishSecretsInAwsSecretsManager: true/),
        valid("rotateSecretWhenChanged with publishing off", { generateSecret: true, publishSecretsInAwsSecretsManager: false, rotateSecretWhenChanged: { rotation: "1" } }),
        invalid("as a string", { generateSecret: true, publishSecretsInAwsSecretsManager: "true" }, "publishSecretsInAwsSecretsManager", /^publishSecretsInAwsSecretsManager must be a boolean; received "true"$/),
    ]));

    describe("analytics ARNs need an account ID, as the model's ArnType and CloudFormation's schema say", () => runTable([
        invalid("an application ARN without an account ID", { analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1::apps/0123456789abcdef" } }, "analyticsConfiguration.applicationArn", /^analyticsConfiguration\.applicationArn must match .+; received "arn:aws:mobiletargeting:us-east-1::apps\/0123456789abcdef"$/),
        invalid("a role ARN without an account ID", { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: "arn:aws:iam:::role/cognito-pinpoint" } }, "analyticsConfiguration.roleArn", /received "arn:aws:iam:::role\/cognito-pinpoint"$/),
        valid("a role ARN with a one-digit account field (the model asks for digits, not twelve)", { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: "arn:aws:iam::1:role/cognito-pinpoint" } }),
    ]));

    describe("wrong types", () => runTable([
        invalid("enableTokenRevocation as a string", { enableTokenRevocation: "false" }, "enableTokenRevocation", /^enableTokenRevocation must be a boolean; received "false"$/),
        invalid("enablePropagateAdditionalUserContextData as a number", { enablePropagateAdditionalUserContextData: 1 }, "enablePropagateAdditionalUserContextData", /^enablePropagateAdditionalUserContextData must be a boolean; received 1$/),
        invalid("allowedOauthFlowsUserPoolClient as a string", { allowedOauthFlowsUserPoolClient: "true" }, "allowedOauthFlowsUserPoolClient", /^allowedOauthFlowsUserPoolClient must be a boolean; received "true"$/),
        invalid("defaultRedirectUri as a number", { defaultRedirectUri: 42 }, "defaultRedirectUri", /^defaultRedirectUri must be a string; received 42$/),
        invalid("region as a number", { region: 1 }, "region", /^region must be a string; received 1$/),
        invalid("explicitAuthFlows as a string", { explicitAuthFlows: "ALLOW_USER_SRP_AUTH" }, "explicitAuthFlows", /^explicitAuthFlows must be a list of strings; received "ALLOW_USER_SRP_AUTH"$/),
        invalid("callbackUrls as a string", { callbackUrls: "https://app.example/cb" }, "callbackUrls", /^callbackUrls must be a list of strings; received "https:\/\/app\.example\/cb"$/),
        invalid("readAttributes as an object", { readAttributes: { email: true } }, "readAttributes", /^readAttributes must be a list of strings; received \{"email":true\}$/),
        invalid("a callback URL that is a number", { callbackUrls: [5] }, "callbackUrls[0]", /^callbackUrls\[0\] must be a string; received 5$/),
        invalid("a null list item", { supportedIdentityProviders: ["COGNITO", null] }, "supportedIdentityProviders[1]", /^supportedIdentityProviders\[1\] is required$/),
        invalid("tokenValidityUnits as a string", { tokenValidityUnits: "hours" }, "tokenValidityUnits", /^tokenValidityUnits must be an object with accessToken, idToken, refreshToken; received "hours"$/),
        invalid("analyticsConfiguration as a list", { analyticsConfiguration: [{ applicationArn: ANALYTICS_ARN }] }, "analyticsConfiguration", /^analyticsConfiguration must be an object with applicationArn, applicationId, externalId, roleArn, userDataShared; received \[\{"applicationArn":/),
        invalid("refreshTokenRotation as a string", { refreshTokenRotation: "ENABLED" }, "refreshTokenRotation", /^refreshTokenRotation must be an object with feature, retryGracePeriodSeconds; received "ENABLED"$/),
        invalid("analyticsConfiguration.userDataShared as a string", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: "yes" } }, "analyticsConfiguration.userDataShared", /^analyticsConfiguration\.userDataShared must be a boolean; received "yes"$/),
    ]));

    describe("region and importId", () => runTable([
        valid("region eu-west-1", { region: "eu-west-1" }),
        valid("region us-gov-west-1", { region: "us-gov-west-1" }),
        invalid("a region in upper case", { region: "EU-west-1" }, "region", /^region must match .+ \(an AWS region such as us-east-1\); received "EU-west-1"$/),
        invalid("a region without its number", { region: "eu-west" }, "region", /^region must match .+; received "eu-west"$/),
        valid("an importId <pool>/<client>", { importId: "us-east-1_AbC123/1example23456789" }),
        invalid("an importId without a client", { importId: "us-east-1_AbC123" }, "importId", /^importId must match .+ \(<user pool id>\/<client id> of the import option: .+\); received "us-east-1_AbC123"$/),
        valid("an importId with a 55-character user pool id and a 128-character client id", { importId: `us-east-1_${chars(45, "A")}/${chars(128, "c")}` }),
        invalid("an importId with a 56-character user pool id", { importId: `us-east-1_${chars(46, "A")}/abc` }, "importId", /^importId must match .+ \(<user pool id>\/<client id> of the import option: a user pool id <region>_<id> of at most 55 characters, .+\); received "us-east-1_A{46}\/abc"$/),
        invalid("an importId with a 129-character client id", { importId: `us-east-1_AbC123/${chars(129, "c")}` }, "importId", /^importId must match .+ a client id of at most 128 letters, digits, _ and \+\); received "us-east-1_AbC123\/c+\.\.\."$/),
    ]));

    describe("unknown keys", () => runTable([
        invalid("an unknown argument", { callbackURLs: ["https://app.example/cb"] }, "callbackURLs", /^callbackURLs is not an argument of UserPoolClient; the arguments are name, userPoolId, .*callbackUrls, .*region$/),
        invalid("an output passed as an argument", { clientId: "1example23456789" }, "clientId", /^clientId is not an argument of UserPoolClient/),
        invalid("an unknown field of tokenValidityUnits", { tokenValidityUnits: { refresh: "days" } }, "tokenValidityUnits.refresh", /^tokenValidityUnits\.refresh is not a field of tokenValidityUnits; the fields are accessToken, idToken, refreshToken; received "days"$/),
        invalid("an unknown field of analyticsConfiguration", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, applicationName: "x" } }, "analyticsConfiguration.applicationName", /^analyticsConfiguration\.applicationName is not a field of analyticsConfiguration; the fields are applicationArn, applicationId, externalId, roleArn, userDataShared; received "x"$/),
        invalid("an unknown field of refreshTokenRotation", { refreshTokenRotation: { feature: "ENABLED", gracePeriod: 10 } }, "refreshTokenRotation.gracePeriod", /^refreshTokenRotation\.gracePeriod is not a field of refreshTokenRotation; the fields are feature, retryGracePeriodSeconds; received 10$/),
        valid("an unknown key whose value is undefined", { notAnArgument: undefined }),
        valid("the engine's __provider key", { __provider: "exports.handler = __f0; var __serializedProvider = {}" }),
        valid("the engine's __provider key with the unknown sentinel", { __provider: UNKNOWN }),
    ]));

    describe("cross-field rules", () => runTable([
        // Auth flows
        valid("legacy auth flows alone", { explicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "CUSTOM_AUTH_FLOW_ONLY"] }),
        valid("ALLOW_REFRESH_TOKEN_AUTH alone", { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"] }),
        invalid("an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"] }, "explicitAuthFlows", /^explicitAuthFlows must include ALLOW_REFRESH_TOKEN_AUTH unless refreshTokenRotation\.feature is ENABLED; received \["ALLOW_USER_SRP_AUTH","ALLOW_CUSTOM_AUTH"\]$/),
        invalid("an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH and rotation DISABLED", { explicitAuthFlows: ["ALLOW_USER_AUTH"], refreshTokenRotation: { feature: "DISABLED" } }, "explicitAuthFlows", /^explicitAuthFlows must include ALLOW_REFRESH_TOKEN_AUTH unless/),
        valid("an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH and rotation ENABLED", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], refreshTokenRotation: { feature: "ENABLED" } }),
        invalid("ALLOW_REFRESH_TOKEN_AUTH with rotation ENABLED", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 } }, "explicitAuthFlows", /^explicitAuthFlows cannot include ALLOW_REFRESH_TOKEN_AUTH while refreshTokenRotation\.feature is ENABLED \(rotated refresh tokens are redeemed with GetTokensFromRefreshToken\); received \["ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"\]$/),
        valid("rotation ENABLED without explicit auth flows", { refreshTokenRotation: { feature: "ENABLED" } }),
        valid("legacy flows without ALLOW_REFRESH_TOKEN_AUTH", { explicitAuthFlows: ["USER_PASSWORD_AUTH"] }),
        valid("callback, logout and default redirect URLs without allowedOauthFlowsUserPoolClient", { callbackUrls: ["https://app.example/cb"], logoutUrls: ["https://app.example/out"], defaultRedirectUri: "https://app.example/cb" }),
        invalid("legacy and ALLOW_ auth flows mixed", { explicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"] }, "explicitAuthFlows", /^explicitAuthFlows cannot mix legacy flows \(ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH\) with ALLOW_ flows; received \["USER_PASSWORD_AUTH","ALLOW_USER_SRP_AUTH"\]$/),
        // OAuth flows
        valid("client_credentials alone with a generated secret, without callback URLs", { ...OAUTH, generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api.example/read"], callbackUrls: undefined }),
        valid("client_credentials with a custom secret and a resource server whose identifier is a URL", { ...OAUTH, clientSecret: secretOf(24), allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["https://api.example.com/read"] }),
        invalid("client_credentials without a secret", { ...OAUTH, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api.example/read"] }, "allowedOauthFlows", /^allowedOauthFlows client_credentials requires a client secret \(generateSecret: true or clientSecret\); received a client without a secret$/),
        invalid("client_credentials with generateSecret false", { ...OAUTH, generateSecret: false, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api.example/read"] }, "allowedOauthFlows", /^allowedOauthFlows client_credentials requires a client secret/),
        invalid("client_credentials with the openid scope", { ...OAUTH, generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api.example/read", "openid"] }, "allowedOauthScopes", /^allowedOauthScopes cannot include user scopes \(openid, profile, email, phone, aws\.cognito\.signin\.user\.admin\) with the client_credentials flow, only custom scopes <resource server>\/<scope>; received \["openid"\]$/),
        invalid("client_credentials with every user scope", { ...OAUTH, generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["profile", "email", "phone", "aws.cognito.signin.user.admin"] }, "allowedOauthScopes", /received \["profile","email","phone","aws\.cognito\.signin\.user\.admin"\]$/),
        valid("the code flow with every user scope", { ...OAUTH, allowedOauthScopes: ["openid", "profile", "email", "phone", "aws.cognito.signin.user.admin"] }),
        invalid("a scope that is neither a user scope nor <resource server>/<scope>", { ...OAUTH, allowedOauthScopes: ["openid", "opneid"] }, "allowedOauthScopes[1]", /^allowedOauthScopes\[1\] must be one of openid, profile, email, phone, aws\.cognito\.signin\.user\.admin or a custom scope <resource server identifier>\/<scope name>; received "opneid"$/),
        invalid("a custom scope without a scope name", { ...OAUTH, allowedOauthScopes: ["api.example/"] }, "allowedOauthScopes[0]", /or a custom scope <resource server identifier>\/<scope name>; received "api\.example\/"$/),
        invalid("a custom scope without a resource server", { ...OAUTH, allowedOauthScopes: ["/read"] }, "allowedOauthScopes[0]", /; received "\/read"$/),
        invalid("client_credentials with code", { ...OAUTH, generateSecret: true, allowedOauthScopes: ["api.example/read"], allowedOauthFlows: ["client_credentials", "code"] }, "allowedOauthFlows", /^allowedOauthFlows client_credentials cannot be combined with code or implicit; received \["client_credentials","code"\]$/),
        invalid("client_credentials with implicit", { ...OAUTH, generateSecret: true, allowedOauthScopes: ["api.example/read"], allowedOauthFlows: ["implicit", "client_credentials"] }, "allowedOauthFlows", /^allowedOauthFlows client_credentials cannot be combined with code or implicit; received \["implicit","client_credentials"\]$/),
        valid("code and implicit together", { ...OAUTH, allowedOauthFlows: ["code", "implicit"] }),
        // The OAuth switch
        invalid("OAuth flows without allowedOauthFlowsUserPoolClient", { generateSecret: true, allowedOauthFlows: ["client_credentials"] }, "allowedOauthFlows", /^allowedOauthFlows requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient unset \(defaults to false\)$/),
        invalid("OAuth scopes without allowedOauthFlowsUserPoolClient", { allowedOauthScopes: ["openid"] }, "allowedOauthScopes", /^allowedOauthScopes requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient unset \(defaults to false\)$/),
        {
            title: "OAuth flows and scopes with allowedOauthFlowsUserPoolClient false",
            args: { ...OAUTH, allowedOauthFlowsUserPoolClient: false },
            fails: [
                { property: "allowedOauthFlows", reason: /^allowedOauthFlows requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient false$/ },
                { property: "allowedOauthScopes", reason: /^allowedOauthScopes requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient false$/ },
            ],
        },
        valid("allowedOauthFlowsUserPoolClient false with empty flow and scope lists", { allowedOauthFlowsUserPoolClient: false, allowedOauthFlows: [], allowedOauthScopes: [] }),
        invalid("allowedOauthFlowsUserPoolClient true without flows", { ...OAUTH, allowedOauthFlows: undefined }, "allowedOauthFlows", /^allowedOauthFlows must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/),
        invalid("allowedOauthFlowsUserPoolClient true without scopes", { ...OAUTH, allowedOauthScopes: undefined }, "allowedOauthScopes", /^allowedOauthScopes must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/),
        {
            title: "allowedOauthFlowsUserPoolClient true with empty flows and scopes",
            args: { allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: [], allowedOauthScopes: [] },
            fails: [
                { property: "allowedOauthFlows", reason: /^allowedOauthFlows must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/ },
                { property: "allowedOauthScopes", reason: /^allowedOauthScopes must not be empty when allowedOauthFlowsUserPoolClient is true; received \[\]$/ },
            ],
        },
        // Callback URLs
        invalid("the code flow without callback URLs", { ...OAUTH, callbackUrls: undefined }, "callbackUrls", /^callbackUrls must have at least one URL when allowedOauthFlows includes code or implicit; received \[\]$/),
        invalid("the implicit flow with an empty callback URL list", { ...OAUTH, allowedOauthFlows: ["implicit"], callbackUrls: [] }, "callbackUrls", /^callbackUrls must have at least one URL when allowedOauthFlows includes code or implicit; received \[\]$/),
        valid("a default redirect URI among the callback URLs", { callbackUrls: ["https://app.example/a", "https://app.example/b"], defaultRedirectUri: "https://app.example/b" }),
        invalid("a default redirect URI not among the callback URLs", { callbackUrls: ["https://app.example/a"], defaultRedirectUri: "https://app.example/b" }, "defaultRedirectUri", /^defaultRedirectUri must be one of callbackUrls \(\["https:\/\/app\.example\/a"\]\); received "https:\/\/app\.example\/b"$/),
        invalid("a default redirect URI without callback URLs", { defaultRedirectUri: "https://app.example/b" }, "defaultRedirectUri", /^defaultRedirectUri must be one of callbackUrls \(\[\]\); received "https:\/\/app\.example\/b"$/),
        // Secrets
        invalid("enablePropagateAdditionalUserContextData without a secret", { enablePropagateAdditionalUserContextData: true }, "enablePropagateAdditionalUserContextData", /^enablePropagateAdditionalUserContextData requires a client secret \(generateSecret: true or clientSecret\); received true for a client without a secret$/),
        invalid("enablePropagateAdditionalUserContextData with generateSecret false", { enablePropagateAdditionalUserContextData: true, generateSecret: false }, "enablePropagateAdditionalUserContextData", /^enablePropagateAdditionalUserContextData requires a client secret/),
        valid("enablePropagateAdditionalUserContextData with generateSecret", { enablePropagateAdditionalUserContextData: true, generateSecret: true }),
        valid("enablePropagateAdditionalUserContextData with a custom secret", { enablePropagateAdditionalUserContextData: true, clientSecret: secretOf(32) }),
        valid("enablePropagateAdditionalUserContextData false without a secret", { enablePropagateAdditionalUserContextData: false }),
        valid("rotateSecretWhenChanged with generateSecret", { generateSecret: true, rotateSecretWhenChanged: { rotation: "2026-11", reason: "" } }),
        valid("an empty rotateSecretWhenChanged with generateSecret", { generateSecret: true, rotateSecretWhenChanged: {} }),
        invalid("rotateSecretWhenChanged without generateSecret", { rotateSecretWhenChanged: { rotation: "1" } }, "rotateSecretWhenChanged", /^rotateSecretWhenChanged rotates a generated secret and requires generateSecret: true \(to rotate a custom secret, change clientSecret\); received generateSecret unset \(defaults to false\)$/),
        invalid("rotateSecretWhenChanged with a custom secret", { clientSecret: secretOf(30), rotateSecretWhenChanged: { rotation: "1" } }, "rotateSecretWhenChanged", /requires generateSecret: true \(to rotate a custom secret, change clientSecret\); received generateSecret unset/),
        invalid("rotateSecretWhenChanged with a number value", { generateSecret: true, rotateSecretWhenChanged: { rotation: 2 } }, "rotateSecretWhenChanged.rotation", /^rotateSecretWhenChanged\.rotation must be a string; received 2$/),
        invalid("rotateSecretWhenChanged as a string", { generateSecret: true, rotateSecretWhenChanged: "2026-11" }, "rotateSecretWhenChanged", /^rotateSecretWhenChanged must be an object of strings, e\.g\. \{ rotation: "2026-11" \}; received "2026-11"$/),
        valid("keepPreviousSecret false with a generated secret", { generateSecret: true, keepPreviousSecret: false }),
        valid("keepPreviousSecret false with a custom secret", { clientSecret: secretOf(30), keepPreviousSecret: false }),
        invalid("keepPreviousSecret on a client without a secret", { keepPreviousSecret: false }, "keepPreviousSecret", /^keepPreviousSecret applies to a client with a secret \(generateSecret: true or clientSecret\); received false for a client without a secret$/),
        invalid("keepPreviousSecret as a string", { generateSecret: true, keepPreviousSecret: "no" }, "keepPreviousSecret", /^keepPreviousSecret must be a boolean; received "no"$/),
        invalid("a custom secret with generateSecret true", { clientSecret: secretOf(32), generateSecret: true }, "clientSecret", /^clientSecret cannot be combined with generateSecret: true/),
        // Analytics
        valid("analytics by application ARN alone", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN } }),
        valid("analytics by application ARN with userDataShared", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, userDataShared: true } }),
        invalid("analytics by application ARN with a role ARN", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, roleArn: ROLE_ARN } }, "analyticsConfiguration.roleArn", new RegExp(`^analyticsConfiguration\\.roleArn cannot be combined with analyticsConfiguration\\.applicationArn; give applicationArn alone, or applicationId with externalId and roleArn; received ${shown(ROLE_ARN)}$`)),
        invalid("analytics by application ARN with an external ID", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, externalId: "ext-1" } }, "analyticsConfiguration.externalId", /^analyticsConfiguration\.externalId cannot be combined with analyticsConfiguration\.applicationArn.*; received "ext-1"$/),
        invalid("analytics by application ARN with an application ID", { analyticsConfiguration: { applicationArn: ANALYTICS_ARN, applicationId: "abc123" } }, "analyticsConfiguration.applicationId", /^analyticsConfiguration\.applicationId cannot be combined with analyticsConfiguration\.applicationArn.*; received "abc123"$/),
        valid("analytics by application ID, external ID and role ARN", { analyticsConfiguration: { applicationId: "0123456789abcdefABCDEF", externalId: "ext-1", roleArn: ROLE_ARN } }),
        {
            title: "analytics by application ID alone, naming both missing fields",
            args: { analyticsConfiguration: { applicationId: "abc123" } },
            fails: [
                { property: "analyticsConfiguration.externalId", reason: /^analyticsConfiguration\.externalId is required with analyticsConfiguration\.applicationId$/ },
                { property: "analyticsConfiguration.roleArn", reason: /^analyticsConfiguration\.roleArn is required with analyticsConfiguration\.applicationId$/ },
            ],
        },
        invalid("analytics by application ID and role ARN without external ID", { analyticsConfiguration: { applicationId: "abc123", roleArn: ROLE_ARN } }, "analyticsConfiguration.externalId", /^analyticsConfiguration\.externalId is required with analyticsConfiguration\.applicationId$/),
        invalid("an empty analytics object", { analyticsConfiguration: {} }, "analyticsConfiguration", /^analyticsConfiguration needs applicationArn, or applicationId with externalId and roleArn; received neither$/),
        invalid("an analytics object with userDataShared only", { analyticsConfiguration: { userDataShared: true } }, "analyticsConfiguration", /^analyticsConfiguration needs applicationArn, or applicationId with externalId and roleArn; received neither$/),
        invalid("a non-hexadecimal application ID", { analyticsConfiguration: { applicationId: "xyz", externalId: "e", roleArn: ROLE_ARN } }, "analyticsConfiguration.applicationId", /^analyticsConfiguration\.applicationId must match .+ \(hexadecimal digits\); received "xyz"$/),
        invalid("an application ARN of 19 characters", { analyticsConfiguration: { applicationArn: "arn:aws:x:r:1:ab/cd" } }, "analyticsConfiguration.applicationArn", /^analyticsConfiguration\.applicationArn must be 20 to 2048 characters long; received 19 characters "arn:aws:x:r:1:ab\/cd"$/),
        invalid("a role ARN that is not an ARN", { analyticsConfiguration: { applicationId: "abc", externalId: "e", roleArn: "role/cognito-pinpoint-role" } }, "analyticsConfiguration.roleArn", /^analyticsConfiguration\.roleArn must match .+ \(an ARN with an account ID, arn:<partition>:<service>:<region>:<account>:<resource>\); received "role\/cognito-pinpoint-role"$/),
    ]));

    it("returns several failures at once, own rules first, then cross-field rules", () => {
        const failures = validateInputs({
            name: chars(129),
            userPoolId: "not a pool",
            clientSecret: secretOf(10),
            callbackUrls: ["https://app.example/ok", "http://example.com/cb"],
            logoutUrls: ["https://app.example/out"],
            defaultRedirectUri: "https://app.example/elsewhere",
            authSessionValidity: 16,
            explicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_USER_AUTH"],
            enablePropagateAdditionalUserContextData: true,
            surprise: true,
        });
        expect(failures.map((f) => f.property)).to.deep.equal([
            "surprise",
            "name",
            "userPoolId",
            "clientSecret",
            "callbackUrls[1]",
            "authSessionValidity",
            "explicitAuthFlows",
            "defaultRedirectUri",
        ]);
        expect(failures[0].reason).to.match(/^surprise is not an argument of UserPoolClient/);
        expect(failures[2].reason).to.match(/^userPoolId must match .+; received "not a pool"$/);
        expect(failures[6].reason).to.match(/^explicitAuthFlows cannot mix legacy flows/);
        expect(JSON.stringify(failures)).not.to.include(secretOf(10));
    });

    it("reports a cross-field failure when the fields involved pass their own rules", () => {
        const failures = validateInputs({
            ...BASE,
            callbackUrls: ["https://app.example/ok"],
            defaultRedirectUri: "https://app.example/elsewhere",
            explicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_USER_AUTH"],
            authSessionValidity: 16,
        });
        expect(failures.map((f) => f.property)).to.deep.equal(["authSessionValidity", "explicitAuthFlows", "defaultRedirectUri"]);
    });

    it("accepts an empty configuration beyond the required arguments", () => {
        expect(validateInputs({ ...BASE })).to.deep.equal([]);
    });

    describe("the unknown sentinel (values not known until apply)", () => {
        it("has the value Pulumi uses", () => {
            expect(UNKNOWN).to.equal("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
        });

        for (const property of Object.keys(ARGUMENT_RULES)) {
            it(`accepts an unknown ${property}`, () => {
                expect(validateInputs({ ...BASE, [property]: UNKNOWN })).to.deep.equal([]);
            });
        }

        it("accepts every argument unknown at once", () => {
            const all = Object.fromEntries(Object.keys(ARGUMENT_RULES).map((k) => [k, UNKNOWN]));
            expect(validateInputs(all)).to.deep.equal([]);
        });

        runTable([
            valid("unknown list items", { ...OAUTH, allowedOauthFlows: [UNKNOWN], allowedOauthScopes: [UNKNOWN], callbackUrls: [UNKNOWN], explicitAuthFlows: [UNKNOWN], readAttributes: [UNKNOWN], supportedIdentityProviders: [UNKNOWN] }),
            valid("unknown nested fields", { tokenValidityUnits: { accessToken: UNKNOWN, idToken: UNKNOWN, refreshToken: UNKNOWN }, refreshTokenRotation: { feature: UNKNOWN, retryGracePeriodSeconds: UNKNOWN }, analyticsConfiguration: { applicationArn: UNKNOWN, userDataShared: UNKNOWN } }),
            valid("an unknown allowedOauthFlowsUserPoolClient with flows and scopes", { ...OAUTH, allowedOauthFlowsUserPoolClient: UNKNOWN }),
            valid("allowedOauthFlowsUserPoolClient true with unknown flows and scopes lists", { ...OAUTH, allowedOauthFlows: UNKNOWN, allowedOauthScopes: UNKNOWN }),
            valid("the code flow with unknown callback URLs", { ...OAUTH, callbackUrls: UNKNOWN }),
            valid("an unknown OAuth flow next to client_credentials", { ...OAUTH, generateSecret: true, allowedOauthScopes: ["api.example/read"], allowedOauthFlows: ["client_credentials", UNKNOWN] }),
            valid("client_credentials with an unknown generateSecret", { ...OAUTH, generateSecret: UNKNOWN, allowedOauthScopes: ["api.example/read"], allowedOauthFlows: ["client_credentials"] }),
            valid("client_credentials with an unknown clientSecret", { ...OAUTH, clientSecret: UNKNOWN, allowedOauthScopes: ["api.example/read"], allowedOauthFlows: ["client_credentials"] }),
            valid("an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH and an unknown rotation", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], refreshTokenRotation: UNKNOWN }),
            valid("an ALLOW_ list without ALLOW_REFRESH_TOKEN_AUTH and an unknown rotation feature", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], refreshTokenRotation: { feature: UNKNOWN } }),
            valid("an ALLOW_ list with an unknown flow", { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", UNKNOWN] }),
            valid("an unknown auth flow next to a legacy one", { explicitAuthFlows: ["USER_PASSWORD_AUTH", UNKNOWN] }),
            valid("an unknown default redirect URI", { callbackUrls: ["https://app.example/a"], defaultRedirectUri: UNKNOWN }),
            valid("a default redirect URI with an unknown callback URL", { callbackUrls: ["https://app.example/a", UNKNOWN], defaultRedirectUri: "https://app.example/b" }),
            valid("a default redirect URI with an unknown callback URL list", { callbackUrls: UNKNOWN, defaultRedirectUri: "https://app.example/b" }),
            valid("enablePropagateAdditionalUserContextData with an unknown generateSecret", { enablePropagateAdditionalUserContextData: true, generateSecret: UNKNOWN }),
            valid("enablePropagateAdditionalUserContextData with an unknown clientSecret", { enablePropagateAdditionalUserContextData: true, clientSecret: UNKNOWN }),
            valid("an unknown clientSecret with generateSecret true", { clientSecret: UNKNOWN, generateSecret: true }),
            valid("a custom secret with an unknown generateSecret", { clientSecret: secretOf(30), generateSecret: UNKNOWN }),
            valid("analytics with an unknown application ARN and a role ARN", { analyticsConfiguration: { applicationArn: UNKNOWN, roleArn: ROLE_ARN } }),
            valid("analytics by application ID with unknown external ID and role ARN", { analyticsConfiguration: { applicationId: "abc", externalId: UNKNOWN, roleArn: UNKNOWN } }),
            valid("an out-of-range validity with unknown units", { accessTokenValidity: 48, tokenValidityUnits: UNKNOWN }),
            valid("an out-of-range validity with an unknown unit", { accessTokenValidity: 48, tokenValidityUnits: { accessToken: UNKNOWN } }),
            invalid("analytics by application ID with an unknown external ID and no role ARN", { analyticsConfiguration: { applicationId: "abc", externalId: UNKNOWN } }, "analyticsConfiguration.roleArn", /^analyticsConfiguration\.roleArn is required with analyticsConfiguration\.applicationId$/),
            invalid("a default redirect URI outside known callback URLs even when OAuth flows are unknown", { allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: UNKNOWN, allowedOauthScopes: UNKNOWN, callbackUrls: ["https://app.example/a"], defaultRedirectUri: "https://app.example/b" }, "defaultRedirectUri", /^defaultRedirectUri must be one of callbackUrls/),
        ]);
    });
});
