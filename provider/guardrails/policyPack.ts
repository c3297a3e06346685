/**
 * The guardrails as a Pulumi policy pack (`@pulumi/policy`, an optional peer dependency): one resource policy per rule
 * of `rules.ts`, for the three types that take a client's arguments by the same names, so that a program in any
 * language is checked and `@pulumi/aws` is not needed.
 *
 *     // a team's own pack (index.ts beside PulumiPolicy.yaml)
 *     import { CognitoClientGuardrails } from "pulumi-cognito-user-pool-client/policy";
 *     new CognitoClientGuardrails({ "cognito-client-token-lifetimes": { maxRefreshTokenDays: 7 } });
 *
 * or `cognitoClientPolicies(config)` among the team's own policies. The ready pack is the package's `policy-pack/`.
 */
import type { EnforcementLevel as PolicyLevel, PolicyPack, ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { GuardrailConfig, resolveGuardrailConfig } from "./config";
import { CHECKED_TYPES, ClientProps, GUARDRAIL_RULES, GuardrailRule, ParameterValue } from "./rules";

export { CHECKED_TYPES, GUARDRAIL_RULES } from "./rules";
export type { GuardrailConfig } from "./config";

export const DEFAULT_PACK_NAME = "cognito-app-client-guardrails";

/** The stack of a URN, `urn:pulumi:<stack>::<project>::<type>::<name>`. */
const stackOf = (urn: string): string | undefined => /^urn:pulumi:([^:]+)::/.exec(urn)?.[1];

/**
 * The arguments as plain values, unknowns left as the engine's markers: the policy SDK's proxy throws on reading an
 * unknown, and a fix must pass the values it does not touch through unchanged.
 */
function plainCopy(props: object): Record<string, unknown> {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(props)) copy[key] = Object.getOwnPropertyDescriptor(props, key)?.value;
    return copy;
}

function configSchemaOf(rule: GuardrailRule, params: Record<string, ParameterValue>): ResourceValidationPolicy["configSchema"] {
    const properties = Object.fromEntries(Object.entries(rule.parameters).map(([name, spec]) => [name,
        spec.type === "integer"
            ? { type: "integer" as const, minimum: spec.minimum, default: params[name], description: spec.description }
            : { type: "array" as const, items: { type: "string" as const }, default: params[name], description: spec.description }]));
    return Object.keys(properties).length ? { properties } : undefined;
}

/** The policies, one per rule, with a team's levels and parameters; a configuration with problems throws them all. */
export function cognitoClientPolicies(config?: GuardrailConfig): ResourceValidationPolicy[] {
    const { settings, problems } = resolveGuardrailConfig(config);
    if (problems.length) throw new Error(`the Cognito app client guardrails' configuration is not valid:\n  ${problems.join("\n  ")}`);
    return GUARDRAIL_RULES.map((rule): ResourceValidationPolicy => {
        const setting = settings.get(rule.id)!;
        const params = (args: Pick<ResourceValidationArgs, "getConfig">) => ({ ...setting.params, ...(args.getConfig() as Record<string, ParameterValue>) });
        return {
            name: rule.id,
            description: `${rule.description} (${rule.source})`,
            enforcementLevel: setting.level as PolicyLevel,
            severity: rule.severity,
            configSchema: configSchemaOf(rule, setting.params),
            validateResource: (args, reportViolation) => {
                if (!CHECKED_TYPES.includes(args.type)) return;
                for (const finding of rule.check(args.props as ClientProps, { stack: stackOf(args.urn), params: params(args) })) {
                    reportViolation(`${finding.property}: ${finding.problem}. Fix: ${finding.fix}.`, args.urn);
                }
            },
            remediateResource: rule.remediate && ((args) => {
                if (!CHECKED_TYPES.includes(args.type)) return undefined;
                // Read through the proxy: an argument unknown at preview is left alone, and the SDK says so.
                if (!rule.check(args.props as ClientProps, { stack: stackOf(args.urn), params: params(args) }).length) return undefined;
                return rule.remediate!(plainCopy(args.props));
            }),
        };
    });
}

/** `@pulumi/policy`'s PolicyPack, loaded only to run a pack: the policies themselves need only its types. */
function policyPackClass(): typeof PolicyPack {
    try {
        return (require("@pulumi/policy") as typeof import("@pulumi/policy")).PolicyPack;
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && (e as Error).message.includes("'@pulumi/policy'")) {
            throw new Error("the Cognito app client guardrails run as a policy pack with @pulumi/policy, which is not installed beside pulumi-cognito-user-pool-client: npm install --save-dev @pulumi/policy (docs/guardrails.md)");
        }
        throw e;
    }
}

/** The guardrails as a policy pack of its own (as `@pulumi/awsguard` is used): the program of a pack's index. */
export class CognitoClientGuardrails {
    constructor(config?: GuardrailConfig, name: string = DEFAULT_PACK_NAME) {
        const Pack = policyPackClass();
        new Pack(name, {
            policies: cognitoClientPolicies(config),
            description: "OAuth security rules for Amazon Cognito app clients (RFC 9700, AWS guidance), for @pulumi/aws and pulumi-cognito-user-pool-client clients.",
        });
    }
}
