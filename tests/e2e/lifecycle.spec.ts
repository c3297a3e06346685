/**
 * The package inside the real Pulumi engine: `up`, `preview`, `refresh`, import and `destroy` of programs that
 * install the package from its npm tarball, against the local Cognito API.
 */
import { UpdateUserPoolClientCommand, DeleteUserPoolClientCommand, CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";

const sdk = () => directSdk();

interface ClientSpec {
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
}

async function setClients(s: LocalStack, clients: Record<string, ClientSpec>, gets: Record<string, string> = {}) {
    await s.stack.setConfig("clients", { value: JSON.stringify(clients) });
    await s.stack.setConfig("gets", { value: JSON.stringify(gets) });
}

/** The outputs of a client resource as stored in state (what refresh updates; stack outputs wait for the next up). */
async function stateOf(s: LocalStack, name: string): Promise<Record<string, any>> {
    const deployment = await s.stack.exportStack();
    const resource = deployment.deployment.resources.find((r: any) => r.urn.endsWith(`::${name}`) && r.type.endsWith("UserPoolClient"));
    return resource?.outputs;
}

async function clientOutputs(s: LocalStack): Promise<Record<string, any>> {
    const outputs = await s.stack.outputs();
    return outputs.clientOutputs?.value ?? {};
}

describe("end to end through the Pulumi engine", function () {
    this.timeout(300_000);
    let userPoolId: string;
    let s: LocalStack;

    before(async function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    beforeEach(async () => {
        userPoolId = await createUserPool(sdk(), "e2e");
        s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "clients"), motoEndpoint());
    });

    afterEach(async () => {
        await s.stack.destroy().catch(() => undefined);
    });

    it("preview of an unchanged program reports no changes; a rename updates in place; reordering a list changes nothing", async () => {
        const args = { name: "web", userPoolId, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], callbackUrls: ["https://a.example/cb", "https://b.example/cb"] };
        await setClients(s, { web: { args } });
        await s.stack.up();
        const id = (await clientOutputs(s)).web.id;

        const unchanged = await s.stack.preview();
        expect(unchanged.changeSummary).to.deep.equal({ same: 2 });

        await setClients(s, { web: { args: { ...args, explicitAuthFlows: [...args.explicitAuthFlows].reverse(), callbackUrls: [...args.callbackUrls].reverse() } } });
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 2 });

        await setClients(s, { web: { args: { ...args, name: "web-renamed" } } });
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 1, update: 1 });
        await s.stack.up();
        expect((await clientOutputs(s)).web.id).to.equal(id);
        expect((await describeClient(sdk(), userPoolId, id)).ClientName).to.equal("web-renamed");
    });

    it("changing generateSecret or userPoolId previews as a replace", async () => {
        const args = { name: "svc", userPoolId };
        await setClients(s, { svc: { args } });
        await s.stack.up();

        await setClients(s, { svc: { args: { ...args, generateSecret: true } } });
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 1, replace: 1 });

        const otherPool = await createUserPool(sdk(), "e2e-other");
        await setClients(s, { svc: { args: { ...args, userPoolId: otherPool } } });
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 1, replace: 1 });
        await s.stack.up();
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
        expect(await listClients(sdk(), otherPool)).to.have.length(1);
    });

    it("refresh records a change made outside Pulumi, and the next up puts the program's configuration back", async () => {
        const args = { name: "drifty", userPoolId, callbackUrls: ["https://app.example/cb"], allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["code"], allowedOauthScopes: ["openid"] };
        await setClients(s, { drifty: { args } });
        await s.stack.up();
        const id = (await clientOutputs(s)).drifty.id;

        await sdk().send(new UpdateUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: id, ClientName: "changed-by-hand", CallbackURLs: ["https://elsewhere.example/cb"] }));
        const refresh = await s.stack.refresh();
        expect(refresh.summary.resourceChanges).to.include({ update: 1 });
        const refreshed = await stateOf(s, "drifty");
        expect(refreshed.name).to.equal("changed-by-hand");
        expect(refreshed.callbackUrls).to.deep.equal(["https://elsewhere.example/cb"]);

        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.include({ update: 1 });
        const live = await describeClient(sdk(), userPoolId, id);
        expect(live.ClientName).to.equal("drifty");
        expect(live.CallbackURLs).to.deep.equal(["https://app.example/cb"]);
    });

    it("a client deleted outside Pulumi is dropped by refresh and recreated by up", async () => {
        await setClients(s, { gone: { args: { name: "gone", userPoolId } } });
        await s.stack.up();
        const id = (await clientOutputs(s)).gone.id;
        await sdk().send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: id }));

        const refresh = await s.stack.refresh();
        expect(refresh.summary.resourceChanges).to.include({ delete: 1 });
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.include({ create: 1 });
        const clients = await listClients(sdk(), userPoolId);
        expect(clients).to.have.length(1);
        expect(clients[0].id).to.not.equal(id);
    });

    it("the import option adopts an existing client without creating another, then manages and destroys it", async () => {
        const existing = (await sdk().send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "legacy", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!;
        const importId = `${userPoolId}/${existing.ClientId}`;
        await setClients(s, { legacy: { args: { name: "legacy", userPoolId, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }, import: importId } }, { ref: importId });
        await s.stack.up();
        const outputs = await clientOutputs(s);
        expect(outputs.legacy.id).to.equal(existing.ClientId);
        expect(outputs.ref.name).to.equal("legacy");
        expect(outputs.ref.userPoolId).to.equal(userPoolId);
        expect(await listClients(sdk(), userPoolId)).to.have.length(1);
        const preview = await s.stack.preview();
        expect(Object.keys(preview.changeSummary)).to.deep.equal(["same"]);

        await setClients(s, { legacy: { args: { name: "legacy-managed", userPoolId, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, import: importId } });
        await s.stack.up();
        expect((await describeClient(sdk(), userPoolId, existing.ClientId!)).ClientName).to.equal("legacy-managed");
        await s.stack.destroy();
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
    });

    it("an import whose program differs in place adopts the client and updates it in the same up", async () => {
        const existing = (await sdk().send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "legacy", CallbackURLs: ["https://old.example/cb"] }))).UserPoolClient!;
        await setClients(s, { legacy: { args: { name: "other-name", userPoolId, callbackUrls: ["https://new.example/cb"] }, import: `${userPoolId}/${existing.ClientId}` } });
        // The engine previews the adoption as a create: the provider adopts the client, then updates it, at up.
        const preview = s.cli("preview", "--diff");
        expect(preview).to.match(/\+ pulumi-nodejs:dynamic\/cognito:UserPoolClient: \(create\)/);
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.not.have.any.keys("replace", "delete");
        const outputs = await clientOutputs(s);
        expect(outputs.legacy.id).to.equal(existing.ClientId);
        const live = await describeClient(sdk(), userPoolId, existing.ClientId!);
        expect(live.ClientName).to.equal("other-name");
        expect(live.CallbackURLs).to.deep.equal(["https://new.example/cb"]);
        expect(await listClients(sdk(), userPoolId)).to.have.length(1);
        expect(Object.keys((await s.stack.preview()).changeSummary)).to.deep.equal(["same"]);
        await s.stack.destroy();
    });

    it("an import whose generateSecret differs fails, naming it, and changes nothing", async () => {
        const existing = (await sdk().send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "legacy", GenerateSecret: true }))).UserPoolClient!;
        await setClients(s, { legacy: { args: { name: "other-name", userPoolId, generateSecret: false }, import: `${userPoolId}/${existing.ClientId}` } });
        const error = await s.stack.up().then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/differs from the program in generateSecret, which no update can change/);
        const live = await describeClient(sdk(), userPoolId, existing.ClientId!);
        expect(live.ClientName).to.equal("legacy");
        expect(live.ClientSecret).to.equal(existing.ClientSecret);
        expect(await listClients(sdk(), userPoolId)).to.have.length(1);
        expect(JSON.parse(s.cli("stack", "export")).deployment.resources ?? []).to.satisfy((rs: any[]) => !rs.some((r) => r.type.endsWith(":UserPoolClient")));
    });

    it("pulumi import --file adopts a client from the file the package's helper writes; the secret is encrypted", async () => {
        const existing = (await sdk().send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "legacy", GenerateSecret: true }))).UserPoolClient!;
        await setClients(s, { legacy: { args: { name: "legacy", userPoolId, generateSecret: true } } });
        const file = execFileSync(path.join(s.dir, "node_modules", ".bin", "pulumi-cognito-import-file"), [`legacy=${userPoolId}/${existing.ClientId}`], {
            cwd: s.dir, env: { ...process.env, ...s.env }, encoding: "utf8",
        });
        fs.writeFileSync(path.join(s.dir, "import.json"), file);
        const imported = s.cli("import", "--file", "import.json", "--generate-code=false", "--yes");
        expect(imported).to.match(/1 imported/);
        expect(imported).to.not.include(existing.ClientSecret!);

        expect(Object.keys((await s.stack.preview()).changeSummary)).to.deep.equal(["same"]);
        const state = JSON.parse(s.cli("stack", "export"));
        const client = state.deployment.resources.find((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(client.id).to.equal(existing.ClientId);
        expect(client.outputs.clientSecret).to.have.property("ciphertext");
        expect(JSON.stringify(state)).to.not.include(existing.ClientSecret!);
        await s.stack.up();
        expect(await listClients(sdk(), userPoolId)).to.have.length(1);
        expect((await clientOutputs(s)).legacy.id).to.equal(existing.ClientId);
        await s.stack.destroy();
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
    });

    it("a bad argument fails at preview with the property and the reason, and nothing is created", async () => {
        await setClients(s, { bad: { args: { name: "bad", userPoolId, authSessionValidity: 16, callbackUrls: ["http://example.com/cb"] } } });
        const error = await s.stack.preview().then(() => undefined, (e: Error) => e);
        expect(error?.message).to.match(/authSessionValidity must be between 3 and 15 minutes; received 16/);
        expect(error?.message).to.match(/callbackUrls\[0\] must use https/);
        const upError = await s.stack.up().then(() => undefined, (e: Error) => e);
        expect(upError).to.be.instanceOf(Error);
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
    });

    it("destroy removes every client; the pool lists none", async () => {
        await setClients(s, {
            a: { args: { name: "a", userPoolId } },
            b: { args: { name: "b", userPoolId, generateSecret: true } },
            c: { args: { name: "c", userPoolId, clientSecret: "customSecretValue0123456789abcd" }, secretArgs: ["clientSecret"] },
        });
        await s.stack.up();
        expect(await listClients(sdk(), userPoolId)).to.have.length(3);
        await s.stack.destroy();
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
    });

    it("refresh and destroy run the installed build of the package, not a copy frozen in state", async () => {
        await setClients(s, { up: { args: { name: "upgraded", userPoolId } } });
        await s.stack.up();
        // A changed build: the same package with provider code that leaves a mark when it runs.
        const installed = fs.realpathSync(path.join(s.dir, "node_modules", "pulumi-cognito-user-pool-client"));
        const copy = path.join(s.dir, "patched-package");
        fs.cpSync(installed, copy, { recursive: true });
        const marker = path.join(s.dir, "new-build-ran.log");
        const providerJs = path.join(copy, "dist", "provider.js");
        fs.appendFileSync(providerJs, `\nfor (const m of ["read", "delete"]) { const f = UserPoolClientProvider.prototype[m]; UserPoolClientProvider.prototype[m] = function (...a) { require("fs").appendFileSync(${JSON.stringify(marker)}, m + "\\n"); return f.apply(this, a); }; }\n`);
        // Swap the program's node_modules for one whose package is the changed build.
        const modules = path.join(s.dir, "node_modules");
        const shared = fs.readlinkSync(modules);
        fs.unlinkSync(modules);
        fs.mkdirSync(modules);
        for (const entry of fs.readdirSync(shared)) {
            fs.symlinkSync(entry === "pulumi-cognito-user-pool-client" ? copy : path.join(shared, entry), path.join(modules, entry));
        }
        for (const scope of ["@pulumi"]) {
            fs.unlinkSync(path.join(modules, scope));
            fs.mkdirSync(path.join(modules, scope));
            for (const entry of fs.readdirSync(path.join(shared, scope))) fs.symlinkSync(path.join(shared, scope, entry), path.join(modules, scope, entry));
        }
        await s.stack.refresh();
        expect(fs.readFileSync(marker, "utf8")).to.equal("read\n");
        await s.stack.destroy();
        expect(fs.readFileSync(marker, "utf8")).to.equal("read\ndelete\n");
        expect(await listClients(sdk(), userPoolId)).to.have.length(0);
    });
});
