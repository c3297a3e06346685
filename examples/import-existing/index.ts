// Adopting an app client made outside Pulumi (console, CLI, another tool). With the `import` option the first
// `pulumi up` takes the existing client under management instead of creating one. If the arguments differ from
// the live client, the up fails naming each difference and changes nothing; after the import, edit the
// arguments as usual. `UserPoolClient.get` reads a client without managing it.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();
const userPoolId = config.require("userPoolId");
const clientId = config.require("clientId");

const adopted = new UserPoolClient(
    "adopted",
    {
        name: config.require("clientName"),
        userPoolId,
        explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    },
    { import: `${userPoolId}/${clientId}`, retainOnDelete: config.getBoolean("retainOnDelete") ?? false },
);

const reference = UserPoolClient.get("reference", `${userPoolId}/${clientId}`);

export const adoptedClientId = adopted.id;
export const referenceName = reference.name;
