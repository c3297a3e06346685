/**
 * The client's CIMD policies (`cimdPolicies`) through the provider against the local Cognito API: create with them,
 * change one in place, add, rename and remove, a policy added, changed or deleted outside Pulumi seen by refresh and
 * put back by update, a create whose second policy fails (the first and the client deleted again), the prerequisites
 * (a public client, the tier) and their messages, import, delete before the client, and the calls each step makes.
 * Clients without the argument make no CIMD call.
 */
import { expect } from "chai";
import { UserPoolClientOutputs } from "../../provider/args";
import { cognitoCall } from "../local-cognito/support";
import { faults } from "../support/faultProxy";
import { createUserPool, deleteUserPool, listClients, usePoolSuite } from "../support/cognito";

const AGENTS = { policyName: "agents", urlPatterns: ["https://agents.example.com/*"] };
const TOOLS = { policyName: "tools", urlPatterns: ["https://tools.example.org/cimd/*", "https://tools.example.org/alt.json"], cacheDuration: 172800 };

interface Summary { CIMDPolicyId: string; ClientId?: string; PolicyName: string }

describe("integration: the CIMD policies (cimdPolicies)", function () {
    const s = usePoolSuite("cimd", "the CIMD operations exist only in the faithful local API", { tier: "ESSENTIALS" });

    const poolPolicies = async (userPoolId = s.userPoolId): Promise<Summary[]> => {
        const all: Summary[] = [];
        let token: string | undefined;
        do {
            const page = await cognitoCall("ListCIMDPolicies", { UserPoolId: userPoolId, ...(token ? { NextToken: token } : {}) });
            all.push(...page.CIMDPolicies);
            token = page.NextToken;
        } while (token);
        return all;
    };
    const describePolicy = async (id: string) => (await cognitoCall("DescribeCIMDPolicy", { UserPoolId: s.userPoolId, CIMDPolicyId: id })).CIMDPolicy;

    it("create makes each policy (3 calls); refresh lists and describes them (4 calls) with no change; a change of one updates it in place (1 call)", async () => {
        const inputs = await s.checked({ name: "cimd", cimdPolicies: [TOOLS, AGENTS] });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, CreateCIMDPolicy: 2 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(Object.keys(outs.cimdPolicyIds!).sort()).to.deep.equal(["agents", "tools"]);
        for (const policyId of Object.values(outs.cimdPolicyIds!)) expect(policyId).to.match(/^[a-z0-9]+$/);
        const tools = await describePolicy(outs.cimdPolicyIds!.tools);
        expect(tools).to.include({ ClientId: id, PolicyName: "tools", CacheDuration: 172800 });
        expect(tools.URLPatterns).to.deep.equal(TOOLS.urlPatterns);
        expect((await describePolicy(outs.cimdPolicyIds!.agents)).CacheDuration).to.equal(86400);

        const read = await s.counted(() => s.provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, ListCIMDPolicies: 1, DescribeCIMDPolicy: 2 });
        outs = read.result.props as UserPoolClientOutputs;
        expect(outs.cimdPolicies).to.deep.equal([{ ...AGENTS, cacheDuration: 86400 }, TOOLS]);
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(false);

        const changed = await s.checked({ name: "cimd", cimdPolicies: [{ ...AGENTS, urlPatterns: ["https://agents.example.com/v2/*"], cacheDuration: 604800 }, TOOLS] });
        expect(await s.provider.diff(id, outs, changed)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const updated = await s.counted(() => s.provider.update(id, outs, changed));
        expect(updated.calls).to.deep.equal({ UpdateCIMDPolicy: 1 });
        outs = updated.result.outs as UserPoolClientOutputs;
        expect(outs.cimdPolicyIds).to.deep.equal((created.result.outs as UserPoolClientOutputs).cimdPolicyIds);
        const agents = await describePolicy(outs.cimdPolicyIds!.agents);
        expect(agents).to.include({ PolicyName: "agents", CacheDuration: 604800 });
        expect(agents.URLPatterns).to.deep.equal(["https://agents.example.com/v2/*"]);
        // Back to the default: an unset duration is sent as 86400, not left as it was.
        const reset = await s.counted(() => s.provider.update(id, outs, inputs));
        expect(reset.calls).to.deep.equal({ UpdateCIMDPolicy: 1 });
        expect((await describePolicy(outs.cimdPolicyIds!.agents)).CacheDuration).to.equal(86400);

        const deleted = await s.counted(() => s.provider.delete(id, reset.result.outs as UserPoolClientOutputs));
        expect(deleted.calls).to.deep.equal({ DeleteCIMDPolicy: 2, DeleteUserPoolClient: 1 });
        // Deleted before the client: no policy of it is left, with or without its ClientId.
        const left = await poolPolicies();
        for (const policyId of Object.values(outs.cimdPolicyIds!)) expect(left.map((p) => p.CIMDPolicyId)).to.not.include(policyId);
    });

    it("the order of the list does not matter; a policy removed is deleted, one added is created, a renamed one deleted and created; none left stops the reads", async () => {
        const both = await s.checked({ name: "cimd-remove", cimdPolicies: [AGENTS, TOOLS] });
        const created = await s.provider.create(both);
        const id = created.id;
        let outs = created.outs as UserPoolClientOutputs;
        expect((await s.provider.diff(id, outs, await s.checked({ name: "cimd-remove", cimdPolicies: [TOOLS, AGENTS] }))).changes).to.equal(false);

        const removed = await s.counted(async () => s.provider.update(id, outs, await s.checked({ name: "cimd-remove", cimdPolicies: [AGENTS] })));
        expect(removed.calls).to.deep.equal({ DeleteCIMDPolicy: 1 });
        outs = removed.result.outs as UserPoolClientOutputs;
        expect(Object.keys(outs.cimdPolicyIds!)).to.deep.equal(["agents"]);

        const added = await s.counted(() => s.provider.update(id, outs, both));
        expect(added.calls).to.deep.equal({ CreateCIMDPolicy: 1 });
        outs = added.result.outs as UserPoolClientOutputs;

        const renamed = await s.counted(async () => s.provider.update(id, outs, await s.checked({ name: "cimd-remove", cimdPolicies: [AGENTS, { ...TOOLS, policyName: "tools-v2" }] })));
        expect(renamed.calls).to.deep.equal({ DeleteCIMDPolicy: 1, CreateCIMDPolicy: 1 });
        outs = renamed.result.outs as UserPoolClientOutputs;
        expect(Object.keys(outs.cimdPolicyIds!).sort()).to.deep.equal(["agents", "tools-v2"]);
        expect((await poolPolicies()).filter((p) => p.ClientId === id).map((p) => p.PolicyName).sort()).to.deep.equal(["agents", "tools-v2"]);

        const gone = await s.counted(async () => s.provider.update(id, outs, await s.checked({ name: "cimd-remove" })));
        expect(gone.calls).to.deep.equal({ DeleteCIMDPolicy: 2 });
        outs = gone.result.outs as UserPoolClientOutputs;
        for (const key of ["cimdPolicies", "cimdPolicyIds"]) expect(outs).to.not.have.property(key);
        expect((await s.counted(() => s.provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        expect((await poolPolicies()).filter((p) => p.ClientId === id)).to.deep.equal([]);
        await s.provider.delete(id, outs);
    });

    it("a client without CIMD policies makes no CIMD call in create, read, update or delete", async () => {
        const inputs = await s.checked({ name: "no cimd" });
        const created = await s.counted(() => s.provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const renamed = await s.checked({ name: "no cimd, renamed" });
        const steps = [
            created.calls,
            (await s.counted(() => s.provider.read(created.result.id, outs))).calls,
            (await s.counted(() => s.provider.update(created.result.id, outs, renamed))).calls,
            (await s.counted(() => s.provider.delete(created.result.id, outs))).calls,
        ];
        expect(steps.map((calls) => Object.keys(calls).length)).to.deep.equal([1, 1, 1, 1]);
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /CIMD/.test(op))).to.deep.equal([]);
    });

    it("refresh sees a policy changed, one deleted and one added outside Pulumi; the next update puts them back", async () => {
        const inputs = await s.checked({ name: "cimd-drift", cimdPolicies: [AGENTS, TOOLS] });
        const created = await s.provider.create(inputs);
        const id = created.id;
        const outs = created.outs as UserPoolClientOutputs;
        await cognitoCall("UpdateCIMDPolicy", { UserPoolId: s.userPoolId, CIMDPolicyId: outs.cimdPolicyIds!.agents, ClientId: id, URLPatterns: ["https://elsewhere.example/*"] });
        await cognitoCall("DeleteCIMDPolicy", { UserPoolId: s.userPoolId, CIMDPolicyId: outs.cimdPolicyIds!.tools });
        const extra = (await cognitoCall("CreateCIMDPolicy", { UserPoolId: s.userPoolId, ClientId: id, PolicyName: "by-hand", URLPatterns: ["https://hand.example/*"] })).CIMDPolicy;

        const refreshed = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(refreshed.cimdPolicies).to.deep.equal([
            { policyName: "agents", urlPatterns: ["https://elsewhere.example/*"], cacheDuration: 86400 },
            { policyName: "by-hand", urlPatterns: ["https://hand.example/*"], cacheDuration: 86400 },
        ]);
        expect(refreshed.cimdPolicyIds).to.deep.equal({ agents: outs.cimdPolicyIds!.agents, "by-hand": extra.CIMDPolicyId });
        expect((await s.provider.diff(id, refreshed, inputs)).changes).to.equal(true);

        const restored = await s.counted(() => s.provider.update(id, refreshed, inputs));
        expect(restored.calls).to.deep.equal({ UpdateCIMDPolicy: 1, DeleteCIMDPolicy: 1, CreateCIMDPolicy: 1 });
        const after = (await s.provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, after, inputs)).changes).to.equal(false);
        expect(after.cimdPolicies!.map((p) => p.policyName)).to.deep.equal(["agents", "tools"]);
        await s.provider.delete(id, after);
    });

    it("a create whose second policy fails deletes the first and the client again, leaves no policy, and says why", async () => {
        const clientsBefore = (await listClients(s.sdk, s.userPoolId)).length;
        const policiesBefore = (await poolPolicies()).length;
        s.proxy().inject("CreateCIMDPolicy", faults.error("InvalidParameterException", "policy refused for this test"), 1, { when: (body) => body?.PolicyName === "tools" });
        const inputs = await s.checked({ name: "cimd-fail", cimdPolicies: [AGENTS, TOOLS] });
        const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/creating the CIMD policy tools of Cognito user pool client .*InvalidParameterException: policy refused for this test/);
        expect(s.proxy().countsByOperation()).to.include({ CreateUserPoolClient: 1, CreateCIMDPolicy: 2, DeleteCIMDPolicy: 1, DeleteUserPoolClient: 1 });
        expect(await listClients(s.sdk, s.userPoolId)).to.have.length(clientsBefore);
        expect(await poolPolicies()).to.have.length(policiesBefore);
    });

    it("check refuses policies on a client with a secret or the client credentials flow, and repeated names, before any call", async () => {
        const proxy = s.proxy();
        proxy.reset();
        const failures = async (args: Record<string, unknown>) => (await s.provider.check({} as never, { userPoolId: s.userPoolId, name: "cimd-check", ...args } as never)).failures ?? [];
        expect((await failures({ generateSecret: true, cimdPolicies: [AGENTS] })).map((f) => f.reason)).to.deep.equal([
            "cimdPolicies cannot be given with generateSecret: true: CIMD policies are for public app clients (no client secret, no client_credentials flow); leave out cimdPolicies or make the client public",
        ]);
        expect((await failures({ clientSecret: "s".repeat(40), cimdPolicies: [AGENTS] })).map((f) => f.property)).to.deep.equal(["cimdPolicies"]);
        expect((await failures({ cimdPolicies: [AGENTS, { ...TOOLS, policyName: "agents" }] })).map((f) => f.reason)).to.deep.equal([
            'cimdPolicies[1].policyName repeats "agents", the name of cimdPolicies[0]; each policy of a client has a name of its own',
        ]);
        expect(proxy.countsByOperation()).to.deep.equal({});
    });

    it("a pool in the Lite tier: the create fails with what to enable, and no client is left", async () => {
        const lite = await createUserPool(s.sdk, "cimd-lite", { tier: "LITE" });
        try {
            const inputs = await s.checked({ name: "lite-cimd", cimdPolicies: [AGENTS] }, lite);
            const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
            expect(error?.message).to.match(/^cimdPolicies needs the user pool in the Essentials or Plus tier: set userPoolTier: "ESSENTIALS" .*\(user pool us-east-1_\w+\)\. creating the CIMD policy agents of Cognito user pool client .*FeatureUnavailableInTierException/);
            expect(await listClients(s.sdk, lite)).to.have.length(0);
            expect(await poolPolicies(lite)).to.deep.equal([]);
        } finally {
            await deleteUserPool(s.sdk, lite);
        }
    });

    it("import reads the client's policies (and only its own); a client adopted with the import option keeps them", async () => {
        const other = await s.provider.create(await s.checked({ name: "cimd-other", cimdPolicies: [{ policyName: "other", urlPatterns: ["https://other.example/*"] }] }));
        const created = await s.provider.create(await s.checked({ name: "cimd-import", cimdPolicies: [AGENTS, TOOLS] }));
        const read = await s.counted(() => s.provider.read(`${s.userPoolId}/${created.id}`));
        expect(read.calls).to.include({ ListCIMDPolicies: 1, DescribeCIMDPolicy: 2 });
        const props = read.result.props as UserPoolClientOutputs;
        expect(props.cimdPolicies).to.deep.equal([{ ...AGENTS, cacheDuration: 86400 }, TOOLS]);
        expect(props.cimdPolicyIds).to.deep.equal((created.outs as UserPoolClientOutputs).cimdPolicyIds);
        expect(read.result.inputs).to.have.property("cimdPolicies");
        const adopted = await s.counted(async () => s.provider.create(await s.checked({ name: "cimd-import", cimdPolicies: [TOOLS, AGENTS], importId: `${s.userPoolId}/${created.id}` })));
        expect(adopted.result.id).to.equal(created.id);
        expect(Object.keys(adopted.calls).filter((op) => /^(Create|Update|Delete)CIMD/.test(op))).to.deep.equal([]);
        // A client without policies, read by ID, lists them and describes none.
        const plain = await s.provider.create(await s.checked({ name: "cimd-import-none" }));
        const none = await s.counted(() => s.provider.read(`${s.userPoolId}/${plain.id}`));
        expect(none.calls).to.include({ ListCIMDPolicies: 1 }).and.not.to.have.property("DescribeCIMDPolicy");
        expect(none.result.props).to.not.have.property("cimdPolicies");
        await s.provider.delete(plain.id, plain.outs as UserPoolClientOutputs);
        await s.provider.delete(created.id, props);
        await s.provider.delete(other.id, other.outs as UserPoolClientOutputs);
    });

    it("a client deleted outside Pulumi leaves its policies without ClientId: refresh drops the client, and the policies stay for the pool", async () => {
        const created = await s.provider.create(await s.checked({ name: "cimd-outside", cimdPolicies: [AGENTS] }));
        const outs = created.outs as UserPoolClientOutputs;
        await s.sdk.send(new (await import("@aws-sdk/client-cognito-identity-provider")).DeleteUserPoolClientCommand({ UserPoolId: s.userPoolId, ClientId: created.id }));
        expect(await s.provider.read(created.id, outs)).to.deep.equal({});
        const orphan = (await poolPolicies()).find((p) => p.CIMDPolicyId === outs.cimdPolicyIds!.agents);
        expect(orphan).to.include({ PolicyName: "agents" }).and.not.to.have.property("ClientId");
        await cognitoCall("DeleteCIMDPolicy", { UserPoolId: s.userPoolId, CIMDPolicyId: orphan!.CIMDPolicyId });
    });
});
