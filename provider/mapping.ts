/**
 * The one place that maps our arguments to the Cognito API and back, shared by create, update and read:
 * expand (arguments → request) and flatten (API response → outputs), plus the normal form in which two
 * configurations are compared (lists as sets, API default echoes as unset). The client's own members are mapped
 * here; each setting maps the request members it owns and gives the normal form of its arguments.
 */
import type { UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { AnalyticsConfiguration, CLIENT_COMPUTED_OUTPUTS, LIST_PROPERTIES, RefreshTokenRotation, TokenValidityUnits } from "./clientArgs";
import { dropUndefined, isoDate } from "./json";
import { ANALYTICS_SERVICE_LINKED_ROLE, API_DEFAULTS, DEFAULT_AUTH_FLOWS, SECONDS_PER_UNIT, TOKEN_VALIDITIES, TimeUnit, isUnknown } from "./schema";
import { CLIENT_SETTINGS, SETTING_ARGUMENTS, SETTING_COMPUTED_OUTPUTS } from "./settings";
import type { CreateClientRequest, DescribedClient, UpdateClientRequest } from "./wireMembers";

type ClientConfig = Omit<CreateClientRequest, "UserPoolId" | "ClientName">;

/** The members every setting sets in a request, merged. */
function settingMembers<R>(expand: (setting: (typeof CLIENT_SETTINGS)[number]) => Partial<R> | undefined): Partial<R> {
    return Object.assign({}, ...CLIENT_SETTINGS.map((setting) => expand(setting) ?? {}));
}

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
        ...settingMembers<CreateClientRequest>((setting) => setting.expandCreate?.(inputs)),
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
        ...settingMembers<UpdateClientRequest>((setting) => setting.expandUpdate?.(inputs)),
    });
}

/** A validity's default duration expressed in `unit`, or undefined when it is not a whole number of that unit. */
function defaultValidityIn(property: (typeof TOKEN_VALIDITIES)[number]["property"], unit: string): number | undefined {
    const spec = TOKEN_VALIDITIES.find((v) => v.property === property)!;
    const perUnit = SECONDS_PER_UNIT[unit as TimeUnit];
    return perUnit && spec.defaultSeconds % perUnit === 0 ? spec.defaultSeconds / perUnit : undefined;
}

/**
 * Context the API does not return, carried from the program's arguments or the stored outputs: the region, and the
 * values a setting carries (e.g. whether a secret was generated).
 */
export type FlattenContext = Partial<UserPoolClientInputs>;

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
        ...settingMembers<UserPoolClientOutputs>((setting) => setting.flatten?.(client, context) as Partial<UserPoolClientOutputs>),
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
    const left = new Set<string>([...CLIENT_COMPUTED_OUTPUTS, ...SETTING_COMPUTED_OUTPUTS, ...SETTING_ARGUMENTS]);
    const own = Object.fromEntries(Object.entries(outputs).filter(([key]) => !left.has(key)));
    const settings = CLIENT_SETTINGS.map((setting) =>
        setting.adoptedInputs ? setting.adoptedInputs(outputs) : Object.fromEntries(Object.keys(setting.rules).map((key) => [key, (outputs as unknown as Record<string, unknown>)[key]])),
    );
    return dropUndefined(Object.assign(own, ...settings)) as UserPoolClientInputs;
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
        defaultRedirectUri: config.defaultRedirectUri,
        tokenValidityUnits: isUnknown(config.tokenValidityUnits) ? config.tokenValidityUnits : nonDefaultUnits(units),
        analyticsConfiguration: normalizeAnalytics(config.analyticsConfiguration),
        refreshTokenRotation: normalizeRotation(config.refreshTokenRotation),
        ...Object.assign({}, ...CLIENT_SETTINGS.map((setting) => setting.normalize(config))),
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

/** Cognito client names allow ASCII letters, digits, whitespace and `_+=,.@-`, at most 128 characters. */
export function clientNameFromResourceName(resourceName: string): string {
    return resourceName.replace(/[^\w\x20\t\n\v\f\r+=,.@-]/g, "-").slice(0, 128) || "client";
}
