/**
 * The provider plugin from a Go program (examples/go) through the real engine and the Go language host
 * (scripts/install-pulumi.sh), with the generated Go SDK (sdk/go): up, a preview with no changes, a change in place,
 * destroy. The host builds the program with its own go.mod at every run (warm after the first: the Go build cache).
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../../scripts/engine";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack, namePlugin } from "../support/stacks";

/** A copy of examples/go whose go.mod takes the SDK from this checkout, with the npm package's plugin named. */
function goProgram(name: string): string {
    const dir = copyProgram(path.join(EXAMPLES, "go"), name);
    const mod = path.join(dir, "go.mod");
    fs.writeFileSync(mod, fs.readFileSync(mod, "utf8").replace("=> ../../sdk/go", `=> ${path.join(ROOT, "sdk", "go")}`));
    namePlugin(dir);
    return dir;
}

describe("the provider plugin from a Go program", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });

    it("up, a preview with no changes, a change in place, destroy", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-go");
        const s = await localStack(goProgram("go"), motoEndpoint(), { userPoolId }, { GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod" });
        expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ create: 2 });
        const outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        expect(outputs.clientSecret.secret, "clientSecret is a secret").to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live).to.include({ ClientSecret: outputs.clientSecret.value, RefreshTokenValidity: 7 });
        s.cli("preview", "--expect-no-changes");

        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/signed-in" });
        expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ same: 1, update: 1 });
        expect((await s.stack.outputs()).clientId.value, "the same client").to.equal(clientId);
        expect((await describeClient(sdk, userPoolId, clientId)).CallbackURLs).to.deep.equal(["https://app.example.com/signed-in"]);
        expect(s.cli("stack", "export"), "state").to.not.include(outputs.clientSecret.value as string);

        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
