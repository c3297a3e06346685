/**
 * The dynamic provider's implementation: wiring only. Validation, mapping, diff and AWS calls live in their
 * own modules. Loaded at run time by the provider text the engine stores (see `serialized.ts`), so the code that runs
 * is always the installed version of this package.
 */
import type * as pulumi from "@pulumi/pulumi";
import { SsoSession, UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { CognitoApiError, RetryPolicy, UserPoolClientApi } from "./aws";
import { diffUserPoolClient } from "./diff";
import { parseImportId } from "./importId";
import { dropUndefined, expandCreateInput, expandUpdateInput, flattenUserPoolClient, inputsFromOutputs } from "./mapping";
import {
    SecretDescriptor,
    SecretState,
    importedSecrets,
    planSecretChange,
    reconcileSecrets,
    retirePreviousSecret,
    rotateSecret,
    secretPlanRefusal,
    secretStateOf,
    tracksSecretIds,
    withoutSecretState,
} from "./secrets";
import { explainSessionError, plannedSsoMinutes, ssoSessionOutput, usesSsoSession } from "./sessions";
import { validateInputs } from "./validate";

export interface UserPoolClientProviderOptions {
    /** Overrides of the retry policy (tests shorten the backoff). */
    retry?: Partial<RetryPolicy>;
}

/** Strips the engine's reserved `__provider` key: it is never sent to AWS nor echoed as data. */
function withoutReserved<T extends object>(props: T | undefined): T {
    const { __provider: _ignored, ...rest } = (props ?? {}) as T & { __provider?: unknown };
    return rest as T;
}

/** Arguments that are not members of UpdateUserPoolClient: the secrets' and the SSO session's, set by their own calls. */
const SEPARATE_ARGUMENTS = ["clientSecret", "rotateSecretWhenChanged", "keepPreviousSecret", "ssoSession"] as const;

/** Arguments that steer the secrets' lifecycle: kept in the outputs (diff compares them), never sent to Cognito. */
function secretArguments(inputs: Partial<UserPoolClientInputs>): Partial<UserPoolClientInputs> {
    return dropUndefined({ rotateSecretWhenChanged: inputs.rotateSecretWhenChanged, keepPreviousSecret: inputs.keepPreviousSecret });
}

/**
 * Outputs with the secret state replaced by `secrets`. A client whose secret Cognito keeps in Secrets Manager has
 * none in state: its `clientSecretArn` is the way to the secret.
 */
function withSecrets(outs: UserPoolClientOutputs, secrets: SecretState): UserPoolClientOutputs {
    return dropUndefined({ ...withoutSecretState(outs), ...(outs.clientSecretArn === undefined ? secrets : {}) }) as UserPoolClientOutputs;
}

/** The secret work of an update, refused before any call when Cognito cannot do it for this client. */
function plannedSecretWork(previous: UserPoolClientOutputs, desired: Partial<UserPoolClientInputs>) {
    const plan = planSecretChange(previous, desired);
    const refusal = secretPlanRefusal(previous, plan);
    if (refusal) throw new Error(`updating Cognito user pool client (${previous.userPoolId}/${previous.clientId}): ${refusal}`);
    return plan;
}

export class UserPoolClientProvider implements pulumi.dynamic.ResourceProvider<UserPoolClientInputs, UserPoolClientOutputs> {
    /** The stack's `aws:region`, from `configure`. */
    private defaultRegion?: string;
    private readonly apis = new Map<string, UserPoolClientApi>();

    constructor(private readonly options: UserPoolClientProviderOptions = {}) {}

    async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
        this.defaultRegion = req.config.get("aws:region") || undefined;
    }

    async check(_olds: UserPoolClientInputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.CheckResult<UserPoolClientInputs>> {
        const inputs = dropUndefined(withoutReserved(news));
        const failures = validateInputs(inputs as unknown as Record<string, unknown>);
        // An adopted client may leave `name` to the live value.
        const nameMissingWhileImporting = (f: { property: string }) => f.property === "name" && inputs.importId !== undefined && inputs.name === undefined;
        return { inputs, failures: failures.filter((f) => !nameMissingWhileImporting(f)) };
    }

    async diff(_id: string, olds: UserPoolClientOutputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.DiffResult> {
        const desired = withoutReserved(news);
        // Without a name (an adopted client that keeps its live name) the name is not compared.
        const previous = withoutReserved(olds);
        const { changed, replaces } = diffUserPoolClient(previous, { ...desired, name: desired.name ?? olds.name }, this.defaultRegion);
        // Shown at preview: secret work Cognito would refuse for this client.
        if (!replaces.length) plannedSecretWork(previous, desired);
        return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
    }

    async create(news: UserPoolClientInputs): Promise<pulumi.dynamic.CreateResult<UserPoolClientOutputs>> {
        const { importId, ...inputs } = withoutReserved(news);
        const api = this.api(inputs.region);
        const region = inputs.region ?? this.defaultRegion ?? (await api.region());
        if (importId !== undefined) return this.adopt(importId, inputs, api, region);
        const client = await api.create(expandCreateInput(inputs));
        if (inputs.ssoSession !== undefined) {
            try {
                await api.setClientSession(inputs.userPoolId, client.ClientId!, inputs.ssoSession.maxValidityMinutes);
            } catch (error) {
                // A dynamic provider's create cannot report a partly made resource: delete the client again, so that
                // nothing is left that state does not know, and report why the setting failed.
                await api.delete(inputs.userPoolId, client.ClientId!);
                throw explainSessionError(error, inputs.userPoolId);
            }
        }
        const outs = flattenUserPoolClient(client, { region, generateSecret: inputs.generateSecret });
        return { id: client.ClientId!, outs: dropUndefined({ ...outs, ...secretArguments(inputs), ssoSession: inputs.ssoSession }) };
    }

    async read(id: string, props?: UserPoolClientOutputs): Promise<pulumi.dynamic.ReadResult<UserPoolClientOutputs>> {
        const stored = withoutReserved(props);
        // Refresh passes the stored outputs; `get` and import pass the composite ID and no stored user pool.
        const byCompositeId = id.includes("/") || stored.userPoolId === undefined;
        const { userPoolId, clientId } = byCompositeId ? parseImportId(id) : { userPoolId: stored.userPoolId, clientId: id };
        const api = this.api(stored.region);
        const client = await api.find(userPoolId, clientId);
        if (!client) return {}; // gone: the engine drops it from state
        const region = stored.region ?? this.defaultRegion ?? (await api.region());
        if (byCompositeId) {
            // Read by ID alone (import, get): both secrets are shown, and a client whose original secret was
            // rotated away (no ClientSecret in Describe) still counts as having a secret.
            const listed = await listSecretsOfAny(api, userPoolId, clientId, client);
            const generateSecret = client.ClientSecret !== undefined || listed.length > 0;
            const outs = withSecrets(flattenUserPoolClient(client, { region, generateSecret }), importedSecrets(listed, client.ClientSecret));
            const ssoSession = await importedSsoSession(api, userPoolId, clientId);
            const props = dropUndefined({ ...outs, ssoSession });
            return { id: clientId, props, inputs: inputsFromOutputs(props) as UserPoolClientOutputs };
        }
        let outs = flattenUserPoolClient(client, { region, generateSecret: stored.generateSecret });
        const secrets = secretStateOf(stored);
        // After a rotation Describe shows the original secret, or none: the secrets are state's, checked by ID.
        if (outs.clientSecretArn !== undefined) outs = withSecrets(outs, {});
        else if (tracksSecretIds(secrets)) outs = withSecrets(outs, reconcileSecrets(secrets, await api.listSecrets(userPoolId, clientId)));
        // The SSO session setting is read only for a client that uses it, so refresh shows a change made outside Pulumi.
        const ssoSession = usesSsoSession(stored) ? { maxValidityMinutes: await api.getClientSession(userPoolId, clientId) } : undefined;
        return { id: clientId, props: dropUndefined({ ...outs, ...secretArguments(stored), ssoSession }) };
    }

    async update(id: string, olds: UserPoolClientOutputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.UpdateResult<UserPoolClientOutputs>> {
        const { importId: _importId, ...inputs } = withoutReserved(news);
        const previous = withoutReserved(olds);
        const desired = { ...inputs, name: inputs.name ?? previous.name };
        const api = this.api(previous.region);
        // The configuration first: an update that changes only secret arguments makes no UpdateUserPoolClient call.
        const { changed } = diffUserPoolClient(previous, desired, this.defaultRegion);
        const configChanged = changed.some((key) => !(SEPARATE_ARGUMENTS as readonly string[]).includes(key));
        let outs = configChanged
            ? flattenUserPoolClient(await api.update(expandUpdateInput(id, desired)), { region: previous.region, generateSecret: previous.generateSecret })
            : previous;
        const plan = plannedSecretWork(previous, desired);
        let secrets = secretStateOf(previous);
        if (plan.rotate) secrets = await rotateSecret(api, previous.userPoolId, id, secrets, plan.rotate.value, plan.keepPrevious);
        else if (plan.retirePrevious) secrets = await retirePreviousSecret(api, previous.userPoolId, id, secrets);
        // Before any rotation the secret is the one Describe shows (kept from state if an answer leaves it out).
        if (outs.clientSecretArn !== undefined) outs = withSecrets(outs, {});
        else outs = tracksSecretIds(secrets) ? withSecrets(outs, secrets) : { ...outs, clientSecret: outs.clientSecret ?? previous.clientSecret };
        // The SSO session setting last: set when it changed; removing the argument restores Cognito's default.
        const minutes = plannedSsoMinutes(previous, desired);
        if (minutes !== undefined) {
            try {
                await api.setClientSession(previous.userPoolId, id, minutes);
            } catch (error) {
                throw explainSessionError(error, previous.userPoolId);
            }
        }
        return { outs: dropUndefined({ ...withoutSeparateArguments(outs), ...secretArguments(desired), ssoSession: desired.ssoSession }) as UserPoolClientOutputs };
    }

    async delete(id: string, props: UserPoolClientOutputs): Promise<void> {
        const stored = withoutReserved(props);
        await this.api(stored.region).delete(stored.userPoolId, id);
    }

    /**
     * Adopts an existing client (the `import` resource option) with Pulumi's import semantics: when the live
     * client differs from the arguments, fail and name each difference; change nothing either way.
     */
    private async adopt(importId: string, inputs: Omit<UserPoolClientInputs, "importId">, api: UserPoolClientApi, region: string | undefined) {
        const { userPoolId, clientId } = parseImportId(importId);
        const fail = (problem: string) => {
            throw new Error(`importing Cognito user pool client (${importId}): ${problem}`);
        };
        if (userPoolId !== inputs.userPoolId) fail(`the import ID's user pool ${userPoolId} differs from userPoolId ${inputs.userPoolId}`);
        const client = await api.find(userPoolId, clientId);
        if (!client) fail("no such client in that user pool");
        const listed = await listSecretsOfAny(api, userPoolId, clientId, client!);
        const hasSecret = client!.ClientSecret !== undefined || listed.length > 0;
        const live = flattenUserPoolClient(client!, { region, generateSecret: inputs.clientSecret === undefined ? hasSecret : false });
        const ssoSession = await importedSsoSession(api, userPoolId, clientId);
        const outs = dropUndefined({ ...withSecrets(live, importedSecrets(listed, client!.ClientSecret)), ...secretArguments(inputs), ssoSession });
        const { changed } = diffUserPoolClient(outs, { ...inputs, name: inputs.name ?? outs.name }, region);
        if (changed.length > 0) {
            fail(
                `the live client differs from the program in ${changed.join(", ")}; ` +
                    "make the arguments match the live client to import it, then change them in a later update",
            );
        }
        return { id: clientId, outs };
    }

    private api(region: string | undefined): UserPoolClientApi {
        const key = region ?? this.defaultRegion ?? "";
        let api = this.apis.get(key);
        if (!api) {
            api = new UserPoolClientApi({ region: key || undefined, retry: this.options.retry });
            this.apis.set(key, api);
        }
        return api;
    }
}

/** The outputs without the arguments an update records from the program (secret steering and the SSO session). */
function withoutSeparateArguments(outs: UserPoolClientOutputs): UserPoolClientOutputs {
    const { rotateSecretWhenChanged: _r, keepPreviousSecret: _k, ssoSession: _s, ...rest } = outs;
    return rest;
}

/**
 * The SSO session setting of a client read by ID alone, when it is not Cognito's default. A pool below the
 * Essentials tier has no such setting.
 */
async function importedSsoSession(api: UserPoolClientApi, userPoolId: string, clientId: string): Promise<SsoSession | undefined> {
    try {
        return ssoSessionOutput(await api.getClientSession(userPoolId, clientId));
    } catch (e) {
        if (e instanceof CognitoApiError && e.awsErrorName === "FeatureUnavailableInTierException") return undefined;
        throw e;
    }
}

/**
 * The secrets of a client read by ID alone. A public client has none: Cognito's secret operations are for
 * confidential clients, so a refusal to list them for a client without a secret means none.
 */
async function listSecretsOfAny(api: UserPoolClientApi, userPoolId: string, clientId: string, client: { ClientSecret?: string }): Promise<SecretDescriptor[]> {
    try {
        return await api.listSecrets(userPoolId, clientId);
    } catch (e) {
        if (client.ClientSecret === undefined && e instanceof CognitoApiError && e.awsErrorName === "InvalidParameterException") return [];
        throw e;
    }
}

export { CognitoApiError };
