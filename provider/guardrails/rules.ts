/**
 * The OAuth security rules for app clients, as data: each with a stable ID, what it checks, why (its source), a
 * severity, a default enforcement level and the parameters a team may set. A rule reads a client's arguments by the
 * names `@pulumi/aws`, this package's dynamic resource and its plugin share, and says what to change.
 * Pure: no SDK call and no Pulumi. The policy pack (`policyPack.ts`) and the live audit (`audit.ts`) run these rules.
 *
 * A rule reads only the arguments it needs, one at a time: the policy pack hands it the policy SDK's proxy, which
 * throws when an argument is still unknown at preview, and the SDK reports that the rule could not check it yet.
 */
import { DEFAULT_AUTH_FLOWS, LEGACY_AUTH_FLOWS, SECONDS_PER_UNIT, TOKEN_VALIDITIES, TimeUnit, USER_SCOPES } from "../schema";
import { LOOPBACK_HOSTS, formatDuration, isObject, knownStrings } from "../rules";
import { AWS_CLIENT_TYPE, CLIENT_TYPES } from "../resourceTypes";

/** The resource types the rules read: `@pulumi/aws`'s, the dynamic resource's and the plugin's. */
export const CHECKED_TYPES: readonly string[] = [AWS_CLIENT_TYPE, CLIENT_TYPES.dynamic, CLIENT_TYPES.plugin];

export type Severity = "low" | "medium" | "high" | "critical";
/** As `@pulumi/policy` names them. `remediate`: the pack fixes the client's arguments before the engine sees them. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** A client's arguments, of any of the three resource types. */
export type ClientProps = Readonly<Record<string, unknown>>;

/** One thing a client should change. */
export interface Finding {
    /** The argument, with an index for a list item, e.g. `callbackUrls[1]`. */
    property: string;
    /** What is wrong, without the fix. */
    problem: string;
    /** What to change. */
    fix: string;
}

export interface IntegerParameter {
    type: "integer";
    default: number;
    minimum: number;
    description: string;
}
export interface StringListParameter {
    type: "string-list";
    default: readonly string[];
    description: string;
}
export type ParameterSpec = IntegerParameter | StringListParameter;
export type ParameterValue = number | readonly string[];

export interface RuleContext {
    /** The stack the client is declared in; unknown in an audit by pool. */
    stack?: string;
    /** The rule's parameters, each set or defaulted. */
    params: Readonly<Record<string, ParameterValue>>;
}

export interface GuardrailRule {
    /** Stable: teams name it in their configuration and suppressions. */
    id: string;
    /** One line. */
    description: string;
    /** Why, and its source (RFC section, AWS page, Prowler check). */
    source: string;
    severity: Severity;
    defaultLevel: "advisory" | "mandatory";
    parameters: Readonly<Record<string, ParameterSpec>>;
    check(client: ClientProps, context: RuleContext): Finding[];
    /** Only for a fix that changes nothing a user relies on: the arguments with it applied. */
    remediate?(client: ClientProps): Record<string, unknown>;
}

const PASSWORD_FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"];
/** Flows with which a user signs in: every flow but refresh, token exchange and machine-to-machine tokens. */
const SIGN_IN_FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", ...LEGACY_AUTH_FLOWS];
const VERIFICATION_ATTRIBUTES = ["email_verified", "phone_number_verified"];
const quoted = (value: unknown): string => JSON.stringify(value);

/** The client's auth flows as Cognito applies them: an omitted or empty list is Cognito's default. */
function effectiveAuthFlows(client: ClientProps): string[] {
    const flows = knownStrings(client.explicitAuthFlows);
    return flows.length ? flows : [...DEFAULT_AUTH_FLOWS];
}

/** A client without a secret: a browser or mobile app, which cannot keep one (RFC 6749 §2.1, a public client). */
function isPublicClient(client: ClientProps): boolean {
    const secret = client.clientSecret;
    return client.generateSecret !== true && (secret === undefined || secret === null || secret === "");
}

/** A machine-to-machine client: the client_credentials grant or GetClientToken tokens. */
const isMachineClient = (client: ClientProps): boolean =>
    knownStrings(client.allowedOauthFlows).includes("client_credentials") || knownStrings(client.explicitAuthFlows).includes("ALLOW_CLIENT_TOKEN_AUTH");

/** One object block: `@pulumi/aws` gives some as a list of one. */
function block(value: unknown): Record<string, unknown> | undefined {
    const item = Array.isArray(value) ? value[0] : value;
    return isObject(item) ? item : undefined;
}

/** Why one redirect URL breaks the rule, if it does. */
function redirectProblem(url: string, loopbackAllowed: boolean, stack: string | undefined): { problem: string; fix: string } | undefined {
    if (url.includes("*")) {
        return { problem: `${quoted(url)} holds *, which Cognito matches literally, not as a wildcard; an open pattern is what RFC 9700 §2.1 forbids`, fix: "list every exact redirect URL" };
    }
    if (url.includes("#")) return { problem: `${quoted(url)} holds a fragment (#)`, fix: "drop the fragment: the authorization response is appended to the URL" };
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return undefined; // not a URL at all: the resource's own validation rejects it
    }
    if (parsed.protocol !== "http:") return undefined;
    if (!LOOPBACK_HOSTS.has(parsed.hostname)) return { problem: `${quoted(url)} uses plain http`, fix: "use https" };
    if (loopbackAllowed) return undefined;
    return {
        problem: `${quoted(url)} is a plain-http loopback URL, which Cognito allows for testing only, and ${stack ? `stack ${quoted(stack)}` : "this audit"} is not among the parameter loopbackHttpStacks`,
        fix: "use https, or name the stack in loopbackHttpStacks where local testing is allowed",
    };
}

export const GUARDRAIL_RULES: readonly GuardrailRule[] = [
    {
        id: "cognito-client-prevent-user-existence-errors",
        description: "Sign-in and password-reset errors do not reveal whether a user exists.",
        source: "AWS, security best practices for Amazon Cognito user pools (user existence errors); Prowler cognito_user_pool_client_prevent_user_existence_errors",
        severity: "medium",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            const value = client.preventUserExistenceErrors;
            if (value === "ENABLED") return [];
            return [{
                property: "preventUserExistenceErrors",
                problem: `${value === undefined || value === null ? "is unset, which is LEGACY" : `is ${quoted(value)}`}: UserNotFoundException tells an attacker which users exist`,
                fix: 'set preventUserExistenceErrors: "ENABLED"',
            }];
        },
        remediate: (client) => ({ ...client, preventUserExistenceErrors: "ENABLED" }),
    },
    {
        id: "cognito-client-token-revocation",
        description: "Refresh tokens can be revoked (RevokeToken, sign-out).",
        source: "AWS, revoking tokens (EnableTokenRevocation); Prowler cognito_user_pool_client_token_revocation_enabled",
        severity: "medium",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            if (client.enableTokenRevocation !== false) return [];
            return [{ property: "enableTokenRevocation", problem: "is false: a stolen refresh token stays valid until it expires", fix: "set enableTokenRevocation: true (the default)" }];
        },
        remediate: (client) => ({ ...client, enableTokenRevocation: true }),
    },
    {
        id: "cognito-client-no-implicit-grant",
        description: "No implicit grant: tokens are not returned in the redirect URL.",
        source: "RFC 9700 §2.1.2 (the implicit grant SHOULD NOT be used); AWS recommends the authorization code grant with PKCE",
        severity: "high",
        defaultLevel: "mandatory",
        parameters: {},
        check(client) {
            if (!knownStrings(client.allowedOauthFlows).includes("implicit")) return [];
            return [{ property: "allowedOauthFlows", problem: "includes implicit, which sends tokens in the URL, where history, logs and referrers can leak them", fix: 'use the authorization code grant with PKCE: allowedOauthFlows ["code"]' }];
        },
    },
    {
        id: "cognito-client-no-password-flows-on-public-clients",
        description: "A client without a secret does not take users' passwords directly.",
        source: "RFC 9700 §2.4 (the resource owner password credentials grant MUST NOT be used); Cognito's analogs send the password instead of SRP",
        severity: "high",
        defaultLevel: "mandatory",
        parameters: {},
        check(client) {
            const flows = knownStrings(client.explicitAuthFlows).filter((f) => PASSWORD_FLOWS.includes(f));
            if (!flows.length || !isPublicClient(client)) return [];
            return [{
                property: "explicitAuthFlows",
                problem: `a public client (no secret) allows ${flows.join(", ")}, where the app handles the user's password`,
                fix: "use ALLOW_USER_SRP_AUTH or the hosted sign-in with the code grant; a server-side app should have a secret",
            }];
        },
    },
    {
        id: "cognito-client-public-client-pkce",
        description: "A public client with the code grant must send PKCE, which Cognito cannot be told to require.",
        source: "RFC 9700 §2.1.1 (PKCE MUST be used by public clients); Cognito accepts authorization requests without code_challenge",
        severity: "low",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            if (!knownStrings(client.allowedOauthFlows).includes("code") || !isPublicClient(client)) return [];
            return [{ property: "allowedOauthFlows", problem: "a public client with the code grant: Cognito accepts its authorization requests without PKCE", fix: "make the app send code_challenge with S256 on every authorization request" }];
        },
    },
    {
        id: "cognito-client-redirect-uris",
        description: "Redirect URLs are exact HTTPS URLs: no *, no fragment, plain-http loopback only in the stacks named.",
        source: "RFC 9700 §2.1 (exact matching, no open redirectors) and §2.6 (no plain http but loopback); AWS: http://localhost is for testing only",
        severity: "high",
        defaultLevel: "mandatory",
        parameters: {
            loopbackHttpStacks: { type: "string-list", default: [], description: 'Stacks where http://localhost, 127.0.0.1 and [::1] redirect URLs are allowed ("*": every stack; an audit by pool has no stack).' },
        },
        check(client, { stack, params }) {
            const allowedIn = params.loopbackHttpStacks as readonly string[];
            const loopbackAllowed = allowedIn.includes("*") || (stack !== undefined && allowedIn.includes(stack));
            const findings: Finding[] = [];
            for (const property of ["callbackUrls", "logoutUrls"]) {
                knownStrings(client[property]).forEach((url, i) => {
                    const problem = redirectProblem(url, loopbackAllowed, stack);
                    if (problem) findings.push({ property: `${property}[${i}]`, ...problem });
                });
            }
            const fallback = client.defaultRedirectUri;
            if (typeof fallback === "string" && fallback !== "") {
                const problem = redirectProblem(fallback, loopbackAllowed, stack);
                if (problem) findings.push({ property: "defaultRedirectUri", ...problem });
                if (!knownStrings(client.callbackUrls).includes(fallback)) {
                    findings.push({ property: "defaultRedirectUri", problem: `${quoted(fallback)} is not among callbackUrls`, fix: "make it one of callbackUrls" });
                }
            }
            return findings;
        },
    },
    {
        id: "cognito-client-refresh-token-rotation",
        description: "A public client rotates its refresh tokens.",
        source: "RFC 9700 §2.2.2 and §4.14.2 (a public client's refresh tokens MUST be sender-constrained or rotated); AWS, refresh token rotation",
        severity: "high",
        defaultLevel: "mandatory",
        parameters: {},
        check(client) {
            if (!isPublicClient(client)) return [];
            const feature = block(client.refreshTokenRotation)?.feature;
            if (feature === "ENABLED") return [];
            return [{
                property: "refreshTokenRotation",
                problem: `a public client's refresh tokens are not rotated (${feature === undefined ? "unset, which is DISABLED" : `feature ${quoted(feature)}`}): a stolen one works until it expires`,
                fix: 'set refreshTokenRotation: { feature: "ENABLED" } (retryGracePeriodSeconds 0–60) and drop ALLOW_REFRESH_TOKEN_AUTH from explicitAuthFlows',
            }];
        },
    },
    {
        id: "cognito-client-token-lifetimes",
        description: "Access, ID and refresh tokens live no longer than the team's maxima.",
        source: "RFC 9700 §4.14.2 (short-lived tokens limit a leak's reach); Cognito's defaults: access and ID 1 hour, refresh 30 days",
        severity: "medium",
        defaultLevel: "advisory",
        parameters: {
            maxAccessTokenMinutes: { type: "integer", default: 60, minimum: 5, description: "Longest access token lifetime, in minutes." },
            maxIdTokenMinutes: { type: "integer", default: 60, minimum: 5, description: "Longest ID token lifetime, in minutes." },
            maxRefreshTokenDays: { type: "integer", default: 30, minimum: 1, description: "Longest refresh token lifetime, in days." },
        },
        check(client, { params }) {
            const maxima: Record<string, number> = {
                accessTokenValidity: (params.maxAccessTokenMinutes as number) * 60,
                idTokenValidity: (params.maxIdTokenMinutes as number) * 60,
                refreshTokenValidity: (params.maxRefreshTokenDays as number) * 86400,
            };
            const findings: Finding[] = [];
            for (const v of TOKEN_VALIDITIES) {
                const value = client[v.property];
                if (value !== undefined && value !== null && typeof value !== "number") continue;
                // Units are read only for a lifetime that is set, or for the refresh default, which is in the refresh unit.
                const unitNeeded = typeof value === "number" || v.unsetValue !== undefined;
                const unit = unitNeeded ? (block(client.tokenValidityUnits)?.[v.unitKey] ?? v.defaultUnit) : v.defaultUnit;
                if (!Object.hasOwn(SECONDS_PER_UNIT, unit as string)) continue;
                const amount = typeof value === "number" && value !== 0 ? value : v.unsetValue;
                const seconds = amount === undefined ? v.defaultSeconds : amount * SECONDS_PER_UNIT[unit as TimeUnit];
                if (seconds <= maxima[v.property]) continue;
                findings.push({
                    property: v.property,
                    problem: `${typeof value === "number" ? `is ${value} ${unit}` : "is unset"}, ${formatDuration(seconds)}, longer than the maximum of ${formatDuration(maxima[v.property])}`,
                    fix: `at most ${formatDuration(maxima[v.property])}, or raise the rule's maximum`,
                });
            }
            return findings;
        },
    },
    {
        id: "cognito-client-machine-to-machine",
        description: "A machine-to-machine client has no user sign-in flows and no user scopes.",
        source: "RFC 9700 §2.3 (least privilege); AWS: client_credentials is for machine-to-machine authorization, with custom scopes",
        severity: "medium",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            if (!isMachineClient(client)) return [];
            const findings: Finding[] = [];
            const flows = effectiveAuthFlows(client).filter((f) => SIGN_IN_FLOWS.includes(f));
            if (flows.length) {
                findings.push({
                    property: "explicitAuthFlows",
                    problem: `a machine-to-machine client allows user sign-in with ${flows.join(", ")}${knownStrings(client.explicitAuthFlows).length ? "" : " (unset: Cognito's default flows)"}`,
                    fix: 'set explicitAuthFlows to ["ALLOW_REFRESH_TOKEN_AUTH"], or ["ALLOW_CLIENT_TOKEN_AUTH"] for GetClientToken',
                });
            }
            const grants = knownStrings(client.allowedOauthFlows).filter((f) => f !== "client_credentials");
            if (grants.length) findings.push({ property: "allowedOauthFlows", problem: `a machine-to-machine client also has the user grant(s) ${grants.join(", ")}`, fix: "give users' apps a client of their own" });
            const scopes = knownStrings(client.allowedOauthScopes).filter((s) => (USER_SCOPES as readonly string[]).includes(s));
            if (scopes.length) findings.push({ property: "allowedOauthScopes", problem: `a machine-to-machine client has the user scope(s) ${scopes.join(", ")}`, fix: "only custom scopes <resource server>/<scope>" });
            return findings;
        },
    },
    {
        id: "cognito-client-least-privilege",
        description: "The client's tokens do not grant the user-pool API, and the app cannot mark addresses verified.",
        source: "RFC 9700 §2.3 (restrict privileges to the minimum); AWS: aws.cognito.signin.user.admin grants the user-pool API to the token",
        severity: "low",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            const findings: Finding[] = [];
            if (knownStrings(client.allowedOauthScopes).includes("aws.cognito.signin.user.admin")) {
                findings.push({ property: "allowedOauthScopes", problem: "includes aws.cognito.signin.user.admin: the access token can read and change the user's attributes and devices through the user-pool API", fix: "drop it unless the app calls those operations" });
            }
            // Cognito is reported to refuse these in WriteAttributes; at preview the rule says why before it does.
            const verified = knownStrings(client.writeAttributes).filter((a) => VERIFICATION_ATTRIBUTES.includes(a));
            if (verified.length) {
                findings.push({ property: "writeAttributes", problem: `includes ${verified.join(", ")}: the app could mark an address verified without proving it`, fix: "leave verification attributes to Cognito" });
            }
            return findings;
        },
    },
    {
        id: "cognito-client-threat-protection",
        description: "The client's own threat protection does not weaken the pool's.",
        source: "AWS Security Hub Cognito.1 and Cognito.4 (threat protection enforced); a client's risk configuration overrides its pool's",
        severity: "low",
        defaultLevel: "advisory",
        parameters: {},
        check(client) {
            const risk = block(client.riskConfiguration);
            if (!risk) return [];
            const findings: Finding[] = [];
            const takeover = block(risk.accountTakeoverRiskConfiguration);
            if (takeover) {
                const high = block(block(takeover.actions)?.highAction);
                if (!high || high.eventAction === "NO_ACTION") {
                    findings.push({ property: "riskConfiguration.accountTakeoverRiskConfiguration.actions.highAction", problem: `${high ? "is NO_ACTION" : "is unset"}: a high-risk sign-in goes through`, fix: "BLOCK or MFA_REQUIRED" });
                }
            }
            const compromised = block(risk.compromisedCredentialsRiskConfiguration);
            if (compromised && block(compromised.actions)?.eventAction === "NO_ACTION") {
                findings.push({ property: "riskConfiguration.compromisedCredentialsRiskConfiguration.actions.eventAction", problem: "is NO_ACTION: a leaked password still signs in", fix: "BLOCK" });
            }
            const skipped = knownStrings(block(risk.riskExceptionConfiguration)?.skippedIpRangeLists).filter((r) => /\/0$/.test(r));
            if (skipped.length) {
                findings.push({ property: "riskConfiguration.riskExceptionConfiguration.skippedIpRangeLists", problem: `skips ${skipped.join(", ")}: every address is exempt`, fix: "list only the ranges of trusted networks" });
            }
            return findings;
        },
    },
];

export type GuardrailRuleId = (typeof GUARDRAIL_RULES)[number]["id"];

/** The defaults of a rule's parameters. */
export const defaultParameters = (rule: GuardrailRule): Record<string, ParameterValue> =>
    Object.fromEntries(Object.entries(rule.parameters).map(([name, spec]) => [name, spec.default]));
