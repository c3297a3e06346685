/**
 * The client's threat protection (`riskConfiguration`) through the provider against the local Cognito API: create
 * with it, change it in place, remove it (the client goes back to the pool's configuration), a change and a reset
 * made outside Pulumi seen by refresh and put back by update, a create whose set fails (the client is deleted
 * again), a pool without threat protection, import, and the calls each step makes. Clients without the argument
 * make no threat protection call.
 */
import { DescribeRiskConfigurationCommand, SetRiskConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientOutputs } from "../../provider/args";
import { faults } from "../support/faultProxy";
import { createUserPool, deleteUserPool, listClients, usePoolSuite } from "../support/cognito";

const RISK = {
    compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" } },
    riskExceptionConfiguration: { blockedIpRangeLists: ["192.0.2.0/24", "2001:db8::/32"] },
};

describe("integration: threat protection of a client (riskConfiguration)", function () {
    const s = usePoolSuite("risk", "threat protection exists only in the faithful local API", { tier: "PLUS", threatProtection: "ENFORCED" });

    const live = async (clientId: string) => (await s.sdk.send(new DescribeRiskConfigurationCommand({ UserPoolId: s.userPoolId, ClientId: clientId }))).RiskConfiguration!;

    it("create sets it (1 call); refresh reads it (1 call) and shows no change; a change sets the whole configuration in place (1 call)", async () => {
        const inputs = await s.checked({ name: "risk", riskConfiguration: RISK });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, SetRiskConfiguration: 1 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        const described = await live(id);
        expect(described.ClientId).to.equal(id);
        expect(described.CompromisedCredentialsRiskConfiguration).to.deep.equal({ Actions: { EventAction: "BLOCK" } });
        expect(described.RiskExceptionConfiguration).to.deep.equal({ BlockedIPRangeList: ["192.0.2.0/24", "2001:db8::/32"] });

        const read = await s.counted(() => s.provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, DescribeRiskConfiguration: 1 });
        outs = read.result.props as UserPoolClientOutputs;
        expect(outs.riskConfiguration).to.deep.equal(RISK);
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(false);

        // Order, repeats and all three events spelled out are no change.
        const same = await s.checked({ name: "risk", riskConfiguration: {
            compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" }, eventFilters: ["SIGN_UP", "SIGN_IN", "PASSWORD_CHANGE", "SIGN_IN"] },
            riskExceptionConfiguration: { blockedIpRangeLists: ["2001:db8::/32", "192.0.2.0/24"], skippedIpRangeLists: [] },
        } });
        expect((await s.provider.diff(id, outs, same)).changes).to.equal(false);

        const changed = await s.checked({ name: "risk", riskConfiguration: {
            accountTakeoverRiskConfiguration: {
                actions: { highAction: { eventAction: "BLOCK", notify: true } },
                notifyConfiguration: { sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com", blockEmail: { subject: "Sign-in blocked", textBody: "We blocked a sign-in." } },
            },
        } });
        const diff = await s.provider.diff(id, outs, changed);
        expect(diff).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const updated = await s.counted(() => s.provider.update(id, outs, changed));
        expect(updated.calls).to.deep.equal({ SetRiskConfiguration: 1 });
        outs = updated.result.outs as UserPoolClientOutputs;
        const after = await live(id);
        expect(after).to.not.have.property("CompromisedCredentialsRiskConfiguration");
        expect(after.AccountTakeoverRiskConfiguration!.NotifyConfiguration).to.deep.equal({
            SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
            BlockEmail: { Subject: "Sign-in blocked", TextBody: "We blocked a sign-in." },
        });
        expect((await s.provider.diff(id, (await s.provider.read(id, outs)).props as UserPoolClientOutputs, changed)).changes).to.equal(false);
        await s.provider.delete(id, outs);
    });

    it("removing it resets the client to the pool's configuration (UserPoolId and ClientId only) and stops reading it", async () => {
        const created = await s.provider.create(await s.checked({ name: "risk-remove", riskConfiguration: RISK }));
        const id = created.id;
        const none = await s.checked({ name: "risk-remove" });
        const removed = await s.counted(() => s.provider.update(id, created.outs as UserPoolClientOutputs, none));
        expect(removed.calls).to.deep.equal({ SetRiskConfiguration: 1 });
        expect(s.proxy().callsOf("SetRiskConfiguration").map((r) => r.body)).to.deep.equal([{ UserPoolId: s.userPoolId, ClientId: id }]);
        const outs = removed.result.outs as UserPoolClientOutputs;
        expect(outs).to.not.have.property("riskConfiguration");
        expect(await live(id)).to.not.have.property("ClientId");
        expect((await s.counted(() => s.provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        await s.provider.delete(id, outs);
    });

    it("a client without riskConfiguration makes no threat protection call in any step", async () => {
        const inputs = await s.checked({ name: "no risk" });
        const created = await s.counted(() => s.provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const renamed = await s.checked({ name: "no risk, renamed" });
        const steps = [
            created.calls,
            (await s.counted(() => s.provider.read(created.result.id, outs))).calls,
            (await s.counted(() => s.provider.update(created.result.id, outs, renamed))).calls,
            (await s.counted(() => s.provider.delete(created.result.id, outs))).calls,
        ];
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /RiskConfiguration/.test(op))).to.deep.equal([]);
    });

    it("refresh sees an IP list changed outside Pulumi, and a reset to the pool's; the next update puts it back", async () => {
        const inputs = await s.checked({ name: "risk-drift", riskConfiguration: RISK });
        const created = await s.provider.create(inputs);
        const id = created.id;
        const outs = created.outs as UserPoolClientOutputs;
        await s.sdk.send(new SetRiskConfigurationCommand({
            UserPoolId: s.userPoolId, ClientId: id,
            CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } },
            RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] },
        }));
        const drifted = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(drifted.riskConfiguration!.riskExceptionConfiguration).to.deep.equal({ blockedIpRangeLists: ["198.51.100.0/24"] });
        expect((await s.provider.diff(id, drifted, inputs)).changes).to.equal(true);
        const restored = await s.counted(() => s.provider.update(id, drifted, inputs));
        expect(restored.calls).to.deep.equal({ SetRiskConfiguration: 1 });
        expect((await live(id)).RiskExceptionConfiguration).to.deep.equal({ BlockedIPRangeList: ["192.0.2.0/24", "2001:db8::/32"] });

        await s.sdk.send(new SetRiskConfigurationCommand({ UserPoolId: s.userPoolId, ClientId: id }));
        const reset = (await s.provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect(reset).to.not.have.property("riskConfiguration");
        expect((await s.provider.diff(id, reset, inputs)).changes).to.equal(true);
        const putBack = await s.counted(() => s.provider.update(id, reset, inputs));
        expect(putBack.calls).to.deep.equal({ SetRiskConfiguration: 1 });
        const after = (await s.provider.read(id, putBack.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, after, inputs)).changes).to.equal(false);
        await s.provider.delete(id, after);
    });

    it("refresh reads a ResourceNotFoundException of the describe (no configuration at all) as none of the client's own", async () => {
        const inputs = await s.checked({ name: "risk-not-found", riskConfiguration: RISK });
        const created = await s.provider.create(inputs);
        s.proxy().inject("DescribeRiskConfiguration", faults.error("ResourceNotFoundException", "no risk configuration for this test"), 1);
        const read = (await s.provider.read(created.id, created.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect(read).to.not.have.property("riskConfiguration");
        expect(read.clientId).to.equal(created.id);
        await s.provider.delete(created.id, read);
    });

    it("a create whose set fails deletes the client again and says why", async () => {
        const before = (await listClients(s.sdk, s.userPoolId)).length;
        s.proxy().inject("SetRiskConfiguration", faults.error("InvalidParameterException", "risk refused for this test"), 1);
        const error = await s.provider.create(await s.checked({ name: "risk-fail", riskConfiguration: RISK })).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/setting the threat protection of Cognito user pool client .*InvalidParameterException: risk refused for this test/);
        expect(await listClients(s.sdk, s.userPoolId)).to.have.length(before);
        expect(s.proxy().countsByOperation()).to.include({ CreateUserPoolClient: 1, SetRiskConfiguration: 1, DeleteUserPoolClient: 1 });
    });

    it("a pool without threat protection: create fails naming what to enable, and leaves no client; import reads none", async () => {
        for (const options of [{ tier: "ESSENTIALS" as const }, { tier: "PLUS" as const, threatProtection: "OFF" as const }]) {
            const pool = await createUserPool(s.sdk, "risk-off", options);
            try {
                const error = await s.provider.create(await s.checked({ name: "risk-off", riskConfiguration: RISK }, pool)).then(() => undefined, (e: Error) => e);
                expect(error?.message).to.match(new RegExp(`^riskConfiguration needs threat protection on user pool ${pool}: the pool in the Plus tier \\(userPoolTier: "PLUS" on aws\\.cognito\\.UserPool in @pulumi/aws\\) with userPoolAddOns\\.advancedSecurityMode "AUDIT" or "ENFORCED"; or leave riskConfiguration out\\. .*UserPoolAddOnNotEnabledException`));
                expect(await listClients(s.sdk, pool)).to.deep.equal([]);
                const plain = await s.provider.create(await s.checked({ name: "risk-off-plain" }, pool));
                const imported = await s.provider.read(`${pool}/${plain.id}`);
                expect(imported.props).to.not.have.property("riskConfiguration");
                await s.provider.delete(plain.id, imported.props as UserPoolClientOutputs);
            } finally {
                await deleteUserPool(s.sdk, pool);
            }
        }
    });

    it("import reads the client's own configuration, and none for a client on the pool's", async () => {
        const created = await s.provider.create(await s.checked({ name: "risk-import", riskConfiguration: RISK }));
        const read = await s.counted(() => s.provider.read(`${s.userPoolId}/${created.id}`));
        expect(read.calls).to.include({ DescribeRiskConfiguration: 1 });
        expect((read.result.props as UserPoolClientOutputs).riskConfiguration).to.deep.equal(RISK);
        expect(read.result.inputs).to.have.property("riskConfiguration");
        const plain = await s.provider.create(await s.checked({ name: "risk-import-plain" }));
        expect((await s.provider.read(`${s.userPoolId}/${plain.id}`)).props).to.not.have.property("riskConfiguration");
        await s.provider.delete(created.id, read.result.props as UserPoolClientOutputs);
        await s.provider.delete(plain.id, plain.outs as UserPoolClientOutputs);
    });
});
