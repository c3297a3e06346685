/**
 * CIMD policies' limits (`CreateCIMDPolicy`, the model's CIMDPolicyNameType, URLPatternListType, URLPatternType and
 * CacheDurationType). Policies are keyed by name, so a name appears once per client. CIMD clients are public
 * clients: a client with a secret or the client credentials flow takes none (our rule, shown at preview: the
 * documentation describes CIMD clients as public OAuth clients, and Cognito refuses the policy otherwise).
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateCIMDPolicy.html
 */
import { ArgumentRule, CrossFieldRule, describe, isObject, known } from "../../rules";
import { isUnknown } from "../../schema";
import type { ClientInputs } from "../../clientArgs";
import type { SecretsInputs } from "../secrets/args";
import type { CimdPoliciesInputs } from "./args";

export const CIMD_LIMITS = {
    policyNameLength: { min: 1, max: 32 },
    urlPatterns: { min: 1, max: 5 },
    urlPatternLength: { min: 12, max: 256 },
    /** Seconds; Cognito's default when the request leaves it out ([doc] the model's CacheDuration text). */
    cacheDuration: { min: 86_400, max: 31_556_952, default: 86_400 },
} as const;

/** The model's URLPatternType: `https://`, then the characters of its class (`*` is the wildcard). */
export const URL_PATTERN = /^https:\/\/[!$-;=@-\[\]_a-z~]+$/;

export const CIMD_RULES: Record<keyof CimdPoliciesInputs, ArgumentRule> = {
    cimdPolicies: {
        kind: "list",
        item: {
            kind: "object",
            fields: {
                policyName: {
                    kind: "string", required: true, minLength: CIMD_LIMITS.policyNameLength.min, maxLength: CIMD_LIMITS.policyNameLength.max,
                    pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$/u, patternText: "letters, marks, symbols, digits, punctuation and spaces",
                },
                urlPatterns: {
                    kind: "list", required: true, minItems: CIMD_LIMITS.urlPatterns.min, maxItems: CIMD_LIMITS.urlPatterns.max,
                    item: {
                        kind: "string", minLength: CIMD_LIMITS.urlPatternLength.min, maxLength: CIMD_LIMITS.urlPatternLength.max, pattern: URL_PATTERN,
                        patternText: "https:// then letters, digits, * (a wildcard) and ! $ % & ' ( ) + , - . / : ; = @ [ ] _ ~; no space, ? or #",
                    },
                },
                cacheDuration: { kind: "integer", min: CIMD_LIMITS.cacheDuration.min, max: CIMD_LIMITS.cacheDuration.max, unit: "seconds" },
            },
        },
    },
};

/** The known, non-empty list of policies, or undefined (unset, unknown, or not a list: its own rule speaks). */
const policiesGiven = (v: unknown): unknown[] | undefined => (Array.isArray(v) && v.length > 0 && !isUnknown(v) ? v : undefined);

export const CIMD_CROSS_FIELD_RULES: readonly CrossFieldRule<ClientInputs & CimdPoliciesInputs>[] = [
    // Keyed by name: a name given twice would make two policies that one key cannot tell apart.
    (inputs, fail) => {
        const seen = new Map<string, number>();
        (policiesGiven(inputs.cimdPolicies) ?? []).forEach((policy, i) => {
            const name = isObject(policy) ? policy.policyName : undefined;
            if (typeof name !== "string" || isUnknown(name)) return;
            const first = seen.get(name);
            if (first !== undefined) fail(`cimdPolicies[${i}].policyName`, `repeats ${describe(name)}, the name of cimdPolicies[${first}]; each policy of a client has a name of its own`);
            else seen.set(name, i);
        });
    },
    // CIMD clients are public: Cognito associates policies only with app clients without a secret.
    (given, fail) => {
        // The whole arguments reach every rule; the secret switches are the secrets setting's.
        const inputs = given as ClientInputs & CimdPoliciesInputs & SecretsInputs;
        if (!policiesGiven(inputs.cimdPolicies)) return;
        const reason = (other: string) => `cannot be given with ${other}: CIMD policies are for public app clients (no client secret, no client_credentials flow); leave out cimdPolicies or make the client public`;
        if (inputs.generateSecret === true) fail("cimdPolicies", reason("generateSecret: true"));
        if (known(inputs.clientSecret)) fail("cimdPolicies", reason("a clientSecret"));
        const flows = inputs.allowedOauthFlows as unknown;
        if (Array.isArray(flows) && flows.includes("client_credentials")) fail("cimdPolicies", reason('"client_credentials" in allowedOauthFlows'));
    },
];
