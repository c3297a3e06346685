/**
 * The client's threat protection arguments and outputs; `UserPoolClientArgs` is composed from this part and the
 * others. Member names are those of `aws.cognito.RiskConfiguration` in `@pulumi/aws`, so its blocks move into the
 * client unchanged.
 Changing it updates in place. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientAccountTakeoverActionArgs {
    /** What Cognito does at this risk level: `BLOCK`, `MFA_IF_CONFIGURED`, `MFA_REQUIRED` or `NO_ACTION`. Required. Changing it updates in place. */
    eventAction: pulumi.Input<string>;
    /** Whether Cognito emails the user about the event; `true` needs `notifyConfiguration`. Required. Changing it updates in place. */
    notify: pulumi.Input<boolean>;
}

export interface UserPoolClientAccountTakeoverActionsArgs {
    /** The action at low risk. Changing it updates in place. @default - none set for this level */
    lowAction?: pulumi.Input<UserPoolClientAccountTakeoverActionArgs>;
    /** The action at medium risk. Changing it updates in place. @default - none set for this level */
    mediumAction?: pulumi.Input<UserPoolClientAccountTakeoverActionArgs>;
    /** The action at high risk. Changing it updates in place. @default - none set for this level */
    highAction?: pulumi.Input<UserPoolClientAccountTakeoverActionArgs>;
}

export interface UserPoolClientNotifyEmailArgs {
    /** The email's subject: 1–140 letters, marks, symbols, digits, punctuation or whitespace. Required. Changing it updates in place. */
    subject: pulumi.Input<string>;
    /** The email's HTML body: 6–20000 characters of the same kinds. Changing it updates in place. @default - Cognito's message */
    htmlBody?: pulumi.Input<string>;
    /** The email's text body: 6–20000 characters of the same kinds. Changing it updates in place. @default - Cognito's message */
    textBody?: pulumi.Input<string>;
}

export interface UserPoolClientNotifyConfigurationArgs {
    /** The ARN of the Amazon SES identity that sends the emails: 20–2048 characters, an ARN. Required. Changing it updates in place. */
    sourceArn: pulumi.Input<string>;
    /** The sender's address, at most 131072 characters. Changing it updates in place. @default - the SES identity's address */
    from?: pulumi.Input<string>;
    /** The reply-to address, at most 131072 characters. Changing it updates in place. @default - none */
    replyTo?: pulumi.Input<string>;
    /** The email after a blocked sign-in. Changing it updates in place. @default - Cognito's message */
    blockEmail?: pulumi.Input<UserPoolClientNotifyEmailArgs>;
    /** The email after a sign-in that asked for MFA. Changing it updates in place. @default - Cognito's message */
    mfaEmail?: pulumi.Input<UserPoolClientNotifyEmailArgs>;
    /** The email after a risky sign-in that was let through. Changing it updates in place. @default - Cognito's message */
    noActionEmail?: pulumi.Input<UserPoolClientNotifyEmailArgs>;
}

export interface UserPoolClientAccountTakeoverRiskConfigurationArgs {
    /** The action at each risk level. Required. Changing it updates in place. */
    actions: pulumi.Input<UserPoolClientAccountTakeoverActionsArgs>;
    /** Where and what Cognito emails when an action has `notify: true`. Changing it updates in place. @default - no emails */
    notifyConfiguration?: pulumi.Input<UserPoolClientNotifyConfigurationArgs>;
}

export interface UserPoolClientCompromisedCredentialsActionsArgs {
    /** What Cognito does with compromised credentials: `BLOCK` or `NO_ACTION`. Required. Changing it updates in place. */
    eventAction: pulumi.Input<string>;
}

export interface UserPoolClientCompromisedCredentialsRiskConfigurationArgs {
    /** The action on compromised credentials. Required. Changing it updates in place. */
    actions: pulumi.Input<UserPoolClientCompromisedCredentialsActionsArgs>;
    /**
     * The events checked: `SIGN_IN`, `PASSWORD_CHANGE`, `SIGN_UP`; order and repeats do not matter.
     * Changing it updates in place.
     * @default - all three
     */
    eventFilters?: pulumi.Input<pulumi.Input<string>[]>;
}

export interface UserPoolClientRiskExceptionConfigurationArgs {
    /** IP ranges (CIDR, IPv4 or IPv6) always blocked: at most 200; order and repeats do not matter. Changing it updates in place. @default - none */
    blockedIpRangeLists?: pulumi.Input<pulumi.Input<string>[]>;
    /** IP ranges (CIDR, IPv4 or IPv6) never risk-checked: at most 200; order and repeats do not matter. Changing it updates in place. @default - none */
    skippedIpRangeLists?: pulumi.Input<pulumi.Input<string>[]>;
}

export interface UserPoolClientRiskConfigurationArgs {
    /** Adaptive authentication: the actions on risky sign-ins and the emails about them. Changing it updates in place. @default - none for this client */
    accountTakeoverRiskConfiguration?: pulumi.Input<UserPoolClientAccountTakeoverRiskConfigurationArgs>;
    /** Compromised-credentials detection. Changing it updates in place. @default - none for this client */
    compromisedCredentialsRiskConfiguration?: pulumi.Input<UserPoolClientCompromisedCredentialsRiskConfigurationArgs>;
    /** IP ranges always blocked or never checked. Changing it updates in place. @default - none for this client */
    riskExceptionConfiguration?: pulumi.Input<UserPoolClientRiskExceptionConfigurationArgs>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface RiskConfigurationArgs {
    /**
     * Threat protection of this client (`SetRiskConfiguration` with its client ID), in place of the user pool's:
     * at least one of the three blocks. Each change sends the whole configuration; removing the argument resets the
     * client to the pool's configuration. Needs the pool in the Plus tier with threat protection on
     * (`userPoolAddOns.advancedSecurityMode` AUDIT or ENFORCED). Unset, the client makes no threat protection call.
     * Updates in place (never replaces the client).
     * @default - the user pool's configuration
     */
    riskConfiguration?: pulumi.Input<UserPoolClientRiskConfigurationArgs>;
}

export interface AccountTakeoverAction {
    eventAction: string;
    notify: boolean;
}

export interface NotifyEmail {
    subject: string;
    htmlBody?: string;
    textBody?: string;
}

export interface NotifyConfiguration {
    sourceArn: string;
    from?: string;
    replyTo?: string;
    blockEmail?: NotifyEmail;
    mfaEmail?: NotifyEmail;
    noActionEmail?: NotifyEmail;
}

export interface AccountTakeoverRiskConfiguration {
    actions: { lowAction?: AccountTakeoverAction; mediumAction?: AccountTakeoverAction; highAction?: AccountTakeoverAction };
    notifyConfiguration?: NotifyConfiguration;
}

export interface CompromisedCredentialsRiskConfiguration {
    actions: { eventAction: string };
    eventFilters?: string[];
}

export interface RiskExceptionConfiguration {
    blockedIpRangeLists?: string[];
    skippedIpRangeLists?: string[];
}

export interface RiskConfiguration {
    accountTakeoverRiskConfiguration?: AccountTakeoverRiskConfiguration;
    compromisedCredentialsRiskConfiguration?: CompromisedCredentialsRiskConfiguration;
    riskExceptionConfiguration?: RiskExceptionConfiguration;
}

export interface RiskConfigurationInputs {
    riskConfiguration?: RiskConfiguration;
}

/** Its outputs on the resource. */
export interface RiskConfigurationResourceOutputs {
    /** The client's own threat protection: as set, and as Cognito describes it after a refresh (unset: the pool's). */
    readonly riskConfiguration: pulumi.Output<RiskConfiguration | undefined>;
}
