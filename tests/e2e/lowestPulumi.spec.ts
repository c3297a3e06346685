/**
 * The lowest @pulumi/pulumi the package admits (package.json peerDependencies), through the real engine: the
 * lifecycle (up, refresh then preview with no changes, an update in place, destroy), `UserPoolClient.get` and the
 * `import` option, with that version of the SDK in the program. The admitted range is a claim this test backs.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { LOWEST_PULUMI, PROGRAMS, copyProgram, installWithLowestPulumi, localStack } from "../support/stacks";

describe(`the lowest admitted @pulumi/pulumi (${LOWEST_PULUMI}) through the engine`, function () {
    this.timeout(300_000);
    let modules: string;

    before(function () {
        this.timeout(600_000);
        modules = installWithLowestPulumi();
        const installed = JSON.parse(fs.readFileSync(path.join(modules, "node_modules", "@pulumi", "pulumi", "package.json"), "utf8")).version;
        expect(installed).to.equal(LOWEST_PULUMI);
    });

    it("up, refresh with no changes, an update in place, get and the import option, destroy", async () => {
        const sdk = directSdk();
        const userPoolId = await createUserPool(sdk, "lowest-pulumi");
        const existing = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "made-by-hand" }))).UserPoolClient!;
        const importId = `${userPoolId}/${existing.ClientId}`;
        const clients = (name: string) => JSON.stringify({
            app: { args: { name, userPoolId, generateSecret: true, callbackUrls: ["https://app.example/cb"] } },
            adopted: { args: { name: "adopted-by-import", userPoolId }, import: importId },
        });
        const s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "lowest-pulumi", modules), motoEndpoint(), { clients: clients("app"), gets: JSON.stringify({ ref: importId }) });
        await s.stack.up();
        const outputs = (await s.stack.outputs()).clientOutputs.value;
        expect(outputs.adopted.id).to.equal(existing.ClientId);
        expect(outputs.ref.userPoolId).to.equal(userPoolId);
        expect((await describeClient(sdk, userPoolId, existing.ClientId!)).ClientName).to.equal("adopted-by-import");
        expect(await listClients(sdk, userPoolId)).to.have.length(2);

        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");
        await s.stack.setConfig("clients", { value: clients("app-renamed") });
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.include({ update: 1 });
        expect((await listClients(sdk, userPoolId)).map((c) => c.name).sort()).to.deep.equal(["adopted-by-import", "app-renamed"]);
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
