/**
 * The client secret's lifecycle: when an update rotates it, how, and what state records about it.
 *
 * Cognito holds at most two secrets per client. `AddUserPoolClientSecret` returns a generated value once, and
 * nothing else ever returns it again: Describe keeps showing the original (create-time) secret, and after the
 * original is deleted shows none. So the values live in state: `clientSecret` is always the newest secret and
 * `previousClientSecret` the one it replaced, while it exists. Secret IDs and dates are recorded from the first
 * rotation on; a client that never rotates never pays for a `ListUserPoolClientSecrets` call.
 *
 * The planning and reconciling functions are pure; `rotateSecret` and `retirePreviousSecret` make the calls
 * through the `SecretApi` they are given (`operations.ts`), in an order that leaves Cognito and state in agreement
 * after any failure.
 */
import { isUnknown } from "../../schema";
import type { SecretsInputs, SecretsOutputs } from "./args";

type Stored = Partial<SecretsInputs & SecretsOutputs & { clientId: string; clientType: string }>;

/** One of Cognito's secrets of a client. `value` only where known: from state, a custom input, or a generated add. */
export interface SecretDescriptor {
    id: string;
    createDate?: string;
    value?: string;
}

/** The outputs that describe the client's secrets. */
export interface SecretState {
    clientSecret?: string;
    clientSecretId?: string;
    clientSecretCreateDate?: string;
    previousClientSecret?: string;
    previousClientSecretId?: string;
    previousClientSecretCreateDate?: string;
}

export const SECRET_STATE_KEYS = [
    "clientSecret", "clientSecretId", "clientSecretCreateDate",
    "previousClientSecret", "previousClientSecretId", "previousClientSecretCreateDate",
] as const satisfies readonly (keyof SecretState)[];

/** The calls a rotation needs; `secretApi` of `operations.ts` provides them. */
export interface SecretApi {
    listSecrets(userPoolId: string, clientId: string): Promise<SecretDescriptor[]>;
    /**
     * Adds a secret: `value` for a custom one, none for a generated one (whose value the result carries).
     * `existing`: the IDs of the client's secrets before the add, to recognise one an ambiguous attempt made.
     */
    addSecret(userPoolId: string, clientId: string, value: string | undefined, existing: string[]): Promise<SecretDescriptor>;
    /** Deletes a secret; one that is already gone counts as deleted. */
    deleteSecret(userPoolId: string, clientId: string, secretId: string): Promise<void>;
}

/** What an update does to the secrets. */
export interface SecretPlan {
    /** Add a new secret: `value` for a custom one, undefined for a generated one. */
    rotate?: { value?: string };
    /** Delete the previous secret without adding one (`keepPreviousSecret: false`). */
    retirePrevious: boolean;
    /** Keep the secret a rotation replaces. */
    keepPrevious: boolean;
}

const hasCustomSecret = (c: { generateSecret?: boolean; clientSecret?: string }) => c.generateSecret !== true && c.clientSecret !== undefined;

/**
 * Whether a change of `clientSecret` is a rotation (in place) rather than a replacement: the client had a custom
 * secret and the program gives another one (possibly not known until apply).
 */
export function isCustomSecretRotation(olds: Stored, news: SecretsInputs): boolean {
    return hasCustomSecret(olds) && news.generateSecret !== true && news.clientSecret !== undefined && news.clientSecret !== olds.clientSecret;
}

/** The map that triggers rotation, with an empty map read as none. */
export function rotationKeepers(inputs: { rotateSecretWhenChanged?: Record<string, string> }): Record<string, string> | undefined {
    const keepers = inputs.rotateSecretWhenChanged;
    if (isUnknown(keepers)) return keepers;
    return keepers && Object.keys(keepers).length ? keepers : undefined;
}

function sameKeepers(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
    const ka = Object.keys(a ?? {}).sort();
    const kb = Object.keys(b ?? {}).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a![k] === b![k]);
}

/**
 * The secret work of an update from the stored outputs to the program's inputs. A generated secret rotates when a
 * value of `rotateSecretWhenChanged` changes (not when the map is first set or removed); a custom one when
 * `clientSecret` takes another value.
 */
export function planSecretChange(olds: Stored, news: SecretsInputs): SecretPlan {
    const keepPrevious = news.keepPreviousSecret !== false;
    const before = rotationKeepers(olds);
    const after = rotationKeepers(news);
    let rotate: SecretPlan["rotate"];
    if (olds.generateSecret === true && news.generateSecret === true && before && after && !sameKeepers(before, after)) rotate = {};
    else if (isCustomSecretRotation(olds, news)) rotate = { value: news.clientSecret };
    return { rotate, keepPrevious, retirePrevious: !rotate && !keepPrevious && olds.previousClientSecretId !== undefined };
}

/**
 * Why the planned secret work cannot be done, if it cannot: Cognito refuses secret operations for a client that an
 * application registered itself (dynamic client registration, `clientType` DCR).
 */
export function secretPlanRefusal(olds: Stored, plan: SecretPlan): string | undefined {
    if (olds.clientType !== "DCR" || (!plan.rotate && !plan.retirePrevious)) return undefined;
    const what = plan.rotate ? "rotate its secret" : "retire its previous secret (keepPreviousSecret: false)";
    return `cannot ${what}: client ${olds.clientId ?? ""} was registered by an application through dynamic client registration (clientType DCR), and Cognito supports no secret operations for such clients; leave rotateSecretWhenChanged, clientSecret and keepPreviousSecret as they are`;
}

/** The secret outputs of stored outputs. */
export function secretStateOf(outputs: Stored): SecretState {
    const state: SecretState = {};
    for (const key of SECRET_STATE_KEYS) if (outputs[key] !== undefined) state[key] = outputs[key];
    return state;
}

/** A copy without the secret state (the secrets' values, IDs and dates). */
export function withoutSecretState<T extends object>(outputs: T): Omit<T, keyof SecretState> {
    return Object.fromEntries(Object.entries(outputs).filter(([k]) => !(SECRET_STATE_KEYS as readonly string[]).includes(k))) as Omit<T, keyof SecretState>;
}

/** Whether state tracks the secrets by ID, i.e. the client has rotated under this provider (or was imported). */
export const tracksSecretIds = (state: SecretState): boolean => state.clientSecretId !== undefined;

const byAge = (a: SecretDescriptor, b: SecretDescriptor) => Date.parse(a.createDate ?? "") - Date.parse(b.createDate ?? "");

/**
 * State after a refresh: the stored secrets that still exist. When the newest is gone (deleted outside Pulumi),
 * the previous one, still valid, becomes the current one; a secret state does not know the value of is not
 * claimed as current.
 */
export function reconcileSecrets(stored: SecretState, listed: SecretDescriptor[]): SecretState {
    const live = new Map(listed.map((d) => [d.id, d]));
    const current = stored.clientSecretId !== undefined && live.has(stored.clientSecretId)
        ? { id: stored.clientSecretId, value: stored.clientSecret, createDate: live.get(stored.clientSecretId)!.createDate ?? stored.clientSecretCreateDate }
        : undefined;
    const previous = stored.previousClientSecretId !== undefined && live.has(stored.previousClientSecretId)
        ? { id: stored.previousClientSecretId, value: stored.previousClientSecret, createDate: live.get(stored.previousClientSecretId)!.createDate ?? stored.previousClientSecretCreateDate }
        : undefined;
    if (current) return stateOf(current, previous);
    if (previous) return stateOf(previous, undefined);
    // None of the secrets state knows is left: record the newest that exists, whose value is unknown here.
    const newest = [...listed].sort(byAge).pop();
    return newest ? stateOf({ id: newest.id, createDate: newest.createDate }, undefined) : {};
}

/**
 * The secrets of a client read by ID alone (import, `get`): the newest is current, the other previous. Only the
 * original (create-time) secret's value is known, from Describe, and the original is always the oldest. A client
 * that still has only its original secret is recorded as one that never rotated, so its refresh stays one call.
 */
export function importedSecrets(listed: SecretDescriptor[], describedSecret: string | undefined): SecretState {
    const sorted = [...listed].sort(byAge);
    if (sorted.length <= 1 && (describedSecret !== undefined || sorted.length === 0)) {
        return describedSecret !== undefined ? { clientSecret: describedSecret } : {};
    }
    const newest = sorted[sorted.length - 1];
    if (sorted.length === 1) return stateOf(newest, undefined); // the original was rotated away: value unknown
    return stateOf(newest, { ...sorted[0], value: describedSecret });
}

function stateOf(current: SecretDescriptor, previous: SecretDescriptor | undefined): SecretState {
    const state: SecretState = { clientSecret: current.value, clientSecretId: current.id, clientSecretCreateDate: current.createDate };
    if (previous) Object.assign(state, { previousClientSecret: previous.value, previousClientSecretId: previous.id, previousClientSecretCreateDate: previous.createDate });
    for (const key of SECRET_STATE_KEYS) if (state[key] === undefined) delete state[key];
    return state;
}

/**
 * Rotates: makes room (Cognito holds two secrets), adds the new secret, and deletes the replaced one unless it is
 * kept. The current secret is never deleted before the new one exists, and the last secret never at all.
 *
 * Which secret is current: the one state records by ID; before the first rotation, the only one, or with two, the
 * original (the oldest), whose value state holds from Describe. Any other secret is the previous one, already
 * replaced, or one state cannot use (added outside Pulumi, or by an update whose answer was lost).
 */
export async function rotateSecret(
    api: SecretApi,
    userPoolId: string,
    clientId: string,
    stored: SecretState,
    newValue: string | undefined,
    keepPrevious: boolean,
): Promise<SecretState> {
    const listed = (await api.listSecrets(userPoolId, clientId)).sort(byAge);
    const currentId = stored.clientSecretId !== undefined ? stored.clientSecretId : listed[0]?.id;
    const current = listed.find((d) => d.id === currentId);
    // Room for the new secret: delete every other secret, or, if the current one is gone, all but the newest.
    const others = listed.filter((d) => d !== current);
    const removed = current ? others : others.slice(0, -1);
    for (const d of removed) await api.deleteSecret(userPoolId, clientId, d.id);
    const remaining = listed.filter((d) => !removed.includes(d)).map((d) => d.id);
    const added = await api.addSecret(userPoolId, clientId, newValue, remaining);
    const newest: SecretDescriptor = { id: added.id, createDate: added.createDate, value: newValue ?? added.value };
    const replaced = current ? { ...current, value: stored.clientSecret } : undefined;
    if (replaced && !keepPrevious) {
        await api.deleteSecret(userPoolId, clientId, replaced.id);
        return stateOf(newest, undefined);
    }
    return stateOf(newest, replaced);
}

/** Deletes the previous secret (`keepPreviousSecret: false`), never the current one. */
export async function retirePreviousSecret(api: SecretApi, userPoolId: string, clientId: string, stored: SecretState): Promise<SecretState> {
    if (stored.previousClientSecretId !== undefined && stored.previousClientSecretId !== stored.clientSecretId) {
        await api.deleteSecret(userPoolId, clientId, stored.previousClientSecretId);
    }
    const { previousClientSecret: _v, previousClientSecretId: _i, previousClientSecretCreateDate: _d, ...rest } = stored;
    return rest;
}

/**
 * Whether a secret has the form Cognito generates (51 characters of a–z and 0–9). Cognito does not say whether a
 * secret was generated or given; a secret of any other form was certainly given (custom).
 */
export const looksGenerated = (secret: string): boolean => /^[a-z0-9]{51}$/.test(secret);

