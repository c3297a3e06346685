/**
 * The dynamic provider's implementation: wiring only. Validation, mapping, diff and AWS calls live in their
 * own modules. Loaded at run time by the provider text the engine stores (see `serialized.ts`), so the code that runs
 * is always the installed version of this package.
 */
import type * as pulumi from "@pulumi/pulumi";
import { UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { CognitoApiError, RetryPolicy, UserPoolClientApi } from "./aws";
import { diffUserPoolClient } from "./diff";
import { parseImportId } from "./importId";
import { dropUndefined, expandCreateInput, expandUpdateInput, flattenUserPoolClient, inputsFromOutputs } from "./mapping";
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
        const { changed, replaces } = diffUserPoolClient(withoutReserved(olds), { ...desired, name: desired.name ?? olds.name }, this.defaultRegion);
        return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
    }

    async create(news: UserPoolClientInputs): Promise<pulumi.dynamic.CreateResult<UserPoolClientOutputs>> {
        const { importId, ...inputs } = withoutReserved(news);
        const api = this.api(inputs.region);
        const region = inputs.region ?? this.defaultRegion ?? (await api.region());
        if (importId !== undefined) return this.adopt(importId, inputs, api, region);
        const client = await api.create(expandCreateInput(inputs));
        return { id: client.ClientId!, outs: flattenUserPoolClient(client, { region, generateSecret: inputs.generateSecret }) };
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
        const generateSecret = byCompositeId ? client.ClientSecret !== undefined : stored.generateSecret;
        const outs = flattenUserPoolClient(client, { region, generateSecret });
        return byCompositeId ? { id: clientId, props: outs, inputs: inputsFromOutputs(outs) as UserPoolClientOutputs } : { id: clientId, props: outs };
    }

    async update(id: string, olds: UserPoolClientOutputs, news: UserPoolClientInputs): Promise<pulumi.dynamic.UpdateResult<UserPoolClientOutputs>> {
        const { importId: _importId, ...inputs } = withoutReserved(news);
        const previous = withoutReserved(olds);
        const desired = { ...inputs, name: inputs.name ?? previous.name };
        const client = await this.api(previous.region).update(expandUpdateInput(id, desired));
        const outs = flattenUserPoolClient(client, { region: previous.region, generateSecret: previous.generateSecret });
        return { outs: dropUndefined({ ...outs, clientSecret: outs.clientSecret ?? previous.clientSecret }) };
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
        const hasSecret = client!.ClientSecret !== undefined;
        const outs = flattenUserPoolClient(client!, { region, generateSecret: inputs.clientSecret === undefined ? hasSecret : false });
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

export { CognitoApiError };
