/**
 * Moving a stack's `@pulumi/aws` app clients (`aws.cognito.UserPoolClient`) to this package: which state entries
 * are clients, which of them can move, and their configuration in this package's terms. The argument names are the
 * same in both packages; the bridged provider writes Terraform's empty values (`""`, `[]`, `0`) for unset arguments,
 * which are dropped here. Pure: `pulumi-cognito-clients migrate` reads the state and makes the calls.
 */
import type { UserPoolClientInputs } from "../args";
import type { StackExport } from "./recovery";

export const AWS_CLIENT_TYPE = "aws:cognito/userPoolClient:UserPoolClient";
const AWS_PROVIDER_TYPE = "pulumi:providers:aws";

/** A state entry of an `@pulumi/aws` app client. */
export interface OldClient {
    urn: string;
    /** The resource name, the last part of the URN, which the new declaration keeps. */
    name: string;
    parent?: string;
    userPoolId: string;
    clientId: string;
    /** The provider reference, `<provider URN>::<provider ID>`. */
    provider?: string;
    protect: boolean;
    outputs: Record<string, unknown>;
}

type ExportedResource = NonNullable<NonNullable<StackExport["deployment"]>["resources"]>[number] & {
    provider?: string;
    protect?: boolean;
    outputs?: Record<string, unknown>;
};

const resourcesOf = (exported: StackExport) => (exported.deployment?.resources ?? []) as ExportedResource[];

/** The `@pulumi/aws` app clients of a stack's state. */
export function oldClients(exported: StackExport): OldClient[] {
    return resourcesOf(exported)
        .filter((r) => r.type === AWS_CLIENT_TYPE)
        .map((r) => {
            const outputs = r.outputs ?? {};
            return {
                urn: r.urn,
                name: r.urn.slice(r.urn.lastIndexOf("::") + 2),
                parent: r.parent && !r.parent.includes("::pulumi:pulumi:Stack::") ? r.parent : undefined,
                userPoolId: String(outputs.userPoolId ?? r.inputs?.userPoolId ?? ""),
                clientId: String(r.id ?? outputs.id ?? ""),
                provider: r.provider,
                protect: r.protect === true,
                outputs,
            };
        });
}

/** Whether a provider reference is the stack's default `aws` provider (`...::pulumi:providers:aws::default[_<version>]::<id>`). */
export function isDefaultAwsProvider(reference: string | undefined): boolean {
    return reference === undefined || /::pulumi:providers:aws::default(_[\w-]+)?::/.test(reference);
}

/** Why an entry cannot move, if it cannot: a custom provider (its region and credentials), or protection. */
export function migrationProblems(old: OldClient): string[] {
    const problems: string[] = [];
    if (!isDefaultAwsProvider(old.provider)) {
        problems.push(`${old.name} uses a provider of its own (${old.provider!.split("::").slice(-2, -1)[0]}), whose region and credentials this package cannot take over; give the new declaration a region and move it by hand`);
    }
    if (old.protect) problems.push(`${old.name} is protected; unprotect it first (pulumi state unprotect '${old.urn}')`);
    if (!old.userPoolId || !old.clientId) problems.push(`${old.name} has no user pool ID or client ID in the state`);
    return problems;
}

/** The arguments this package reads from an old entry's outputs: the same names, Terraform's empty values dropped. */
const SAME_NAMES = [
    "name", "userPoolId", "generateSecret", "explicitAuthFlows", "allowedOauthFlows", "allowedOauthFlowsUserPoolClient",
    "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls", "readAttributes", "writeAttributes",
    "refreshTokenValidity", "accessTokenValidity", "idTokenValidity", "tokenValidityUnits", "supportedIdentityProviders",
    "preventUserExistenceErrors", "enableTokenRevocation", "enablePropagateAdditionalUserContextData", "authSessionValidity",
    "analyticsConfiguration", "refreshTokenRotation", "region",
] as const satisfies readonly (keyof UserPoolClientInputs)[];

function meaningful(value: unknown): boolean {
    if (value === undefined || value === null || value === "" || value === 0) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") return Object.values(value as object).some(meaningful);
    return true;
}

/** The configuration an old entry records, in this package's arguments (its secret left out: the export encrypts it). */
export function oldConfiguration(old: OldClient): Partial<UserPoolClientInputs> {
    const config: Record<string, unknown> = {};
    for (const key of SAME_NAMES) {
        const value = old.outputs[key];
        if (!meaningful(value)) continue;
        config[key] = typeof value === "object" && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => meaningful(v)))
            : value;
    }
    return config as Partial<UserPoolClientInputs>;
}

/** The default `aws` providers of the state that no resource uses once `removed` are gone: they go with them. */
export function providersLeftUnused(exported: StackExport, removed: Set<string>): string[] {
    const resources = resourcesOf(exported);
    const used = new Set(resources.filter((r) => !removed.has(r.urn) && r.provider).map((r) => r.provider!.slice(0, r.provider!.lastIndexOf("::"))));
    return resources
        .filter((r) => r.type === AWS_PROVIDER_TYPE && isDefaultAwsProvider(`${r.urn}::x`) && !used.has(r.urn))
        .filter((r) => resources.some((o) => removed.has(o.urn) && o.provider?.startsWith(`${r.urn}::`)))
        .map((r) => r.urn);
}
