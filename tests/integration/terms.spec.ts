/**
 * The client's terms documents (`terms`) through the provider against the local Cognito API: create with them,
 * change one, add and remove one, remove all, a create whose terms call fails (the client is deleted again), refresh
 * of a change and a deletion made outside Pulumi, import, and the calls each step makes. Clients without the
 * argument make no terms call.
 */
import { CognitoIdentityProviderClient, DeleteTermsCommand, DescribeTermsByClientCommand, UpdateTermsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { UserPoolClientProvider } from "../../provider/provider";
import { faults } from "../support/faultProxy";
import { createUserPool, deleteUserPool, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";
import { localCognitoMode } from "../support/moto";

const TOU = { links: { default: "https://example.com/terms", french: "https://example.com/fr/conditions" } };
const PP = { links: { default: "https://example.com/privacy" } };

describe("integration: the terms documents (terms)", function () {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(async function () {
        // The terms operations exist only in the faithful local API.
        if (localCognitoMode() === "plain") this.skip();
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "terms");
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });
    beforeEach(() => {
        provider = newProvider();
    });

    async function checked(args: Partial<UserPoolClientInputs>): Promise<UserPoolClientInputs> {
        const { inputs, failures } = await provider.check({} as UserPoolClientInputs, { userPoolId, ...args } as UserPoolClientInputs);
        expect(failures ?? []).to.deep.equal([]);
        return inputs as UserPoolClientInputs;
    }

    async function counted<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
        proxy().reset();
        const result = await run();
        return { result, calls: proxy().countsByOperation() };
    }

    const live = async (clientId: string, name: string) => {
        try {
            return (await sdk.send(new DescribeTermsByClientCommand({ UserPoolId: userPoolId, ClientId: clientId, TermsName: name }))).Terms;
        } catch (e) {
            if ((e as Error).name === "ResourceNotFoundException") return undefined;
            throw e;
        }
    };

    it("create makes both documents (3 calls); a change of one updates it (1 call); refresh reads both (3 calls) and shows no change", async () => {
        const inputs = await checked({ name: "terms", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await counted(() => provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, CreateTerms: 2 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(outs.termsOfUseId).to.match(/^[0-9a-f-]{36}$/);
        expect(outs.privacyPolicyId).to.match(/^[0-9a-f-]{36}$/);
        expect((await live(id, "terms-of-use"))!.Links).to.deep.equal({ "cognito:default": TOU.links.default, "cognito:french": TOU.links.french });

        const read = await counted(() => provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, DescribeTermsByClient: 2 });
        outs = read.result.props as UserPoolClientOutputs;
        expect((await provider.diff(id, outs, inputs)).changes).to.equal(false);

        const changed = await checked({ name: "terms", terms: { termsOfUse: { links: { ...TOU.links, german: "https://example.com/de/agb" } }, privacyPolicy: PP } });
        expect(await provider.diff(id, outs, changed)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const updated = await counted(() => provider.update(id, outs, changed));
        expect(updated.calls).to.deep.equal({ UpdateTerms: 1 });
        outs = updated.result.outs as UserPoolClientOutputs;
        expect((await live(id, "terms-of-use"))!.Links).to.have.property("cognito:german", "https://example.com/de/agb");
        expect(outs.termsOfUseId).to.equal((created.result.outs as UserPoolClientOutputs).termsOfUseId);
        await provider.delete(id, outs);
    });

    it("removing one document deletes it, adding it back creates it; removing terms deletes both and stops reading them", async () => {
        const both = await checked({ name: "terms-remove", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await provider.create(both);
        const id = created.id;
        let outs = created.outs as UserPoolClientOutputs;

        const oneKind = await checked({ name: "terms-remove", terms: { termsOfUse: TOU } });
        const removed = await counted(() => provider.update(id, outs, oneKind));
        expect(removed.calls).to.deep.equal({ DeleteTerms: 1 });
        outs = removed.result.outs as UserPoolClientOutputs;
        expect(outs).to.not.have.property("privacyPolicyId");
        expect(await live(id, "privacy-policy")).to.equal(undefined);

        const added = await counted(() => provider.update(id, outs, both));
        expect(added.calls).to.deep.equal({ CreateTerms: 1 });
        outs = added.result.outs as UserPoolClientOutputs;

        const none = await checked({ name: "terms-remove" });
        const gone = await counted(() => provider.update(id, outs, none));
        expect(gone.calls).to.deep.equal({ DeleteTerms: 2 });
        outs = gone.result.outs as UserPoolClientOutputs;
        for (const key of ["terms", "termsOfUseId", "privacyPolicyId"]) expect(outs).to.not.have.property(key);
        expect((await counted(() => provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        await provider.delete(id, outs);
    });

    it("a client without terms makes no terms call in any step", async () => {
        const inputs = await checked({ name: "no terms" });
        const created = await counted(() => provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const renamed = await checked({ name: "no terms, renamed" });
        const steps = [
            created.calls,
            (await counted(() => provider.read(created.result.id, outs))).calls,
            (await counted(() => provider.update(created.result.id, outs, renamed))).calls,
            (await counted(() => provider.delete(created.result.id, outs))).calls,
        ];
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /Terms/.test(op))).to.deep.equal([]);
    });

    it("refresh sees a change and a deletion made outside Pulumi; the next update puts both back", async () => {
        const inputs = await checked({ name: "terms-drift", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const created = await provider.create(inputs);
        const id = created.id;
        const outs = created.outs as UserPoolClientOutputs;
        await sdk.send(new UpdateTermsCommand({ UserPoolId: userPoolId, TermsId: outs.termsOfUseId!, Links: { "cognito:default": "https://elsewhere.example/terms" } }));
        await sdk.send(new DeleteTermsCommand({ UserPoolId: userPoolId, TermsId: outs.privacyPolicyId! }));

        const refreshed = (await provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(refreshed.terms).to.deep.equal({ termsOfUse: { links: { default: "https://elsewhere.example/terms" }, enforcement: "NONE" } });
        expect(refreshed).to.not.have.property("privacyPolicyId");
        expect((await provider.diff(id, refreshed, inputs)).changes).to.equal(true);

        const restored = await counted(() => provider.update(id, refreshed, inputs));
        expect(restored.calls).to.deep.equal({ UpdateTerms: 1, CreateTerms: 1 });
        const after = (await provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect((await provider.diff(id, after, inputs)).changes).to.equal(false);
        await provider.delete(id, after);
    });

    it("a create whose terms call fails deletes the client again and says why", async () => {
        const before = (await listClients(sdk, userPoolId)).length;
        proxy().inject("CreateTerms", faults.error("InvalidParameterException", "terms refused for this test"), 1);
        const inputs = await checked({ name: "terms-fail", terms: { termsOfUse: TOU, privacyPolicy: PP } });
        const error = await provider.create(inputs).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/creating the terms-of-use document of Cognito user pool client .*InvalidParameterException: terms refused for this test/);
        expect(await listClients(sdk, userPoolId)).to.have.length(before);
        expect(proxy().countsByOperation()).to.include({ CreateUserPoolClient: 1, CreateTerms: 1, DeleteUserPoolClient: 1 });
    });

    it("import reads both documents; a client adopted with the import option keeps them", async () => {
        const created = await provider.create(await checked({ name: "terms-import", terms: { termsOfUse: TOU, privacyPolicy: PP } }));
        const read = await provider.read(`${userPoolId}/${created.id}`);
        const props = read.props as UserPoolClientOutputs;
        expect(props.terms).to.deep.equal({ termsOfUse: { ...TOU, enforcement: "NONE" }, privacyPolicy: { ...PP, enforcement: "NONE" } });
        expect(props.termsOfUseId).to.equal((created.outs as UserPoolClientOutputs).termsOfUseId);
        expect(read.inputs).to.have.property("terms");
        const adopted = await provider.create(await checked({ name: "terms-import", terms: { termsOfUse: TOU, privacyPolicy: PP }, importId: `${userPoolId}/${created.id}` }));
        expect(adopted.id).to.equal(created.id);
        await provider.delete(created.id, props);
    });
});
