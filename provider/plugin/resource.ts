/**
 * `UserPoolClient` as a resource of the provider plugin (`cognito-app-client:index:UserPoolClient`) for TypeScript
 * programs: the same arguments and outputs as the dynamic `UserPoolClient`, served by the plugin, so the engine's
 * own import, detailed diffs, `replaceOnChanges`, `customTimeouts` and Cancel work. Switching is the import line:
 * `import { UserPoolClient } from "pulumi-cognito-user-pool-client/plugin";` (the project's Pulumi.yaml names the
 * plugin; see docs/installation-configuration.md). `pulumi-cognito-clients migrate --to plugin` moves existing dynamic clients.
 */
import * as pulumi from "@pulumi/pulumi";
import type { UserPoolClientArgs } from "../args";
import { OUTPUT_KEYS, UserPoolClient as DynamicUserPoolClient } from "../resource";
import { SECRET_OUTPUTS } from "../settings";
import { RESOURCE_TOKEN } from "./package";

/** The outputs of the dynamic class, which this class has too. */
type Outputs = Omit<DynamicUserPoolClient, keyof pulumi.CustomResource>;

// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-unsafe-declaration-merging
export interface UserPoolClient extends Outputs {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UserPoolClient extends pulumi.CustomResource {
    /**
     * @param name the Pulumi resource name; also the client's name when `args.name` is not set
     * @param args the client's configuration
     * @param opts resource options; `import: "<userPoolId>/<clientId>"` adopts an existing client through the engine
     */
    constructor(name: string, args: UserPoolClientArgs, opts?: pulumi.CustomResourceOptions) {
        // Without a name, the plugin's check names the client after the resource (an imported one keeps its live name).
        const seeds = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, undefined]));
        const props = opts?.id !== undefined ? seeds : { ...seeds, ...args };
        super(RESOURCE_TOKEN, name, props, pulumi.mergeOptions(opts, { additionalSecretOutputs: [...SECRET_OUTPUTS] }));
    }

    /** Reads an existing client without managing it. @param id `"<userPoolId>/<clientId>"` */
    static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): UserPoolClient {
        return new UserPoolClient(name, {} as UserPoolClientArgs, { ...opts, id });
    }
}
