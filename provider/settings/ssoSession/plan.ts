/** Pure: what an update sets, what state records, how the setting compares, and what its errors mean. */
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, tierHelp, withHelp } from "../../errors";
import { isUnknown } from "../../schema";
import type { SsoSession, SsoSessionInputs } from "./args";
import { SSO_SESSION_MINUTES } from "./rules";

/** The minutes in effect: the given ones, or Cognito's default when unset. */
export function effectiveSsoMinutes(config: { ssoSession?: SsoSession }): number {
    return config.ssoSession?.maxValidityMinutes ?? SSO_SESSION_MINUTES.default;
}

/** The minutes an update must set, or undefined when nothing changes (removing the argument sets the default). */
export function plannedSsoMinutes(olds: Partial<ClientOutputs & SsoSessionInputs>, news: SsoSessionInputs): number | undefined {
    const after = effectiveSsoMinutes(news);
    return after !== effectiveSsoMinutes(olds) ? after : undefined;
}

/** Whether reading the client must get its setting: its state or its arguments use it. */
export const usesSsoSession = (config: { ssoSession?: SsoSession }): boolean => config.ssoSession !== undefined;

/** The output for minutes Cognito reports: none for the default, which is what an unset argument means. */
export function ssoSessionOutput(minutes: number): SsoSession | undefined {
    return minutes === SSO_SESSION_MINUTES.default ? undefined : { maxValidityMinutes: minutes };
}

/** The SSO session setting in its normal form: unset and Cognito's default are the same. */
export function normalizeSsoSession(ssoSession: SsoSession | undefined): SsoSession | undefined {
    if (ssoSession === undefined || isUnknown(ssoSession) || isUnknown(ssoSession.maxValidityMinutes)) return ssoSession;
    return ssoSession.maxValidityMinutes === SSO_SESSION_MINUTES.default ? undefined : { maxValidityMinutes: ssoSession.maxValidityMinutes };
}

const TIER_HELP = tierHelp("ssoSession");
const TRACKING_HELP =
    "ssoSession needs session tracking on the user pool: enable it in the Cognito console, or run " +
    "`aws cognito-idp set-user-pool-session-configuration --user-pool-id <pool> --user-session-tracking ENABLED`";

/**
 * An error of a session-configuration call, with what to enable on the pool when that is the cause. Cognito answers
 * FeatureUnavailableInTierException below the Essentials tier, and an InvalidParameterException that names session
 * tracking when the pool's tracking is off.
 */
export function explainSessionError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError)) return error as Error;
    let help: string | undefined;
    if (error.awsErrorName === "FeatureUnavailableInTierException") help = TIER_HELP;
    else if (error.awsErrorName === "InvalidParameterException" && /session tracking/i.test(error.message)) help = TRACKING_HELP;
    if (!help) return error;
    return withHelp(error, `${help.replace("<pool>", userPoolId)}. ${error.message}`);
}
