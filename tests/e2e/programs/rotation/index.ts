// A confidential client whose custom secret is the secret config `clientSecret`, and a consumer in the same
// program: a resource that stores the secret it is given (standing in for, e.g., a Secrets Manager secret).
// Rotating is `pulumi config set --secret clientSecret <new>` and `pulumi up`.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

const client = new UserPoolClient("backend", {
    name: "backend",
    userPoolId: config.require("userPoolId"),
    clientSecret: config.requireSecret("clientSecret"),
    explicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    keepPreviousSecret: config.getBoolean("keepPreviousSecret"),
});

const consumerProvider: pulumi.dynamic.ResourceProvider = {
    async create(inputs) { return { id: "consumer", outs: inputs }; },
    async diff(_id, olds, news) { return { changes: olds.secret !== news.secret }; },
    async update(_id, _olds, news) { return { outs: news }; },
};

/** Holds the secret it receives, as a consumer of the client's secret would. */
class SecretConsumer extends pulumi.dynamic.Resource {
    declare readonly secret: pulumi.Output<string>;
    constructor(name: string, secret: pulumi.Input<string>) {
        super(consumerProvider, name, { secret }, {});
    }
}

const consumer = new SecretConsumer("consumer", client.clientSecret.apply((s) => s ?? ""));

export const clientId = client.clientId;
export const clientSecret = client.clientSecret;
export const previousClientSecret = client.previousClientSecret;
export const consumerSecret = consumer.secret;
