/**
 * Validation as data: every argument's limits sit in one table row, cross-field rules beside them, and
 * `validateInputs` returns every failure at once as `{ property, reason }` without calling AWS.
 * Lengths count characters (code points), as Cognito does, not bytes.
 * Limits: https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */
import type { UserPoolClientInputs } from "./args";
import { effectiveUnits } from "./mapping";
import {
    ASSET_CATEGORIES,
    ASSET_EXTENSIONS,
    BRANDING_LIMITS,
    CLIENT_TOKEN_AUTH_FLOW,
    COLOR_MODES,
    EXPLICIT_AUTH_FLOWS,
    FUTURE_AUTH_FLOW_PATTERN,
    LEGACY_AUTH_FLOWS,
    OAUTH_FLOWS,
    PREVENT_USER_EXISTENCE_ERRORS,
    REFRESH_TOKEN_ROTATION_FEATURES,
    SECONDS_PER_UNIT,
    SSO_SESSION_MINUTES,
    TERMS_ENFORCEMENTS,
    TERMS_LANGUAGES,
    TERMS_LINKS,
    TIME_UNITS,
    TOKEN_VALIDITIES,
    TimeUnit,
    USER_SCOPES,
    isUnknown,
} from "./schema";

export interface CheckFailure {
    property: string;
    reason: string;
}

interface StringRule {
    kind: "string";
    minLength?: number;
    maxLength?: number;
    pattern?: RegExp;
    /** Words for the pattern, shown in messages beside the regex. */
    patternText?: string;
    oneOf?: readonly string[];
    /**
     * With `oneOf`: values outside it that match `pattern` are accepted when the program opts in with the boolean
     * argument `optIn`, for values AWS adds after this release; never a value within two edits of a listed one (a typo).
     */
    futureValues?: { pattern: RegExp; optIn: keyof UserPoolClientInputs };
    url?: boolean;
    /** Base64 text whose decoded bytes are at most `maxBytes`. */
    base64?: { maxBytes: number };
    /** Never echo the value in messages. */
    secret?: boolean;
}
interface IntegerRule { kind: "integer"; min: number; max: number; unit?: string }
interface BooleanRule { kind: "boolean" }
/** A JSON object (a document), e.g. the branding editor's settings. */
interface JsonRule { kind: "json" }
interface ListRule { kind: "list"; maxItems?: number; item: StringRule | ObjectRule }
interface ObjectRule { kind: "object"; fields: Record<string, Rule & { required?: boolean }> }
/** An object of arbitrary keys, each value checked by `value`. */
/** An object of arbitrary keys (or of `keys` only), each value checked by `value`; `entries` bounds its size. */
interface MapRule { kind: "map"; value: StringRule; keys?: readonly string[]; entries?: { min: number; max: number }; example: string }
type Rule = StringRule | IntegerRule | BooleanRule | JsonRule | ListRule | ObjectRule | MapRule;

const URL_RULE: StringRule = {
    kind: "string", minLength: 1, maxLength: 1024, url: true,
    pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, patternText: "letters, marks, symbols, digits and punctuation; no whitespace",
};
// The model's ArnType: the account field needs digits (CloudFormation's schema agrees), so `arn:aws:iam:::role/x` fails.
const ARN_RULE: StringRule = { kind: "string", minLength: 20, maxLength: 2048, pattern: /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/, patternText: "an ARN with an account ID, arn:<partition>:<service>:<region>:<account>:<resource>" };
/** A terms document: links by language (the model's LinksType, 1–13 URLs of 1–1024 characters), enforcement NONE. */
const TERMS_DOCUMENT_RULE: ObjectRule = {
    kind: "object",
    fields: {
        links: {
            kind: "map", required: true, keys: Object.keys(TERMS_LANGUAGES), entries: TERMS_LINKS, example: '{ default: "https://example.com/terms" }',
            value: { kind: "string", minLength: 1, maxLength: 1024, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, patternText: "letters, marks, symbols, digits and punctuation; no whitespace" },
        },
        enforcement: { kind: "string", oneOf: TERMS_ENFORCEMENTS },
    },
};
const TIME_UNIT_RULE: StringRule = { kind: "string", oneOf: TIME_UNITS };
const validityRule = (v: (typeof TOKEN_VALIDITIES)[number]): IntegerRule => ({ kind: "integer", min: v.min, max: v.max });

/** Every argument and its limits. */
export const ARGUMENT_RULES: Record<keyof UserPoolClientInputs, Rule & { required?: boolean }> = {
    // Cognito matches patterns with Java semantics: \w and \s are ASCII only.
    name: { kind: "string", required: true, minLength: 1, maxLength: 128, pattern: /^[\w\x20\t\n\v\f\r+=,.@-]+$/, patternText: "ASCII letters, digits, whitespace and _+=,.@-" },
    userPoolId: { kind: "string", required: true, minLength: 1, maxLength: 55, pattern: /^[\w-]+_[0-9a-zA-Z]+$/, patternText: "<region>_<id>, e.g. us-east-1_AbC123" },
    generateSecret: { kind: "boolean" },
    clientSecret: { kind: "string", minLength: 24, maxLength: 64, pattern: /^[\w+]+$/, patternText: "letters, digits, _ and +", secret: true },
    rotateSecretWhenChanged: { kind: "map", value: { kind: "string" }, example: '{ rotation: "2026-11" }' },
    keepPreviousSecret: { kind: "boolean" },
    publishSecretsInAwsSecretsManager: { kind: "boolean" },
    explicitAuthFlows: { kind: "list", item: { kind: "string", oneOf: EXPLICIT_AUTH_FLOWS, futureValues: { pattern: FUTURE_AUTH_FLOW_PATTERN, optIn: "allowNewAuthFlows" } } },
    allowNewAuthFlows: { kind: "boolean" },
    allowedOauthFlows: { kind: "list", maxItems: 3, item: { kind: "string", oneOf: OAUTH_FLOWS } },
    allowedOauthFlowsUserPoolClient: { kind: "boolean" },
    allowedOauthScopes: { kind: "list", maxItems: 50, item: { kind: "string", minLength: 1, maxLength: 256, pattern: /^[\x21\x23-\x5B\x5D-\x7E]+$/, patternText: "printable ASCII without space, \" or \\" } },
    callbackUrls: { kind: "list", maxItems: 100, item: URL_RULE },
    defaultRedirectUri: URL_RULE,
    logoutUrls: { kind: "list", maxItems: 100, item: URL_RULE },
    readAttributes: { kind: "list", item: { kind: "string", minLength: 1, maxLength: 2048 } },
    writeAttributes: { kind: "list", item: { kind: "string", minLength: 1, maxLength: 2048 } },
    refreshTokenValidity: validityRule(TOKEN_VALIDITIES[2]),
    accessTokenValidity: validityRule(TOKEN_VALIDITIES[0]),
    idTokenValidity: validityRule(TOKEN_VALIDITIES[1]),
    tokenValidityUnits: { kind: "object", fields: { accessToken: TIME_UNIT_RULE, idToken: TIME_UNIT_RULE, refreshToken: TIME_UNIT_RULE } },
    supportedIdentityProviders: { kind: "list", item: { kind: "string", minLength: 1, maxLength: 32, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$/u, patternText: "letters, marks, symbols, digits, punctuation and spaces" } },
    preventUserExistenceErrors: { kind: "string", oneOf: PREVENT_USER_EXISTENCE_ERRORS },
    enableTokenRevocation: { kind: "boolean" },
    enablePropagateAdditionalUserContextData: { kind: "boolean" },
    authSessionValidity: { kind: "integer", min: 3, max: 15, unit: "minutes" },
    analyticsConfiguration: {
        kind: "object",
        fields: {
            applicationArn: ARN_RULE,
            applicationId: { kind: "string", minLength: 1, pattern: /^[0-9a-fA-F]+$/, patternText: "hexadecimal digits" },
            externalId: { kind: "string", maxLength: 131072 },
            roleArn: ARN_RULE,
            userDataShared: { kind: "boolean" },
        },
    },
    refreshTokenRotation: {
        kind: "object",
        fields: {
            feature: { kind: "string", required: true, oneOf: REFRESH_TOKEN_ROTATION_FEATURES },
            retryGracePeriodSeconds: { kind: "integer", min: 0, max: 60, unit: "seconds" },
        },
    },
    ssoSession: {
        kind: "object",
        fields: { maxValidityMinutes: { kind: "integer", required: true, min: SSO_SESSION_MINUTES.min, max: SSO_SESSION_MINUTES.max, unit: "minutes" } },
    },
    managedLoginBranding: {
        kind: "object",
        fields: {
            useCognitoProvidedValues: { kind: "boolean" },
            settings: { kind: "json" },
            assets: {
                kind: "list", maxItems: BRANDING_LIMITS.maxAssets,
                item: {
                    kind: "object",
                    fields: {
                        category: { kind: "string", required: true, oneOf: ASSET_CATEGORIES },
                        colorMode: { kind: "string", required: true, oneOf: COLOR_MODES },
                        extension: { kind: "string", required: true, oneOf: ASSET_EXTENSIONS },
                        bytes: { kind: "string", required: true, base64: { maxBytes: BRANDING_LIMITS.maxAssetBytes } },
                        resourceId: { kind: "string", minLength: BRANDING_LIMITS.resourceIdLength.min, maxLength: BRANDING_LIMITS.resourceIdLength.max, pattern: /^[\w\- ]+$/, patternText: "letters, digits, _, - and spaces" },
                    },
                },
            },
        },
    },
    terms: { kind: "object", fields: { termsOfUse: TERMS_DOCUMENT_RULE, privacyPolicy: TERMS_DOCUMENT_RULE } },
    region: { kind: "string", pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/, patternText: "an AWS region such as us-east-1" },
    importId: {
        kind: "string",
        pattern: /^(?=[^/]{1,55}\/[^/]{1,128}$)[\w-]+_[0-9a-zA-Z]+\/[\w+]+$/,
        patternText: "<user pool id>/<client id> of the import option: a user pool id <region>_<id> of at most 55 characters, a client id of at most 128 letters, digits, _ and +",
    },
};

/** Keys the engine or the resource class add; never arguments. */
const RESERVED_KEYS = new Set(["__provider"]);

/** Validates every argument; returns all failures, in argument order. Never throws, never calls AWS. */
export function validateInputs(inputs: Record<string, unknown>): CheckFailure[] {
    const failures: CheckFailure[] = [];
    for (const key of Object.keys(inputs)) {
        if (!RESERVED_KEYS.has(key) && !(key in ARGUMENT_RULES) && inputs[key] !== undefined) {
            failures.push({ property: key, reason: `${key} is not an argument of UserPoolClient; the arguments are ${Object.keys(ARGUMENT_RULES).filter((k) => k !== "importId").join(", ")}` });
        }
    }
    for (const [property, rule] of Object.entries(ARGUMENT_RULES)) {
        checkValue(property, inputs[property], rule, rule.required ?? false, failures, inputs);
    }
    // Cross-field rules run too, except on arguments that already failed their own rule.
    const failed = new Set(failures.map((f) => f.property.split(/[.[]/)[0]));
    const crossField: CheckFailure[] = [];
    checkCrossFieldRules(inputs as unknown as UserPoolClientInputs, crossField);
    return [...failures, ...crossField.filter((f) => !failed.has(f.property.split(/[.[]/)[0]))];
}

/** `inputs`: the whole arguments, for the opt-ins that widen a rule (`futureValues`). */
function checkValue(path: string, value: unknown, rule: Rule, required: boolean, failures: CheckFailure[], inputs: Record<string, unknown>): void {
    const fail = (reason: string) => failures.push({ property: path, reason: `${path} ${reason}` });
    if (isUnknown(value)) return;
    if (value === undefined || value === null) {
        if (required) fail("is required");
        return;
    }
    switch (rule.kind) {
        case "boolean":
            if (typeof value !== "boolean") fail(`must be a boolean; received ${describe(value)}`);
            return;
        case "json":
            if (typeof value !== "object" || Array.isArray(value)) fail(`must be a JSON object, e.g. the settings the branding editor exports; received ${describe(value)}`);
            return;
        case "integer":
            if (typeof value !== "number" || !Number.isInteger(value)) fail(`must be an integer; received ${describe(value)}`);
            else if (value < rule.min || value > rule.max) {
                const unit = rule.unit ? ` ${rule.unit}` : "";
                fail(`must be between ${rule.min} and ${rule.max}${unit}; received ${value}`);
            }
            return;
        case "string":
            checkString(value, rule, fail, inputs);
            return;
        case "list":
            if (!Array.isArray(value)) {
                fail(`must be a list of strings; received ${describe(value)}`);
                return;
            }
            if (rule.maxItems !== undefined && value.length > rule.maxItems) fail(`must have at most ${rule.maxItems} items; received ${value.length}`);
            value.forEach((item, i) => checkValue(`${path}[${i}]`, item, rule.item, true, failures, inputs));
            return;
        case "map": {
            if (typeof value !== "object" || Array.isArray(value)) {
                fail(`must be an object of strings, e.g. ${rule.example}; received ${describe(value)}`);
                return;
            }
            const entries = Object.entries(value).filter(([, v]) => v !== undefined);
            if (rule.entries && (entries.length < rule.entries.min || entries.length > rule.entries.max)) {
                fail(`must have ${rule.entries.min} to ${rule.entries.max} entries; received ${entries.length}`);
            }
            for (const [key, item] of entries) {
                if (rule.keys && !rule.keys.includes(key)) {
                    failures.push({ property: `${path}.${key}`, reason: `${path}.${key} is not a key of ${path}; the keys are ${rule.keys.join(", ")}` });
                } else {
                    checkValue(`${path}.${key}`, item, rule.value, true, failures, inputs);
                }
            }
            return;
        }
        case "object":
            if (typeof value !== "object" || Array.isArray(value)) {
                fail(`must be an object with ${Object.keys(rule.fields).join(", ")}; received ${describe(value)}`);
                return;
            }
            for (const key of Object.keys(value)) {
                if (!(key in rule.fields) && (value as Record<string, unknown>)[key] !== undefined) {
                    failures.push({ property: `${path}.${key}`, reason: `${path}.${key} is not a field of ${path}; the fields are ${Object.keys(rule.fields).join(", ")}; received ${describe((value as Record<string, unknown>)[key])}` });
                }
            }
            for (const [key, field] of Object.entries(rule.fields)) {
                checkValue(`${path}.${key}`, (value as Record<string, unknown>)[key], field, field.required ?? false, failures, inputs);
            }
            return;
    }
}

function checkString(value: unknown, rule: StringRule, fail: (reason: string) => void, inputs: Record<string, unknown>): void {
    const shown = (v: string) => (rule.secret ? "(value hidden)" : describe(v));
    if (typeof value !== "string") {
        fail(`must be a string; received ${rule.secret ? typeof value : describe(value)}`);
        return;
    }
    if (rule.oneOf) {
        if (rule.oneOf.includes(value)) return;
        const near = rule.oneOf.find((known) => known.toLowerCase() === value.toLowerCase()) ?? rule.oneOf.find((known) => editDistance(known, value, 2) <= 2);
        const future = rule.futureValues;
        const looksNew = future !== undefined && future.pattern.test(value) && near === undefined;
        if (looksNew && inputs[future.optIn] === true) return;
        const hint = near !== undefined ? `; did you mean ${near}?` : "";
        const optIn = looksNew ? `; if AWS added ${value} after this release, set ${String(future.optIn)}: true to send it to Cognito unchecked` : "";
        fail(`must be one of ${rule.oneOf.join(", ")}; received ${describe(value)}${hint}${optIn}`);
        return;
    }
    const length = [...value].length;
    if (rule.minLength !== undefined && length < rule.minLength) {
        fail(rule.maxLength !== undefined
            ? `must be ${rule.minLength} to ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`
            : `must be at least ${rule.minLength} characters long; received ${length} characters ${shown(value)}`);
        return;
    }
    if (rule.maxLength !== undefined && length > rule.maxLength) {
        fail(rule.minLength !== undefined
            ? `must be ${rule.minLength} to ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`
            : `must be at most ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`);
        return;
    }
    if (rule.pattern && !rule.pattern.test(value)) {
        fail(`must match ${rule.pattern.source} (${rule.patternText}); received ${shown(value)}`);
        return;
    }
    if (rule.base64) {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
            fail(`must be base64 text, e.g. fs.readFileSync(file).toString("base64"); received ${length} characters that are not base64`);
            return;
        }
        const bytes = Buffer.from(value, "base64").length;
        if (bytes > rule.base64.maxBytes) fail(`must decode to at most ${rule.base64.maxBytes} bytes; received ${bytes} bytes`);
        return;
    }
    if (rule.url) {
        const problem = redirectUrlProblem(value);
        if (problem) fail(`${problem}; received ${describe(value)}`);
    }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Cognito's redirect URL rule: absolute, no fragment, HTTPS except for loopback hosts; app schemes allowed. */
export function redirectUrlProblem(value: string): string | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return "must be an absolute URL such as https://example.com/callback or myapp://callback";
    }
    if (value.includes("#")) return "must not contain a fragment (#)";
    if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
        return "must use https (http is allowed only for localhost, 127.0.0.1 and [::1])";
    }
    return undefined;
}

function checkCrossFieldRules(inputs: UserPoolClientInputs, failures: CheckFailure[]): void {
    const fail = (property: string, reason: string) => failures.push({ property, reason: `${property} ${reason}` });
    const known = <T>(v: T) => v !== undefined && !isUnknown(v);
    const list = (v: string[] | undefined) => (Array.isArray(v) ? v.filter((x) => !isUnknown(x)) : []);
    const listKnown = (v: string[] | undefined) => v === undefined || (Array.isArray(v) && !v.some(isUnknown));

    const flows = list(inputs.explicitAuthFlows);
    const legacy = flows.filter((f) => (LEGACY_AUTH_FLOWS as readonly string[]).includes(f));
    const allow = flows.filter((f) => f.startsWith("ALLOW_"));
    // Values AWS added after this release (allowNewAuthFlows): how they combine is Cognito's to judge, so the list rules skip them.
    const unknownFlows = allow.filter((f) => !(EXPLICIT_AUTH_FLOWS as readonly string[]).includes(f));
    const hasCustomSecret = known(inputs.clientSecret);
    const secretUnknown = isUnknown(inputs.generateSecret) || isUnknown(inputs.clientSecret);
    const hasSecret = inputs.generateSecret === true || hasCustomSecret;
    if (legacy.length && allow.length) {
        fail("explicitAuthFlows", `cannot mix legacy flows (${LEGACY_AUTH_FLOWS.join(", ")}) with ALLOW_ flows; received ${describe(flows)}`);
    }
    const clientToken = flows.includes(CLIENT_TOKEN_AUTH_FLOW);
    if (clientToken) {
        // GetClientToken: "mutually exclusive with user authentication flows. It must be the only authentication flow".
        if (new Set(flows).size > 1) {
            fail("explicitAuthFlows", `${CLIENT_TOKEN_AUTH_FLOW} must be the only flow (machine-to-machine tokens through GetClientToken exclude user sign-in); received ${describe(flows)}`);
        }
        if (!hasSecret && !secretUnknown) {
            fail("explicitAuthFlows", `${CLIENT_TOKEN_AUTH_FLOW} requires a client secret (generateSecret: true or clientSecret); received a client without a secret`);
        }
    }
    // Cognito: "REFRESH_TOKEN_AUTH should always be allowed", except with refresh-token rotation, which redeems
    // refresh tokens through GetTokensFromRefreshToken instead and cannot be combined with it.
    const rotationFeature = inputs.refreshTokenRotation && typeof inputs.refreshTokenRotation === "object" ? inputs.refreshTokenRotation.feature : undefined;
    if (!legacy.length && allow.length && !clientToken && !unknownFlows.length && listKnown(inputs.explicitAuthFlows) && !isUnknown(inputs.refreshTokenRotation) && !isUnknown(rotationFeature)) {
        const refresh = allow.includes("ALLOW_REFRESH_TOKEN_AUTH");
        if (rotationFeature === "ENABLED" && refresh) {
            fail("explicitAuthFlows", `cannot include ALLOW_REFRESH_TOKEN_AUTH while refreshTokenRotation.feature is ENABLED (rotated refresh tokens are redeemed with GetTokensFromRefreshToken); received ${describe(flows)}`);
        } else if (rotationFeature !== "ENABLED" && !refresh) {
            fail("explicitAuthFlows", `must include ALLOW_REFRESH_TOKEN_AUTH unless refreshTokenRotation.feature is ENABLED; received ${describe(flows)}`);
        }
    }

    const oauthFlows = list(inputs.allowedOauthFlows);
    if (oauthFlows.includes("client_credentials")) {
        if (new Set(oauthFlows).size > 1) {
            fail("allowedOauthFlows", `client_credentials cannot be combined with code or implicit; received ${describe(oauthFlows)}`);
        }
        if (!hasSecret && !secretUnknown) {
            fail("allowedOauthFlows", "client_credentials requires a client secret (generateSecret: true or clientSecret); received a client without a secret");
        }
        const userScopes = list(inputs.allowedOauthScopes).filter((s) => (USER_SCOPES as readonly string[]).includes(s));
        if (userScopes.length) {
            fail("allowedOauthScopes", `cannot include user scopes (${USER_SCOPES.join(", ")}) with the client_credentials flow, only custom scopes <resource server>/<scope>; received ${describe(userScopes)}`);
        }
    }
    // A scope that is neither a user scope nor `<identifier>/<name>` can never name a resource server's scope.
    list(inputs.allowedOauthScopes).forEach((scope, i) => {
        if (!(USER_SCOPES as readonly string[]).includes(scope) && !/^.+\/[^/]+$/.test(scope)) {
            fail(`allowedOauthScopes[${i}]`, `must be one of ${USER_SCOPES.join(", ")} or a custom scope <resource server identifier>/<scope name>; received ${describe(scope)}`);
        }
    });
    const oauthEnabled = inputs.allowedOauthFlowsUserPoolClient;
    // Omitted means the API default, false: flows and scopes need it set to true explicitly.
    if (!isUnknown(oauthEnabled) && oauthEnabled !== true) {
        const received = oauthEnabled === undefined ? "unset (defaults to false)" : describe(oauthEnabled);
        for (const property of ["allowedOauthFlows", "allowedOauthScopes"] as const) {
            if (list(inputs[property]).length) fail(property, `requires allowedOauthFlowsUserPoolClient: true; received allowedOauthFlowsUserPoolClient ${received}`);
        }
    }
    if (oauthEnabled === true) {
        for (const property of ["allowedOauthFlows", "allowedOauthScopes"] as const) {
            if (listKnown(inputs[property]) && !list(inputs[property]).length) {
                fail(property, `must not be empty when allowedOauthFlowsUserPoolClient is true; received ${describe(inputs[property] ?? [])}`);
            }
        }
    }
    if ((oauthFlows.includes("code") || oauthFlows.includes("implicit")) && listKnown(inputs.callbackUrls) && !list(inputs.callbackUrls).length) {
        fail("callbackUrls", `must have at least one URL when allowedOauthFlows includes code or implicit; received ${describe(inputs.callbackUrls ?? [])}`);
    }
    if (known(inputs.defaultRedirectUri) && listKnown(inputs.callbackUrls) && !list(inputs.callbackUrls).includes(inputs.defaultRedirectUri!)) {
        fail("defaultRedirectUri", `must be one of callbackUrls (${describe(inputs.callbackUrls ?? [])}); received ${describe(inputs.defaultRedirectUri)}`);
    }

    if (known(inputs.rotateSecretWhenChanged) && inputs.generateSecret !== true && !isUnknown(inputs.generateSecret)) {
        const received = inputs.generateSecret === undefined ? "unset (defaults to false)" : describe(inputs.generateSecret);
        fail("rotateSecretWhenChanged", `rotates a generated secret and requires generateSecret: true (to rotate a custom secret, change clientSecret); received generateSecret ${received}`);
    }
    if (known(inputs.keepPreviousSecret) && !hasSecret && !secretUnknown) {
        fail("keepPreviousSecret", `applies to a client with a secret (generateSecret: true or clientSecret); received ${describe(inputs.keepPreviousSecret)} for a client without a secret`);
    }
    const publish = inputs.publishSecretsInAwsSecretsManager;
    if (publish === true) {
        if (inputs.generateSecret !== true && !isUnknown(inputs.generateSecret)) {
            const received = hasCustomSecret ? "a custom clientSecret" : `generateSecret ${inputs.generateSecret === undefined ? "unset (defaults to false)" : describe(inputs.generateSecret)}`;
            fail("publishSecretsInAwsSecretsManager", `applies only to a secret Cognito generates and requires generateSecret: true; received ${received}`);
        }
        // Cognito rotates a secret it publishes itself (at once, then every 7 days, by Secrets Manager's schedule)
        // and refuses AddUserPoolClientSecret meanwhile: the package's rotation arguments would fight it.
        for (const property of ["rotateSecretWhenChanged", "keepPreviousSecret"] as const) {
            if (known(inputs[property])) {
                fail(property, `cannot be combined with publishSecretsInAwsSecretsManager: true: Cognito rotates a secret it publishes in Secrets Manager itself (change the schedule in Secrets Manager); received ${describe(inputs[property])}`);
            }
        }
    }
    if (hasCustomSecret && inputs.generateSecret === true) {
        fail("clientSecret", "cannot be combined with generateSecret: true; give a custom secret or let Cognito generate one");
    }
    if (inputs.enablePropagateAdditionalUserContextData === true && !hasSecret && !secretUnknown) {
        fail("enablePropagateAdditionalUserContextData", "requires a client secret (generateSecret: true or clientSecret); received true for a client without a secret");
    }

    const branding = inputs.managedLoginBranding;
    if (branding && typeof branding === "object" && !isUnknown(branding)) {
        const p = "managedLoginBranding";
        const custom = branding.settings !== undefined || branding.assets !== undefined;
        if (branding.useCognitoProvidedValues === true && custom) {
            fail(p, "useCognitoProvidedValues: true takes neither settings nor assets (Cognito applies its own default style); give one or the other");
        } else if (branding.useCognitoProvidedValues !== true && !custom && !isUnknown(branding.useCognitoProvidedValues)) {
            fail(p, `needs useCognitoProvidedValues: true, or settings (with assets if any); received ${describe(branding)}`);
        }
        const seen = new Set<string>();
        (Array.isArray(branding.assets) ? branding.assets : []).forEach((asset, i) => {
            if (!asset || typeof asset !== "object" || isUnknown(asset.category) || isUnknown(asset.colorMode)) return;
            const key = `${asset.category}/${asset.colorMode}`;
            if (seen.has(key)) fail(`${p}.assets[${i}]`, `repeats category ${asset.category} in colour mode ${asset.colorMode}; a style has one asset of each category and colour mode`);
            seen.add(key);
        });
    }

    const terms = inputs.terms;
    if (terms && typeof terms === "object" && !isUnknown(terms) && terms.termsOfUse === undefined && terms.privacyPolicy === undefined) {
        fail("terms", "needs termsOfUse, privacyPolicy or both; received neither (leave terms out for none)");
    }

    const a = inputs.analyticsConfiguration;
    if (a && typeof a === "object") {
        const p = "analyticsConfiguration";
        if (known(a.applicationArn)) {
            for (const key of ["applicationId", "externalId", "roleArn"] as const) {
                if (known(a[key])) fail(`${p}.${key}`, `cannot be combined with ${p}.applicationArn; give applicationArn alone, or applicationId with externalId and roleArn; received ${describe(a[key])}`);
            }
        } else if (known(a.applicationId)) {
            for (const key of ["externalId", "roleArn"] as const) {
                if (a[key] === undefined) fail(`${p}.${key}`, `is required with ${p}.applicationId`);
            }
        } else if (a.applicationArn === undefined && a.applicationId === undefined) {
            fail(p, "needs applicationArn, or applicationId with externalId and roleArn; received neither");
        }
    }

    // Units not known until apply (preview) leave the durations unchecked.
    const units = isUnknown(inputs.tokenValidityUnits) ? undefined : effectiveUnits(inputs.tokenValidityUnits);
    for (const v of TOKEN_VALIDITIES) {
        const value = inputs[v.property];
        const unit = units?.[v.unitKey] as TimeUnit;
        if (!units || !(unit in SECONDS_PER_UNIT) || isUnknown(value)) continue;
        const range = `between ${formatDuration(v.minSeconds)} and ${formatDuration(v.maxSeconds)}`;
        if (value === undefined || value === 0) {
            // Cognito reads an unset refresh validity as 30 of the refresh unit: 30 minutes is too short.
            const seconds = v.unsetValue === undefined ? v.defaultSeconds : v.unsetValue * SECONDS_PER_UNIT[unit];
            if (seconds < v.minSeconds) {
                fail(`tokenValidityUnits.${v.unitKey}`, `${unit} without ${v.property} gives ${v.unsetValue} ${unit} (Cognito reads an unset ${v.property} as ${v.unsetValue} of its unit), which is not ${range}; set ${v.property} too, or choose another unit`);
            }
            continue;
        }
        if (typeof value !== "number") continue;
        const seconds = value * SECONDS_PER_UNIT[unit];
        if (seconds < v.minSeconds || seconds > v.maxSeconds) {
            fail(v.property, `must be ${range} once its unit (tokenValidityUnits.${v.unitKey}: ${unit}) is applied; received ${value} ${unit}`);
        }
    }
}

/** A duration in the largest whole unit, e.g. 300 → "5 minutes", 315360000 → "3650 days". */
export function formatDuration(seconds: number): string {
    for (const unit of ["days", "hours", "minutes"] as const) {
        const n = seconds / SECONDS_PER_UNIT[unit];
        if (Number.isInteger(n) && n >= 1) return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
    }
    return `${seconds} seconds`;
}

/** A value as it appears in messages: JSON, long strings shortened. */
export function describe(value: unknown): string {
    if (value === undefined) return "undefined";
    const text = typeof value === "string" && value.length > 80 ? JSON.stringify(value.slice(0, 77) + "...") : JSON.stringify(value);
    return text.length > 200 ? text.slice(0, 197) + "..." : text;
}

/**
 * The auth flow values of a list that this release does not know but accepts as values AWS added later: they go
 * to Cognito unchecked, and the resource warns about them.
 */
export function futureAuthFlows(flows: readonly unknown[] | undefined): string[] {
    const rule = (ARGUMENT_RULES.explicitAuthFlows as ListRule).item as StringRule;
    return (flows ?? []).filter((f): f is string => typeof f === "string" && !isUnknown(f) && !rule.oneOf!.includes(f) && accepted(f, rule, { allowNewAuthFlows: true }));
}

function accepted(value: string, rule: StringRule, inputs: Record<string, unknown>): boolean {
    let ok = true;
    checkString(value, rule, () => (ok = false), inputs);
    return ok;
}

/** Levenshtein distance of two strings, counted up to `limit + 1` (enough to tell "within limit"). */
export function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        if (Math.min(...current) > limit) return limit + 1;
        previous = current;
    }
    return Math.min(previous[b.length], limit + 1);
}
