/**
 * Recovering from an interrupted `pulumi up`. When the CLI is killed mid-deployment, clients Cognito has already
 * created may be missing from the state: the state holds them as pending `creating` operations, with the inputs
 * but no ID. This finds, for each pending create of a UserPoolClient, the client it made: a client of the pool
 * with the same name and configuration whose ID the state does not hold. It never guesses: two candidates for one
 * create stop the recovery.
 *
 * The functions on a stack export (`pulumi stack export`, deployment format version 3 or 4, as the admitted Pulumi
 * CLIs write it: the fields read here are the same in both) are pure.
 */
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import { diffUserPoolClient } from "../diff";
import { formatImportId } from "../importId";
import type { UserPoolClientProvider } from "../provider";
import { ClientFace, clientFaceOf } from "../resourceTypes";

/** An interrupted create of a UserPoolClient, from the state's pending operations. */
export interface PendingCreate {
    urn: string;
    /** Whose resource it is: the dynamic resource's, or the provider plugin's. */
    face: ClientFace;
    resourceName: string;
    parent?: string;
    inputs: UserPoolClientInputs;
}

/** What `pulumi stack export` prints, as far as this module reads it. */
export interface StackExport {
    deployment?: {
        resources?: { urn: string; type: string; id?: string; inputs?: Record<string, unknown>; parent?: string }[];
        pending_operations?: { type: string; resource: { urn: string; type: string; parent?: string; inputs?: Record<string, unknown> } }[];
    };
}

const isSecretValue = (v: unknown) => !!v && typeof v === "object" && "4dabf18193072939515e22adb298388d" in (v as object);

/** The deployment format versions this module reads. */
export const EXPORT_VERSIONS = [3, 4] as const;

/** Why a stack export cannot be read, if it cannot: a format version newer than those this module knows. */
export function exportProblem(exported: StackExport & { version?: number }): string | undefined {
    const version = exported.version;
    if (version === undefined || (EXPORT_VERSIONS as readonly number[]).includes(version)) return undefined;
    return `the stack export is in deployment format version ${version}, which this version of the package does not read (it reads ${EXPORT_VERSIONS.join(" and ")}); upgrade pulumi-cognito-user-pool-client`;
}

/** The pending creates of UserPoolClients in a stack export. */
export function pendingCreates(exported: StackExport): PendingCreate[] {
    return (exported.deployment?.pending_operations ?? [])
        .filter((op) => op.type === "creating" && clientFaceOf(op.resource.type) !== undefined)
        .map((op) => ({
            urn: op.resource.urn,
            face: clientFaceOf(op.resource.type)!,
            resourceName: op.resource.urn.split("::").pop()!,
            ...(op.resource.parent && op.resource.parent.split("::")[2] !== "pulumi:pulumi:Stack" ? { parent: op.resource.parent } : {}),
            inputs: (op.resource.inputs ?? {}) as unknown as UserPoolClientInputs,
        }));
}

/** What `pulumi preview --json` prints, as far as this module reads it. */
export interface PreviewJson {
    steps?: { op: string; urn: string; newState?: { type: string; inputs?: Record<string, unknown>; parent?: string } }[];
}

/** The engine's placeholder for a value a preview cannot know yet. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * The UserPoolClients a preview of the program would create, as creates to recover: after a run without
 * checkpoints (`PULUMI_SKIP_CHECKPOINTS=true`) was killed, the state holds neither the clients it made nor pending
 * operations for them, and these are all that says what it was making. A create whose pool or name the preview
 * cannot know yet (a pool the same run creates) is left out: no client of it can exist.
 */
export function plannedCreates(preview: PreviewJson): PendingCreate[] {
    return (preview.steps ?? [])
        .filter((step) => step.op === "create" && clientFaceOf(step.newState?.type) !== undefined)
        .filter((step) => {
            const { userPoolId, name } = step.newState!.inputs ?? {};
            return typeof userPoolId === "string" && userPoolId !== UNKNOWN && typeof name === "string" && name !== UNKNOWN;
        })
        .map((step) => ({
            urn: step.urn,
            face: clientFaceOf(step.newState!.type)!,
            resourceName: step.urn.split("::").pop()!,
            ...(step.newState!.parent && step.newState!.parent.split("::")[2] !== "pulumi:pulumi:Stack" ? { parent: step.newState!.parent } : {}),
            inputs: step.newState!.inputs as unknown as UserPoolClientInputs,
        }));
}

/** The UserPoolClients the stack manages: `<userPoolId>/<clientId>` of each, and every resource name taken. */
export function managedClients(exported: StackExport): { ids: Set<string>; names: Set<string> } {
    const ids = new Set<string>();
    const names = new Set<string>();
    for (const r of exported.deployment?.resources ?? []) {
        names.add(r.urn.split("::").pop()!);
        if (clientFaceOf(r.type) && r.id && typeof r.inputs?.userPoolId === "string") ids.add(formatImportId({ userPoolId: r.inputs.userPoolId, clientId: r.id }));
    }
    return { ids, names };
}

/** The outcome for one pending create. */
export interface Recovery {
    pending: PendingCreate;
    /** The client the create made (`<userPoolId>/<clientId>`), when exactly one matches. */
    found?: string;
    /** Every matching client, when more than one does. */
    ambiguous?: string[];
    /** Clients of the create's name that an application registered itself (clientType DCR): never candidates. */
    registered?: string[];
}

/**
 * The client each pending create made. A candidate is a client of the create's pool with the create's name that
 * the state does not manage and that another pending create has not claimed; it matches when its configuration is
 * the one the create asked for (the secret aside: a custom secret's value is encrypted in the export).
 */
export async function findCreatedClients(
    provider: UserPoolClientProvider,
    list: (userPoolId: string) => Promise<{ clientId: string; name: string }[]>,
    pending: PendingCreate[],
    managed: Set<string>,
    onProgress?: (done: number) => void,
): Promise<Recovery[]> {
    const claimed = new Set<string>();
    const results: Recovery[] = [];
    const pools = new Map<string, { clientId: string; name: string }[]>();
    for (const p of pending) {
        const userPoolId = p.inputs.userPoolId;
        if (!pools.has(userPoolId)) pools.set(userPoolId, await list(userPoolId));
        const candidates = pools.get(userPoolId)!.filter((c) => c.name === p.inputs.name && !managed.has(formatImportId({ userPoolId, clientId: c.clientId })));
        const matches: string[] = [];
        const registered: string[] = [];
        for (const candidate of candidates) {
            const id = formatImportId({ userPoolId, clientId: candidate.clientId });
            if (claimed.has(id)) continue;
            const read = await provider.read(id);
            if (isRegisteredClient(read.props as UserPoolClientOutputs | undefined)) registered.push(id);
            else if (read.props && configurationMatches(read.props as UserPoolClientOutputs, p.inputs)) matches.push(id);
        }
        const extra = registered.length ? { registered } : {};
        if (matches.length === 1) {
            claimed.add(matches[0]);
            results.push({ pending: p, found: matches[0], ...extra });
        } else {
            results.push({ pending: p, ...(matches.length > 1 ? { ambiguous: matches } : {}), ...extra });
        }
        onProgress?.(results.length);
    }
    return results;
}

/**
 * Whether a client was registered by an application through dynamic client registration (`clientType` DCR): such a
 * client is the application's, never one a program declared, so adopt and recover leave it alone.
 */
export const isRegisteredClient = (outputs: { clientType?: string } | undefined): boolean => outputs?.clientType === "DCR";

function configurationMatches(live: UserPoolClientOutputs, requested: UserPoolClientInputs): boolean {
    const { __provider: _p, clientSecret, ...rest } = requested as UserPoolClientInputs & { __provider?: unknown };
    const desired: Partial<UserPoolClientInputs> = { ...rest };
    if (clientSecret !== undefined && !isSecretValue(clientSecret) && typeof clientSecret === "string") desired.clientSecret = clientSecret;
    const compared = desired.clientSecret === undefined ? { ...live, clientSecret: undefined } : live;
    // A custom secret reads back as a secret the client has; whether it was generated is not in Cognito's answer.
    if (requested.clientSecret !== undefined) compared.generateSecret = false;
    const { changed } = diffUserPoolClient(compared, desired, live.region);
    return changed.length === 0;
}
