/**
 * The two types a UserPoolClient has in a stack's state: the dynamic resource's (TypeScript programs) and the provider
 * plugin's (every language). Commands that read a stack (iam-policy, recover, adopt's names) treat both alike.
 */
import { RESOURCE_TOKEN } from "./plugin/package";
import { USER_POOL_CLIENT_TYPE } from "./serialized";

/** `aws.cognito.UserPoolClient` of `@pulumi/aws`: the same argument names (migrate and the guardrails read it). */
export const AWS_CLIENT_TYPE = "aws:cognito/userPoolClient:UserPoolClient";

export type ClientFace = "dynamic" | "plugin";

export const CLIENT_TYPES: Record<ClientFace, string> = { dynamic: USER_POOL_CLIENT_TYPE, plugin: RESOURCE_TOKEN };

/** The face of a resource type, or undefined for a type that is no UserPoolClient. */
export function clientFaceOf(type: string | undefined): ClientFace | undefined {
    return type === USER_POOL_CLIENT_TYPE ? "dynamic" : type === RESOURCE_TOKEN ? "plugin" : undefined;
}
