/**
 * Validation as data: every argument's limits sit in one rule, cross-field rules beside them, and `validateInputs`
 * returns every failure at once as `{ property, reason }` without calling AWS. The client's own arguments' rules are
 * here; each setting brings the rules of its arguments (`settings/<name>/rules.ts`), in the same form.
 * Lengths count characters (code points), as Cognito does, not bytes.
 * Limits: https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */
import type { UserPoolClientInputs } from "./args";
import type { ClientInputs } from "./clientArgs";
import { effectiveUnits } from "./mapping";
import { ArgumentRule, CheckFailure, CrossFieldRule, Fail, IntegerRule, ListRule, NO_WHITESPACE, StringRule, accepted, checkValue, describe, formatDuration, given, isObject, known, knownStrings, listKnown, withSecretTexts } from "./rules";
import {
    CLIENT_TOKEN_AUTH_FLOW,
    EXPLICIT_AUTH_FLOWS,
    FUTURE_AUTH_FLOW_PATTERN,
    LEGACY_AUTH_FLOWS,
    OAUTH_FLOWS,
    PREVENT_USER_EXISTENCE_ERRORS,
    REFRESH_TOKEN_ROTATION_FEATURES,
    SECONDS_PER_UNIT,
    TIME_UNITS,
    TOKEN_VALIDITIES,
    TimeUnit,
    USER_SCOPES,
    isUnknown,
} from "./schema";
import { CLIENT_SETTINGS } from "./settings";
import type { ClientSetting } from "./settings";

export type { CheckFailure } from "./rules";
export { describe, editDistance, formatDuration, redirectUrlProblem } from "./rules";

const URL_RULE: StringRule = { kind: "string", minLength: 1, maxLength: 1024, url: true, ...NO_WHITESPACE };
// The model's ArnType: the account field needs digits (CloudFormation's schema agrees), so `arn:aws:iam:::role/x` fails.
const ARN_RULE: StringRule = { kind: "string", minLength: 20, maxLength: 2048, pattern: /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/, patternText: "an ARN with an account ID, arn:<partition>:<service>:<region>:<account>:<resource>" };
const TIME_UNIT_RULE: StringRule = { kind: "string", oneOf: TIME_UNITS };
const validityRule = (v: (typeof TOKEN_VALIDITIES)[number]): IntegerRule => ({ kind: "integer", min: v.min, max: v.max });

/** The client's own arguments and their limits; the location of the client (region, the import option) comes last. */
const CLIENT_RULES: Record<Exclude<keyof ClientInputs, "region" | "importId">, ArgumentRule> = {
    // Cognito matches patterns with Java semantics: \w and \s are ASCII only.
    name: { kind: "string", required: true, minLength: 1, maxLength: 128, pattern: /^[\w\x20\t\n\v\f\r+=,.@-]+$/, patternText: "ASCII letters, digits, whitespace and _+=,.@-" },
    userPoolId: { kind: "string", required: true, minLength: 1, maxLength: 55, pattern: /^[\w-]+_[0-9a-zA-Z]+$/, patternText: "<region>_<id>, e.g. us-east-1_AbC123" },
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
};

const LOCATION_RULES: Record<"region" | "importId", ArgumentRule> = {
    region: { kind: "string", pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/, patternText: "an AWS region such as us-east-1" },
    importId: {
        kind: "string",
        pattern: /^(?=[^/]{1,55}\/[^/]{1,128}$)[\w-]+_[0-9a-zA-Z]+\/[\w+]+$/,
        patternText: "<user pool id>/<client id> of the import option: a user pool id <region>_<id> of at most 55 characters, a client id of at most 128 letters, digits, _ and +",
    },
};

/** Every argument and its limits: the client's own with each setting's where it is listed, the location last. */
export const ARGUMENT_RULES: Record<keyof UserPoolClientInputs, ArgumentRule> = Object.fromEntries([
    ...Object.entries(CLIENT_RULES).flatMap(([key, rule]) => [[key, rule], ...CLIENT_SETTINGS.filter((s) => s.listedAfter === key).flatMap((s) => Object.entries(s.rules))]),
    ...CLIENT_SETTINGS.filter((s) => s.listedAfter === undefined || !(s.listedAfter in CLIENT_RULES)).flatMap((s) => Object.entries(s.rules)),
    ...Object.entries(LOCATION_RULES),
]) as Record<keyof UserPoolClientInputs, ArgumentRule>;

/** Every cross-field rule: the client's own, then each setting's. Exported for the tests that call them directly. */
export const CROSS_FIELD_RULES: readonly CrossFieldRule<UserPoolClientInputs>[] = [
    checkClientCrossFieldRules,
    ...CLIENT_SETTINGS.flatMap((setting) => setting.crossFieldRules ?? []),
];

/** Keys the engine or the resource class add; never arguments. */
const RESERVED_KEYS = new Set(["__provider"]);

/**
 * Validates every argument; returns all failures, in argument order. Never throws, never calls AWS. `secretTexts`:
 * the strings that came as secrets, which no message shows (rules.ts `withSecretTexts`).
 */
export function validateInputs(inputs: Record<string, unknown>, secretTexts: ReadonlySet<string> = new Set()): CheckFailure[] {
    return withSecretTexts(secretTexts, () => failuresOf(inputs));
}

function failuresOf(inputs: Record<string, unknown>): CheckFailure[] {
    const failures: CheckFailure[] = [];
    for (const key of Object.keys(inputs)) {
        if (!RESERVED_KEYS.has(key) && !Object.hasOwn(ARGUMENT_RULES, key) && inputs[key] !== undefined) {
            failures.push({ property: key, reason: `${key} is not an argument of UserPoolClient; the arguments are ${Object.keys(ARGUMENT_RULES).filter((k) => k !== "importId").join(", ")}` });
        }
    }
    for (const [property, rule] of Object.entries(ARGUMENT_RULES)) {
        checkValue(property, inputs[property], rule, rule.required ?? false, failures, inputs);
    }
    // Cross-field rules run too, except on arguments that already failed their own rule.
    const failed = new Set(failures.map((f) => f.property.split(/[.[]/)[0]));
    const crossField: CheckFailure[] = [];
    const fail: Fail = (property, reason) => crossField.push({ property, reason: `${property} ${reason}` });
    for (const rule of CROSS_FIELD_RULES) {
        try {
            rule(inputs as unknown as UserPoolClientInputs, fail);
        } catch (error) {
            // A rule that meets a shape its argument's own rule already refused; never throw out of check.
            if (!failures.length) throw error;
        }
    }
    return [...failures, ...crossField.filter((f) => !failed.has(f.property.split(/[.[]/)[0]))];
}


/** The client's own cross-field rules: how flows, scopes, URLs, analytics and token validities combine. */
function checkClientCrossFieldRules(inputs: ClientInputs, fail: Fail): void {
    const list = knownStrings;

    const flows = list(inputs.explicitAuthFlows);
    const legacy = flows.filter((f) => (LEGACY_AUTH_FLOWS as readonly string[]).includes(f));
    const allow = flows.filter((f) => f.startsWith("ALLOW_"));
    // Values AWS added after this release (allowNewAuthFlows): how they combine is Cognito's to judge, so the list rules skip them.
    const unknownFlows = allow.filter((f) => !(EXPLICIT_AUTH_FLOWS as readonly string[]).includes(f));
    if (legacy.length && allow.length) {
        fail("explicitAuthFlows", `cannot mix legacy flows (${LEGACY_AUTH_FLOWS.join(", ")}) with ALLOW_ flows; received ${describe(flows)}`);
    }
    const clientToken = flows.includes(CLIENT_TOKEN_AUTH_FLOW);
    // GetClientToken: "mutually exclusive with user authentication flows. It must be the only authentication flow".
    if (clientToken && new Set(flows).size > 1) {
        fail("explicitAuthFlows", `${CLIENT_TOKEN_AUTH_FLOW} must be the only flow (machine-to-machine tokens through GetClientToken exclude user sign-in); received ${describe(flows)}`);
    }
    // Cognito: "REFRESH_TOKEN_AUTH should always be allowed", except with refresh-token rotation, which redeems
    // refresh tokens through GetTokensFromRefreshToken instead and cannot be combined with it.
    const rotationFeature = isObject(inputs.refreshTokenRotation) ? inputs.refreshTokenRotation.feature : undefined;
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
        const received = !given(oauthEnabled) ? "unset (defaults to false)" : describe(oauthEnabled);
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

    const a = inputs.analyticsConfiguration;
    if (isObject(a)) {
        const p = "analyticsConfiguration";
        if (known(a.applicationArn)) {
            for (const key of ["applicationId", "externalId", "roleArn"] as const) {
                if (known(a[key])) fail(`${p}.${key}`, `cannot be combined with ${p}.applicationArn; give applicationArn alone, or applicationId with externalId and roleArn; received ${describe(a[key])}`);
            }
        } else if (known(a.applicationId)) {
            for (const key of ["externalId", "roleArn"] as const) {
                if (!given(a[key])) fail(`${p}.${key}`, `is required with ${p}.applicationId`);
            }
        } else if (!given(a.applicationArn) && !given(a.applicationId)) {
            fail(p, "needs applicationArn, or applicationId with externalId and roleArn; received neither");
        }
    }

    // Units not known until apply (preview) leave the durations unchecked.
    const units = isUnknown(inputs.tokenValidityUnits) ? undefined : effectiveUnits(inputs.tokenValidityUnits);
    for (const v of TOKEN_VALIDITIES) {
        const value = inputs[v.property];
        const unit = units?.[v.unitKey] as TimeUnit;
        if (!units || !(typeof unit === "string" && Object.hasOwn(SECONDS_PER_UNIT, unit)) || isUnknown(value)) continue;
        const range = `between ${formatDuration(v.minSeconds)} and ${formatDuration(v.maxSeconds)}`;
        if (!given(value) || value === 0) {
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

/**
 * The auth flow values of a list that this release does not know but accepts as values AWS added later: they go
 * to Cognito unchecked, and the resource warns about them.
 */
export function futureAuthFlows(flows: readonly unknown[] | undefined): string[] {
    const rule = (ARGUMENT_RULES.explicitAuthFlows as ListRule).item as StringRule;
    return (flows ?? []).filter((f): f is string => typeof f === "string" && !isUnknown(f) && !rule.oneOf!.includes(f) && accepted(f, rule, { allowNewAuthFlows: true }));
}

/** The warning for auth flow values this release does not know (see `FUTURE_AUTH_FLOW_PATTERN`). */
export function futureAuthFlowWarning(flows: string[]): string {
    const values = flows.join(", ");
    return `explicitAuthFlows: ${values} ${flows.length === 1 ? "is a value" : "are values"} this version of pulumi-cognito-user-pool-client does not know; ` +
        "with allowNewAuthFlows they are sent to Cognito as given, which accepts or rejects them, without the package's checks of how flows combine. " +
        "Upgrade the package to have them checked at preview.";
}

/** The warning for flows this release does not know, when `allowNewAuthFlows` lets them through. */
export function futureFlowsWarning(explicitAuthFlows: readonly unknown[] | undefined, allowNewAuthFlows: unknown): string | undefined {
    const future = allowNewAuthFlows === true ? futureAuthFlows(explicitAuthFlows) : [];
    return future.length ? futureAuthFlowWarning(future) : undefined;
}

/** A setting's warning about the values of its arguments (`values`: at least those), when it has one. */
export function settingWarning(setting: ClientSetting, values: Record<string, unknown>): string | undefined {
    return setting.warning?.(Object.fromEntries(Object.keys(setting.rules).map((key) => [key, values[key]])));
}

/**
 * The warnings for plain arguments that are valid but probably not what the program means: each setting's, and flow
 * values this release does not know. (The dynamic resource's class logs the same ones as its inputs resolve.)
 */
export function inputWarnings(inputs: Partial<UserPoolClientInputs>): string[] {
    const values = inputs as Record<string, unknown>;
    const given = CLIENT_SETTINGS.filter((setting) => Object.keys(setting.rules).some((key) => values[key] !== undefined));
    return [...given.map((setting) => settingWarning(setting, values)), futureFlowsWarning(inputs.explicitAuthFlows, inputs.allowNewAuthFlows)]
        .filter((warning): warning is string => warning !== undefined);
}
