/**
 * The client's managed login branding style (`managedLoginBranding`) through the provider against the local Cognito
 * API: Cognito's default style, settings and images made in as many requests as the 2 MB limit needs, changes in
 * place, an image removed (the style made anew), removal, the tier error with what to enable, a create whose style
 * fails (the client is deleted again), refresh of changes and a deletion made outside Pulumi, import, and the calls
 * of each step. Clients without the argument make no branding call.
 */
import {
    DeleteManagedLoginBrandingCommand,
    DescribeManagedLoginBrandingByClientCommand,
    UpdateManagedLoginBrandingCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientOutputs } from "../../provider/args";
import { PendingCreate, findCreatedClients } from "../../provider/adoption/recovery";
import { UserPoolClientApi } from "../../provider/aws";
import { createUserPool, deleteUserPool, listClients, usePoolSuite } from "../support/cognito";

const SETTINGS = { components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff" } } } }, categories: { global: { colorSchemeMode: "LIGHT" } } };
const image = (n: number, fill: number) => Buffer.alloc(n, fill).toString("base64");
const asset = (category: string, colorMode: string, bytes: string) => ({ category, colorMode, extension: "PNG", bytes });

describe("integration: the managed login branding style (managedLoginBranding)", function () {
    const s = usePoolSuite("branding", "the branding operations exist only in the faithful local API", { tier: "ESSENTIALS" });

    const live = async (clientId: string) => {
        try {
            return (await s.sdk.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: s.userPoolId, ClientId: clientId }))).ManagedLoginBranding;
        } catch (e) {
            if ((e as Error).name === "ResourceNotFoundException") return undefined;
            throw e;
        }
    };

    it("Cognito's default style: made after the client (2 calls), read on refresh (2 calls), no change; removed with 1 call", async () => {
        const inputs = await s.checked({ name: "default-style", managedLoginBranding: { useCognitoProvidedValues: true } });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, CreateManagedLoginBranding: 1 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(outs.managedLoginBrandingId).to.match(/^[0-9a-f-]{36}$/);
        expect((await live(id))!.UseCognitoProvidedValues).to.equal(true);

        const read = await s.counted(() => s.provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, DescribeManagedLoginBrandingByClient: 1 });
        outs = read.result.props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(false);

        const removed = await s.counted(async () => s.provider.update(id, outs, await s.checked({ name: "default-style" })));
        expect(removed.calls).to.deep.equal({ DeleteManagedLoginBranding: 1 });
        outs = removed.result.outs as UserPoolClientOutputs;
        expect(outs).to.not.have.property("managedLoginBrandingId");
        expect(await live(id)).to.equal(undefined);
        expect((await s.counted(() => s.provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        await s.provider.delete(id, outs);
    });

    it("settings and three images of 900,000 bytes: three requests under the 2 MB limit; state keeps digests, not images", async () => {
        const assets = [asset("PAGE_BACKGROUND", "LIGHT", image(900_000, 1)), asset("PAGE_BACKGROUND", "DARK", image(900_000, 2)), asset("FORM_LOGO", "LIGHT", image(900_000, 3))];
        const inputs = await s.checked({ name: "big-style", managedLoginBranding: { settings: SETTINGS, assets } });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, CreateManagedLoginBranding: 1, UpdateManagedLoginBranding: 2 });
        for (const call of s.proxy().calls) expect(JSON.stringify(call.body).length, call.operation).to.be.below(2_000_000);
        const id = created.result.id;
        const outs = created.result.outs as UserPoolClientOutputs;
        expect(JSON.stringify(outs).length).to.be.below(5_000);
        expect(outs.managedLoginBranding!.assets!.map((a) => `${a.category}/${a.colorMode}`)).to.deep.equal(["FORM_LOGO/LIGHT", "PAGE_BACKGROUND/DARK", "PAGE_BACKGROUND/LIGHT"]);
        const style = (await live(id))!;
        expect(style.Assets).to.have.length(3);
        expect(style.Settings).to.deep.equal(SETTINGS);

        const read = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, read, inputs)).changes).to.equal(false);
        await s.provider.delete(id, read);
        expect(await live(id)).to.equal(undefined);
    });

    it("a settings change and a new image update the style in place; a removed image makes it anew", async () => {
        const first = await s.checked({ name: "changing-style", managedLoginBranding: { settings: SETTINGS, assets: [asset("FORM_LOGO", "LIGHT", image(100, 1))] } });
        const created = await s.provider.create(first);
        const id = created.id;
        let outs = created.outs as UserPoolClientOutputs;
        const styleId = outs.managedLoginBrandingId;

        const second = await s.checked({
            name: "changing-style",
            managedLoginBranding: { settings: { ...SETTINGS, categories: { global: { colorSchemeMode: "DARK" } } }, assets: [asset("FORM_LOGO", "LIGHT", image(100, 1)), asset("FORM_LOGO", "DARK", image(100, 2))] },
        });
        expect(await s.provider.diff(id, outs, second)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const changed = await s.counted(() => s.provider.update(id, outs, second));
        expect(changed.calls).to.deep.equal({ UpdateManagedLoginBranding: 1 });
        expect(s.proxy().callsOf("UpdateManagedLoginBranding")[0].body.Assets, "only the new image is sent").to.have.length(1);
        outs = changed.result.outs as UserPoolClientOutputs;
        expect(outs.managedLoginBrandingId).to.equal(styleId);
        expect((await live(id))!.Assets).to.have.length(2);

        const third = await s.checked({ name: "changing-style", managedLoginBranding: { settings: SETTINGS, assets: [asset("FORM_LOGO", "DARK", image(100, 2))] } });
        const remade = await s.counted(() => s.provider.update(id, outs, third));
        expect(remade.calls).to.deep.equal({ DeleteManagedLoginBranding: 1, CreateManagedLoginBranding: 1 });
        outs = remade.result.outs as UserPoolClientOutputs;
        expect((await live(id))!.Assets!.map((a) => `${a.Category}/${a.ColorMode}`)).to.deep.equal(["FORM_LOGO/DARK"]);
        const read = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, read, third)).changes).to.equal(false);
        await s.provider.delete(id, read);
    });

    it("refresh: a style deleted outside Pulumi is seen and made again; settings changed outside Pulumi are seen and put back", async () => {
        const inputs = await s.checked({ name: "drifting-style", managedLoginBranding: { settings: SETTINGS } });
        const created = await s.provider.create(inputs);
        const id = created.id;
        let outs = created.outs as UserPoolClientOutputs;

        await s.sdk.send(new UpdateManagedLoginBrandingCommand({ UserPoolId: s.userPoolId, ManagedLoginBrandingId: outs.managedLoginBrandingId!, Settings: { categories: { global: { colorSchemeMode: "DARK" } } } as never }));
        outs = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(outs.managedLoginBranding!.settings).to.deep.equal({ categories: { global: { colorSchemeMode: "DARK" } } });
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(true);
        outs = (await s.provider.update(id, outs, inputs)).outs as UserPoolClientOutputs;
        expect((await live(id))!.Settings).to.deep.equal(SETTINGS);

        await s.sdk.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: s.userPoolId, ManagedLoginBrandingId: outs.managedLoginBrandingId! }));
        outs = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(outs).to.not.have.property("managedLoginBranding");
        expect(outs).to.not.have.property("managedLoginBrandingId");
        const restored = await s.counted(() => s.provider.update(id, outs, inputs));
        expect(restored.calls).to.deep.equal({ CreateManagedLoginBranding: 1 });
        const after = (await s.provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, after, inputs)).changes).to.equal(false);
        await s.provider.delete(id, after);
    });

    it("a pool in the Lite tier: the create fails with what to enable, and no client is left", async () => {
        const lite = await createUserPool(s.sdk, "branding-lite", { tier: "LITE" });
        try {
            const inputs = await s.checked({ name: "lite-style", managedLoginBranding: { useCognitoProvidedValues: true } }, lite);
            const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
            expect(error?.message).to.match(/^managedLoginBranding needs the user pool in the Essentials or Plus tier: set userPoolTier: "ESSENTIALS" .*\(user pool us-east-1_\w+\)\. creating the branding style of Cognito user pool client .*FeatureUnavailableInTierException/);
            expect(await listClients(s.sdk, lite)).to.have.length(0);
        } finally {
            await deleteUserPool(s.sdk, lite);
        }
    });

    it("a client without a style makes no branding call in any step", async () => {
        const inputs = await s.checked({ name: "no style" });
        const created = await s.counted(() => s.provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const steps = [
            created.calls,
            (await s.counted(() => s.provider.read(created.result.id, outs))).calls,
            (await s.counted(async () => s.provider.update(created.result.id, outs, await s.checked({ name: "no style, renamed" })))).calls,
            (await s.counted(() => s.provider.delete(created.result.id, outs))).calls,
        ];
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /Branding/.test(op))).to.deep.equal([]);
    });

    it("recover finds the client an interrupted create made with its style, image and terms", async () => {
        const args = { name: "recover-style", managedLoginBranding: { settings: SETTINGS, assets: [asset("FORM_LOGO", "LIGHT", image(64, 5))] }, terms: { termsOfUse: { links: { default: "https://example.com/t" } }, privacyPolicy: { links: { default: "https://example.com/p" } } } };
        const made = await s.provider.create(await s.checked(args));
        const pending: PendingCreate = { urn: "urn:pulumi:test::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::recover-style", face: "dynamic", resourceName: "recover-style", inputs: await s.checked(args) };
        const api = new UserPoolClientApi({ region: "us-east-1" });
        const [result] = await findCreatedClients(s.provider, (pool) => api.list(pool), [pending], new Set());
        expect(result.found).to.equal(`${s.userPoolId}/${made.id}`);
        // Another style is another configuration: no match.
        const other: PendingCreate = { ...pending, inputs: await s.checked({ ...args, managedLoginBranding: { useCognitoProvidedValues: true } }) };
        expect((await findCreatedClients(s.provider, (pool) => api.list(pool), [other], new Set()))[0].found).to.equal(undefined);
        await s.provider.delete(made.id, made.outs as UserPoolClientOutputs);
    });

    it("import reads the style; a style with images is left to the program's files", async () => {
        const withDefault = await s.provider.create(await s.checked({ name: "import-default", managedLoginBranding: { useCognitoProvidedValues: true } }));
        const read = await s.provider.read(`${s.userPoolId}/${withDefault.id}`);
        expect((read.props as UserPoolClientOutputs).managedLoginBranding).to.deep.equal({ useCognitoProvidedValues: true });
        expect(read.inputs).to.deep.include({ managedLoginBranding: { useCognitoProvidedValues: true } });

        const withImage = await s.provider.create(await s.checked({ name: "import-image", managedLoginBranding: { settings: SETTINGS, assets: [asset("FORM_LOGO", "LIGHT", image(50, 9))] } }));
        const imported = await s.provider.read(`${s.userPoolId}/${withImage.id}`);
        expect((imported.props as UserPoolClientOutputs).managedLoginBranding!.assets![0]).to.have.property("sha256");
        expect(imported.inputs).to.not.have.property("managedLoginBranding");
        await s.provider.delete(withDefault.id, read.props as UserPoolClientOutputs);
        await s.provider.delete(withImage.id, imported.props as UserPoolClientOutputs);
    });
});
