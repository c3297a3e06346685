// The engine floor: the same stack shape as bench/programs/clients (N resources, the same declared outputs),
// with a provider that makes no call.
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const suffix = config.get("nameSuffix") ?? "";

const provider: pulumi.dynamic.ResourceProvider = {
    async check(_olds, news) { return { inputs: news }; },
    async diff(_id, olds, news) { return { changes: olds.name !== news.name }; },
    async create(inputs) { return { id: `noop-${inputs.name}`, outs: inputs }; },
    async update(_id, _olds, news) { return { outs: news }; },
    async read(id, props) { return { id, props }; },
    async delete() {},
};

/** The same outputs as a UserPoolClient: the SDK's cost per declared output is part of the floor. */
const OUTPUT_KEYS = [
    "name", "userPoolId", "generateSecret", "clientSecret", "explicitAuthFlows", "allowedOauthFlows",
    "allowedOauthFlowsUserPoolClient", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls",
    "readAttributes", "writeAttributes", "refreshTokenValidity", "accessTokenValidity", "idTokenValidity",
    "tokenValidityUnits", "supportedIdentityProviders", "preventUserExistenceErrors", "enableTokenRevocation",
    "enablePropagateAdditionalUserContextData", "authSessionValidity", "analyticsConfiguration",
    "refreshTokenRotation", "region", "clientId", "creationDate", "lastModifiedDate",
];

class NoopClient extends pulumi.dynamic.Resource {
    constructor(name: string, props: Record<string, unknown>) {
        const seeds = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, undefined]));
        super(provider, name, { ...seeds, ...props }, { additionalSecretOutputs: ["clientSecret"] }, "cognito", "UserPoolClient");
    }
}

for (let i = 0; i < count; i++) {
    new NoopClient(`client-${i}`, { name: `client-${i}${suffix}`, userPoolId: "us-east-1_noop", explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
}
