/**
 * State entries as `@pulumi/aws` 7.x writes them for `aws.cognito.UserPoolClient`, for the migrate test (the
 * provider plugin cannot be downloaded here). Shapes from @pulumi/aws 7.48's own types
 * (`cognito/userPoolClient.d.ts`: every argument is also an output) and Pulumi's checkpoint format (a resource:
 * urn, custom, id, type, inputs, outputs, parent, provider `<provider URN>::<provider ID>`). The bridged provider
 * records Terraform's empty values for unset arguments (`""`, `[]`, `0`) and the secret as a secret value.
 */
import type { UserPoolClientType } from "@aws-sdk/client-cognito-identity-provider";

/** A secret in a checkpoint that `pulumi stack import` encrypts (the form `pulumi stack export --show-secrets` writes). */
const secret = (value: string) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify(value) });

/** The stack's default aws provider, as the engine records it for @pulumi/aws 7.48.0. */
export function awsProviderEntry(stackUrn: string, region: string) {
    const urn = stackUrn.replace(/::pulumi:pulumi:Stack::.*$/, "::pulumi:providers:aws::default_7_48_0");
    return {
        ref: `${urn}::04da6b54-80e4-46f7-96ec-b56ff0331ba9`,
        resource: { urn, custom: true, id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", type: "pulumi:providers:aws", inputs: { region, version: "7.48.0" }, outputs: { region, version: "7.48.0" }, parent: stackUrn },
    };
}

/** An aws.cognito.UserPoolClient entry for a client as Cognito describes it. */
export function awsClientEntry(stackUrn: string, name: string, client: UserPoolClientType, provider: string, region: string, options: { protect?: boolean } = {}) {
    const urn = stackUrn.replace(/::pulumi:pulumi:Stack::.*$/, `::aws:cognito/userPoolClient:UserPoolClient::${name}`);
    const units = client.TokenValidityUnits ?? {};
    const state: Record<string, unknown> = {
        accessTokenValidity: client.AccessTokenValidity ?? 0,
        allowedOauthFlows: client.AllowedOAuthFlows ?? [],
        allowedOauthFlowsUserPoolClient: client.AllowedOAuthFlowsUserPoolClient ?? false,
        allowedOauthScopes: client.AllowedOAuthScopes ?? [],
        authSessionValidity: client.AuthSessionValidity ?? 3,
        callbackUrls: client.CallbackURLs ?? [],
        defaultRedirectUri: client.DefaultRedirectURI ?? "",
        enablePropagateAdditionalUserContextData: client.EnablePropagateAdditionalUserContextData ?? false,
        enableTokenRevocation: client.EnableTokenRevocation ?? true,
        explicitAuthFlows: client.ExplicitAuthFlows ?? [],
        generateSecret: client.ClientSecret !== undefined,
        idTokenValidity: client.IdTokenValidity ?? 0,
        logoutUrls: client.LogoutURLs ?? [],
        name: client.ClientName,
        preventUserExistenceErrors: client.PreventUserExistenceErrors ?? "",
        readAttributes: client.ReadAttributes ?? [],
        refreshTokenValidity: client.RefreshTokenValidity ?? 30,
        region,
        supportedIdentityProviders: client.SupportedIdentityProviders ?? [],
        // Unset units are absent (the bridge hides the defaults), set ones an object of all three.
        ...(Object.keys(units).length ? { tokenValidityUnits: { accessToken: units.AccessToken ?? "hours", idToken: units.IdToken ?? "hours", refreshToken: units.RefreshToken ?? "days" } } : {}),
        userPoolId: client.UserPoolId,
        writeAttributes: client.WriteAttributes ?? [],
        // Nested blocks (MaxItems 1) as objects, absent when unset.
        ...(client.RefreshTokenRotation ? { refreshTokenRotation: { feature: client.RefreshTokenRotation.Feature, retryGracePeriodSeconds: client.RefreshTokenRotation.RetryGracePeriodSeconds ?? 0 } } : {}),
        ...(client.AnalyticsConfiguration ? {
            analyticsConfiguration: {
                applicationArn: client.AnalyticsConfiguration.ApplicationArn ?? "", applicationId: client.AnalyticsConfiguration.ApplicationId ?? "",
                externalId: client.AnalyticsConfiguration.ExternalId ?? "", roleArn: client.AnalyticsConfiguration.RoleArn ?? "", userDataShared: client.AnalyticsConfiguration.UserDataShared ?? false,
            },
        } : {}),
    };
    const inputs: Record<string, unknown> = { __defaults: [], name: client.ClientName, userPoolId: client.UserPoolId, generateSecret: state.generateSecret };
    return {
        urn, custom: true, id: client.ClientId, type: "aws:cognito/userPoolClient:UserPoolClient",
        inputs,
        outputs: { ...state, id: client.ClientId, ...(client.ClientSecret !== undefined ? { clientSecret: secret(client.ClientSecret) } : {}) },
        parent: stackUrn, provider, ...(options.protect ? { protect: true } : {}),
    };
}
