/** Pure: the requests for the policies, their normal form, what an update does, and what the errors mean. */
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, primaryRegionHelp, tierHelp, withHelp } from "../../errors";
import { deepEqual } from "../../json";
import { isUnknown } from "../../schema";
import type { CimdPoliciesInputs, CimdPoliciesOutputs, CimdPolicy } from "./args";
import { CIMD_LIMITS } from "./rules";

/** A policy as the API takes it (`PolicyName`, `URLPatterns`, `CacheDuration`), the default duration filled in. */
export interface CimdRequest {
    policyName: string;
    urlPatterns: string[];
    cacheDuration: number;
}

/** A policy as the API describes it; `clientId` is absent once its client is gone. */
export interface CimdAnswer extends CimdRequest {
    id: string;
    clientId?: string;
}

type Stored = Partial<ClientOutputs & CimdPoliciesInputs & CimdPoliciesOutputs>;

const DEFAULT_CACHE_DURATION = CIMD_LIMITS.cacheDuration.default;

/** The request for a policy: an unset duration sent as Cognito's default, so an update never keeps an old one. */
export function cimdRequest(policy: CimdPolicy): CimdRequest {
    return { policyName: policy.policyName, urlPatterns: [...policy.urlPatterns], cacheDuration: policy.cacheDuration ?? DEFAULT_CACHE_DURATION };
}

/** A described policy in the program's form. */
export function cimdPolicyOf(answer: CimdAnswer): CimdPolicy {
    return { policyName: answer.policyName, urlPatterns: [...answer.urlPatterns], cacheDuration: answer.cacheDuration };
}

/**
 * Normal form for comparison: policies ordered by name (the list is keyed by it), the default duration as unset,
 * no empty list. URL patterns keep their order: nothing says Cognito treats them as a set or returns them sorted.
 */
export function normalizeCimdPolicies(policies: CimdPolicy[] | undefined): CimdPolicy[] | undefined {
    if (policies === undefined || policies === null || isUnknown(policies)) return policies ?? undefined;
    if (!Array.isArray(policies) || policies.length === 0) return undefined;
    const normal = policies.map((policy) => {
        if (isUnknown(policy) || policy === null || typeof policy !== "object") return policy;
        const { policyName, urlPatterns, cacheDuration } = policy;
        return { policyName, urlPatterns, ...(cacheDuration !== undefined && cacheDuration !== DEFAULT_CACHE_DURATION ? { cacheDuration } : {}) };
    });
    const key = (p: CimdPolicy) => (typeof p?.policyName === "string" && !isUnknown(p.policyName) ? p.policyName : "\uffff");
    return normal.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** What an update does: policies to create, to update (with their IDs) and to delete (by name, with their IDs). */
export interface CimdWork {
    create: CimdPolicy[];
    update: { id: string; policy: CimdPolicy }[];
    delete: { policyName: string; id: string }[];
}

/** What an update does to each policy, by name, from the stored outputs to the program's arguments. */
export function plannedCimdWork(olds: Stored, news: CimdPoliciesInputs): CimdWork {
    const ids = olds.cimdPolicyIds ?? {};
    const before = new Map((normalizeCimdPolicies(olds.cimdPolicies) ?? []).map((p) => [p.policyName, p]));
    const after = normalizeCimdPolicies(news.cimdPolicies) ?? [];
    const wanted = new Set(after.map((p) => p.policyName));
    const work: CimdWork = { create: [], update: [], delete: [] };
    for (const policy of after) {
        const id = Object.hasOwn(ids, policy.policyName) ? ids[policy.policyName] : undefined;
        if (id === undefined) work.create.push(policy);
        else if (!deepEqual(policy, before.get(policy.policyName))) work.update.push({ id, policy });
    }
    for (const [policyName, id] of Object.entries(ids)) if (!wanted.has(policyName)) work.delete.push({ policyName, id });
    return work;
}

/** Whether reading the client must get its policies: its state has some. */
export const usesCimdPolicies = (stored: Stored): boolean => (stored.cimdPolicies?.length ?? 0) > 0 || Object.keys(stored.cimdPolicyIds ?? {}).length > 0;

/** The outputs of the client's described policies: none as unset. */
export function describedCimdOutputs(answers: readonly CimdAnswer[]): { cimdPolicies: CimdPolicy[] | undefined; cimdPolicyIds: Record<string, string> | undefined } {
    if (!answers.length) return { cimdPolicies: undefined, cimdPolicyIds: undefined };
    const sorted = [...answers].sort((a, b) => (a.policyName < b.policyName ? -1 : a.policyName > b.policyName ? 1 : 0));
    return { cimdPolicies: sorted.map(cimdPolicyOf), cimdPolicyIds: Object.fromEntries(sorted.map((a) => [a.policyName, a.id])) };
}

const TIER_HELP = tierHelp("cimdPolicies");
const REGION_HELP = primaryRegionHelp("CIMD policies are");

/** An error of a CIMD call, with what to enable when that is the cause. */
export function explainCimdError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError)) return error as Error;
    const help = error.awsErrorName === "FeatureUnavailableInTierException" ? TIER_HELP : error.awsErrorName === "OperationNotEnabledException" ? REGION_HELP : undefined;
    if (!help) return error;
    return withHelp(error, `${help} (user pool ${userPoolId}). ${error.message}`);
}
