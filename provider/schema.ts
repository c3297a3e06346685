/**
 * The Cognito API's vocabulary for app clients: enum values, defaults and limits, as data.
 * Source: the Cognito API model (botocore `cognito-idp/2016-04-18/service-2.json`) and
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */

/** Auth flows that predate the `ALLOW_` prefix; they cannot be combined with `ALLOW_` values. */
export const LEGACY_AUTH_FLOWS = ["ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"] as const;
/** Flows with which users sign in (and refresh their tokens). */
export const USER_AUTH_FLOWS = [
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_AUTH",
] as const;
/**
 * OAuth 2.0 token exchange (RFC 8693) through `GetDerivedToken`: without an actor token (impersonation) or with one
 * (delegation). They combine with the user flows; the user pool needs the Essentials or Plus tier.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetDerivedToken.html
 */
export const TOKEN_EXCHANGE_AUTH_FLOWS = ["ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"] as const;
/**
 * Machine-to-machine access tokens through `GetClientToken`: needs a client secret and must be the only flow.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetClientToken.html
 */
export const CLIENT_TOKEN_AUTH_FLOW = "ALLOW_CLIENT_TOKEN_AUTH";
export const ALLOW_AUTH_FLOWS = [...USER_AUTH_FLOWS, ...TOKEN_EXCHANGE_AUTH_FLOWS, CLIENT_TOKEN_AUTH_FLOW] as const;
export const EXPLICIT_AUTH_FLOWS = [...LEGACY_AUTH_FLOWS, ...ALLOW_AUTH_FLOWS] as const;
export type ExplicitAuthFlow = (typeof EXPLICIT_AUTH_FLOWS)[number];

/**
 * Values this package knows before the service model lists them, each with the reference that requires it. The
 * model-comparison test (tests/unit/model.spec.ts) fails once the model has caught up, so the entry can go.
 */
export const AHEAD_OF_MODEL: Record<string, { shape: string; source: string }> = {
    [CLIENT_TOKEN_AUTH_FLOW]: {
        shape: "ExplicitAuthFlowsType",
        source: "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetClientToken.html",
    },
};

/**
 * The shape an auth flow value of the future has: with `allowNewAuthFlows: true`, values of this shape that this
 * release does not know pass `check` and go to Cognito, which judges them (README, "Auth flows AWS adds later").
 */
export const FUTURE_AUTH_FLOW_PATTERN = /^ALLOW_[A-Z0-9]+(_[A-Z0-9]+)*$/;

/** What the API applies when `ExplicitAuthFlows` is omitted or empty. */
export const DEFAULT_AUTH_FLOWS: readonly ExplicitAuthFlow[] = ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"];

/** How a client came to be: `REGULAR` (CreateUserPoolClient, the console, any IaC tool) or `DCR` (an application registered it through the domain's dynamic client registration endpoint). */
export const CLIENT_TYPES = ["REGULAR", "DCR"] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

export const OAUTH_FLOWS = ["code", "implicit", "client_credentials"] as const;

/**
 * The scopes Cognito defines for users. `client_credentials` (machine to machine) cannot request them; every other
 * scope is a custom scope, `<resource server identifier>/<scope name>`, of a resource server of the pool.
 */
export const USER_SCOPES = ["openid", "profile", "email", "phone", "aws.cognito.signin.user.admin"] as const;
export type OAuthFlow = (typeof OAUTH_FLOWS)[number];

export const PREVENT_USER_EXISTENCE_ERRORS = ["LEGACY", "ENABLED"] as const;
export type PreventUserExistenceErrors = (typeof PREVENT_USER_EXISTENCE_ERRORS)[number];

export const REFRESH_TOKEN_ROTATION_FEATURES = ["ENABLED", "DISABLED"] as const;
export type RefreshTokenRotationFeature = (typeof REFRESH_TOKEN_ROTATION_FEATURES)[number];

export const TIME_UNITS = ["seconds", "minutes", "hours", "days"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const SECONDS_PER_UNIT: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/**
 * Token validities: the raw integer range of each field, the allowed duration once its unit is applied,
 * the unit used when none is given, and the API's default duration.
 * `unsetValue`: the number Cognito stores for an unset (or 0) refresh validity, 30, which it reads in the refresh
 * unit whatever that is (30 days by default, 30 hours with `refreshToken: "hours"`). An unset access or ID validity
 * is one hour in any unit.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
 */
export const TOKEN_VALIDITIES = [
    { property: "accessTokenValidity", unitKey: "accessToken", min: 1, max: 86400, minSeconds: 300, maxSeconds: 86400, defaultUnit: "hours", defaultSeconds: 3600, unsetValue: undefined },
    { property: "idTokenValidity", unitKey: "idToken", min: 1, max: 86400, minSeconds: 300, maxSeconds: 86400, defaultUnit: "hours", defaultSeconds: 3600, unsetValue: undefined },
    { property: "refreshTokenValidity", unitKey: "refreshToken", min: 0, max: 315360000, minSeconds: 3600, maxSeconds: 315360000, defaultUnit: "days", defaultSeconds: 30 * 86400, unsetValue: 30 },
] as const;
export type TokenValidityProperty = (typeof TOKEN_VALIDITIES)[number]["property"];
export type TokenUnitKey = (typeof TOKEN_VALIDITIES)[number]["unitKey"];

/** Defaults the API applies to scalar fields it is not given (on create, and on update since update resets omitted fields). */
export const API_DEFAULTS = {
    allowedOauthFlowsUserPoolClient: false,
    enableTokenRevocation: true,
    enablePropagateAdditionalUserContextData: false,
    authSessionValidity: 3,
    preventUserExistenceErrors: "LEGACY",
} as const;

/** The service-linked role Cognito reports for analytics configured by application ARN alone. */
export const ANALYTICS_SERVICE_LINKED_ROLE = /^arn:[\w-]+:iam::\d{12}:role\/aws-service-role\/cognito-idp\.amazonaws\.com\/AWSServiceRoleForAmazonCognitoIdp$/;

/** Cognito's ListUserPoolClients page size limit. */
export const LIST_CLIENTS_MAX_RESULTS = 60;

/** The value Pulumi passes for inputs not yet known during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const isUnknown = (value: unknown): boolean => value === UNKNOWN;
