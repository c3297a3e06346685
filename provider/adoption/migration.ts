/**
 * Moving a stack's `@pulumi/aws` app clients (`aws.cognito.UserPoolClient`) to this package: which state entries
 * are clients, which of them can move, and their configuration in this package's terms. The argument names are the
 * same in both packages; the bridged provider writes Terraform's empty values (`""`, `[]`, `0`) for unset arguments,
 * which are dropped here. Pure: `pulumi-cognito-clients migrate` reads the state and makes the calls.
 */
import type { UserPoolClientInputs } from "../args";
import type { StackExport } from "./recovery";
import { PROVIDER_KEY, USER_POOL_CLIENT_TYPE } from "../serialized";
import { AWS_CLIENT_TYPE } from "../resourceTypes";

export { AWS_CLIENT_TYPE };

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
        .map((r) => ({ ...clientEntry(r), provider: r.provider, outputs: r.outputs ?? {} }));
}

/** What every client entry of a state says of itself: where it is, which client, and whether it is protected. */
function clientEntry(r: ExportedResource) {
    return {
        urn: r.urn,
        /** The resource name, the last part of the URN, which the new declaration keeps. */
        name: r.urn.slice(r.urn.lastIndexOf("::") + 2),
        parent: r.parent && !r.parent.includes("::pulumi:pulumi:Stack::") ? r.parent : undefined,
        userPoolId: String(r.outputs?.userPoolId ?? r.inputs?.userPoolId ?? ""),
        clientId: String(r.id ?? r.outputs?.id ?? ""),
        protect: r.protect === true,
    };
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

/**
 * `@pulumi/aws` resources that configure one app client, each the argument of that client here: when the client
 * moves, the resource's state entry goes with it and the client's argument takes over the same live configuration.
 * One for the pool as a whole (no client ID, or `ALL`) stays.
 */
export const FOLDED_TYPES: Readonly<Record<string, string>> = {
    "aws:cognito/riskConfiguration:RiskConfiguration": "riskConfiguration",
    "aws:cognito/userPoolUICustomization:UserPoolUICustomization": "uiCustomization",
};

/** A state entry of a per-client resource that moves into its client. */
export interface FoldedResource {
    urn: string;
    name: string;
    /** The client's argument that holds it from then on. */
    argument: string;
    /** The resource name of the client it moves into. */
    clientName: string;
    protect: boolean;
}

/** The per-client resources (FOLDED_TYPES) of the clients that move: the same user pool and client ID. */
export function foldedResources(exported: StackExport, olds: readonly OldClient[]): FoldedResource[] {
    return resourcesOf(exported).flatMap((r) => {
        const argument = FOLDED_TYPES[r.type];
        const outputs = r.outputs ?? {};
        const client = argument ? olds.find((o) => o.clientId === outputs.clientId && o.userPoolId === outputs.userPoolId) : undefined;
        return client ? [{ urn: r.urn, name: r.urn.slice(r.urn.lastIndexOf("::") + 2), argument, clientName: client.name, protect: r.protect === true }] : [];
    });
}

/** Why a per-client resource cannot move with its client, if it cannot. */
export function foldingProblems(folded: FoldedResource): string[] {
    return folded.protect ? [`${folded.name} (the ${folded.argument} of ${folded.clientName}) is protected; unprotect it first (pulumi state unprotect '${folded.urn}')`] : [];
}

/** The default `aws` providers of the state that no resource uses once `removed` are gone: they go with them. */
export function providersLeftUnused(exported: StackExport, removed: Set<string>): string[] {
    return defaultProvidersLeftUnused(exported, removed, "aws");
}

/** The default providers of package `pkg` (`pulumi-nodejs` for dynamic resources) that only `removed` use. */
export function defaultProvidersLeftUnused(exported: StackExport, removed: Set<string>, pkg: string): string[] {
    const resources = resourcesOf(exported);
    const used = new Set(resources.filter((r) => !removed.has(r.urn) && r.provider).map((r) => r.provider!.slice(0, r.provider!.lastIndexOf("::"))));
    return resources
        .filter((r) => r.type === `pulumi:providers:${pkg}` && /::default(_[\w-]+)?$/.test(r.urn) && !used.has(r.urn))
        .filter((r) => resources.some((o) => removed.has(o.urn) && o.provider?.startsWith(`${r.urn}::`)))
        .map((r) => r.urn);
}

/** A dynamic UserPoolClient of the stack, on its way to the provider plugin's resource. */
export interface DynamicClient {
    urn: string;
    name: string;
    parent?: string;
    userPoolId: string;
    clientId: string;
    protect: boolean;
    /** The stored inputs without the engine's provider text, the import carrier and secrets (encrypted in an export). */
    inputs: Record<string, unknown>;
}

const isEncrypted = (value: unknown) => value !== null && typeof value === "object" && "ciphertext" in (value as object);

/** The stack's dynamic UserPoolClients (`pulumi-nodejs:dynamic/cognito:UserPoolClient`). */
export function dynamicClients(exported: StackExport): DynamicClient[] {
    return resourcesOf(exported)
        .filter((r) => r.type === USER_POOL_CLIENT_TYPE)
        .map((r) => {
            const { [PROVIDER_KEY]: _provider, importId: _importId, ...rest } = r.inputs ?? {};
            return { ...clientEntry(r), inputs: Object.fromEntries(Object.entries(rest).filter(([, v]) => !isEncrypted(v))) };
        });
}
