/**
 * The settings' parts of the public types, composed: `args.ts` joins them to the client's own arguments. Types only,
 * so that the public types never load a setting's code.
 */
import type { BrandingArgs, BrandingInputs, BrandingOutputs, BrandingResourceOutputs } from "./branding/args";
import type { CimdPoliciesArgs, CimdPoliciesInputs, CimdPoliciesOutputs, CimdPoliciesResourceOutputs } from "./cimdPolicies/args";
import type { RiskConfigurationArgs, RiskConfigurationInputs, RiskConfigurationResourceOutputs } from "./riskConfiguration/args";
import type { SecretsArgs, SecretsInputs, SecretsOutputs, SecretsResourceOutputs } from "./secrets/args";
import type { SsoSessionArgs, SsoSessionInputs, SsoSessionResourceOutputs } from "./ssoSession/args";
import type { TermsArgs, TermsInputs, TermsOutputs, TermsResourceOutputs } from "./terms/args";
import type { UiCustomizationArgs, UiCustomizationInputs, UiCustomizationOutputs, UiCustomizationResourceOutputs } from "./uiCustomization/args";

export interface SettingsArgs extends SecretsArgs, SsoSessionArgs, BrandingArgs, TermsArgs, CimdPoliciesArgs, RiskConfigurationArgs, UiCustomizationArgs {}
export interface SettingsInputs extends SecretsInputs, SsoSessionInputs, BrandingInputs, TermsInputs, CimdPoliciesInputs, RiskConfigurationInputs, UiCustomizationInputs {}
export interface SettingsOutputs extends SecretsOutputs, BrandingOutputs, TermsOutputs, CimdPoliciesOutputs, UiCustomizationOutputs {}
export interface SettingsResourceOutputs extends SecretsResourceOutputs, SsoSessionResourceOutputs, BrandingResourceOutputs, TermsResourceOutputs, CimdPoliciesResourceOutputs, RiskConfigurationResourceOutputs, UiCustomizationResourceOutputs {}

export type { UserPoolClientBrandingAssetArgs, UserPoolClientManagedLoginBrandingArgs, BrandingAsset, ManagedLoginBranding } from "./branding/args";
export type { UserPoolClientSsoSessionArgs, SsoSession } from "./ssoSession/args";
export type { UserPoolClientTermsArgs, UserPoolClientTermsDocumentArgs, Terms, TermsDocument } from "./terms/args";
export type { UserPoolClientCimdPolicyArgs, CimdPolicy } from "./cimdPolicies/args";
export type { UserPoolClientUiCustomizationArgs, UiCustomization } from "./uiCustomization/args";
export type {
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
} from "./riskConfiguration/args";
