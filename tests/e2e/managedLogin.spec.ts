/**
 * The managed-login example through the real engine: a client with Cognito's default branding style and terms
 * documents in two languages. up makes the client, its style and both documents; refresh then preview shows no
 * changes; a switch to a custom style (settings and a logo) is an in-place update; a style deleted outside Pulumi is
 * seen by refresh and made again by up; destroy leaves no client, no style and no terms.
 */
import { DeleteManagedLoginBrandingCommand, DescribeManagedLoginBrandingByClientCommand, ListTermsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { createUserPool, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack } from "../support/stacks";

describe("managed login: branding style and terms through the engine", function () {
    this.timeout(300_000);

    before(function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    it("up, refresh with no changes, a custom style in place, a deleted style restored, destroy leaves nothing", async () => {
        const sdk = directSdk();
        const userPoolId = await createUserPool(sdk, "managed-login", { tier: "ESSENTIALS" });
        const s = await localStack(copyProgram(path.join(EXAMPLES, "managed-login"), "managed-login"), motoEndpoint(), { userPoolId });
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.deep.equal({ create: 2 });
        let outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        const style = async () => (await sdk.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: clientId }))).ManagedLoginBranding!;
        expect((await style()).UseCognitoProvidedValues).to.equal(true);
        expect((await style()).ManagedLoginBrandingId).to.equal(outputs.managedLoginBrandingId.value);
        const terms = (await sdk.send(new ListTermsCommand({ UserPoolId: userPoolId }))).Terms ?? [];
        expect(terms.map((t) => t.TermsName).sort()).to.deep.equal(["privacy-policy", "terms-of-use"]);

        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");

        // A custom style with a logo from the program's directory: an update in place, the same client.
        await s.stack.setConfig("style", { value: "custom" });
        expect(s.cli("preview", "--diff")).to.match(/~ 1 to update/).and.not.match(/to replace/);
        await s.stack.up();
        outputs = await s.stack.outputs();
        expect(outputs.clientId.value).to.equal(clientId);
        const custom = await style();
        expect(custom.Assets!.map((a) => `${a.Category}/${a.ColorMode}/${a.Extension}`)).to.deep.equal(["FORM_LOGO/LIGHT/PNG"]);
        expect(custom.Settings).to.have.nested.property("components.primaryButton.lightMode.defaults.backgroundColor", "0972d3ff");
        // The state keeps the logo's digest, not the image.
        const stored = JSON.parse(s.cli("stack", "export")).deployment.resources.find((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(stored.outputs.managedLoginBranding.assets[0].sha256).to.match(/^[0-9a-f]{64}$/);
        expect(stored.outputs.managedLoginBranding.assets[0]).to.not.have.property("bytes");
        s.cli("preview", "--expect-no-changes");

        // Deleted outside Pulumi: refresh sees it, up makes it again.
        await sdk.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: userPoolId, ManagedLoginBrandingId: custom.ManagedLoginBrandingId! }));
        expect((await s.stack.refresh()).summary.resourceChanges).to.include({ update: 1 });
        expect(s.cli("preview", "--diff")).to.match(/~ 1 to update/);
        await s.stack.up();
        expect((await style()).Assets).to.have.length(1);
        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");

        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        expect((await sdk.send(new ListTermsCommand({ UserPoolId: userPoolId }))).Terms ?? []).to.have.length(0);
        await sdk.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: clientId })).then(
            () => expect.fail("a branding style is left"),
            (e: Error) => expect(e.name).to.equal("ResourceNotFoundException"),
        );
    });
});
