/**
 * The client's threat protection (`riskConfiguration`): adaptive authentication, compromised-credentials detection
 * and IP exceptions of this client, in place of the user pool's. Cognito keeps it with its own operations
 * (`SetRiskConfiguration`, `DescribeRiskConfiguration` with the client ID); every set replaces the whole
 * configuration, and a set with the client ID alone resets the client to the pool's.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits and rules (`rules.ts`), the request, normal form
 * and update plan (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import type { ClientSetting, SettingContext } from "../setting";
import type { RiskConfiguration, RiskConfigurationInputs } from "./args";
import { describeRiskConfiguration, RISK_CONFIGURATION_OPERATIONS, setRiskConfiguration } from "./operations";
import {
    explainRiskConfigurationError,
    isThreatProtectionOff,
    normalizeRiskConfiguration,
    plannedRiskConfigurationWork,
    refreshedRiskConfiguration,
    riskConfigurationOf,
    riskConfigurationRequest,
    usesRiskConfiguration,
} from "./plan";
import { RISK_CONFIGURATION_CROSS_FIELD_RULES, RISK_CONFIGURATION_RULES } from "./rules";

export {
    explainRiskConfigurationError,
    isThreatProtectionOff,
    normalizeRiskConfiguration,
    plannedRiskConfigurationWork,
    refreshedRiskConfiguration,
    riskConfigurationOf,
    riskConfigurationRequest,
    sameRiskConfiguration,
    usesRiskConfiguration,
} from "./plan";
export { describeRiskConfiguration, setRiskConfiguration } from "./operations";
export type { RiskConfigurationAnswer, RiskConfigurationMembers } from "./plan";
export { ACCOUNT_TAKEOVER_EVENT_ACTIONS, COMPROMISED_CREDENTIALS_EVENT_ACTIONS, EVENT_FILTERS, RISK_LIMITS } from "./rules";

async function liveConfiguration(ctx: SettingContext): Promise<RiskConfiguration | undefined> {
    return riskConfigurationOf(await describeRiskConfiguration(ctx.api, ctx.userPoolId, ctx.clientId), ctx.clientId);
}

export const riskConfiguration: ClientSetting<RiskConfigurationInputs, object> = {
    name: "threat protection",
    rules: RISK_CONFIGURATION_RULES,
    crossFieldRules: RISK_CONFIGURATION_CROSS_FIELD_RULES,
    operations: RISK_CONFIGURATION_OPERATIONS,
    readOperations: ["DescribeRiskConfiguration"],
    folder: "riskConfiguration",
    normalize: (config) => ({ riskConfiguration: normalizeRiskConfiguration(config.riskConfiguration) }),
    async create(ctx, inputs) {
        if (inputs.riskConfiguration === undefined) return {};
        await setRiskConfiguration(ctx.api, ctx.userPoolId, ctx.clientId, riskConfigurationRequest(inputs.riskConfiguration));
        return { riskConfiguration: inputs.riskConfiguration };
    },
    async update(ctx, previous, desired) {
        const work = plannedRiskConfigurationWork(previous, desired);
        if (work === "set") await setRiskConfiguration(ctx.api, ctx.userPoolId, ctx.clientId, riskConfigurationRequest(desired.riskConfiguration!));
        else if (work === "reset") await setRiskConfiguration(ctx.api, ctx.userPoolId, ctx.clientId, undefined);
        return { riskConfiguration: desired.riskConfiguration };
    },
    async read(ctx, stored) {
        // Read only for a client that has its own, so refresh shows a change or a reset made outside Pulumi.
        if (!usesRiskConfiguration(stored)) return {};
        return { riskConfiguration: refreshedRiskConfiguration(stored.riskConfiguration, await liveConfiguration(ctx)) };
    },
    async import(ctx, _described, program) {
        try {
            return { riskConfiguration: refreshedRiskConfiguration(program?.riskConfiguration, await liveConfiguration(ctx)) };
        } catch (error) {
            // A pool without threat protection has no configuration of any client.
            if (isThreatProtectionOff(error)) return { riskConfiguration: undefined };
            throw error;
        }
    },
    explain: explainRiskConfigurationError,
};
