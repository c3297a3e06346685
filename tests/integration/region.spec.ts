/**
 * Where a client lives: the `region` argument, else the stack's `aws:region` (from `configure`), else the SDK's
 * own resolution (AWS_REGION). Moto keeps regions apart, so a request sent to the wrong region finds no pool.
 */
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientProvider } from "../../provider/provider";
import { motoEndpoint } from "../support/hooks";

function stackConfig(values: Record<string, string>) {
    return { config: { get: (key: string) => values[key], require: (key: string) => values[key] } } as any;
}

async function poolIn(region: string): Promise<string> {
    const sdk = new CognitoIdentityProviderClient({ region, endpoint: motoEndpoint() });
    return (await sdk.send(new CreateUserPoolCommand({ PoolName: `region-${region}-${Date.now()}` }))).UserPool!.Id!;
}

describe("integration: region", () => {
    it("uses the stack's aws:region when the argument is not set, and records it as an output", async () => {
        const provider = new UserPoolClientProvider();
        await provider.configure(stackConfig({ "aws:region": "eu-west-1" }));
        const userPoolId = await poolIn("eu-west-1");
        const { id, outs } = await provider.create({ name: "in-eu", userPoolId });
        expect(outs!.region).to.equal("eu-west-1");
        expect((await provider.read(id, outs))!.props!.name).to.equal("in-eu");
        await provider.delete(id, outs!);
    });

    it("the region argument wins over the stack's aws:region", async () => {
        const provider = new UserPoolClientProvider();
        await provider.configure(stackConfig({ "aws:region": "eu-west-1" }));
        const userPoolId = await poolIn("ap-southeast-2");
        const { id, outs } = await provider.create({ name: "in-ap", userPoolId, region: "ap-southeast-2" });
        expect(outs!.region).to.equal("ap-southeast-2");
        await provider.delete(id, outs!);
    });

    it("falls back to the SDK's resolution (AWS_REGION) without either", async () => {
        const provider = new UserPoolClientProvider();
        const userPoolId = await poolIn(process.env.AWS_REGION!);
        const { id, outs } = await provider.create({ name: "default-region", userPoolId });
        expect(outs!.region).to.equal(process.env.AWS_REGION);
        await provider.delete(id, outs!);
    });

    it("a different stack region replaces a client that relies on it; an explicit equal region does not", async () => {
        const provider = new UserPoolClientProvider();
        await provider.configure(stackConfig({ "aws:region": "eu-west-1" }));
        const stored = { clientId: "c1", name: "n", userPoolId: "eu-west-1_abc", region: "us-east-1" };
        expect((await provider.diff("c1", stored, { name: "n", userPoolId: "eu-west-1_abc" })).replaces).to.deep.equal(["region"]);
        expect((await provider.diff("c1", stored, { name: "n", userPoolId: "eu-west-1_abc", region: "us-east-1" })).changes).to.equal(false);
    });
});
