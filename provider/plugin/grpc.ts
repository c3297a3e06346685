/**
 * gRPC for the plugin's server: the copy of the program's own @pulumi/pulumi (a peer dependency), whose stubs the
 * service uses, so the npm package adds no dependency of its own. The single executable (scripts/packagePlugin.ts)
 * carries the package's own @grpc/grpc-js in its bundle instead of this module.
 */
import type * as grpcTypes from "@grpc/grpc-js";
import * as path from "path";

export function grpc(): typeof grpcTypes {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
}
