/** The SSO session setting's arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientSsoSessionArgs {
    /**
     * Minutes managed login may reuse a user's SSO session for this client without asking them to sign in again,
     * 0–129600 (90 days); 0 means always re-authenticate. Cognito's default is 60.
     */
    maxValidityMinutes: pulumi.Input<number>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface SsoSessionArgs {
    /**
     * How long managed login may silently reuse a user's SSO session for this client (`SSOSession` of
     * `SetUserPoolClientSessionConfiguration`): `maxValidityMinutes` 0–129600, 0 meaning always re-authenticate.
     * The user pool must be in the Essentials or Plus tier and have session tracking enabled. Removing it restores
     * Cognito's default of 60 minutes. Unset, the client makes no session-configuration call at all.
     * Updates in place.
     * @default - Cognito's default, 60 minutes
     */
    ssoSession?: pulumi.Input<UserPoolClientSsoSessionArgs>;
}

export interface SsoSession {
    maxValidityMinutes: number;
}

export interface SsoSessionInputs {
    ssoSession?: SsoSession;
}

/** Its outputs on the resource. */
export interface SsoSessionResourceOutputs {
    /** The SSO session setting: as set, and as Cognito reports it after a refresh. Absent when unset (60 minutes). */
    readonly ssoSession: pulumi.Output<SsoSession | undefined>;
}
