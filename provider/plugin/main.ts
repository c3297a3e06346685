/**
 * The provider plugin's entry (`plugin/pulumi-resource-cognito-app-client` runs it): serves the ResourceProvider
 * protocol on a local port and prints that port, the one line the engine reads from stdout.
 * Arguments, as the engine passes them: `[--logtostderr] [-v=N] [--tracing <address>] [<engine address>]`.
 */
import type * as grpcTypes from "@grpc/grpc-js";
import * as path from "path";
import * as engineRpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engineProto from "@pulumi/pulumi/proto/engine_pb";
import * as providerRpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import { PluginService } from "./server";

// Anything else on stdout before the port would be read as the port: every log goes to stderr.
console.log = console.info = console.error;

/** gRPC from the program's own @pulumi/pulumi (a peer dependency), whose stubs the service uses. */
function grpc(): typeof grpcTypes {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
}

async function main(): Promise<void> {
    const { version } = require("../../package.json") as { version: string };
    const grpcJs = grpc();
    // The engine's address is the argument that is no flag (nor a flag's value).
    const args = process.argv.slice(2);
    const engineAddress = args.find((arg, i) => !arg.startsWith("-") && args[i - 1] !== "--tracing");
    const engine = engineAddress ? new engineRpc.EngineClient(engineAddress, grpcJs.credentials.createInsecure()) : undefined;
    const warn = (urn: string, message: string) => {
        if (!engine) return void console.warn(`warning: ${message}`);
        engine.log(new engineProto.LogRequest().setSeverity(engineProto.LogSeverity.WARNING).setMessage(message).setUrn(urn), () => undefined);
    };
    const service = new PluginService({ version, warn, metadata: () => new grpcJs.Metadata() });
    // The engine's messages carry whole states; the default 4 MB is too small for a client with branding images.
    const server = new grpcJs.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
    server.addService(providerRpc.ResourceProviderService, service.handlers() as providerRpc.IResourceProviderServer);
    const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync("127.0.0.1:0", grpcJs.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))));
    process.stdout.write(`${port}\n`);
    const stop = () => server.tryShutdown(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
}

main().catch((error) => {
    process.stderr.write(`pulumi-resource-cognito-app-client: ${error?.stack ?? error}\n`);
    process.exit(1);
});
