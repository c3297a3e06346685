/** Threat protection's Cognito operations, through the transport's generic send. */
import type { SettingOperations } from "../setting";
import type { RiskConfigurationAnswer, RiskConfigurationMembers } from "./plan";

export const RISK_CONFIGURATION_OPERATIONS = ["SetRiskConfiguration", "DescribeRiskConfiguration"] as const;

/**
 * Sets the client's whole configuration; without members, resets the client to the pool's configuration (the
 * operation's own reading of a request with UserPoolId and ClientId only). Idempotent: a retry sets the same.
 */
export async function setRiskConfiguration(api: SettingOperations, userPoolId: string, clientId: string, members: RiskConfigurationMembers | undefined): Promise<void> {
    await api.request("SetRiskConfiguration", { UserPoolId: userPoolId, ClientId: clientId, ...members }, {
        action: members ? "setting the threat protection of" : "resetting the threat protection of",
        target: `${userPoolId}/${clientId}`,
    });
}

/**
 * The configuration that applies to the client: its own (with its ClientId) or the pool's (without). A
 * ResourceNotFoundException after the client was read is taken as no configuration at all, which is also none of
 * the client's own.
 */
export async function describeRiskConfiguration(api: SettingOperations, userPoolId: string, clientId: string): Promise<RiskConfigurationAnswer | undefined> {
    const response = await api.request<{ RiskConfiguration?: RiskConfigurationAnswer } | undefined>("DescribeRiskConfiguration", { UserPoolId: userPoolId, ClientId: clientId }, {
        action: "reading the threat protection of",
        target: `${userPoolId}/${clientId}`,
        notFound: "absent",
    });
    return response?.RiskConfiguration;
}
