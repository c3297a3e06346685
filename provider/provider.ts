/**
 * The dynamic provider's implementation: wiring only. Validation, mapping, diff and AWS calls live in their
 * own modules. Loaded at run time by the provider text the engine stores (see `serialized.ts`), so the code that runs
 * is always the installed version of this package.
 */
import type * as pulumi from "@pulumi/pulumi";
import { UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { CognitoApiError, RetryPolicy, UserPoolClientApi } from "./aws";
import { diffUserPoolClient } from "./diff";
import { explainClientError } from "./errors";
import { parseImportId } from "./importId";
import { dropUndefined } from "./json";
import { expandCreateInput, expandUpdateInput, flattenUserPoolClient, inputsFromOutputs } from "./mapping";
import { CLIENT_SETTINGS, ClientSetting, SETTING_ARGUMENTS, SettingContext, applyOutputs } from "./settings";
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

/** Runs one step of every setting in order, each on the outputs the previous ones left. */
async function throughSettings(
    outs: UserPoolClientOutputs,
    step: (setting: ClientSetting, outs: UserPoolClientOutputs) => Promise<Partial<Record<string, unknown>>>,
    userPoolId: string,
): Promise<UserPoolClientOutputs> {
    for (const setting of CLIENT_SETTINGS) {
        try {
            outs = applyOutputs(outs, await step(setting, outs));
        } catch (error) {
            throw setting.explain(error, userPoolId);
        }
    }
    return outs;
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
        // Shown at preview: setting work Cognito would refuse for this client.
        const refused = replaces.length ? undefined : refusal(previous, desired as UserPoolClientInputs);
        if (refused) throw new Error(refused);
        return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
    }

    async create(news: UserPoolClientInputs): Promise<pulumi.dynamic.CreateResult<UserPoolClientOutputs>> {
        const { importId, ...inputs } = withoutReserved(news);
        const api = this.api(inputs.region);
        const region = inputs.region ?? this.defaultRegion ?? (await api.region());
        if (importId !== undefined) return this.adopt(importId, inputs, api, region);
        const client = await api.create(expandCreateInput(inputs)).catch((error) => Promise.reject(explainClientError(error)));
        const ctx: SettingContext = { api, userPoolId: inputs.userPoolId, clientId: client.ClientId! };
        const created = flattenUserPoolClient(client, { region, generateSecret: inputs.generateSecret });
        try {
            const outs = await throughSettings(created, (setting, outs) => setting.create(ctx, inputs, outs), inputs.userPoolId);
            return { id: client.ClientId!, outs };
        } catch (error) {
            // A dynamic provider's create cannot report a partly made resource: delete the client again (its
            // settings go with it), so that nothing is left that state does not know, and report why.
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
        const ctx: SettingContext = { api, userPoolId, clientId };
        if (byCompositeId) {
            const props = await this.imported(ctx, client, region);
            return { id: clientId, props, inputs: inputsFromOutputs(props) as UserPoolClientOutputs };
        }
        const live = flattenUserPoolClient(client, { region, generateSecret: stored.generateSecret });
        // Each setting reads only for a client that uses it, so refresh shows a change made outside Pulumi.
        const props = await throughSettings(live, (setting, outs) => setting.read(ctx, stored, outs), userPoolId);
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
        const configChanged = changed.some((key) => !SETTING_ARGUMENTS.includes(key));
        const live = configChanged
            ? flattenUserPoolClient(await api.update(expandUpdateInput(id, desired)).catch((error) => Promise.reject(explainClientError(error))), { region: previous.region, generateSecret: previous.generateSecret })
            : previous;
        const ctx: SettingContext = { api, userPoolId: previous.userPoolId, clientId: id };
        const outs = await throughSettings(live, (setting) => setting.update(ctx, previous, desired, live), previous.userPoolId);
        return { outs };
    }

    async delete(id: string, props: UserPoolClientOutputs): Promise<void> {
        const stored = withoutReserved(props);
        await this.api(stored.region).delete(stored.userPoolId, id);
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

    /** A client read by ID alone, with every setting's state; `program`: the arguments of the `import` option. */
    private async imported(ctx: SettingContext, client: DescribedClient, region: string | undefined, program?: Partial<UserPoolClientInputs>): Promise<UserPoolClientOutputs> {
        const live = flattenUserPoolClient(client, { region });
        return throughSettings(live, (setting) => setting.import(ctx, client, program), ctx.userPoolId);
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
