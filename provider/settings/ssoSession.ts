/**
 * The client's SSO session setting (`ssoSession`), kept apart from the client configuration: Cognito sets and reads
 * it with its own operations (`Set/GetUserPoolClientSessionConfiguration`), only for pools in the Essentials or Plus
 * tier with session tracking on. A client that never uses it never makes one of those calls.
 *
 * Pure: what to send and what the errors mean. The calls are made by the provider through `UserPoolClientApi`.
 */
import type { SsoSession, UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import { CognitoApiError, tierHelp, withHelp } from "../errors";
import { SSO_SESSION_MINUTES } from "../schema";
import type { ClientSetting } from "./setting";

/** The minutes in effect: the given ones, or Cognito's default when unset. */
export function effectiveSsoMinutes(config: { ssoSession?: SsoSession }): number {
    return config.ssoSession?.maxValidityMinutes ?? SSO_SESSION_MINUTES.default;
}

/** The minutes an update must set, or undefined when nothing changes (removing the argument sets the default). */
export function plannedSsoMinutes(olds: Partial<UserPoolClientOutputs>, news: Partial<UserPoolClientInputs>): number | undefined {
    const after = effectiveSsoMinutes(news);
    return after !== effectiveSsoMinutes(olds) ? after : undefined;
}

/** Whether reading the client must get its setting: its state or its arguments use it. */
export const usesSsoSession = (config: { ssoSession?: SsoSession }): boolean => config.ssoSession !== undefined;

/** The output for minutes Cognito reports: none for the default, which is what an unset argument means. */
export function ssoSessionOutput(minutes: number): SsoSession | undefined {
    return minutes === SSO_SESSION_MINUTES.default ? undefined : { maxValidityMinutes: minutes };
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

/** The SSO session as a per-client setting (settings/setting.ts). */
export const ssoSession: ClientSetting = {
    name: "SSO session",
    arguments: ["ssoSession"],
    async create(ctx, inputs) {
        if (inputs.ssoSession !== undefined) await ctx.api.setClientSession(ctx.userPoolId, ctx.clientId, inputs.ssoSession.maxValidityMinutes);
        return { ssoSession: inputs.ssoSession };
    },
    async update(ctx, previous, desired) {
        // Set when it changed; removing the argument restores Cognito's default.
        const minutes = plannedSsoMinutes(previous, desired);
        if (minutes !== undefined) await ctx.api.setClientSession(ctx.userPoolId, ctx.clientId, minutes);
        return { ssoSession: desired.ssoSession };
    },
    async read(ctx, stored) {
        // Read only for a client that uses it, so refresh shows a change made outside Pulumi.
        return { ssoSession: usesSsoSession(stored) ? { maxValidityMinutes: await ctx.api.getClientSession(ctx.userPoolId, ctx.clientId) } : undefined };
    },
    async import(ctx) {
        // A pool below the Essentials tier has no such setting.
        try {
            return { ssoSession: ssoSessionOutput(await ctx.api.getClientSession(ctx.userPoolId, ctx.clientId)) };
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "FeatureUnavailableInTierException") return { ssoSession: undefined };
            throw e;
        }
    },
    explain: explainSessionError,
};
