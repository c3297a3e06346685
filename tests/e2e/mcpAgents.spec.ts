/**
 * The mcp-agents example through the real engine: a public client with a CIMD policy, threat protection of its own
 * and a classic hosted UI style, on a Plus-tier pool with threat protection and a domain. up makes the client and all
 * three; refresh then preview shows no changes; a new agents host and office network change the policy and the IP
 * list in place; an IP list changed outside Pulumi is seen by refresh and put back by up; destroy leaves no client,
 * no CIMD policy, and no risk or UI configuration of the client.
 */
import { CreateUserPoolDomainCommand, DeleteUserPoolDomainCommand, DescribeRiskConfigurationCommand, GetUICustomizationCommand, SetRiskConfigurationCommand, UpdateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { UserPoolClientApi } from "../../provider/aws";
import { createUserPool, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack } from "../support/stacks";

interface CimdPolicy { CIMDPolicyId: string; ClientId?: string; PolicyName: string; URLPatterns?: string[]; CacheDuration?: number }

describe("mcp agents: CIMD policies, threat protection and the classic hosted UI through the engine", function () {
    this.timeout(300_000);

    before(function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    it("up, quiet refresh, a change in place, drift put back, destroy leaves no client, policy, risk or UI configuration", async () => {
        const sdk = directSdk();
        const api = new UserPoolClientApi({ region: "us-east-1" });
        const userPoolId = await createUserPool(sdk, "mcp-agents", { tier: "PLUS" });
        await sdk.send(new UpdateUserPoolCommand({ UserPoolId: userPoolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
        const domain = `agents-${userPoolId.split("_")[1].toLowerCase()}`;
        await sdk.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
        const policies = async () => {
            const listed = await api.request<{ CIMDPolicies: CimdPolicy[] }>("ListCIMDPolicies", { UserPoolId: userPoolId }, { action: "listing the CIMD policies of", target: userPoolId });
            return Promise.all(listed.CIMDPolicies.map(async (p) => (await api.request<{ CIMDPolicy: CimdPolicy }>("DescribeCIMDPolicy", { UserPoolId: userPoolId, CIMDPolicyId: p.CIMDPolicyId }, { action: "reading", target: p.CIMDPolicyId })).CIMDPolicy));
        };
        const risk = async (clientId: string) => (await sdk.send(new DescribeRiskConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).RiskConfiguration!;

        const s = await localStack(copyProgram(path.join(EXAMPLES, "mcp-agents"), "mcp-agents"), motoEndpoint(), { userPoolId });
        expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ create: 2 }); // the stack and the client
        let outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        let [policy] = await policies();
        expect(policy).to.include({ ClientId: clientId, PolicyName: "mcp-agents", CacheDuration: 7 * 86400 });
        expect(policy.URLPatterns).to.deep.equal(["https://agents.example.com/agents/*"]);
        expect(outputs.cimdPolicyIds.value).to.deep.equal({ "mcp-agents": policy.CIMDPolicyId });
        expect((await risk(clientId)).ClientId).to.equal(clientId);
        expect((await risk(clientId)).RiskExceptionConfiguration?.SkippedIPRangeList).to.deep.equal(["203.0.113.0/24"]);
        const ui = (await sdk.send(new GetUICustomizationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UICustomization!;
        expect(ui.ClientId).to.equal(clientId);
        expect(ui.CSS).to.contain(".banner-customizable");
        expect(outputs.uiImageUrl.value).to.equal(ui.ImageUrl);

        expect((await s.stack.refresh()).summary.resourceChanges, "a quiet refresh").to.deep.equal({ same: 2 });
        s.cli("preview", "--expect-no-changes");

        // A new agents host and office network: the policy and the IP list change in place, the same client and policy.
        await s.stack.setConfig("agentsHost", { value: "mcp.example.org" });
        await s.stack.setConfig("officeNetwork", { value: "198.51.100.0/24" });
        expect(s.cli("preview", "--diff")).to.match(/~ 1 to update/).and.not.match(/to replace/);
        await s.stack.up();
        outputs = await s.stack.outputs();
        expect(outputs.clientId.value).to.equal(clientId);
        [policy] = await policies();
        expect(policy.URLPatterns).to.deep.equal(["https://mcp.example.org/agents/*"]);
        expect(outputs.cimdPolicyIds.value).to.deep.equal({ "mcp-agents": policy.CIMDPolicyId });
        expect((await risk(clientId)).RiskExceptionConfiguration?.SkippedIPRangeList).to.deep.equal(["198.51.100.0/24"]);
        s.cli("preview", "--expect-no-changes");

        // The IP list changed outside Pulumi: refresh sees it, up puts the program's back.
        const live = await risk(clientId);
        await sdk.send(new SetRiskConfigurationCommand({ ...live, LastModifiedDate: undefined, RiskExceptionConfiguration: { SkippedIPRangeList: ["192.0.2.0/24"] } } as never));
        expect((await s.stack.refresh()).summary.resourceChanges).to.include({ update: 1 });
        expect(s.cli("preview", "--diff")).to.match(/~ 1 to update/);
        await s.stack.up();
        expect((await risk(clientId)).RiskExceptionConfiguration?.SkippedIPRangeList).to.deep.equal(["198.51.100.0/24"]);
        expect((await s.stack.refresh()).summary.resourceChanges, "a quiet refresh").to.deep.equal({ same: 2 });
        s.cli("preview", "--expect-no-changes");

        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        // The policy outlives a client deleted without it: none is left, with or without a client ID.
        expect(await policies()).to.have.length(0);
        for (const read of [
            () => sdk.send(new DescribeRiskConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId })),
            () => sdk.send(new GetUICustomizationCommand({ UserPoolId: userPoolId, ClientId: clientId })),
        ]) {
            await read().then(() => expect.fail("a configuration of the deleted client is left"), (e: Error) => expect(e.name).to.equal("ResourceNotFoundException"));
        }
        await sdk.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
    });
});
