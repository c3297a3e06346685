// The engine floor: the same stack shape as bench/programs/clients (N resources, the same declared outputs),
// with a provider that makes no call. Config `providerText`:
//   "serialized" (default)  the provider object below, serialized into state by pulumi.dynamic.Resource the usual way
//   "minimal"               the same no-op provider as the smallest text the dynamic-provider host accepts
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const suffix = config.get("nameSuffix") ?? "";
const providerText = config.get("providerText") ?? "serialized";

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
    "rotateSecretWhenChanged", "keepPreviousSecret", "previousClientSecret", "clientSecretId", "clientSecretCreateDate",
    "previousClientSecretId", "previousClientSecretCreateDate", "ssoSession",
    "publishSecretsInAwsSecretsManager", "clientSecretArn", "clientType", "terms", "termsOfUseId", "privacyPolicyId", "managedLoginBranding", "managedLoginBrandingId",
];

class NoopClient extends pulumi.dynamic.Resource {
    constructor(name: string, props: Record<string, unknown>) {
        const seeds = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, undefined]));
        super(provider, name, { ...seeds, ...props }, { additionalSecretOutputs: ["clientSecret"] }, "cognito", "UserPoolClient");
    }
}

/**
 * The provider above as the smallest text: the host loads `__provider` as a module and calls its `handler()`. The
 * host itself does what `check` and `read` above do when a provider has none (keep the new inputs; return the
 * stored state), and nothing for a missing `delete`.
 */
const MINIMAL_PROVIDER_TEXT =
    'exports.handler=()=>({diff:async(_,o,n)=>({changes:o.name!==n.name}),create:async i=>({id:"noop-"+i.name,outs:i}),update:async(_,o,n)=>({outs:n})})';

/** The same resource with the minimal text set directly, as pulumi.dynamic.Resource would set a serialized one. */
class MinimalNoopClient extends pulumi.CustomResource {
    constructor(name: string, props: Record<string, unknown>) {
        const seeds = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, undefined]));
        super("pulumi-nodejs:dynamic/cognito:UserPoolClient", name, { ...seeds, ...props, __provider: MINIMAL_PROVIDER_TEXT }, { additionalSecretOutputs: ["clientSecret"] });
    }
}

if (providerText !== "serialized" && providerText !== "minimal") throw new Error(`providerText must be "serialized" or "minimal"; got "${providerText}"`);
const Client = providerText === "minimal" ? MinimalNoopClient : NoopClient;
for (let i = 0; i < count; i++) {
    new Client(`client-${i}`, { name: `client-${i}${suffix}`, userPoolId: "us-east-1_noop", explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
}
