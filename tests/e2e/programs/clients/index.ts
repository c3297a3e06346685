// Declares the UserPoolClients described by the stack config:
//   clients: { "<resource name>": { "args": {...}, "import"?: "<pool>/<client>", "secretArgs"?: ["clientSecret"] } }
//   gets:    { "<resource name>": "<pool>/<client>" }   (UserPoolClient.get)
//   secretOf: "<resource name>"   exports that client's clientSecret as the top-level output `clientSecret`
// Every client's outputs are exported under its resource name.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient, UserPoolClientArgs } from "pulumi-cognito-user-pool-client";

interface ClientSpec {
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
}

const config = new pulumi.Config();
const clients = config.getObject<Record<string, ClientSpec>>("clients") ?? {};
const gets = config.getObject<Record<string, string>>("gets") ?? {};

const outputs: Record<string, pulumi.Output<unknown>> = {};
const created: Record<string, UserPoolClient> = {};
for (const [name, spec] of Object.entries(clients)) {
    const args: Record<string, unknown> = { ...spec.args };
    for (const key of spec.secretArgs ?? []) args[key] = pulumi.secret(args[key]);
    const client = new UserPoolClient(name, args as unknown as UserPoolClientArgs, spec.import !== undefined ? { import: spec.import } : undefined);
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
