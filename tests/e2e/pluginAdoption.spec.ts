/**
 * Onto the provider plugin's resource with the package's command, through the real engine: a TypeScript stack of
 * dynamic clients moved by `migrate --to plugin` (one changed import line, the same clients, no call that changes one),
 * and clients made elsewhere adopted into a YAML program by `adopt --language yaml --import`.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { startFaultProxy } from "../support/faultProxy";
import { TYPE_CHECKED_PROGRAM, motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack, namePlugin, runPackageCommand } from "../support/stacks";

const WRITES = ["CreateUserPoolClient", "UpdateUserPoolClient", "DeleteUserPoolClient", "AddUserPoolClientSecret", "DeleteUserPoolClientSecret"];

describe("onto the provider plugin: migrate --to plugin and adopt --language yaml", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });

    it("migrate --to plugin: a TypeScript stack's dynamic client becomes the plugin's with one import line, the same client, a clean preview", async () => {
        const userPoolId = await createUserPool(sdk, "to-plugin");
        const proxy = await startFaultProxy({ target: motoEndpoint() });
        try {
            const s = await localStack(copyProgram(path.join(EXAMPLES, "confidential-admin"), "to-plugin"), proxy.endpoint, { userPoolId }, TYPE_CHECKED_PROGRAM);
            await s.stack.up();
            const before = await s.stack.outputs();
            const program = path.join(s.dir, "index.ts");

            // Without the plugin named, nothing changes.
            const refused = await runPackageCommand(s, ["migrate", "--to", "plugin"]);
            expect(refused.code).to.not.equal(0);
            expect(refused.out).to.include("cannot find the cognito-app-client plugin").and.include("nothing was changed");

            namePlugin(s.dir);
            proxy.reset();
            const run = await runPackageCommand(s, ["migrate", "--to", "plugin"]);
            expect(run.code, run.out).to.equal(0);
            expect(proxy.calls.filter((c) => WRITES.includes(c.operation)), "no call changes a client").to.deep.equal([]);
            const types = JSON.parse(s.cli("stack", "export")).deployment.resources.map((r: { type: string }) => r.type);
            expect(types).to.include("cognito-app-client:index:UserPoolClient").and.not.include("pulumi-nodejs:dynamic/cognito:UserPoolClient");

            fs.writeFileSync(program, fs.readFileSync(program, "utf8").replace(/from "pulumi-cognito-user-pool-client"/, 'from "pulumi-cognito-user-pool-client/plugin"'));
            s.cli("preview", "--expect-no-changes");
            const after = await s.stack.outputs();
            expect(after.clientId.value).to.equal(before.clientId.value);
            expect(after.secret.secret).to.equal(true);
            expect(after.secret.value).to.equal(before.secret.value);
            // Read again through the plugin, nothing differs.
            // (Through the Automation API: the proxy in this process must keep serving.)
            expect((await s.stack.preview({ refresh: true })).changeSummary).to.deep.equal({ same: 2 });
            await s.stack.destroy();
            expect(await listClients(sdk, userPoolId)).to.have.length(0);
        } finally {
            await proxy.stop();
        }
    });

    it("adopt --language yaml --import: clients made elsewhere, in a YAML program that previews no changes", async () => {
        const userPoolId = await createUserPool(sdk, "adopt-yaml");
        for (const [name, extra] of [["web", { CallbackURLs: ["https://web.example.com/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ["openid", "email"], SupportedIdentityProviders: ["COGNITO"] }], ["worker", { GenerateSecret: true, RefreshTokenValidity: 5, TokenValidityUnits: { RefreshToken: "hours" } }]] as const) {
            await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: name, ...extra } as never));
        }
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "adopt-yaml"), motoEndpoint(), { userPoolId });
        const project = path.join(s.dir, "Pulumi.yaml");
        fs.writeFileSync(project, fs.readFileSync(project, "utf8").replace(/\noutputs:[\s\S]*$/, "\n"));
        const run = await runPackageCommand(s, ["adopt", "--pool", userPoolId, "--language", "yaml", "--import"]);
        expect(run.code, run.out).to.equal(0);
        const code = fs.readFileSync(path.join(s.dir, "cognito-clients.yaml"), "utf8");
        expect(code).to.include("type: cognito-app-client:index:UserPoolClient").and.include("refreshTokenValidity: 5").and.include("tokenValidityUnits: { refreshToken: hours }");
        fs.appendFileSync(project, code);
        s.cli("preview", "--expect-no-changes");
        const exported = JSON.parse(s.cli("stack", "export")).deployment.resources.filter((r: { type: string }) => r.type === "cognito-app-client:index:UserPoolClient");
        expect(exported.map((r: { urn: string }) => r.urn.split("::").pop()).sort()).to.deep.equal(["web", "worker"]);
        const worker = exported.find((r: { urn: string }) => r.urn.endsWith("::worker"));
        expect((await describeClient(sdk, userPoolId, worker.id)).RefreshTokenValidity).to.equal(5);
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
