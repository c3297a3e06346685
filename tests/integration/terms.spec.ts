/**
 * The client's terms documents (`terms`) through the provider against the local Cognito API: create with them,
 * change one, add and remove one, remove all, a create whose terms call fails (the client is deleted again), refresh
 * of a change and a deletion made outside Pulumi, import, and the calls each step makes. Clients without the
 * argument make no terms call.
 */
import { DeleteTermsCommand, DescribeTermsByClientCommand, UpdateTermsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientOutputs } from "../../provider/args";
import { faults } from "../support/faultProxy";
import { listClients, usePoolSuite } from "../support/cognito";

const TOU = { links: { default: "https://example.com/terms", french: "https://example.com/fr/conditions" } };
const PP = { links: { default: "https://example.com/privacy" } };

describe("integration: the terms documents (terms)", function () {
    const s = usePoolSuite("terms", "the terms operations exist only in the faithful local API");

    const live = async (clientId: string, name: string) => {
        try {
            return (await s.sdk.send(new DescribeTermsByClientCommand({ UserPoolId: s.userPoolId, ClientId: clientId, TermsName: name }))).Terms;
        } catch (e) {
            if ((e as Error).name === "ResourceNotFoundException") return undefined;
            throw e;
        }
    };

    it("create makes both documents (3 calls); a change of one updates it (1 call); refresh reads both (3 calls) and shows no change", async () => {
        const inputs = await s.checked({ name: "terms", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, CreateTerms: 2 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(outs.termsOfUseId).to.match(/^[0-9a-f-]{36}$/);
        expect(outs.privacyPolicyId).to.match(/^[0-9a-f-]{36}$/);
        expect((await live(id, "terms-of-use"))!.Links).to.deep.equal({ "cognito:default": TOU.links.default, "cognito:french": TOU.links.french });

        const read = await s.counted(() => s.provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, DescribeTermsByClient: 2 });
        outs = read.result.props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(false);

        const changed = await s.checked({ name: "terms", terms: { termsOfUse: { links: { ...TOU.links, german: "https://example.com/de/agb" } }, privacyPolicy: PP } });
        expect(await s.provider.diff(id, outs, changed)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const updated = await s.counted(() => s.provider.update(id, outs, changed));
        expect(updated.calls).to.deep.equal({ UpdateTerms: 1 });
        outs = updated.result.outs as UserPoolClientOutputs;
        expect((await live(id, "terms-of-use"))!.Links).to.have.property("cognito:german", "https://example.com/de/agb");
        expect(outs.termsOfUseId).to.equal((created.result.outs as UserPoolClientOutputs).termsOfUseId);
        await s.provider.delete(id, outs);
    });

    it("removing one document deletes it, adding it back creates it; removing terms deletes both and stops reading them", async () => {
        const both = await s.checked({ name: "terms-remove", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await s.provider.create(both);
        const id = created.id;
        let outs = created.outs as UserPoolClientOutputs;

        const oneKind = await s.checked({ name: "terms-remove", terms: { termsOfUse: TOU } });
        const removed = await s.counted(() => s.provider.update(id, outs, oneKind));
        expect(removed.calls).to.deep.equal({ DeleteTerms: 1 });
        outs = removed.result.outs as UserPoolClientOutputs;
        expect(outs).to.not.have.property("privacyPolicyId");
        expect(await live(id, "privacy-policy")).to.equal(undefined);

        const added = await s.counted(() => s.provider.update(id, outs, both));
        expect(added.calls).to.deep.equal({ CreateTerms: 1 });
        outs = added.result.outs as UserPoolClientOutputs;

        const none = await s.checked({ name: "terms-remove" });
        const gone = await s.counted(() => s.provider.update(id, outs, none));
        expect(gone.calls).to.deep.equal({ DeleteTerms: 2 });
        outs = gone.result.outs as UserPoolClientOutputs;
        for (const key of ["terms", "termsOfUseId", "privacyPolicyId"]) expect(outs).to.not.have.property(key);
        expect((await s.counted(() => s.provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        await s.provider.delete(id, outs);
    });

    it("a client without terms makes no terms call in any step", async () => {
        const inputs = await s.checked({ name: "no terms" });
        const created = await s.counted(() => s.provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const renamed = await s.checked({ name: "no terms, renamed" });
        const steps = [
            created.calls,
            (await s.counted(() => s.provider.read(created.result.id, outs))).calls,
            (await s.counted(() => s.provider.update(created.result.id, outs, renamed))).calls,
            (await s.counted(() => s.provider.delete(created.result.id, outs))).calls,
        ];
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /Terms/.test(op))).to.deep.equal([]);
    });

    it("refresh sees a change and a deletion made outside Pulumi; the next update puts both back", async () => {
        const inputs = await s.checked({ name: "terms-drift", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await s.provider.create(inputs);
        const id = created.id;
        const outs = created.outs as UserPoolClientOutputs;
        await s.sdk.send(new UpdateTermsCommand({ UserPoolId: s.userPoolId, TermsId: outs.termsOfUseId!, Links: { "cognito:default": "https://elsewhere.example/terms" } }));
        await s.sdk.send(new DeleteTermsCommand({ UserPoolId: s.userPoolId, TermsId: outs.privacyPolicyId! }));

        const refreshed = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(refreshed.terms).to.deep.equal({ termsOfUse: { links: { default: "https://elsewhere.example/terms" }, enforcement: "NONE" } });
        expect(refreshed).to.not.have.property("privacyPolicyId");
        expect((await s.provider.diff(id, refreshed, inputs)).changes).to.equal(true);

        const restored = await s.counted(() => s.provider.update(id, refreshed, inputs));
        expect(restored.calls).to.deep.equal({ UpdateTerms: 1, CreateTerms: 1 });
        const after = (await s.provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, after, inputs)).changes).to.equal(false);
        await s.provider.delete(id, after);
    });

    it("a create whose terms call fails deletes the client again and says why", async () => {
        const before = (await listClients(s.sdk, s.userPoolId)).length;
        s.proxy().inject("CreateTerms", faults.error("InvalidParameterException", "terms refused for this test"), 1);
        const inputs = await s.checked({ name: "terms-fail", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/creating the terms-of-use document of Cognito user pool client .*InvalidParameterException: terms refused for this test/);
        expect(await listClients(s.sdk, s.userPoolId)).to.have.length(before);
        expect(s.proxy().countsByOperation()).to.include({ CreateUserPoolClient: 1, CreateTerms: 1, DeleteUserPoolClient: 1 });
    });

    it("import reads both documents; a client adopted with the import option keeps them", async () => {
        const created = await s.provider.create(await s.checked({ name: "terms-import", terms: { termsOfUse: TOU, privacyPolicy: PP } }));
        const read = await s.provider.read(`${s.userPoolId}/${created.id}`);
        const props = read.props as UserPoolClientOutputs;
        expect(props.terms).to.deep.equal({ termsOfUse: { ...TOU, enforcement: "NONE" }, privacyPolicy: { ...PP, enforcement: "NONE" } });
        expect(props.termsOfUseId).to.equal((created.outs as UserPoolClientOutputs).termsOfUseId);
        expect(read.inputs).to.have.property("terms");
        const adopted = await s.provider.create(await s.checked({ name: "terms-import", terms: { termsOfUse: TOU, privacyPolicy: PP }, importId: `${s.userPoolId}/${created.id}` }));
        expect(adopted.id).to.equal(created.id);
        await s.provider.delete(created.id, props);
    });
});
