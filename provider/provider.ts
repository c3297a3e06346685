/**
 * The dynamic provider's implementation: wiring only. Validation, mapping, diff and AWS calls live in their
 * own modules. Loaded at run time by the provider text the engine stores (see `serialized.ts`), so the code that runs
 * is always the installed version of this package.
 */
import type * as pulumi from "@pulumi/pulumi";
import { UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { CognitoApiError, CognitoCallAbortedError, RetryPolicy, UserPoolClientApi, customEndpoint, isUnimplementedOperation } from "./aws";
import { ClientDiff, diffUserPoolClient } from "./diff";
import { explainClientError } from "./errors";
import { parseImportId } from "./importId";
import { dropUndefined } from "./json";
import { expandCreateInput, expandUpdateInput, flattenUserPoolClient, inputsFromOutputs } from "./mapping";
import { ARGUMENTS_OUTSIDE_THE_CLIENT, CLIENT_SETTINGS, ClientSetting, SettingContext, SettingOperations, applyOutputs } from "./settings";
import { validateInputs } from "./validate";
import type { DescribedClient } from "./wireMembers";

export interface UserPoolClientProviderOptions {
    /** Overrides of the retry policy (tests shorten the backoff). */
    retry?: Partial<RetryPolicy>;
}

/** Strips the engine's reserved `__provider` key: it is never sent to AWS nor echoed as data. */
function withoutReserved<T extends object>(props: T | undefined): T {
    const { __provider: _ignored, ...rest } = (props ?? {}) as T & { __provider?: unknown };
    return rest as T;
}

/** Why an update cannot be made, from the first setting that refuses it; shown at preview, thrown before any call. */
function refusal(previous: UserPoolClientOutputs, desired: UserPoolClientInputs): string | undefined {
    for (const setting of CLIENT_SETTINGS) {
        const reason = setting.refusal?.(previous, desired);
        if (reason) return `updating Cognito user pool client (${previous.userPoolId}/${previous.clientId}): ${reason}`;
    }
    return undefined;
}

/**
 * The client a setting works on: the transport's generic send, limited to the operations the setting declares (to
 * its reads, `readOnly`, for a client read by ID alone).
 */
function contextFor(setting: ClientSetting, api: UserPoolClientApi, userPoolId: string, clientId: string, readOnly = false): SettingContext {
    const declared = readOnly ? setting.readOperations ?? setting.operations : setting.operations;
    const operations: SettingOperations = {
        request(operation, input, options) {
            // Every call a setting makes is one it declares, so the IAM policy built from the declarations is complete.
            if (!declared.includes(operation)) {
                return Promise.reject(new Error(`the ${setting.name} setting calls ${operation}, which it does not declare in its ${readOnly ? "readOperations" : "operations"}`));
            }
            return api.request(operation, input, options);
        },
    };
    return { api: operations, userPoolId, clientId };
}

/** Runs one step of every setting in order, each on the outputs the previous ones left. */
async function throughSettings(
    outs: UserPoolClientOutputs,
    step: (setting: ClientSetting, ctx: SettingContext, outs: UserPoolClientOutputs) => Promise<Partial<Record<string, unknown>>>,
    where: { api: UserPoolClientApi; userPoolId: string; clientId: string; readOnly?: boolean },
): Promise<UserPoolClientOutputs> {
    for (const setting of CLIENT_SETTINGS) {
        try {
            outs = applyOutputs(outs, await step(setting, contextFor(setting, where.api, where.userPoolId, where.clientId, where.readOnly), outs));
        } catch (error) {
            throw setting.explain(error, where.userPoolId);
        }
    }
    return outs;
}

/** Runs every setting's step before the client is deleted, for what Cognito would leave behind. */
async function beforeDelete(api: UserPoolClientApi, stored: Partial<UserPoolClientOutputs>, userPoolId: string, clientId: string): Promise<void> {
    for (const setting of CLIENT_SETTINGS) {
        if (!setting.beforeDelete) continue;
        try {
            await setting.beforeDelete(contextFor(setting, api, userPoolId, clientId), stored);
        } catch (error) {
            throw setting.explain(error, userPoolId);
        }
    }
}

export class UserPoolClientProvider implements pulumi.dynamic.ResourceProvider<UserPoolClientInputs, UserPoolClientOutputs> {
    /** The stack's `aws:region`, from `configure`. */
    private defaultRegion?: string;
    private readonly apis = new Map<string, UserPoolClientApi>();

    constructor(private readonly options: UserPoolClientProviderOptions = {}) {}

    async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
        this.defaultRegion = req.config.get("aws:region") || undefined;
    }

    /** @param secretTexts the strings that came as secrets (the plugin knows them): no failure shows them */
    async check(_olds: UserPoolClientInputs, news: UserPoolClientInputs, secretTexts?: ReadonlySet<string>): Promise<pulumi.dynamic.CheckResult<UserPoolClientInputs>> {
        const inputs = dropUndefined(withoutReserved(news));
        const failures = validateInputs(inputs as unknown as Record<string, unknown>, secretTexts);
        // An adopted client may leave `name` to the live value.
        const given = (v: unknown) => v !== undefined && v !== null;
        const nameMissingWhileImporting = (f: { property: string }) => f.property === "name" && given(inputs.importId) && !given(inputs.name);
        return { inputs, failures: failures.filter((f) => !nameMissingWhileImporting(f)) };
    }

    async diff(_id: string, olds: UserPoolClientOutputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.DiffResult> {
        const { changed, replaces } = this.changes(olds, news);
        return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
    }

    /** The diff, argument by argument; throws what Cognito would refuse, so that preview shows it. */
    changes(olds: Partial<UserPoolClientOutputs>, news: Partial<UserPoolClientInputs>): ClientDiff {
        const desired = withoutReserved(news);
        // Without a name (an adopted client that keeps its live name) the name is not compared.
        const previous = withoutReserved(olds);
        const diff = diffUserPoolClient(previous, { ...desired, name: desired.name ?? olds.name }, this.defaultRegion);
        // Shown at preview: setting work Cognito would refuse for this client.
        const refused = diff.replaces.length ? undefined : refusal(previous as UserPoolClientOutputs, desired as UserPoolClientInputs);
        if (refused) throw new Error(refused);
        return diff;
    }

    async create(news: UserPoolClientInputs): Promise<pulumi.dynamic.CreateResult<UserPoolClientOutputs>> {
        const { importId, ...inputs } = withoutReserved(news);
        const api = this.api(inputs.region);
        const region = inputs.region ?? this.defaultRegion ?? (await api.region());
        if (importId !== undefined) return this.adopt(importId, inputs, api, region);
        const client = await api.create(expandCreateInput(inputs)).catch((error) => Promise.reject(explainClientError(error)));
        const where = { api, userPoolId: inputs.userPoolId, clientId: client.ClientId! };
        let outs = flattenUserPoolClient(client, { ...inputs, region });
        try {
            outs = await throughSettings(outs, (setting, ctx, made) => {
                outs = made; // what is made so far, for the clean-up below
                return setting.create(ctx, inputs, made);
            }, where);
            return { id: client.ClientId!, outs };
        } catch (error) {
            // Aborted (a timeout, a cancellation): the clean-up's calls would be aborted too, so say what is left.
            if (error instanceof CognitoCallAbortedError) {
                throw new CognitoCallAbortedError(error.action, error.target, error.reason, error.inFlight, error.attempts, `the client ${client.ClientId} was created and is left in ${inputs.userPoolId}`, { id: client.ClientId!, outputs: outs });
            }
            // A dynamic provider's create cannot report a partly made resource: delete the client again (with what
            // its settings made that would outlive it), so that nothing is left that state does not know, and report why.
            await beforeDelete(api, outs, inputs.userPoolId, client.ClientId!);
            await api.delete(inputs.userPoolId, client.ClientId!);
            throw error;
        }
    }

    async read(id: string, storedProps?: UserPoolClientOutputs): Promise<pulumi.dynamic.ReadResult<UserPoolClientOutputs>> {
        const stored = withoutReserved(storedProps);
        // Refresh passes the stored outputs; `get` and import pass the composite ID and no stored user pool.
        const byCompositeId = id.includes("/") || stored.userPoolId === undefined;
        const { userPoolId, clientId } = byCompositeId ? parseImportId(id) : { userPoolId: stored.userPoolId, clientId: id };
        const api = this.api(stored.region);
        const client = await api.find(userPoolId, clientId);
        if (!client) return {}; // gone: the engine drops it from state
        const region = stored.region ?? this.defaultRegion ?? (await api.region());
        const where = { api, userPoolId, clientId };
        if (byCompositeId) {
            const props = await this.imported(where, client, region);
            return { id: clientId, props, inputs: inputsFromOutputs(props) as UserPoolClientOutputs };
        }
        const live = flattenUserPoolClient(client, { ...stored, region });
        // Each setting reads only for a client that uses it, so refresh shows a change made outside Pulumi.
        const props = await throughSettings(live, (setting, ctx, outs) => setting.read(ctx, stored, outs), where);
        return { id: clientId, props };
    }

    async update(id: string, olds: UserPoolClientOutputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.UpdateResult<UserPoolClientOutputs>> {
        const { importId: _importId, ...inputs } = withoutReserved(news);
        const previous = withoutReserved(olds);
        const desired = { ...inputs, name: inputs.name ?? previous.name };
        const api = this.api(previous.region);
        const refused = refusal(previous, desired);
        if (refused) throw new Error(refused);
        // The configuration first: an update that changes only settings makes no UpdateUserPoolClient call.
        const { changed } = diffUserPoolClient(previous, desired, this.defaultRegion);
        const configChanged = changed.some((key) => !ARGUMENTS_OUTSIDE_THE_CLIENT.includes(key));
        const live = configChanged
            ? flattenUserPoolClient(await api.update(expandUpdateInput(id, desired)).catch((error) => Promise.reject(explainClientError(error))), previous)
            : previous;
        const outs = await throughSettings(live, (setting, ctx) => setting.update(ctx, previous, desired, live), { api, userPoolId: previous.userPoolId, clientId: id });
        return { outs };
    }

    async delete(id: string, props: UserPoolClientOutputs): Promise<void> {
        const stored = withoutReserved(props);
        const api = this.api(stored.region);
        await beforeDelete(api, stored, stored.userPoolId, id);
        await api.delete(stored.userPoolId, id);
    }

    /**
     * Adopts an existing client (the `import` resource option) with Pulumi's import semantics since 3.174.0
     * (pulumi/pulumi#19339): the client is adopted, then what differs from the program is updated in place in the
     * same deployment. Only a difference that would replace the client fails, naming each, and changes nothing.
     */
    private async adopt(importId: string, inputs: Omit<UserPoolClientInputs, "importId">, api: UserPoolClientApi, region: string | undefined) {
        const { userPoolId, clientId } = parseImportId(importId);
        const fail = (problem: string) => {
            throw new Error(`importing Cognito user pool client (${importId}): ${problem}`);
        };
        if (userPoolId !== inputs.userPoolId) fail(`the import ID's user pool ${userPoolId} differs from userPoolId ${inputs.userPoolId}`);
        const client = await api.find(userPoolId, clientId);
        if (!client) fail("no such client in that user pool");
        const outs = await this.imported({ api, userPoolId, clientId }, client!, region, inputs);
        const desired = { ...inputs, name: inputs.name ?? outs.name } as UserPoolClientInputs;
        const { changed, replaces } = diffUserPoolClient(outs, desired, region);
        if (replaces.length > 0) {
            fail(
                `the live client differs from the program in ${replaces.join(", ")}, which no update can change (a new client ` +
                    "would replace it); make those arguments match the live client to import it, and nothing was changed",
            );
        }
        if (changed.length === 0) return { id: clientId, outs };
        // Adopted; now the update in place that brings it to the program.
        return { id: clientId, outs: (await this.update(clientId, outs, desired)).outs };
    }

    /**
     * A client read by ID alone, with every setting's state; `program`: the arguments of the `import` option. Against
     * a custom endpoint (an emulator) that does not implement a setting's reads, that setting is read as unused, with
     * a warning; against AWS, such an answer is an error.
     */
    private async imported(where: { api: UserPoolClientApi; userPoolId: string; clientId: string }, client: DescribedClient, region: string | undefined, program?: Partial<UserPoolClientInputs>): Promise<UserPoolClientOutputs> {
        const live = flattenUserPoolClient(client, { region });
        const endpoint = customEndpoint();
        return throughSettings(live, async (setting, ctx) => {
            try {
                return await setting.import(ctx, client, program);
            } catch (error) {
                if (endpoint === undefined || !isUnimplementedOperation(error)) throw error;
                console.warn(`warning: reading ${where.userPoolId}/${where.clientId}: the endpoint ${endpoint} does not implement the ${setting.name} operations, so the client is read as having none: ${(error as Error).message}`);
                return {};
            }
        }, { ...where, readOnly: true });
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

export { CognitoApiError };
