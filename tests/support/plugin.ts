/**
 * A resource provider process as the engine drives it: the executable started as the engine starts it, its port
 * read from stdout, and a ResourceProvider client on that port. Requests are built from plain objects. Two such
 * processes serve this package: the provider plugin, and the dynamic-provider host every dynamic resource runs in.
 */
import * as grpc from "@grpc/grpc-js";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as emptyProto from "google-protobuf/google/protobuf/empty_pb";
import * as structProto from "google-protobuf/google/protobuf/struct_pb";
import * as providerRpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";

const ROOT = path.resolve(__dirname, "..", "..", "..");
export const PLUGIN_EXECUTABLE = path.join(ROOT, "plugin", "pulumi-resource-cognito-app-client");
/** The engine's dynamic-provider host, as install-pulumi.sh links it from the @pulumi/pulumi package. */
export const DYNAMIC_PROVIDER_HOST = path.join(ROOT, ".tools", "pulumi", "bin", "pulumi-resource-pulumi-nodejs");
export const URN = (name: string) => `urn:pulumi:test::plugin::cognito-app-client:index:UserPoolClient::${name}`;

export interface RunningPlugin {
    client: providerRpc.ResourceProviderClient;
    /** Calls one method with its request; rejects with the gRPC error. */
    call<Req, Res>(method: string, request: Req): Promise<Res>;
    stderr(): string;
    stop(): Promise<void>;
}

export const struct = (value: Record<string, unknown>) => structProto.Struct.fromJavaScript(value as Record<string, structProto.JavaScriptValue>);
export const plain = (value: structProto.Struct | undefined) => (value ? value.toJavaScript() : undefined) as Record<string, unknown> | undefined;

/** Starts the plugin with `env` (the local Cognito API's endpoint, the region...), as the engine would. */
export function startPlugin(env: NodeJS.ProcessEnv = process.env): Promise<RunningPlugin> {
    return startProviderProcess(PLUGIN_EXECUTABLE, { env });
}

/**
 * Starts the dynamic-provider host as the engine starts it for a program in `cwd` (where the provider text of a
 * dynamic UserPoolClient loads this package from).
 */
export function startDynamicProviderHost(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<RunningPlugin> {
    return startProviderProcess(DYNAMIC_PROVIDER_HOST, { env, cwd });
}

/** Starts a provider executable with the engine's address as its argument (unused here), and connects to it. */
export async function startProviderProcess(executable: string, options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<RunningPlugin> {
    // A group of its own: the dynamic-provider host is a shell script whose node process must stop with it.
    const child: ChildProcess = spawn(executable, ["127.0.0.1:1"], { env: options.env, cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const port = await new Promise<number>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (chunk: Buffer) => {
            out += chunk.toString();
            const line = out.split("\n");
            if (line.length > 1) resolve(Number(line[0]));
        });
        child.on("exit", (code) => reject(new Error(`${path.basename(executable)} exited with ${code} before printing its port: ${errors}`)));
    });
    const client = new providerRpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    return {
        client,
        call: (method, request) =>
            new Promise((resolve, reject) => {
                (client as unknown as Record<string, (req: unknown, cb: (e: grpc.ServiceError | null, r: unknown) => void) => void>)[method](request, (error, response) => (error ? reject(error) : resolve(response as never)));
            }),
        stderr: () => errors,
        stop: async () => {
            client.close();
            if (child.exitCode === null) {
                const exited = new Promise((resolve) => child.once("exit", resolve));
                process.kill(-child.pid!, "SIGTERM");
                await exited;
            }
        },
    };
}

export const requests = {
    configure: (args: Record<string, unknown>) => new providerProto.ConfigureRequest().setArgs(struct(args)).setAcceptsecrets(true),
    check: (name: string, news: Record<string, unknown>, olds: Record<string, unknown> = {}) =>
        new providerProto.CheckRequest().setUrn(URN(name)).setName(name).setType("cognito-app-client:index:UserPoolClient").setNews(struct(news)).setOlds(struct(olds)),
    diff: (id: string, name: string, olds: Record<string, unknown>, news: Record<string, unknown>) =>
        new providerProto.DiffRequest().setId(id).setUrn(URN(name)).setOlds(struct(olds)).setNews(struct(news)),
    create: (name: string, properties: Record<string, unknown>, timeout = 0) => new providerProto.CreateRequest().setUrn(URN(name)).setProperties(struct(properties)).setTimeout(timeout),
    read: (id: string, name: string, properties?: Record<string, unknown>, inputs?: Record<string, unknown>) => {
        const request = new providerProto.ReadRequest().setId(id).setUrn(URN(name));
        if (properties) request.setProperties(struct(properties));
        if (inputs) request.setInputs(struct(inputs));
        return request;
    },
    update: (id: string, name: string, olds: Record<string, unknown>, news: Record<string, unknown>, timeout = 0) =>
        new providerProto.UpdateRequest().setId(id).setUrn(URN(name)).setOlds(struct(olds)).setNews(struct(news)).setTimeout(timeout),
    delete: (id: string, name: string, properties: Record<string, unknown>, timeout = 0) => new providerProto.DeleteRequest().setId(id).setUrn(URN(name)).setProperties(struct(properties)).setTimeout(timeout),
    empty: () => new emptyProto.Empty(),
    schema: () => new providerProto.GetSchemaRequest().setVersion(0),
};
