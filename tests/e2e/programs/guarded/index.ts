// UserPoolClients of both faces, described by the stack config:
//   clients: { "<resource name>": { "face"?: "plugin", "args": {...}, "callbackOf"?: "<resource name>" } }
// `callbackOf` makes the client's one callback URL from another client's ID: unknown at preview until that one exists.
// Pulumi.yaml must name the plugin (the test appends the entry).
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient, UserPoolClientArgs } from "pulumi-cognito-user-pool-client";
import { UserPoolClient as PluginUserPoolClient } from "pulumi-cognito-user-pool-client/plugin";

interface ClientSpec {
    face?: "plugin";
    args: Record<string, unknown>;
    callbackOf?: string;
}

const config = new pulumi.Config();
const userPoolId = config.require("userPoolId");
const made: Record<string, UserPoolClient | PluginUserPoolClient> = {};
for (const [name, spec] of Object.entries(config.requireObject<Record<string, ClientSpec>>("clients"))) {
    const args = { userPoolId, ...spec.args } as unknown as UserPoolClientArgs;
    if (spec.callbackOf) args.callbackUrls = [pulumi.interpolate`https://app.example.com/${made[spec.callbackOf].id}`];
    made[name] = spec.face === "plugin" ? new PluginUserPoolClient(name, args) : new UserPoolClient(name, args);
}

export const clientIds = Object.fromEntries(Object.entries(made).map(([name, client]) => [name, client.id]));
