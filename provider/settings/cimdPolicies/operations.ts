/** The CIMD policies' Cognito operations, through the transport's generic send (the SDK's commands, since 3.1178.0). */
import { isAmbiguousFailure } from "../../aws";
import type { SettingOperations } from "../setting";
import type { CimdAnswer, CimdRequest } from "./plan";

export const CIMD_OPERATIONS = ["CreateCIMDPolicy", "UpdateCIMDPolicy", "DeleteCIMDPolicy", "DescribeCIMDPolicy", "ListCIMDPolicies"] as const;

/** ListCIMDPolicies' largest page (the model's PoolQueryLimitType). */
export const LIST_CIMD_MAX_RESULTS = 60;

interface DescribedPolicy {
    CIMDPolicyId?: string;
    ClientId?: string;
    PolicyName?: string;
    URLPatterns?: string[];
    CacheDuration?: number;
}

function cimdAnswer(p: DescribedPolicy): CimdAnswer {
    return { id: p.CIMDPolicyId!, clientId: p.ClientId, policyName: p.PolicyName!, urlPatterns: p.URLPatterns ?? [], cacheDuration: p.CacheDuration! };
}

const policyMembers = (policy: CimdRequest) => ({ PolicyName: policy.policyName, URLPatterns: policy.urlPatterns, CacheDuration: policy.cacheDuration });

/**
 * Creates a policy of the client. Not idempotent: when an attempt fails ambiguously, the policy that attempt made is
 * looked up by name among the client's first (a client has one policy of each name).
 */
export async function createCimdPolicy(api: SettingOperations, userPoolId: string, clientId: string, policy: CimdRequest): Promise<CimdAnswer> {
    const response = await api.request<{ CIMDPolicy?: DescribedPolicy }>("CreateCIMDPolicy", { UserPoolId: userPoolId, ClientId: clientId, ...policyMembers(policy) }, {
        action: `creating the CIMD policy ${policy.policyName} of`,
        target: `${userPoolId}/${clientId}`,
        recover: async (error) => {
            if (!isAmbiguousFailure(error)) return undefined;
            const made = (await listCimdPolicies(api, userPoolId, clientId)).find((p) => p.policyName === policy.policyName);
            return made ? { CIMDPolicy: { CIMDPolicyId: made.id, ClientId: clientId, PolicyName: made.policyName, URLPatterns: policy.urlPatterns, CacheDuration: made.cacheDuration } } : undefined;
        },
    });
    return cimdAnswer(response.CIMDPolicy!);
}

/** Replaces a policy's name, URL patterns and cache duration (every member sent). */
export async function updateCimdPolicy(api: SettingOperations, userPoolId: string, clientId: string, policyId: string, policy: CimdRequest): Promise<CimdAnswer> {
    const response = await api.request<{ CIMDPolicy?: DescribedPolicy }>("UpdateCIMDPolicy", { UserPoolId: userPoolId, CIMDPolicyId: policyId, ClientId: clientId, ...policyMembers(policy) }, {
        action: `updating the CIMD policy ${policy.policyName} of`,
        target: `${userPoolId}/${clientId} (${policyId})`,
    });
    return cimdAnswer(response.CIMDPolicy!);
}

/** Deletes a policy; one that is already gone counts as deleted. */
export async function deleteCimdPolicy(api: SettingOperations, userPoolId: string, clientId: string, policyId: string): Promise<void> {
    await api.request("DeleteCIMDPolicy", { UserPoolId: userPoolId, CIMDPolicyId: policyId }, { action: "deleting a CIMD policy of", target: `${userPoolId}/${clientId} (${policyId})`, notFound: "absent" });
}

/** A policy in full (only Describe returns its URL patterns), or undefined when it is gone. */
export async function describeCimdPolicy(api: SettingOperations, userPoolId: string, clientId: string, policyId: string): Promise<CimdAnswer | undefined> {
    const response = await api.request<{ CIMDPolicy?: DescribedPolicy } | undefined>("DescribeCIMDPolicy", { UserPoolId: userPoolId, CIMDPolicyId: policyId }, {
        action: "reading a CIMD policy of",
        target: `${userPoolId}/${clientId} (${policyId})`,
        notFound: "absent",
    });
    return response?.CIMDPolicy ? cimdAnswer(response.CIMDPolicy) : undefined;
}

/** The client's policies as the list summarizes them (no URL patterns): every page of the pool's list, this client's only. */
export async function listCimdPolicies(api: SettingOperations, userPoolId: string, clientId: string): Promise<CimdAnswer[]> {
    const policies: CimdAnswer[] = [];
    let nextToken: string | undefined;
    do {
        const page = await api.request<{ CIMDPolicies?: DescribedPolicy[]; NextToken?: string }>("ListCIMDPolicies", { UserPoolId: userPoolId, MaxResults: LIST_CIMD_MAX_RESULTS, ...(nextToken ? { NextToken: nextToken } : {}) }, {
            action: "listing the CIMD policies of",
            target: `${userPoolId}/${clientId}`,
        });
        for (const p of page.CIMDPolicies ?? []) if (p.ClientId === clientId) policies.push(cimdAnswer(p));
        nextToken = page.NextToken;
    } while (nextToken);
    return policies;
}

/** The client's policies in full: the list, then Describe for each (a policy deleted in between is left out). */
export async function describeClientCimdPolicies(api: SettingOperations, userPoolId: string, clientId: string): Promise<CimdAnswer[]> {
    const described: CimdAnswer[] = [];
    for (const summary of await listCimdPolicies(api, userPoolId, clientId)) {
        const policy = await describeCimdPolicy(api, userPoolId, clientId, summary.id);
        if (policy) described.push(policy);
    }
    return described;
}
