/**
 * The client's SSO session setting (`ssoSession`) through the provider against the local Cognito API: create with
 * it, change it, remove it (back to Cognito's default of 60), the tier and session-tracking errors with what to
 * enable, a create whose setting fails (the client is deleted again, nothing left untracked), refresh of a change
 * made outside Pulumi, import, and the calls each step makes. Clients without the argument make no session call.
 */
import {
    CognitoIdentityProviderClient,
    GetUserPoolClientSessionConfigurationCommand,
    SetUserPoolClientSessionConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { UserPoolClientProvider } from "../../provider/provider";
import { createUserPool, deleteUserPool, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";
import { localCognitoMode } from "../support/moto";

describe("integration: the SSO session setting (ssoSession)", function () {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(async function () {
        // The session-configuration operations exist only in the faithful local API (plain moto has none).
        if (localCognitoMode() === "plain") this.skip();
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "sso", { sessionTracking: true });
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });
    beforeEach(() => {
        provider = newProvider();
    });

    const live = async (pool: string, clientId: string) =>
        (await sdk.send(new GetUserPoolClientSessionConfigurationCommand({ UserPoolId: pool, ClientId: clientId }))).SSOSession!.MaxValidityMinutes;

    async function checked(args: Partial<UserPoolClientInputs>, pool = userPoolId): Promise<UserPoolClientInputs> {
        const { inputs, failures } = await provider.check({} as UserPoolClientInputs, { userPoolId: pool, ...args } as UserPoolClientInputs);
        expect(failures ?? []).to.deep.equal([]);
        return inputs as UserPoolClientInputs;
    }

    async function counted<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
        proxy().reset();
        const result = await run();
        return { result, calls: proxy().countsByOperation() };
    }

    it("create sets it after making the client (2 calls); change (1 call); removal restores 60 and stops reading it", async () => {
        const created = await counted(async () => provider.create(await checked({ name: "sso", ssoSession: { maxValidityMinutes: 480 } })));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, SetUserPoolClientSessionConfiguration: 1 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(outs.ssoSession).to.deep.equal({ maxValidityMinutes: 480 });
        expect(await live(userPoolId, id)).to.equal(480);

        const news = await checked({ name: "sso", ssoSession: { maxValidityMinutes: 0 } });
        expect((await provider.diff(id, outs, news)).replaces).to.deep.equal([]);
        const changed = await counted(() => provider.update(id, outs, news));
        expect(changed.calls).to.deep.equal({ SetUserPoolClientSessionConfiguration: 1 });
        outs = changed.result.outs as UserPoolClientOutputs;
        expect(await live(userPoolId, id)).to.equal(0);

        const read = await counted(() => provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, GetUserPoolClientSessionConfiguration: 1 });
        expect((read.result.props as UserPoolClientOutputs).ssoSession).to.deep.equal({ maxValidityMinutes: 0 });

        const removed = await counted(async () => provider.update(id, outs, await checked({ name: "sso" })));
        expect(removed.calls).to.deep.equal({ SetUserPoolClientSessionConfiguration: 1 });
        expect(await live(userPoolId, id)).to.equal(60);
        outs = removed.result.outs as UserPoolClientOutputs;
        expect(outs).to.not.have.property("ssoSession");
        expect((await counted(() => provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
    });

    it("a client without the argument makes no session call in any step", async () => {
        const inputs = await checked({ name: "no sso" });
        const created = await counted(() => provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const read = await counted(() => provider.read(created.result.id, outs));
        const updated = await counted(async () => provider.update(created.result.id, outs, await checked({ name: "no sso 2" })));
        expect([created.calls, read.calls, updated.calls]).to.deep.equal([{ CreateUserPoolClient: 1 }, { DescribeUserPoolClient: 1 }, { UpdateUserPoolClient: 1 }]);
    });

    it("refresh shows a change made outside Pulumi, and the diff puts it back in place", async () => {
        const { id, outs } = await provider.create(await checked({ name: "drift", ssoSession: { maxValidityMinutes: 120 } }));
        await sdk.send(new SetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: id, SSOSession: { MaxValidityMinutes: 5 } }));
        const refreshed = (await provider.read(id, outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect(refreshed.ssoSession).to.deep.equal({ maxValidityMinutes: 5 });
        const news = await checked({ name: "drift", ssoSession: { maxValidityMinutes: 120 } });
        const diff = await provider.diff(id, refreshed, news);
        expect(diff).to.include({ changes: true }).and.deep.include({ replaces: [] });
        await provider.update(id, refreshed, news);
        expect(await live(userPoolId, id)).to.equal(120);
    });

    it("a pool in the Lite tier: the create fails saying what to enable, and the client it made is deleted again", async () => {
        const lite = await createUserPool(sdk, "sso-lite", { tier: "LITE" });
        const inputs = await checked({ name: "lite", ssoSession: { maxValidityMinutes: 480 } }, lite);
        proxy().reset();
        const error = await provider.create(inputs).then(() => undefined, (e: Error) => e);
        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1, SetUserPoolClientSessionConfiguration: 1, DeleteUserPoolClient: 1 });
        expect(error?.message).to.match(/^ssoSession needs the user pool in the Essentials or Plus tier: set userPoolTier: "ESSENTIALS" \(or "PLUS"\) on the pool/);
        expect(error?.message).to.include("FeatureUnavailableInTierException");
        expect(await listClients(sdk, lite), "nothing left behind").to.deep.equal([]);
        await deleteUserPool(sdk, lite);
    });

    it("a pool without session tracking: the create fails saying how to enable it, and leaves no client", async () => {
        const untracked = await createUserPool(sdk, "sso-untracked");
        const error = await provider.create(await checked({ name: "untracked", ssoSession: { maxValidityMinutes: 480 } }, untracked)).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.include(`ssoSession needs session tracking on the user pool: enable it in the Cognito console, or run \`aws cognito-idp set-user-pool-session-configuration --user-pool-id ${untracked} --user-session-tracking ENABLED\``);
        expect(await listClients(sdk, untracked)).to.deep.equal([]);
        // An update that adds the setting fails the same way, and changes nothing.
        const { id, outs } = await provider.create(await checked({ name: "untracked update" }, untracked));
        const failed = await provider.update(id, outs as UserPoolClientOutputs, await checked({ name: "untracked update", ssoSession: { maxValidityMinutes: 5 } }, untracked)).then(() => undefined, (e: Error) => e);
        expect(failed?.message).to.match(/^ssoSession needs session tracking on the user pool/);
        expect(await live(untracked, id)).to.equal(60);
        await deleteUserPool(sdk, untracked);
    });

    it("import carries a setting other than the default, and not the default", async () => {
        const { id } = await provider.create(await checked({ name: "import sso", ssoSession: { maxValidityMinutes: 900 } }));
        const imported = await provider.read(`${userPoolId}/${id}`);
        expect(imported.inputs).to.deep.include({ ssoSession: { maxValidityMinutes: 900 } });
        const plain = await provider.create(await checked({ name: "import no sso" }));
        expect((await provider.read(`${userPoolId}/${plain.id}`)).inputs).to.not.have.property("ssoSession");
    });
});
