/**
 * The one place that maps our arguments to the Cognito API and back, shared by create, update and read:
 * expand (arguments → request) and flatten (API response → outputs), plus the normal form in which two
 * configurations are compared (lists as sets, API default echoes as unset).
 */
import type { ClientSecretDescriptorType } from "@aws-sdk/client-cognito-identity-provider";
import {
    AnalyticsConfiguration,
    LIST_PROPERTIES,
    RefreshTokenRotation,
    SsoSession,
    TokenValidityUnits,
    UserPoolClientInputs,
    UserPoolClientOutputs,
} from "./args";
import {
    ANALYTICS_SERVICE_LINKED_ROLE,
    API_DEFAULTS,
    DEFAULT_AUTH_FLOWS,
    SECONDS_PER_UNIT,
    SSO_SESSION_MINUTES,
    TOKEN_VALIDITIES,
    TimeUnit,
    isUnknown,
} from "./schema";
import { SecretDescriptor, rotationKeepers, withoutSecretState } from "./settings/secrets";
import { dropUndefined } from "./json";
import { normalizeBranding } from "./settings/branding";
import { normalizeTerms } from "./settings/terms";
import type { CreateClientRequest, DescribedClient, UpdateClientRequest } from "./wireMembers";

type ClientConfig = Omit<CreateClientRequest, "UserPoolId" | "ClientName" | "GenerateSecret" | "ClientSecret" | "PublishSecretsInAWSSecretsManager">;

/** The effective units, with Cognito's defaults for any unit not given. */
export function effectiveUnits(units: TokenValidityUnits | undefined): Required<TokenValidityUnits> {
    const result = {} as Required<TokenValidityUnits>;
    const given = units && typeof units === "object" ? units : undefined;
    for (const v of TOKEN_VALIDITIES) result[v.unitKey] = given?.[v.unitKey] ?? v.defaultUnit;
    return result;
}

function expandClientConfig(inputs: UserPoolClientInputs): ClientConfig {
    return {
        ExplicitAuthFlows: inputs.explicitAuthFlows as ClientConfig["ExplicitAuthFlows"],
        AllowedOAuthFlows: inputs.allowedOauthFlows as ClientConfig["AllowedOAuthFlows"],
        AllowedOAuthFlowsUserPoolClient: inputs.allowedOauthFlowsUserPoolClient,
        AllowedOAuthScopes: inputs.allowedOauthScopes,
        CallbackURLs: inputs.callbackUrls,
        DefaultRedirectURI: inputs.defaultRedirectUri,
        LogoutURLs: inputs.logoutUrls,
        ReadAttributes: inputs.readAttributes,
        WriteAttributes: inputs.writeAttributes,
        RefreshTokenValidity: inputs.refreshTokenValidity,
        AccessTokenValidity: inputs.accessTokenValidity,
        IdTokenValidity: inputs.idTokenValidity,
        TokenValidityUnits: inputs.tokenValidityUnits && dropUndefined({
            AccessToken: inputs.tokenValidityUnits.accessToken as TimeUnit | undefined,
            IdToken: inputs.tokenValidityUnits.idToken as TimeUnit | undefined,
            RefreshToken: inputs.tokenValidityUnits.refreshToken as TimeUnit | undefined,
        }),
        SupportedIdentityProviders: inputs.supportedIdentityProviders,
        PreventUserExistenceErrors: inputs.preventUserExistenceErrors as ClientConfig["PreventUserExistenceErrors"],
        EnableTokenRevocation: inputs.enableTokenRevocation,
        EnablePropagateAdditionalUserContextData: inputs.enablePropagateAdditionalUserContextData,
        AuthSessionValidity: inputs.authSessionValidity,
        AnalyticsConfiguration: inputs.analyticsConfiguration && dropUndefined({
            ApplicationArn: inputs.analyticsConfiguration.applicationArn,
            ApplicationId: inputs.analyticsConfiguration.applicationId,
            ExternalId: inputs.analyticsConfiguration.externalId,
            RoleArn: inputs.analyticsConfiguration.roleArn,
            UserDataShared: inputs.analyticsConfiguration.userDataShared,
        }),
        RefreshTokenRotation: inputs.refreshTokenRotation && dropUndefined({
            Feature: inputs.refreshTokenRotation.feature as "ENABLED" | "DISABLED",
            RetryGracePeriodSeconds: inputs.refreshTokenRotation.retryGracePeriodSeconds,
        }),
    };
}

/** The CreateUserPoolClient request: only what the program sets; Cognito applies its defaults to the rest. */
export function expandCreateInput(inputs: UserPoolClientInputs): CreateClientRequest {
    return dropUndefined({
        UserPoolId: inputs.userPoolId,
        ClientName: inputs.name,
        GenerateSecret: inputs.generateSecret,
        ClientSecret: inputs.clientSecret,
        PublishSecretsInAWSSecretsManager: inputs.publishSecretsInAwsSecretsManager,
        ...expandClientConfig(inputs),
    });
}

/**
 * The UpdateUserPoolClient request. The real API resets every member it is not sent to its default, so the
 * request carries the whole desired configuration, and states explicitly what "unset" means where an explicit
 * value is exact: empty lists for URLs, scopes, flows and providers; the default units, booleans, session
 * validity and rotation. Read/write attributes, the default redirect URI and analytics are omitted when unset,
 * which the API resets to the pool default / none.
 */
export function expandUpdateInput(clientId: string, inputs: UserPoolClientInputs): UpdateClientRequest {
    const config = expandClientConfig(inputs);
    const units = effectiveUnits(inputs.tokenValidityUnits);
    return dropUndefined({
        UserPoolId: inputs.userPoolId,
        ClientId: clientId,
        ClientName: inputs.name,
        ...config,
        // Unset flows are sent as the defaults, except under refresh-token rotation, which cannot be combined with
        // ALLOW_REFRESH_TOKEN_AUTH: there they are omitted, which the API resets to unset.
        ExplicitAuthFlows: config.ExplicitAuthFlows?.length || config.RefreshTokenRotation?.Feature === "ENABLED" ? config.ExplicitAuthFlows : ([...DEFAULT_AUTH_FLOWS] as ClientConfig["ExplicitAuthFlows"]),
        AllowedOAuthFlows: config.AllowedOAuthFlows ?? [],
        AllowedOAuthScopes: config.AllowedOAuthScopes ?? [],
        CallbackURLs: config.CallbackURLs ?? [],
        LogoutURLs: config.LogoutURLs ?? [],
        SupportedIdentityProviders: config.SupportedIdentityProviders ?? [],
        AllowedOAuthFlowsUserPoolClient: config.AllowedOAuthFlowsUserPoolClient ?? API_DEFAULTS.allowedOauthFlowsUserPoolClient,
        EnableTokenRevocation: config.EnableTokenRevocation ?? API_DEFAULTS.enableTokenRevocation,
        EnablePropagateAdditionalUserContextData:
            config.EnablePropagateAdditionalUserContextData ?? API_DEFAULTS.enablePropagateAdditionalUserContextData,
        AuthSessionValidity: config.AuthSessionValidity ?? API_DEFAULTS.authSessionValidity,
        PreventUserExistenceErrors: config.PreventUserExistenceErrors ?? API_DEFAULTS.preventUserExistenceErrors,
        TokenValidityUnits: { AccessToken: units.accessToken, IdToken: units.idToken, RefreshToken: units.refreshToken } as ClientConfig["TokenValidityUnits"],
        AccessTokenValidity: config.AccessTokenValidity ?? defaultValidityIn("accessTokenValidity", units.accessToken),
        IdTokenValidity: config.IdTokenValidity ?? defaultValidityIn("idTokenValidity", units.idToken),
        // Unset is the number Cognito stores for it, read in the refresh unit, as on create.
        RefreshTokenValidity: config.RefreshTokenValidity || TOKEN_VALIDITIES[2].unsetValue,
        RefreshTokenRotation: config.RefreshTokenRotation ?? { Feature: "DISABLED" },
        // Stated every time, so the client ends as the program says (omitted, Cognito keeps what it has); only a
        // generated secret can be published.
        PublishSecretsInAWSSecretsManager: inputs.generateSecret === true ? inputs.publishSecretsInAwsSecretsManager === true : undefined,
    });
}

/** A validity's default duration expressed in `unit`, or undefined when it is not a whole number of that unit. */
function defaultValidityIn(property: (typeof TOKEN_VALIDITIES)[number]["property"], unit: string): number | undefined {
    const spec = TOKEN_VALIDITIES.find((v) => v.property === property)!;
    const perUnit = SECONDS_PER_UNIT[unit as TimeUnit];
    return perUnit && spec.defaultSeconds % perUnit === 0 ? spec.defaultSeconds / perUnit : undefined;
}

/** Context the API does not return, carried from the program or the previous state. */
export interface FlattenContext {
    region?: string;
    generateSecret?: boolean;
}

/** The outputs for a client as Cognito describes it. Unset stays absent; empty lists become absent. */
export function flattenUserPoolClient(client: DescribedClient, context: FlattenContext): UserPoolClientOutputs {
    const units = client.TokenValidityUnits;
    const analytics = client.AnalyticsConfiguration;
    const rotation = client.RefreshTokenRotation;
    return dropUndefined({
        clientId: client.ClientId!,
        name: client.ClientName!,
        userPoolId: client.UserPoolId!,
        region: context.region,
        generateSecret: context.generateSecret,
        clientSecret: client.ClientSecret,
        // Describe does not return the flag: a secret in Secrets Manager is the sign of it.
        publishSecretsInAwsSecretsManager: client.ClientSecretArn !== undefined ? true : undefined,
        clientSecretArn: client.ClientSecretArn,
        clientType: client.ClientType,
        explicitAuthFlows: nonEmpty(client.ExplicitAuthFlows),
        allowedOauthFlows: nonEmpty(client.AllowedOAuthFlows),
        allowedOauthFlowsUserPoolClient: client.AllowedOAuthFlowsUserPoolClient,
        allowedOauthScopes: nonEmpty(client.AllowedOAuthScopes),
        callbackUrls: nonEmpty(client.CallbackURLs),
        defaultRedirectUri: client.DefaultRedirectURI,
        logoutUrls: nonEmpty(client.LogoutURLs),
        readAttributes: nonEmpty(client.ReadAttributes),
        writeAttributes: nonEmpty(client.WriteAttributes),
        refreshTokenValidity: client.RefreshTokenValidity,
        accessTokenValidity: client.AccessTokenValidity,
        idTokenValidity: client.IdTokenValidity,
        // Cognito returns `{}` for units never set.
        tokenValidityUnits: nonEmptyObject(units && dropUndefined({ accessToken: units.AccessToken, idToken: units.IdToken, refreshToken: units.RefreshToken })),
        supportedIdentityProviders: nonEmpty(client.SupportedIdentityProviders),
        preventUserExistenceErrors: client.PreventUserExistenceErrors,
        enableTokenRevocation: client.EnableTokenRevocation,
        enablePropagateAdditionalUserContextData: client.EnablePropagateAdditionalUserContextData,
        authSessionValidity: client.AuthSessionValidity,
        analyticsConfiguration: analytics && dropUndefined({
            applicationArn: analytics.ApplicationArn,
            applicationId: analytics.ApplicationId,
            externalId: analytics.ExternalId,
            roleArn: analytics.RoleArn,
            userDataShared: analytics.UserDataShared,
        }),
        refreshTokenRotation: rotation && dropUndefined({ feature: rotation.Feature!, retryGracePeriodSeconds: rotation.RetryGracePeriodSeconds }),
        creationDate: isoDate(client.CreationDate),
        lastModifiedDate: isoDate(client.LastModifiedDate),
    });
}

/** The configuration arguments recoverable from a flattened client, e.g. as the inputs of an adopted client. */
export function inputsFromOutputs(outputs: UserPoolClientOutputs): UserPoolClientInputs {
    const { clientId: _clientId, creationDate: _created, lastModifiedDate: _modified, clientSecretArn: _arn, clientType: _type, termsOfUseId: _tou, privacyPolicyId: _pp, managedLoginBrandingId: _mlb, clientSecret, generateSecret, ...rest } = outputs;
    const config = withoutSecretState(rest);
    // Outputs keep asset digests, not images: a style with assets is declared by the program with its files.
    if (config.managedLoginBranding?.assets?.length) delete config.managedLoginBranding;
    // A secret the program did not set (generated) is not an input.
    return dropUndefined({ ...config, generateSecret, clientSecret: generateSecret ? undefined : clientSecret }) as UserPoolClientInputs;
}

/*
 * Normal form for comparison. Two configurations that Cognito treats alike normalise to deep-equal values:
 * lists are sorted sets with duplicates and emptiness removed; values equal to the API default are unset;
 * token validities are compared as durations in seconds (an unset refresh validity is 30 of its unit), and their
 * units as Cognito stores them, with the default units filled in ({} ≡ { hours, hours, days }).
 */

export type NormalizedConfig = Record<string, unknown>;

export function normalizeForComparison(config: Partial<UserPoolClientInputs>): NormalizedConfig {
    const units = effectiveUnits(config.tokenValidityUnits);
    const normal: NormalizedConfig = {
        name: config.name,
        userPoolId: config.userPoolId,
        region: config.region,
        generateSecret: config.generateSecret === true ? true : undefined,
        clientSecret: config.clientSecret,
        defaultRedirectUri: config.defaultRedirectUri,
        rotateSecretWhenChanged: rotationKeepers(config),
        keepPreviousSecret: config.keepPreviousSecret === false ? false : undefined,
        publishSecretsInAwsSecretsManager: config.publishSecretsInAwsSecretsManager === false ? undefined : config.publishSecretsInAwsSecretsManager,
        tokenValidityUnits: isUnknown(config.tokenValidityUnits) ? config.tokenValidityUnits : nonDefaultUnits(units),
        ssoSession: normalizeSsoSession(config.ssoSession),
        terms: normalizeTerms(config.terms),
        managedLoginBranding: normalizeBranding(config.managedLoginBranding),
        analyticsConfiguration: normalizeAnalytics(config.analyticsConfiguration),
        refreshTokenRotation: normalizeRotation(config.refreshTokenRotation),
    };
    for (const key of LIST_PROPERTIES) normal[key] = normalizeSet(config[key]);
    if (sameSet(normal.explicitAuthFlows as string[] | undefined, DEFAULT_AUTH_FLOWS)) normal.explicitAuthFlows = undefined;
    for (const [key, defaultValue] of Object.entries(API_DEFAULTS)) {
        const value = config[key as keyof typeof API_DEFAULTS];
        normal[key] = value === defaultValue ? undefined : value;
    }
    for (const v of TOKEN_VALIDITIES) {
        const value = config[v.property];
        const perUnit = SECONDS_PER_UNIT[units[v.unitKey] as TimeUnit] ?? NaN;
        const unset = value === undefined || value === 0;
        const seconds = unset ? (v.unsetValue === undefined ? v.defaultSeconds : v.unsetValue * perUnit) : value * perUnit;
        normal[v.property] = seconds === v.defaultSeconds ? undefined : seconds;
    }
    // Values not known until apply (preview) stay visible as unknown, so the diff counts them as changed.
    for (const [key, value] of Object.entries(config)) if (isUnknown(value)) normal[key] = value;
    return normal;
}

/** The units, with defaults filled in, or undefined when they are the defaults. */
function nonDefaultUnits(units: Required<TokenValidityUnits>): Required<TokenValidityUnits> | undefined {
    return TOKEN_VALIDITIES.every((v) => units[v.unitKey] === v.defaultUnit) ? undefined : units;
}

function normalizeAnalytics(a: AnalyticsConfiguration | undefined): AnalyticsConfiguration | undefined {
    if (!a) return undefined;
    const normal = dropUndefined({
        ...a,
        userDataShared: a.userDataShared === true || isUnknown(a.userDataShared) ? a.userDataShared : undefined,
        roleArn: a.applicationArn && a.roleArn && ANALYTICS_SERVICE_LINKED_ROLE.test(a.roleArn) ? undefined : a.roleArn,
    });
    return Object.keys(normal).length ? normal : undefined;
}

/** The SSO session setting in its normal form: unset and Cognito's default are the same. */
function normalizeSsoSession(ssoSession: SsoSession | undefined): SsoSession | undefined {
    if (ssoSession === undefined || isUnknown(ssoSession) || isUnknown(ssoSession.maxValidityMinutes)) return ssoSession;
    return ssoSession.maxValidityMinutes === SSO_SESSION_MINUTES.default ? undefined : { maxValidityMinutes: ssoSession.maxValidityMinutes };
}

function normalizeRotation(r: RefreshTokenRotation | undefined): RefreshTokenRotation | undefined {
    if (!r || r.feature === "DISABLED") return undefined;
    return { feature: r.feature, retryGracePeriodSeconds: r.retryGracePeriodSeconds ?? 0 };
}

export function normalizeSet(list: readonly string[] | undefined): string[] | undefined {
    if (!Array.isArray(list) || list.length === 0) return undefined;
    return [...new Set(list)].sort();
}

function sameSet(a: readonly string[] | undefined, b: readonly string[]): boolean {
    const na = normalizeSet(a);
    const nb = normalizeSet(b);
    return !!na && !!nb && na.length === nb.length && na.every((x, i) => x === nb[i]);
}

function nonEmptyObject<T extends object>(value: T | undefined): T | undefined {
    return value && Object.keys(value).length ? value : undefined;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
    return list && list.length ? list : undefined;
}

/** One of a client's secrets as Cognito describes it (AddUserPoolClientSecret, ListUserPoolClientSecrets). */
export function flattenSecretDescriptor(d: ClientSecretDescriptorType): SecretDescriptor {
    return dropUndefined({ id: d.ClientSecretId!, createDate: isoDate(d.ClientSecretCreateDate), value: d.ClientSecretValue });
}

function isoDate(d: Date | string | number | undefined): string | undefined {
    if (d === undefined) return undefined;
    const date = d instanceof Date ? d : new Date(typeof d === "number" ? d * 1000 : d);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
