/**
 * The client's classic hosted UI customization (`uiCustomization`) through the provider against the local Cognito API:
 * create with CSS and a logo, a CSS change that keeps the logo, removal, refresh of a CSS and a logo changed outside
 * Pulumi and the update that puts them back, a create whose customization call fails (the client is deleted again),
 * a pool without a domain (the error says what to do), a Lite pool, import, and the calls each step makes. Clients
 * without the argument make no UI customization call.
 */
import { GetUICustomizationCommand, SetUICustomizationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createHash } from "crypto";
import { UserPoolClientOutputs } from "../../provider/args";
import { faults } from "../support/faultProxy";
import { createUserPool, deleteUserPool, listClients, usePoolSuite } from "../support/cognito";

const PNG = (seed = 0) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, seed)]);
const LOGO = PNG(1).toString("base64");
const CSS = ".label-customizable { font-weight: 400; }\n.submitButton-customizable { background-color: #337ab7; }";
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("integration: the classic hosted UI customization (uiCustomization)", function () {
    const s = usePoolSuite("ui", "the UI customization operations exist only in the faithful local API", { domain: true });

    const live = async (clientId: string, userPoolId = s.userPoolId) => (await s.sdk.send(new GetUICustomizationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UICustomization!;

    it("create sets CSS and logo (1 call); a CSS change sends both again and keeps the logo (1 call); refresh reads it (1 call) and shows no change", async () => {
        const inputs = await s.checked({ name: "ui", uiCustomization: { css: CSS, imageFile: LOGO } });
        const created = await s.counted(() => s.provider.create(inputs));
        expect(created.calls).to.deep.equal({ CreateUserPoolClient: 1, SetUICustomization: 1 });
        const id = created.result.id;
        let outs = created.result.outs as UserPoolClientOutputs;
        expect(outs.uiCustomization).to.deep.equal({ css: CSS, imageSha256: sha(PNG(1)) });
        expect(JSON.stringify(outs)).to.not.include(LOGO);
        const first = await live(id);
        expect(first).to.include({ ClientId: id, CSS });
        expect(outs.uiCustomizationImageUrl).to.equal(first.ImageUrl).and.to.match(/^https:\/\//);
        expect(outs.uiCustomizationCssVersion).to.equal(first.CSSVersion);

        const read = await s.counted(() => s.provider.read(id, outs));
        expect(read.calls).to.deep.equal({ DescribeUserPoolClient: 1, GetUICustomization: 1 });
        outs = read.result.props as UserPoolClientOutputs;
        expect((await s.provider.diff(id, outs, inputs)).changes).to.equal(false);

        const changed = await s.checked({ name: "ui", uiCustomization: { css: ".banner-customizable { padding: 0; }", imageFile: LOGO } });
        expect(await s.provider.diff(id, outs, changed)).to.include({ changes: true }).and.to.have.property("replaces").that.deep.equals([]);
        const updated = await s.counted(() => s.provider.update(id, outs, changed));
        expect(updated.calls).to.deep.equal({ SetUICustomization: 1 });
        const sent = s.proxy().callsOf("SetUICustomization")[0].body;
        expect(sent).to.include({ CSS: ".banner-customizable { padding: 0; }", ImageFile: LOGO });
        outs = updated.result.outs as UserPoolClientOutputs;
        expect((await live(id)).ImageUrl).to.be.a("string").and.to.equal(outs.uiCustomizationImageUrl);
        expect(outs.uiCustomizationCssVersion).to.not.equal(first.CSSVersion);
        await s.provider.delete(id, outs);
    });

    it("removing the argument removes the client's own customization (1 call with neither CSS nor logo) and stops reading it", async () => {
        const created = await s.provider.create(await s.checked({ name: "ui-remove", uiCustomization: { css: CSS } }));
        const id = created.id;
        const none = await s.checked({ name: "ui-remove" });
        const removed = await s.counted(() => s.provider.update(id, created.outs as UserPoolClientOutputs, none));
        expect(removed.calls).to.deep.equal({ SetUICustomization: 1 });
        expect(s.proxy().callsOf("SetUICustomization")[0].body).to.deep.equal({ UserPoolId: s.userPoolId, ClientId: id });
        const outs = removed.result.outs as UserPoolClientOutputs;
        for (const key of ["uiCustomization", "uiCustomizationImageUrl", "uiCustomizationCssVersion"]) expect(outs).to.not.have.property(key);
        expect(await live(id)).to.deep.equal({});
        expect((await s.counted(() => s.provider.read(id, outs))).calls).to.deep.equal({ DescribeUserPoolClient: 1 });
        await s.provider.delete(id, outs);
    });

    it("a client without uiCustomization makes no UI customization call in any step", async () => {
        const inputs = await s.checked({ name: "no ui" });
        const created = await s.counted(() => s.provider.create(inputs));
        const outs = created.result.outs as UserPoolClientOutputs;
        const renamed = await s.checked({ name: "no ui, renamed" });
        const steps = [
            created.calls,
            (await s.counted(() => s.provider.read(created.result.id, outs))).calls,
            (await s.counted(() => s.provider.update(created.result.id, outs, renamed))).calls,
            (await s.counted(() => s.provider.delete(created.result.id, outs))).calls,
        ];
        for (const calls of steps) expect(Object.keys(calls).filter((op) => /UICustomization/.test(op))).to.deep.equal([]);
    });

    it("refresh sees CSS and a logo changed outside Pulumi; the next update puts both back", async () => {
        const inputs = await s.checked({ name: "ui-drift", uiCustomization: { css: CSS, imageFile: LOGO } });
        const created = await s.provider.create(inputs);
        const id = created.id;
        const outs = created.outs as UserPoolClientOutputs;
        await s.sdk.send(new SetUICustomizationCommand({ UserPoolId: s.userPoolId, ClientId: id, CSS: ".logo-customizable { max-width: 50%; }", ImageFile: PNG(2) }));

        const refreshed = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
        expect(refreshed.uiCustomization!.css).to.equal(".logo-customizable { max-width: 50%; }");
        expect(refreshed.uiCustomization!.imageSha256).to.not.equal(sha(PNG(1))).and.to.not.equal(sha(PNG(2)));
        expect(refreshed.uiCustomizationImageUrl).to.not.equal(outs.uiCustomizationImageUrl);
        expect((await s.provider.diff(id, refreshed, inputs)).changes).to.equal(true);

        const restored = await s.counted(() => s.provider.update(id, refreshed, inputs));
        expect(restored.calls).to.deep.equal({ SetUICustomization: 1 });
        expect(s.proxy().callsOf("SetUICustomization")[0].body).to.include({ CSS, ImageFile: LOGO });
        const after = (await s.provider.read(id, restored.result.outs as UserPoolClientOutputs)).props as UserPoolClientOutputs;
        expect(after.uiCustomization).to.deep.equal({ css: CSS, imageSha256: sha(PNG(1)) });
        expect((await s.provider.diff(id, after, inputs)).changes).to.equal(false);

        // The logo removed outside Pulumi (CSS alone set): refresh shows it gone.
        await s.sdk.send(new SetUICustomizationCommand({ UserPoolId: s.userPoolId, ClientId: id, CSS }));
        const withoutLogo = (await s.provider.read(id, after)).props as UserPoolClientOutputs;
        expect(withoutLogo.uiCustomization).to.deep.equal({ css: CSS });
        expect(withoutLogo).to.not.have.property("uiCustomizationImageUrl");
        expect((await s.provider.diff(id, withoutLogo, inputs)).changes).to.equal(true);

        // Removed outside Pulumi: refresh shows none, the pool's ALL customization is not the client's.
        await s.sdk.send(new SetUICustomizationCommand({ UserPoolId: s.userPoolId, ClientId: "ALL", CSS: ".banner-customizable { padding: 1px; }" }));
        await s.sdk.send(new SetUICustomizationCommand({ UserPoolId: s.userPoolId, ClientId: id }));
        const gone = (await s.provider.read(id, withoutLogo)).props as UserPoolClientOutputs;
        expect(gone).to.not.have.property("uiCustomization");
        await s.sdk.send(new SetUICustomizationCommand({ UserPoolId: s.userPoolId, ClientId: "ALL" }));
        await s.provider.delete(id, gone);
    });

    it("a create whose customization call fails deletes the client again and says why", async () => {
        const before = (await listClients(s.sdk, s.userPoolId)).length;
        s.proxy().inject("SetUICustomization", faults.error("InvalidParameterException", "customization refused for this test"), 1);
        const inputs = await s.checked({ name: "ui-fail", uiCustomization: { css: CSS } });
        const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/setting the classic hosted UI customization of Cognito user pool client .*InvalidParameterException: customization refused for this test/);
        expect(await listClients(s.sdk, s.userPoolId)).to.have.length(before);
        expect(s.proxy().countsByOperation()).to.include({ CreateUserPoolClient: 1, SetUICustomization: 1, DeleteUserPoolClient: 1 });
    });

    it("a pool without a domain: the create fails saying to create the domain first and depend on it, and leaves no client", async () => {
        const bare = await createUserPool(s.sdk, "ui-no-domain");
        try {
            const inputs = await s.checked({ name: "ui-no-domain", uiCustomization: { css: CSS } }, bare);
            const error = await s.provider.create(inputs).then(() => undefined, (e: Error) => e);
            expect(error?.message).to.match(/^uiCustomization needs a domain on user pool \S+: create the domain first \(aws\.cognito\.UserPoolDomain\) and give the client dependsOn: \[domain\].*There has to be an existing domain associated with this user pool/);
            expect(await listClients(s.sdk, bare)).to.deep.equal([]);
            // Import reads a pool without a domain as having no customization.
            const plain = await s.provider.create(await s.checked({ name: "ui-no-domain-import" }, bare));
            const read = await s.counted(() => s.provider.read(`${bare}/${plain.id}`));
            expect(read.calls).to.include({ GetUICustomization: 1 });
            expect(read.result.props).to.not.have.property("uiCustomization");
            await s.provider.delete(plain.id, read.result.props as UserPoolClientOutputs);
        } finally {
            await deleteUserPool(s.sdk, bare);
        }
    });

    it("a Lite pool with a domain takes it: the classic hosted UI is the Lite tier's", async () => {
        const lite = await createUserPool(s.sdk, "ui-lite", { tier: "LITE", domain: true });
        try {
            const made = await s.provider.create(await s.checked({ name: "ui-lite", uiCustomization: { imageFile: LOGO } }, lite));
            expect((await live(made.id, lite)).ImageUrl).to.be.a("string");
            await s.provider.delete(made.id, made.outs as UserPoolClientOutputs);
        } finally {
            await deleteUserPool(s.sdk, lite);
        }
    });

    it("import reads the CSS and the logo as replaced (only the program's file can say what it is); the import option keeps the client, and update sends the logo", async () => {
        const created = await s.provider.create(await s.checked({ name: "ui-import", uiCustomization: { css: CSS, imageFile: LOGO } }));
        const read = await s.provider.read(`${s.userPoolId}/${created.id}`);
        const props = read.props as UserPoolClientOutputs;
        expect(props.uiCustomization!.css).to.equal(CSS);
        expect(props.uiCustomization!.imageSha256).to.be.a("string").and.to.not.equal(sha(PNG(1)));
        expect(props.uiCustomizationImageUrl).to.equal((created.outs as UserPoolClientOutputs).uiCustomizationImageUrl);
        expect(read.inputs).to.not.have.property("uiCustomization");

        const cssOnly = await s.provider.create(await s.checked({ name: "ui-import-css", uiCustomization: { css: CSS } }));
        expect((await s.provider.read(`${s.userPoolId}/${cssOnly.id}`)).inputs).to.deep.include({ uiCustomization: { css: CSS } });

        const program = await s.checked({ name: "ui-import", uiCustomization: { css: CSS, imageFile: LOGO }, importId: `${s.userPoolId}/${created.id}` });
        const adopted = await s.provider.create(program);
        expect(adopted.id).to.equal(created.id);
        await s.provider.delete(created.id, props);
        await s.provider.delete(cssOnly.id, cssOnly.outs as UserPoolClientOutputs);
    });
});
