/**
 * The provider plugin's entry (`plugin/pulumi-resource-cognito-app-client` runs it): serves the ResourceProvider
 * protocol on a local port and prints that port, the one line the engine reads from stdout.
 * Arguments, as the engine passes them: `[--logtostderr] [-v=N] [--tracing <address>] [<engine address>]`; for
 * people, `--version` and `--help`.
 */
import * as engineRpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engineProto from "@pulumi/pulumi/proto/engine_pb";
import * as providerRpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import { grpc } from "./grpc";
import { PluginService } from "./server";

// Anything else on stdout before the port would be read as the port: every log goes to stderr.
console.log = console.info = console.error;

const USAGE = `pulumi-resource-cognito-app-client: the cognito-app-client Pulumi provider plugin (Amazon Cognito user pool clients).
The Pulumi engine starts it; it serves the engine's resource provider protocol on a local port, which it prints.

Usage: pulumi-resource-cognito-app-client [--logtostderr] [-v=N] [--tracing <address>] [<engine address>]
       pulumi-resource-cognito-app-client --version | --help

Install: pulumi plugin install resource cognito-app-client <version> -f <archive>, or let the engine fetch it for an SDK.
`;

async function main(): Promise<void> {
    const { version } = require("../../package.json") as { version: string };
    const args = process.argv.slice(2);
    if (args.includes("--version")) return void process.stdout.write(`${version}\n`);
    if (args.includes("--help") || args.includes("-h")) return void process.stdout.write(USAGE);
    const grpcJs = grpc();
    // The engine's address is the argument that is no flag (nor a flag's value).
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
