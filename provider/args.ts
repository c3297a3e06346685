/**
 * The public types of a UserPoolClient: the client's own arguments (`clientArgs.ts`) joined with each per-client
 * setting's part (`settings/types.ts`), named exactly as `aws.cognito.UserPoolClientArgs` in `@pulumi/aws` 7.x.
 */
import type { ClientArgs, ClientInputs, ClientOutputs } from "./clientArgs";
import { CLIENT_REPLACE_PROPERTIES } from "./clientArgs";
import type { SettingsArgs, SettingsInputs, SettingsOutputs } from "./settings/types";
import { SETTING_REPLACE_PROPERTIES } from "./settings";

export type {
    UserPoolClientAnalyticsConfigurationArgs,
    UserPoolClientRefreshTokenRotationArgs,
    UserPoolClientTokenValidityUnitsArgs,
    AnalyticsConfiguration,
    RefreshTokenRotation,
    TokenValidityUnits,
} from "./clientArgs";
export { LIST_PROPERTIES } from "./clientArgs";
export type { ListProperty } from "./clientArgs";
export type {
    UserPoolClientBrandingAssetArgs,
    UserPoolClientCimdPolicyArgs,
    UserPoolClientManagedLoginBrandingArgs,
    UserPoolClientSsoSessionArgs,
    UserPoolClientTermsArgs,
    UserPoolClientTermsDocumentArgs,
    UserPoolClientUiCustomizationArgs,
    BrandingAsset,
    CimdPolicy,
    ManagedLoginBranding,
    SsoSession,
    Terms,
    TermsDocument,
    UiCustomization,
    UserPoolClientRiskConfigurationArgs,
    UserPoolClientAccountTakeoverRiskConfigurationArgs,
    UserPoolClientAccountTakeoverActionsArgs,
    UserPoolClientAccountTakeoverActionArgs,
    UserPoolClientNotifyConfigurationArgs,
    UserPoolClientNotifyEmailArgs,
    UserPoolClientCompromisedCredentialsRiskConfigurationArgs,
    UserPoolClientCompromisedCredentialsActionsArgs,
    UserPoolClientRiskExceptionConfigurationArgs,
    RiskConfiguration,
    AccountTakeoverRiskConfiguration,
    AccountTakeoverAction,
    NotifyConfiguration,
    NotifyEmail,
    CompromisedCredentialsRiskConfiguration,
    RiskExceptionConfiguration,
} from "./settings/types";

/** The arguments of a UserPoolClient. */
export interface UserPoolClientArgs extends ClientArgs, SettingsArgs {}

/** The client's configuration as plain values: the provider's inputs, and (live) part of its outputs. */
export interface UserPoolClientInputs extends ClientInputs, SettingsInputs {}

/** What the provider stores in state: the live configuration plus computed values. */
export interface UserPoolClientOutputs extends ClientOutputs, SettingsInputs, SettingsOutputs {}

/**
 * Arguments whose change forces a new client (a new client ID). `clientSecret` only when a custom secret is added or
 * removed: a new value for it rotates the secret in place (see `settings/secrets/`).
 */
export const REPLACE_PROPERTIES: readonly (keyof UserPoolClientInputs)[] = [...CLIENT_REPLACE_PROPERTIES, ...SETTING_REPLACE_PROPERTIES] as (keyof UserPoolClientInputs)[];
