/**
 * The client's CIMD policies (`cimdPolicies`): client ID metadata document policies, which let outside OAuth clients
 * (MCP agents, for one) use an HTTPS URL as their `client_id`; Cognito accepts such a client as this app client when
 * the URL matches a policy's patterns. Cognito keeps them with their own operations (`CreateCIMDPolicy`,
 * `UpdateCIMDPolicy`, `DeleteCIMDPolicy`, `DescribeCIMDPolicy`, `ListCIMDPolicies`), each policy by its own ID; the
 * program keys them by name. A policy outlives its client (Cognito then omits its ClientId), so deleting the client
 * deletes its policies first.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits and rules (`rules.ts`), the requests, normal form
 * and update plan (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import type { ClientSetting, SettingContext } from "../setting";
import type { CimdPoliciesInputs, CimdPoliciesOutputs, CimdPolicy } from "./args";
import { CIMD_OPERATIONS, createCimdPolicy, deleteCimdPolicy, describeClientCimdPolicies, updateCimdPolicy } from "./operations";
import { cimdRequest, describedCimdOutputs, explainCimdError, normalizeCimdPolicies, plannedCimdWork, usesCimdPolicies } from "./plan";
import { CIMD_CROSS_FIELD_RULES, CIMD_RULES } from "./rules";

export { cimdPolicyOf, cimdRequest, describedCimdOutputs, explainCimdError, normalizeCimdPolicies, plannedCimdWork, usesCimdPolicies } from "./plan";
export { createCimdPolicy, deleteCimdPolicy, describeCimdPolicy, describeClientCimdPolicies, listCimdPolicies, updateCimdPolicy, LIST_CIMD_MAX_RESULTS } from "./operations";
export type { CimdAnswer, CimdRequest, CimdWork } from "./plan";
export { CIMD_LIMITS, URL_PATTERN } from "./rules";

/** Creates the policies in order; when one fails, deletes those already made, then fails with the first error. */
async function createAll(ctx: SettingContext, policies: readonly CimdPolicy[]): Promise<Record<string, string>> {
    const made: Record<string, string> = {};
    try {
        for (const policy of policies) made[policy.policyName] = (await createCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, cimdRequest(policy))).id;
        return made;
    } catch (error) {
        try {
            for (const id of Object.values(made)) await deleteCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, id);
        } catch (cleanup) {
            (error as Error).message += `; deleting the CIMD policies already made failed too: ${(cleanup as Error).message}`;
        }
        throw error;
    }
}

const idsOrNone = (ids: Record<string, string>) => (Object.keys(ids).length ? ids : undefined);

export const cimdPolicies: ClientSetting<CimdPoliciesInputs, CimdPoliciesOutputs> = {
    name: "CIMD policies",
    rules: CIMD_RULES,
    crossFieldRules: CIMD_CROSS_FIELD_RULES,
    computedOutputs: ["cimdPolicyIds"],
    operations: CIMD_OPERATIONS,
    readOperations: ["ListCIMDPolicies", "DescribeCIMDPolicy"],
    folder: "cimdPolicies",
    normalize: (config) => ({ cimdPolicies: normalizeCimdPolicies(config.cimdPolicies) }),
    async create(ctx, inputs) {
        const policies = inputs.cimdPolicies ?? [];
        if (!policies.length) return {};
        return { cimdPolicies: inputs.cimdPolicies, cimdPolicyIds: idsOrNone(await createAll(ctx, policies)) };
    },
    async update(ctx, previous, desired) {
        const work = plannedCimdWork(previous, desired);
        const ids: Record<string, string> = { ...(previous.cimdPolicyIds ?? {}) };
        for (const { id, policy } of work.update) await updateCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, id, cimdRequest(policy));
        for (const { policyName, id } of work.delete) {
            await deleteCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, id);
            delete ids[policyName];
        }
        for (const policy of work.create) ids[policy.policyName] = (await createCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, cimdRequest(policy))).id;
        return { cimdPolicies: desired.cimdPolicies?.length ? desired.cimdPolicies : undefined, cimdPolicyIds: idsOrNone(ids) };
    },
    async read(ctx, stored) {
        // Read only for a client that has policies, so refresh shows one added, changed or deleted outside Pulumi.
        return usesCimdPolicies(stored) ? describedCimdOutputs(await describeClientCimdPolicies(ctx.api, ctx.userPoolId, ctx.clientId)) : {};
    },
    async import(ctx) {
        return describedCimdOutputs(await describeClientCimdPolicies(ctx.api, ctx.userPoolId, ctx.clientId));
    },
    async beforeDelete(ctx, stored) {
        // A policy outlives its client: deleted first, so that destroy leaves none behind.
        for (const id of Object.values(stored.cimdPolicyIds ?? {})) await deleteCimdPolicy(ctx.api, ctx.userPoolId, ctx.clientId, id);
    },
    explain: explainCimdError,
};
