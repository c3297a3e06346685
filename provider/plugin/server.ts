/**
 * The provider plugin's gRPC service: the engine's ResourceProvider protocol on the stubs `@pulumi/pulumi/proto`
 * ships, wrapping the same `UserPoolClientProvider` the dynamic resource uses. What the dynamic host cannot give, it
 * adds here: detailed diffs, `customTimeouts` and Cancel (an abort signal around each operation), import by ID
 * alone, the plugin's own `region` configuration, and secrets kept wrapped as the engine sends them.
 */
import type * as grpcTypes from "@grpc/grpc-js";
import * as anyProto from "google-protobuf/google/protobuf/any_pb";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import * as pluginProto from "@pulumi/pulumi/proto/plugin_pb";
import * as providerRpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import * as statusProto from "@pulumi/pulumi/proto/status_pb";
import { formatDuration, runWithAbortSignal } from "../abort";
import { CognitoCallAbortedError } from "../aws";
import { UserPoolClientProvider, UserPoolClientProviderOptions } from "../provider";
import { SECRET_OUTPUTS } from "../settings";
import { inputWarnings } from "../validate";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import { clientNameFromResourceName } from "../mapping";
import { detailedDiff } from "./detailedDiff";
import { PLUGIN_NAME, RESOURCE_TOKEN } from "./package";
import SCHEMA from "./schema.json";
import { Properties, textsAt, unwrapSecrets, wrapSecrets } from "./wire";

type Handler<Req, Res> = grpcTypes.handleUnaryCall<Req, Res>;

const KIND = providerProto.PropertyDiff.Kind;
const KINDS = { add: [KIND.ADD, KIND.ADD_REPLACE], delete: [KIND.DELETE, KIND.DELETE_REPLACE], update: [KIND.UPDATE, KIND.UPDATE_REPLACE] } as const;

/** The value of a Struct field that may be absent (an import's Read carries only the ID). */
const plain = (struct: structProto.Struct | undefined): Properties => (struct ? (struct.toJavaScript() as Properties) : {});
const asInputs = (p: Properties) => p as unknown as UserPoolClientInputs;
const asOutputs = (p: Properties) => p as unknown as UserPoolClientOutputs;
const toStruct = (properties: Properties): structProto.Struct => structProto.Struct.fromJavaScript(properties as Record<string, structProto.JavaScriptValue>);

// SECRET_OUTPUTS are secrets as inputs too (a custom client secret), whatever the program marks.

/** What the engine is told when an operation is stopped: by its custom timeout, or by a Cancel. */
export class OperationStopped extends Error {}

/** A create that made the client but not all of it: reported as the engine's ErrorResourceInitFailed, so state keeps it. */
export class PartlyCreated extends Error {
    constructor(message: string, readonly id: string, readonly properties: Properties) {
        super(message);
    }
}

/** The gRPC error for a failure; a partly created client travels in the status details, as the engine reads them. */
function grpcError(error: Error, metadataOf: () => grpcTypes.Metadata): Partial<grpcTypes.StatusObject> & { name: string; message: string } {
    const message = error?.message ?? String(error);
    const status = { code: 2 /* UNKNOWN */, details: message, name: "Error", message };
    if (!(error instanceof PartlyCreated)) return status;
    const detail = new providerProto.ErrorResourceInitFailed().setId(error.id).setProperties(toStruct(error.properties)).setReasonsList([message]);
    const any = new anyProto.Any();
    any.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
    const metadata = metadataOf();
    const packed = new statusProto.Status().setCode(2).setMessage(message);
    packed.addDetails(any);
    metadata.add("grpc-status-details-bin", Buffer.from(packed.serializeBinary()));
    return { ...status, metadata };
}

export class PluginService {
    readonly version: string;
    private readonly provider: UserPoolClientProvider;
    private readonly running = new Set<AbortController>();
    private cancelled = false;
    private readonly warn: (urn: string, message: string) => void;
    private readonly metadataOf: () => grpcTypes.Metadata;

    /** @param options.warn logs a warning about a resource where the engine shows it (its Log service) */
    constructor(options: UserPoolClientProviderOptions & { version: string; warn?: (urn: string, message: string) => void; metadata: () => grpcTypes.Metadata }) {
        this.version = options.version;
        this.metadataOf = options.metadata;
        this.warn = options.warn ?? ((_urn, message) => console.warn(`warning: ${message}`));
        this.provider = new UserPoolClientProvider(options);
    }

    /** The handlers the engine calls; those left out answer UNIMPLEMENTED, which the engine accepts (Handshake, DiffConfig...). */
    handlers(): Partial<providerRpc.IResourceProviderServer> {
        return {
            getPluginInfo: this.unary(async () => new pluginProto.PluginInfo().setVersion(this.version)),
            getSchema: this.unary(async (req: providerProto.GetSchemaRequest) => {
                if (req.getVersion() !== 0) throw new Error(`schema version ${req.getVersion()} is not supported; this plugin serves version 0`);
                return new providerProto.GetSchemaResponse().setSchema(JSON.stringify({ ...SCHEMA, version: this.version }));
            }),
            checkConfig: this.unary(async (req: providerProto.CheckRequest) => this.checkConfig(req)),
            configure: this.unary(async (req: providerProto.ConfigureRequest) => this.configure(req)),
            check: this.unary(async (req: providerProto.CheckRequest) => this.check(req)),
            diff: this.unary(async (req: providerProto.DiffRequest) => this.diff(req)),
            create: this.unary(async (req: providerProto.CreateRequest) => this.create(req)),
            read: this.unary(async (req: providerProto.ReadRequest) => this.read(req)),
            update: this.unary(async (req: providerProto.UpdateRequest) => this.update(req)),
            delete: this.unary(async (req: providerProto.DeleteRequest) => this.delete(req)),
            cancel: this.unary(async () => this.cancel()),
            attach: this.unary(async () => new emptyProto.Empty()),
        };
    }

    /** Stops every operation in flight, and every one after: the engine is ending the deployment. */
    cancel(): emptyProto.Empty {
        this.cancelled = true;
        for (const controller of this.running) controller.abort(new OperationStopped("cancelled"));
        return new emptyProto.Empty();
    }

    private checkConfig(req: providerProto.CheckRequest): providerProto.CheckResponse {
        const news = plain(req.getNews());
        const response = new providerProto.CheckResponse().setInputs(req.getNews() ?? new structProto.Struct());
        const region = unwrapSecrets(news).values.region;
        if (region !== undefined && (typeof region !== "string" || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))) {
            response.setFailuresList([new providerProto.CheckFailure().setProperty("region").setReason(`${PLUGIN_NAME}:region must be an AWS region such as us-east-1; received ${JSON.stringify(region)}`)]);
        }
        return response;
    }

    private async configure(req: providerProto.ConfigureRequest): Promise<providerProto.ConfigureResponse> {
        const args = unwrapSecrets(plain(req.getArgs())).values;
        // Older engines send only the variables map, keyed `<package>:config:<name>`.
        const region = (args.region as string | undefined) ?? req.getVariablesMap().get(`${PLUGIN_NAME}:config:region`);
        await this.provider.configure({ config: { get: (key: string) => (key === "aws:region" ? region : undefined) } } as never);
        return new providerProto.ConfigureResponse().setAcceptsecrets(true).setSupportspreview(false).setAcceptresources(false).setAcceptoutputs(false);
    }

    private async check(req: providerProto.CheckRequest): Promise<providerProto.CheckResponse> {
        this.expectType(req.getUrn());
        const news = unwrapSecrets(plain(req.getNews()));
        const olds = unwrapSecrets(plain(req.getOlds())).values;
        // As the TypeScript class does: a client without a name is named after its resource, and keeps that name.
        const name = news.values.name ?? olds.name ?? clientNameFromResourceName(req.getName() || req.getUrn().split("::").pop() || "");
        const result = await this.provider.check(asInputs(olds), asInputs({ ...news.values, name }), textsAt(news.values, news.secretPaths));
        const response = new providerProto.CheckResponse().setInputs(toStruct(wrapSecrets((result.inputs ?? {}) as unknown as Properties, news.secretPaths, SECRET_OUTPUTS)));
        response.setFailuresList((result.failures ?? []).map((f) => new providerProto.CheckFailure().setProperty(f.property).setReason(f.reason)));
        if (!result.failures?.length) for (const warning of inputWarnings(result.inputs ?? {})) this.warn(req.getUrn(), warning);
        return response;
    }

    private async diff(req: providerProto.DiffRequest): Promise<providerProto.DiffResponse> {
        const olds = unwrapSecrets(plain(req.getOlds())).values;
        const news = unwrapSecrets(plain(req.getNews())).values;
        const { changed, replaces } = this.provider.changes(olds, news);
        const response = new providerProto.DiffResponse()
            .setChanges(changed.length ? providerProto.DiffResponse.DiffChanges.DIFF_SOME : providerProto.DiffResponse.DiffChanges.DIFF_NONE)
            .setReplacesList(replaces)
            .setDiffsList(changed)
            .setDeletebeforereplace(false)
            .setHasdetaileddiff(true);
        const map = response.getDetaileddiffMap();
        for (const [key, change] of Object.entries(detailedDiff(changed, replaces, olds, news))) {
            map.set(key, new providerProto.PropertyDiff().setKind(KINDS[change.kind][change.replaces ? 1 : 0]).setInputdiff(true));
        }
        return response;
    }

    private async create(req: providerProto.CreateRequest): Promise<providerProto.CreateResponse> {
        const news = unwrapSecrets(plain(req.getProperties()));
        try {
            const { id, outs } = await this.bounded("create", req.getTimeout(), () => this.provider.create(asInputs(news.values)));
            return new providerProto.CreateResponse().setId(id).setProperties(toStruct(this.outputs(outs ?? {}, news.secretPaths)));
        } catch (error) {
            // Stopped after the client was made: the engine records it, and the next up finishes it.
            const created = error instanceof CognitoCallAbortedError ? error.created : undefined;
            if (created) throw new PartlyCreated((error as Error).message, created.id, this.outputs(created.outputs, news.secretPaths));
            throw error;
        }
    }

    private async read(req: providerProto.ReadRequest): Promise<providerProto.ReadResponse> {
        const stored = unwrapSecrets(plain(req.getProperties()));
        const inputs = unwrapSecrets(plain(req.getInputs()));
        const storedProps = Object.keys(stored.values).length ? asOutputs(stored.values) : undefined;
        const result = await this.bounded("read", req.getTimeout(), () => this.provider.read(req.getId(), storedProps));
        const response = new providerProto.ReadResponse();
        if (!result.id || !result.props) return response; // gone: an empty ID removes it from state
        response.setId(result.id).setProperties(toStruct(this.outputs(result.props as object, stored.secretPaths)));
        // Import gives the inputs read from the client; refresh keeps the program's.
        const readInputs = result.inputs ?? (Object.keys(inputs.values).length ? inputs.values : undefined);
        if (readInputs) response.setInputs(toStruct(wrapSecrets(readInputs as unknown as Properties, inputs.secretPaths, SECRET_OUTPUTS)));
        return response;
    }

    private async update(req: providerProto.UpdateRequest): Promise<providerProto.UpdateResponse> {
        const olds = unwrapSecrets(plain(req.getOlds()));
        const news = unwrapSecrets(plain(req.getNews()));
        const { outs } = await this.bounded("update", req.getTimeout(), () => this.provider.update(req.getId(), asOutputs(olds.values), asInputs(news.values)));
        return new providerProto.UpdateResponse().setProperties(toStruct(this.outputs(outs ?? {}, [...olds.secretPaths, ...news.secretPaths])));
    }

    private async delete(req: providerProto.DeleteRequest): Promise<emptyProto.Empty> {
        const stored = unwrapSecrets(plain(req.getProperties())).values;
        await this.bounded("delete", req.getTimeout(), () => this.provider.delete(req.getId(), asOutputs(stored)));
        return new emptyProto.Empty();
    }

    /** The outputs with the paths that came in secret, and the always-secret outputs, wrapped. */
    private outputs(outs: object, secretPaths: readonly string[]): Properties {
        return wrapSecrets(outs as Properties, secretPaths, SECRET_OUTPUTS);
    }

    /** Runs an operation under the engine's timeout for it (seconds, 0: none) and the plugin's Cancel. */
    private async bounded<T>(operation: string, timeoutSeconds: number, run: () => Promise<T>): Promise<T> {
        if (this.cancelled) throw new OperationStopped(`${operation}: cancelled`);
        const controller = new AbortController();
        this.running.add(controller);
        const timer = timeoutSeconds > 0
            ? setTimeout(() => controller.abort(new OperationStopped(`timed out after ${formatDuration(timeoutSeconds * 1000)} (customTimeouts.${operation})`)), timeoutSeconds * 1000)
            : undefined;
        try {
            return await runWithAbortSignal(controller.signal, run);
        } catch (error) {
            // A call that was stopped says which and what is left; anything else that failed once stopped, why it stopped.
            if (controller.signal.aborted && !(error instanceof CognitoCallAbortedError)) throw new OperationStopped(`${operation}: ${(controller.signal.reason as Error).message}`);
            throw error;
        } finally {
            clearTimeout(timer);
            this.running.delete(controller);
        }
    }

    private expectType(urn: string): void {
        const type = urn.split("::")[2]?.split("$").pop();
        if (type !== undefined && type !== RESOURCE_TOKEN) throw new Error(`${PLUGIN_NAME} has no resource type ${type}; it has ${RESOURCE_TOKEN}`);
    }

    /** A handler from an async function: its error becomes the gRPC error the engine shows. */
    private unary<Req, Res>(fn: (req: Req) => Promise<Res> | Res): Handler<Req, Res> {
        return (call, callback) => {
            Promise.resolve()
                .then(() => fn(call.request))
                .then((response) => callback(null, response), (error: Error) => callback(grpcError(error, this.metadataOf)));
        };
    }
}
