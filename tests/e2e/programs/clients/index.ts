// Declares the UserPoolClients described by the stack config:
//   clients: { "<resource name>": { "args": {...}, "import"?: "<pool>/<client>", "secretArgs"?: ["clientSecret"] } }
//   gets:    { "<resource name>": "<pool>/<client>" }   (UserPoolClient.get)
//   secretOf: "<resource name>"   exports that client's clientSecret as the top-level output `clientSecret`
//   face:    "plugin" declares `clients` with the provider plugin's class (Pulumi.yaml must name the plugin);
//            otherwise with the dynamic UserPoolClient
// Every client's outputs are exported under its resource name.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient, UserPoolClientArgs } from "pulumi-cognito-user-pool-client";
import type { UserPoolClient as PluginUserPoolClient } from "pulumi-cognito-user-pool-client/plugin";

interface ClientSpec {
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
}

const config = new pulumi.Config();
const clients = config.getObject<Record<string, ClientSpec>>("clients") ?? {};
const gets = config.getObject<Record<string, string>>("gets") ?? {};

// Loaded only for the plugin's face: releases before the plugin (tests/e2e/upgrade.spec.ts) lack the subpath.
const Client: typeof UserPoolClient | typeof PluginUserPoolClient =
    config.get("face") === "plugin" ? require("pulumi-cognito-user-pool-client/plugin").UserPoolClient : UserPoolClient;

const outputs: Record<string, pulumi.Output<unknown>> = {};
const created: Record<string, UserPoolClient | PluginUserPoolClient> = {};
for (const [name, spec] of Object.entries(clients)) {
    const args: Record<string, unknown> = { ...spec.args };
    for (const key of spec.secretArgs ?? []) args[key] = pulumi.secret(args[key]);
    const client = new Client(name, args as unknown as UserPoolClientArgs, spec.import !== undefined ? { import: spec.import } : undefined);
    created[name] = client;
    outputs[name] = pulumi.output({ id: client.id, name: client.name, clientSecret: client.clientSecret, callbackUrls: client.callbackUrls, explicitAuthFlows: client.explicitAuthFlows });
}
for (const [name, id] of Object.entries(gets)) {
    const client = UserPoolClient.get(name, id);
    outputs[name] = pulumi.output({ id: client.id, name: client.name, userPoolId: client.userPoolId, clientSecret: client.clientSecret, explicitAuthFlows: client.explicitAuthFlows });
}

export const clientOutputs = outputs;
const secretOf = config.get("secretOf");
export const clientSecret = secretOf ? created[secretOf]?.clientSecret : undefined;
