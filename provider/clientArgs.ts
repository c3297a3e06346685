import type * as pulumi from "@pulumi/pulumi";

/*
 * The client's own arguments: the members of CreateUserPoolClient and UpdateUserPoolClient that no per-client setting
 * owns, named exactly as in `aws.cognito.UserPoolClientArgs` of `@pulumi/aws` 7.x. `args.ts` composes them with each
 * setting's part (`settings/<name>/args.ts`) into `UserPoolClientArgs`.
 * Every doc comment gives the default, the AWS limit and whether a change replaces the client
 * ("Replaces the client") or updates it in place ("Updates in place").
 * API reference: https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */

export interface UserPoolClientTokenValidityUnitsArgs {
    /** Unit of `accessTokenValidity`: `seconds`, `minutes`, `hours` or `days`. @default "hours" */
    accessToken?: pulumi.Input<string>;
    /** Unit of `idTokenValidity`: `seconds`, `minutes`, `hours` or `days`. @default "hours" */
    idToken?: pulumi.Input<string>;
    /** Unit of `refreshTokenValidity`: `seconds`, `minutes`, `hours` or `days`. @default "days" */
    refreshToken?: pulumi.Input<string>;
}

export interface UserPoolClientAnalyticsConfigurationArgs {
    /** ARN of an Amazon Pinpoint project (20–2048 characters). Excludes `applicationId`, `externalId` and `roleArn`. */
    applicationArn?: pulumi.Input<string>;
    /** ID of an Amazon Pinpoint project (hexadecimal). Requires `externalId` and `roleArn`. */
    applicationId?: pulumi.Input<string>;
    /** External ID of the role (at most 131072 characters). Used with `applicationId`. */
    externalId?: pulumi.Input<string>;
    /** ARN of an IAM role that allows Cognito to publish events to Pinpoint (20–2048 characters). Used with `applicationId`. */
    roleArn?: pulumi.Input<string>;
    /** Whether Cognito includes user data in the events it publishes. @default false */
    userDataShared?: pulumi.Input<boolean>;
}

export interface UserPoolClientRefreshTokenRotationArgs {
    /** `ENABLED` or `DISABLED`. Required when the block is given. */
    feature: pulumi.Input<string>;
    /** Seconds the previous refresh token stays valid after rotation, 0–60. @default 0 */
    retryGracePeriodSeconds?: pulumi.Input<number>;
}

export interface ClientArgs {
    /**
     * Name of the app client: 1–128 characters of ASCII letters, digits, whitespace and `_+=,.@-`.
     * Updates in place.
     * @default - the Pulumi resource name, with characters Cognito rejects replaced by `-`
     */
    name?: pulumi.Input<string>;
    /**
     * ID of the user pool the client belongs to (`<region>_<id>`, at most 55 characters). Replaces the client.
     */
    userPoolId: pulumi.Input<string>;
    /**
     * Authentication flows: `ALLOW_ADMIN_USER_PASSWORD_AUTH`, `ALLOW_CUSTOM_AUTH`, `ALLOW_USER_PASSWORD_AUTH`,
     * `ALLOW_USER_SRP_AUTH`, `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_AUTH`; token exchange (`GetDerivedToken`)
     * `ALLOW_TOKEN_EXCHANGE_IMPERSONATION`, `ALLOW_TOKEN_EXCHANGE_DELEGATION`; machine-to-machine tokens
     * (`GetClientToken`) `ALLOW_CLIENT_TOKEN_AUTH`, which needs a client secret and must be the only flow; or the
     * legacy `ADMIN_NO_SRP_AUTH`, `CUSTOM_AUTH_FLOW_ONLY`, `USER_PASSWORD_AUTH` (legacy and `ALLOW_` values cannot be
     * mixed). An `ALLOW_` list needs `ALLOW_REFRESH_TOKEN_AUTH` unless refresh-token rotation is on. For a value AWS
     * added after this release, see `allowNewAuthFlows`. A set: order and duplicates do not matter. Updates in place.
     * @default - Cognito's default: `ALLOW_CUSTOM_AUTH`, `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`
     */
    explicitAuthFlows?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Lets `explicitAuthFlows` hold values of the form `ALLOW_<NAME>` that this release does not know, i.e. flows AWS
     * added after it: they are sent to Cognito as given, which accepts or rejects them, with a warning at each
     * preview and without the package's checks of how flows combine. A value within two letters of a known one is
     * still refused as a typo. Checked at preview only: never sent to Cognito, never a change by itself.
     * @default false
     */
    allowNewAuthFlows?: pulumi.Input<boolean>;
    /**
     * OAuth 2.0 grant types: `code`, `implicit`, `client_credentials` (at most 3; `client_credentials` stands alone).
     * Requires `allowedOauthFlowsUserPoolClient: true`. A set. Updates in place.
     * @default - none
     */
    allowedOauthFlows?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the client may use the OAuth 2.0 features of the user pool. When true, `allowedOauthFlows` and
     * `allowedOauthScopes` are required. Updates in place.
     * @default false
     */
    allowedOauthFlowsUserPoolClient?: pulumi.Input<boolean>;
    /**
     * OAuth scopes, e.g. `openid`, `email`, `phone`, `profile`, `aws.cognito.signin.user.admin` or custom
     * `<resource-server>/<scope>`: at most 50, each 1–256 printable ASCII characters without space, `"` or `\`.
     * A set. Updates in place.
     * @default - none
     */
    allowedOauthScopes?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Allowed redirect (callback) URLs: at most 100, each 1–1024 characters, absolute, no fragment, HTTPS except
     * `http://localhost`, `http://127.0.0.1` and `http://[::1]`; app schemes such as `myapp://` are allowed.
     * A set. Updates in place.
     * @default - none
     */
    callbackUrls?: pulumi.Input<pulumi.Input<string>[]>;
    /** Default redirect URL; must be one of `callbackUrls`. Same URL rules. Updates in place. @default - none */
    defaultRedirectUri?: pulumi.Input<string>;
    /** Allowed sign-out URLs: at most 100, same URL rules as `callbackUrls`. A set. Updates in place. @default - none */
    logoutUrls?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * User attributes the client can read (each 1–2048 characters). A set. Updates in place.
     * @default - the user pool's default attribute set
     */
    readAttributes?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * User attributes the client can write (each 1–2048 characters). A set. Updates in place.
     * @default - the user pool's default attribute set
     */
    writeAttributes?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Refresh token lifetime in `tokenValidityUnits.refreshToken` units: 60 minutes to 10 years once the unit is
     * applied (integer 0–315360000; 0 means the default). Updates in place.
     * @default 30 (days)
     */
    refreshTokenValidity?: pulumi.Input<number>;
    /**
     * Access token lifetime in `tokenValidityUnits.accessToken` units: 5 minutes to 1 day once the unit is applied.
     * Updates in place.
     * @default 1 (hour)
     */
    accessTokenValidity?: pulumi.Input<number>;
    /**
     * ID token lifetime in `tokenValidityUnits.idToken` units: 5 minutes to 1 day once the unit is applied.
     * Updates in place.
     * @default 1 (hour)
     */
    idTokenValidity?: pulumi.Input<number>;
    /**
     * Units of the three token validities. Removing it restores the defaults. Updates in place.
     * @default { accessToken: "hours", idToken: "hours", refreshToken: "days" }
     */
    tokenValidityUnits?: pulumi.Input<UserPoolClientTokenValidityUnitsArgs>;
    /**
     * Identity providers for the hosted UI and OAuth: `COGNITO`, `Facebook`, `Google`, `SignInWithApple`,
     * `LoginWithAmazon`, or the name of a SAML/OIDC provider of the pool (each 1–32 characters). A set.
     * Updates in place.
     * @default - none
     */
    supportedIdentityProviders?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * `ENABLED` hides whether a user exists in authentication errors; `LEGACY` reveals it. Updates in place.
     * @default "LEGACY"
     */
    preventUserExistenceErrors?: pulumi.Input<string>;
    /** Whether refresh tokens can be revoked. Updates in place. @default true */
    enableTokenRevocation?: pulumi.Input<boolean>;
    /**
     * Whether the client passes device and session context data to threat protection. Requires a client secret
     * (`generateSecret` or `clientSecret`). Updates in place.
     * @default false
     */
    enablePropagateAdditionalUserContextData?: pulumi.Input<boolean>;
    /** Minutes a session token from the sign-in flows stays valid, 3–15. Updates in place. @default 3 */
    authSessionValidity?: pulumi.Input<number>;
    /**
     * Amazon Pinpoint analytics: `applicationArn` alone, or `applicationId` with `externalId` and `roleArn`.
     * Updates in place.
     * @default - no analytics
     */
    analyticsConfiguration?: pulumi.Input<UserPoolClientAnalyticsConfigurationArgs>;
    /**
     * Refresh token rotation: `feature` (`ENABLED`/`DISABLED`) and `retryGracePeriodSeconds` (0–60).
     * Updates in place.
     * @default - rotation disabled
     */
    refreshTokenRotation?: pulumi.Input<UserPoolClientRefreshTokenRotationArgs>;
    /**
     * AWS region of the user pool, e.g. `eu-west-1`. Replaces the client.
     * @default - the stack's `aws:region`, else the AWS SDK's own resolution (`AWS_REGION`, profile)
     */
    region?: pulumi.Input<string>;
}

/* Plain values, as the provider receives and returns them. */

export interface TokenValidityUnits {
    accessToken?: string;
    idToken?: string;
    refreshToken?: string;
}

export interface AnalyticsConfiguration {
    applicationArn?: string;
    applicationId?: string;
    externalId?: string;
    roleArn?: string;
    userDataShared?: boolean;
}

export interface RefreshTokenRotation {
    feature: string;
    retryGracePeriodSeconds?: number;
}

/** The client's own configuration as plain values: part of the provider's inputs, and (live) of its outputs. */
export interface ClientInputs {
    name?: string;
    userPoolId: string;
    explicitAuthFlows?: string[];
    allowNewAuthFlows?: boolean;
    allowedOauthFlows?: string[];
    allowedOauthFlowsUserPoolClient?: boolean;
    allowedOauthScopes?: string[];
    callbackUrls?: string[];
    defaultRedirectUri?: string;
    logoutUrls?: string[];
    readAttributes?: string[];
    writeAttributes?: string[];
    refreshTokenValidity?: number;
    accessTokenValidity?: number;
    idTokenValidity?: number;
    tokenValidityUnits?: TokenValidityUnits;
    supportedIdentityProviders?: string[];
    preventUserExistenceErrors?: string;
    enableTokenRevocation?: boolean;
    enablePropagateAdditionalUserContextData?: boolean;
    authSessionValidity?: number;
    analyticsConfiguration?: AnalyticsConfiguration;
    refreshTokenRotation?: RefreshTokenRotation;
    region?: string;
    /** Set by the resource class from the `import` resource option: adopt this `<userPoolId>/<clientId>`. */
    importId?: string;
}

/** What the provider stores in state of the client itself: the live configuration plus computed values. */
export interface ClientOutputs extends Omit<ClientInputs, "importId"> {
    name: string;
    /** The client ID (also the resource's `id`). */
    clientId: string;
    /** `REGULAR`, or `DCR` for a client an application registered through dynamic client registration. */
    clientType?: string;
    creationDate?: string;
    lastModifiedDate?: string;
}

/** The computed outputs of the client itself: never arguments, never compared. */
export const CLIENT_COMPUTED_OUTPUTS = ["clientId", "clientType", "creationDate", "lastModifiedDate"] as const satisfies readonly (keyof ClientOutputs)[];

/** The list-valued arguments; each is a set. */
export const LIST_PROPERTIES = [
    "explicitAuthFlows",
    "allowedOauthFlows",
    "allowedOauthScopes",
    "callbackUrls",
    "logoutUrls",
    "readAttributes",
    "writeAttributes",
    "supportedIdentityProviders",
] as const satisfies readonly (keyof ClientInputs)[];
export type ListProperty = (typeof LIST_PROPERTIES)[number];

/** The client's own arguments whose change forces a new client (a new client ID); settings add theirs. */
export const CLIENT_REPLACE_PROPERTIES = ["userPoolId", "region"] as const satisfies readonly (keyof ClientInputs)[];
