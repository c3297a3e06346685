// The engine floor: the same stack shape as bench/programs/clients, with a provider that makes no call.
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

class NoopClient extends pulumi.dynamic.Resource {
    constructor(name: string, props: Record<string, unknown>) {
        super(provider, name, props, undefined, "cognito", "UserPoolClient");
    }
}

for (let i = 0; i < count; i++) {
    new NoopClient(`client-${i}`, { name: `client-${i}${suffix}`, userPoolId: "us-east-1_noop", explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
}
