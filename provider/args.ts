import type * as pulumi from "@pulumi/pulumi";

/*
 * The arguments of a UserPoolClient, named exactly as `aws.cognito.UserPoolClientArgs` in `@pulumi/aws` 7.x.
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

export interface UserPoolClientSsoSessionArgs {
    /**
     * Minutes managed login may reuse a user's SSO session for this client without asking them to sign in again,
     * 0–129600 (90 days); 0 means always re-authenticate. Cognito's default is 60.
     */
    maxValidityMinutes: pulumi.Input<number>;
}

export interface UserPoolClientBrandingAssetArgs {
    /**
     * Where the image goes: `FAVICON_ICO`, `FAVICON_SVG`, `EMAIL_GRAPHIC`, `SMS_GRAPHIC`, `AUTH_APP_GRAPHIC`,
     * `PASSWORD_GRAPHIC`, `PASSKEY_GRAPHIC`, `PAGE_HEADER_LOGO`, `PAGE_HEADER_BACKGROUND`, `PAGE_FOOTER_LOGO`,
     * `PAGE_FOOTER_BACKGROUND`, `PAGE_BACKGROUND`, `FORM_BACKGROUND`, `FORM_LOGO`, `IDP_BUTTON_ICON`.
     */
    category: pulumi.Input<string>;
    /** `LIGHT`, `DARK` or `DYNAMIC` (browser-adaptive). One asset per category and colour mode. */
    colorMode: pulumi.Input<string>;
    /** `ICO`, `JPEG`, `PNG`, `SVG` or `WEBP`. */
    extension: pulumi.Input<string>;
    /** The image, base64: `fs.readFileSync("logo.png").toString("base64")`; at most 1,000,000 bytes decoded. */
    bytes: pulumi.Input<string>;
    /** An ID for the asset, 1–40 letters, digits, `_`, `-` and spaces. */
    resourceId?: pulumi.Input<string>;
}

export interface UserPoolClientManagedLoginBrandingArgs {
    /** `true`: Cognito's default style, with neither `settings` nor `assets`. */
    useCognitoProvidedValues?: pulumi.Input<boolean>;
    /** The style's settings, a JSON object as the branding editor exports it. */
    settings?: pulumi.Input<Record<string, unknown>>;
    /** Image assets, at most 40. */
    assets?: pulumi.Input<pulumi.Input<UserPoolClientBrandingAssetArgs>[]>;
}

export interface UserPoolClientTermsDocumentArgs {
    /**
     * The document's URL for each language, 1–13 of them: `default` (shown for every language without its own),
     * `dutch`, `english`, `french`, `spanish`, `german`, `bahasaIndonesia`, `italian`, `japanese`, `korean`,
     * `portugueseBrazil`, `chineseSimplified`, `chineseTraditional`. Each URL 1–1024 characters, no whitespace.
     */
    links: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** How Cognito enforces the document: `NONE`, the only value it has today. @default "NONE" */
    enforcement?: pulumi.Input<string>;
}

export interface UserPoolClientTermsArgs {
    /** The terms of use (`terms-of-use`). */
    termsOfUse?: pulumi.Input<UserPoolClientTermsDocumentArgs>;
    /** The privacy policy (`privacy-policy`). */
    privacyPolicy?: pulumi.Input<UserPoolClientTermsDocumentArgs>;
}

export interface UserPoolClientArgs {
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
     * Whether Cognito generates a client secret. Create only: replaces the client.
     * The secret is available as the `clientSecret` output, always a Pulumi secret.
     * @default false
     */
    generateSecret?: pulumi.Input<boolean>;
    /**
     * A client secret of your own: 24–64 characters of letters, digits, `_` and `+`. Pass it as a Pulumi secret.
     * Cannot be combined with `generateSecret: true`. Changing it to another value rotates the secret in place
     * (see `rotateSecretWhenChanged`); adding or removing it replaces the client.
     * @default - no custom secret
     */
    clientSecret?: pulumi.Input<string>;
    /**
     * Rotates the generated secret in place, without a new client ID, whenever any value of this map changes
     * (like `keepers` of Pulumi's random provider): `pulumi up` adds a new secret, which becomes `clientSecret`,
     * and the one it replaces stays valid as `previousClientSecret` until the next rotation. Use any strings,
     * e.g. `{ rotation: "2026-11" }`. Setting it for the first time records it and rotates nothing; so does
     * removing it. Requires `generateSecret: true`; to rotate a custom secret, change `clientSecret`.
     * Updates in place.
     * @default - no rotation
     */
    rotateSecretWhenChanged?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /**
     * Whether the secret a rotation replaced stays valid, as `previousClientSecret`, until the next rotation
     * (Cognito holds at most two secrets). Set it to `false` to retire the previous secret at the next
     * `pulumi up`, e.g. after a leak; while it is `false`, a rotation deletes the replaced secret right after
     * adding the new one. Only for clients with a secret. Updates in place.
     * @default true
     */
    keepPreviousSecret?: pulumi.Input<boolean>;
    /**
     * Whether Cognito keeps the generated secret in AWS Secrets Manager instead of returning it: the client's
     * `clientSecretArn` output names the secret, whose `SecretString` is the JSON
     * `{ userPoolId, userPoolClientId, clientSecretValue }`, and `clientSecret` stays empty, so no secret value is
     * in the state at all. Cognito rotates the secret at once and then every 7 days (change the schedule in Secrets
     * Manager), so it cannot be combined with `rotateSecretWhenChanged` or `keepPreviousSecret`. Requires
     * `generateSecret: true`. Needs Secrets Manager permissions (README, "Secrets in AWS Secrets Manager").
     * Updates in place: turning it off makes `clientSecret` available again.
     * @default false
     */
    publishSecretsInAwsSecretsManager?: pulumi.Input<boolean>;
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
     * How long managed login may silently reuse a user's SSO session for this client (`SSOSession` of
     * `SetUserPoolClientSessionConfiguration`): `maxValidityMinutes` 0–129600, 0 meaning always re-authenticate.
     * The user pool must be in the Essentials or Plus tier and have session tracking enabled. Removing it restores
     * Cognito's default of 60 minutes. Unset, the client makes no session-configuration call at all.
     * Updates in place.
     * @default - Cognito's default, 60 minutes
     */
    ssoSession?: pulumi.Input<UserPoolClientSsoSessionArgs>;
    /**
     * The client's managed login branding style: `{ useCognitoProvidedValues: true }` for Cognito's default style,
     * or `{ settings, assets }`. A client made through the API has no style, and with a managed login domain its
     * sign-in pages stay unavailable until it has one. Made after the client, changed in place, deleted when
     * removed, read only for clients that have one; settings compare as JSON values. The pool needs the Essentials
     * or Plus tier. Assets are kept in state as SHA-256 digests, not as images. Unset, no branding call is made.
     * Updates in place.
     * @default - no style
     */
    managedLoginBranding?: pulumi.Input<UserPoolClientManagedLoginBrandingArgs>;
    /**
     * Links to the terms of use and the privacy policy that managed login shows on the client's sign-up page
     * (`CreateTerms`; Cognito keeps one document of each kind per client). Cognito shows them only when both kinds
     * exist in at least one language, so giving one alone draws a warning. Removing a document deletes it.
     * Unset, the client makes no terms call at all. Updates in place.
     * @default - no terms documents
     */
    terms?: pulumi.Input<UserPoolClientTermsArgs>;
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

export interface SsoSession {
    maxValidityMinutes: number;
}

export interface BrandingAsset {
    category: string;
    colorMode: string;
    extension: string;
    /** Base64 bytes: in the program's arguments. */
    bytes?: string;
    /** Hex SHA-256 of the bytes: in the outputs, which keep no images. */
    sha256?: string;
    resourceId?: string;
}

export interface ManagedLoginBranding {
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets?: BrandingAsset[];
}

export interface TermsDocument {
    links: Record<string, string>;
    enforcement?: string;
}

export interface Terms {
    termsOfUse?: TermsDocument;
    privacyPolicy?: TermsDocument;
}

/** The client's configuration as plain values: the provider's inputs, and (live) part of its outputs. */
export interface UserPoolClientInputs {
    name?: string;
    userPoolId: string;
    generateSecret?: boolean;
    clientSecret?: string;
    rotateSecretWhenChanged?: Record<string, string>;
    keepPreviousSecret?: boolean;
    publishSecretsInAwsSecretsManager?: boolean;
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
    ssoSession?: SsoSession;
    managedLoginBranding?: ManagedLoginBranding;
    terms?: Terms;
    region?: string;
    /** Set by the resource class from the `import` resource option: adopt this `<userPoolId>/<clientId>`. */
    importId?: string;
}

/** What the provider stores in state: the live configuration plus computed values. */
export interface UserPoolClientOutputs extends Omit<UserPoolClientInputs, "importId"> {
    name: string;
    /** The client ID (also the resource's `id`). */
    clientId: string;
    /** The Secrets Manager secret that holds the client secret, when Cognito publishes it there. */
    clientSecretArn?: string;
    /** `REGULAR`, or `DCR` for a client an application registered through dynamic client registration. */
    clientType?: string;
    /** Cognito's ID of the branding style. */
    managedLoginBrandingId?: string;
    /** Cognito's IDs of the terms documents. */
    termsOfUseId?: string;
    privacyPolicyId?: string;
    creationDate?: string;
    lastModifiedDate?: string;
    /** The secret before the newest one, while it is still valid (after a rotation). */
    previousClientSecret?: string;
    /** Cognito's IDs and creation dates of the two secrets; known once the client has rotated its secret. */
    clientSecretId?: string;
    clientSecretCreateDate?: string;
    previousClientSecretId?: string;
    previousClientSecretCreateDate?: string;
}

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
] as const satisfies readonly (keyof UserPoolClientInputs)[];
export type ListProperty = (typeof LIST_PROPERTIES)[number];

/**
 * Arguments whose change forces a new client (a new client ID). `clientSecret` only when a custom secret is added or
 * removed: a new value for it rotates the secret in place (see `secrets.ts`).
 */
export const REPLACE_PROPERTIES = ["userPoolId", "generateSecret", "clientSecret", "region"] as const satisfies readonly (keyof UserPoolClientInputs)[];
