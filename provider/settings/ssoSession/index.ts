/**
 * The client's SSO session setting (`ssoSession`), kept apart from the client configuration: Cognito sets and reads
 * it with its own operations (`Set/GetUserPoolClientSessionConfiguration`), only for pools in the Essentials or Plus
 * tier with session tracking on. A client that never uses it never makes one of those calls.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits (`rules.ts`), what an update sets and how it
 * compares (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import { CognitoApiError } from "../../errors";
import type { ClientSetting } from "../setting";
import type { SsoSessionInputs } from "./args";
import { getClientSession, setClientSession, SSO_SESSION_OPERATIONS } from "./operations";
import { explainSessionError, normalizeSsoSession, plannedSsoMinutes, ssoSessionOutput, usesSsoSession } from "./plan";
import { SSO_SESSION_RULES } from "./rules";

export { effectiveSsoMinutes, explainSessionError, normalizeSsoSession, plannedSsoMinutes, ssoSessionOutput, usesSsoSession } from "./plan";
export { getClientSession, setClientSession } from "./operations";
export { SSO_SESSION_MINUTES } from "./rules";

export const ssoSession: ClientSetting<SsoSessionInputs> = {
    name: "SSO session",
    rules: SSO_SESSION_RULES,
    operations: SSO_SESSION_OPERATIONS,
    readOperations: ["GetUserPoolClientSessionConfiguration"],
    folder: "ssoSession",
    normalize: (config) => ({ ssoSession: normalizeSsoSession(config.ssoSession) }),
    async create(ctx, inputs) {
        if (inputs.ssoSession !== undefined) await setClientSession(ctx.api, ctx.userPoolId, ctx.clientId, inputs.ssoSession.maxValidityMinutes);
        return { ssoSession: inputs.ssoSession };
    },
    async update(ctx, previous, desired) {
        // Set when it changed; removing the argument restores Cognito's default.
        const minutes = plannedSsoMinutes(previous, desired);
        if (minutes !== undefined) await setClientSession(ctx.api, ctx.userPoolId, ctx.clientId, minutes);
        return { ssoSession: desired.ssoSession };
    },
    async read(ctx, stored) {
        // Read only for a client that uses it, so refresh shows a change made outside Pulumi.
        return { ssoSession: usesSsoSession(stored) ? { maxValidityMinutes: await getClientSession(ctx.api, ctx.userPoolId, ctx.clientId) } : undefined };
    },
    async import(ctx) {
        // A pool below the Essentials tier has no such setting.
        try {
            return { ssoSession: ssoSessionOutput(await getClientSession(ctx.api, ctx.userPoolId, ctx.clientId)) };
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "FeatureUnavailableInTierException") return { ssoSession: undefined };
            throw e;
        }
    },
    explain: explainSessionError,
};
