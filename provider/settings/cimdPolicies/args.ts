/** The CIMD policies' arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientCimdPolicyArgs {
    /**
     * The policy's name, unique among the client's policies (the list is keyed by it): 1–32 letters, marks, symbols,
     * digits, punctuation or spaces. A new name deletes the policy of the old name and creates one. Updates in place.
     */
    policyName: pulumi.Input<string>;
    /**
     * The HTTPS URLs an outside client's `client_id` must match, 1–5 of them, each 12–256 characters: `https://` then
     * letters, digits, `*` (a wildcard) and `! $ % & ' ( ) + , - . / : ; = @ [ ] _ ~`. Compared in the order given.
     * Updates in place.
     */
    urlPatterns: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * How long Cognito caches a client ID metadata document it fetched, in seconds: an integer from 86400 (1 day) to
     * 31556952 (1 year). Unset and 86400 are the same. Updates in place.
     * @default 86400
     */
    cacheDuration?: pulumi.Input<number>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface CimdPoliciesArgs {
    /**
     * Client ID metadata document (CIMD) policies of the client (`CreateCIMDPolicy`): outside OAuth clients, such as
     * MCP agents, use an HTTPS URL as their `client_id`, and Cognito accepts one whose URL matches a policy's patterns
     * as this app client. Keyed by `policyName`, so the order of the list does not matter; a policy added is created,
     * a changed one updated, a removed one deleted. CIMD clients are public clients: the client cannot have
     * `generateSecret: true`, a `clientSecret` or `client_credentials` in `allowedOauthFlows` (refused at preview).
     * Needs the user pool in the Essentials or Plus tier. Unset, the client makes no CIMD call at all, except when it
     * is read by ID alone (import). Updates in place (never replaces the client).
     * @default - no CIMD policies
     */
    cimdPolicies?: pulumi.Input<pulumi.Input<UserPoolClientCimdPolicyArgs>[]>;
}

export interface CimdPolicy {
    policyName: string;
    urlPatterns: string[];
    cacheDuration?: number;
}

export interface CimdPoliciesInputs {
    cimdPolicies?: CimdPolicy[];
}

export interface CimdPoliciesOutputs {
    /** Cognito's ID of each policy (`CIMDPolicyId`), by policy name. */
    cimdPolicyIds?: Record<string, string>;
}

/** Its outputs on the resource. */
export interface CimdPoliciesResourceOutputs {
    /** The CIMD policies: as set, and as Cognito describes them after a refresh. */
    readonly cimdPolicies: pulumi.Output<CimdPolicy[] | undefined>;
    /** Cognito's ID of each CIMD policy (`CIMDPolicyId`), by policy name. */
    readonly cimdPolicyIds: pulumi.Output<Record<string, string> | undefined>;
}
