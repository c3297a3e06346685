/**
 * Upgrading from 0.1.0 through the real engine. A stack is written by the package as released in 0.1.0 (built and
 * packed from its commit, installed from the tarball), so its state holds 0.1.0's closure-serialized provider
 * stub in every client's `__provider`. In a clone without that commit (a shallow one), the same state is written by
 * storing that stub, verbatim, in place of the new text (`stack export`, then `stack import`). The program then gets this build of the package, and `refresh`, a no-op
 * `up`, an `up` that changes a client and `destroy` run on that state.
 *
 * What the engine keeps: `refresh` (read) and `destroy` (delete) load the provider from the stored outputs, so
 * they run the old text, which loads the installed (new) package. A no-op `up` stores the program's new inputs,
 * with the new provider text, but keeps an unchanged resource's outputs, old text included; the first update of
 * a client replaces its outputs, and the old text is gone from that client.
 */
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PROVIDER_TEXT } from "../../provider/serialized";
import { ROOT } from "../../scripts/engine";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { RELEASE_0_1_0_PROVIDER_TEXT } from "../support/legacyProvider";
import { LocalStack, PROGRAMS, WORK, copyProgram, installPackageFrom, installPackedPackage, localStack, useModules } from "../support/stacks";

/** Release 0.1.0 at a commit whose UserPoolClient stores the closure-serialized stub (the released provider text). */
const RELEASE = { version: "0.1.0", commit: "3267466d4f26805b8954f2c71ff081f26db7e025" };
const PACKAGE = "pulumi-cognito-user-pool-client";

/**
 * Builds the released package from its commit (git archive, then npm pack) and installs it; once per machine.
 * Undefined when the commit is not in this clone.
 */
function installRelease(): string | undefined {
    const home = path.join(WORK, `release-${RELEASE.version}-${RELEASE.commit.slice(0, 12)}`);
    const modules = path.join(home, "installed");
    if (fs.existsSync(path.join(modules, ".inputs-sha256")) && fs.existsSync(path.join(modules, "node_modules", PACKAGE))) return modules;
    try {
        execFileSync("git", ["cat-file", "-e", `${RELEASE.commit}^{commit}`], { cwd: ROOT, stdio: "ignore" });
    } catch {
        process.stdout.write(`      commit ${RELEASE.commit} (release ${RELEASE.version}) is not in this clone: its provider text is stored verbatim instead\n`);
        return undefined;
    }
    const source = path.join(home, "source");
    fs.rmSync(source, { recursive: true, force: true });
    fs.mkdirSync(source, { recursive: true });
    const archive = path.join(home, "source.tar");
    execFileSync("git", ["archive", "--format=tar", `--output=${archive}`, RELEASE.commit], { cwd: ROOT });
    execFileSync("tar", ["-xf", archive, "-C", source]);
    fs.rmSync(archive);
    // The build tools (tsc for prepack) and types come from this checkout; the release's lock file pins the same.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(source, "node_modules"), "dir");
    return installPackageFrom(source, modules);
}

const sdk = () => directSdk();

interface Stored {
    id: string;
    inputs: Record<string, any>;
    outputs: Record<string, any>;
}

/** Stores release 0.1.0's provider text in place of the current one, in every client's inputs and outputs. */
function storeReleaseProviderText(s: LocalStack): void {
    const file = path.join(s.dir, "release-state.json");
    const deployment = JSON.parse(s.cli("stack", "export"));
    for (const r of deployment.deployment.resources ?? []) {
        if (r.type !== "pulumi-nodejs:dynamic/cognito:UserPoolClient") continue;
        r.inputs.__provider = RELEASE_0_1_0_PROVIDER_TEXT;
        r.outputs.__provider = RELEASE_0_1_0_PROVIDER_TEXT;
    }
    fs.writeFileSync(file, JSON.stringify(deployment));
    s.cli("stack", "import", "--file", file);
}

/** The clients as the engine stores them (`pulumi stack export`, secrets encrypted), by resource name. */
async function clientsInState(s: LocalStack): Promise<Record<string, Stored>> {
    const deployment = JSON.parse(s.cli("stack", "export"));
    const clients = (deployment.deployment.resources ?? []).filter((r: any) => r.type === "pulumi-nodejs:dynamic/cognito:UserPoolClient");
    return Object.fromEntries(clients.map((r: any) => [r.urn.split("::").pop(), r]));
}

async function clientOutputs(s: LocalStack): Promise<Record<string, any>> {
    return (await s.stack.outputs()).clientOutputs?.value ?? {};
}

describe(`a stack written by release ${RELEASE.version}, after upgrading the package`, function () {
    this.timeout(600_000);
    let releaseModules: string | undefined;

    before(function () {
        this.timeout(900_000);
        releaseModules = installRelease();
        installPackedPackage();
    });

    it("refresh, a no-op up, an update and destroy work on the old state; the new provider text replaces the old as the engine rewrites each copy", async () => {
        const userPoolId = await createUserPool(sdk(), "upgrade");
        const dir = copyProgram(path.join(PROGRAMS, "clients"), "upgrade", releaseModules ?? installPackedPackage());
        const s = await localStack(dir, motoEndpoint());
        const clients = {
            steady: { args: { name: "steady", userPoolId, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] } },
            changing: { args: { name: "changing", userPoolId, generateSecret: true } },
        };
        await s.stack.setConfig("clients", { value: JSON.stringify(clients) });
        try {
            // The release writes the state.
            expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ create: 3 });
            if (!releaseModules) storeReleaseProviderText(s);
            let state = await clientsInState(s);
            expect(Object.keys(state)).to.have.members(["steady", "changing"]);
            for (const [name, r] of Object.entries(state)) {
                expect(r.inputs.__provider, `${name}: inputs`).to.equal(RELEASE_0_1_0_PROVIDER_TEXT);
                expect(r.outputs.__provider, `${name}: outputs`).to.equal(RELEASE_0_1_0_PROVIDER_TEXT);
            }
            const ids = { steady: state.steady.id, changing: state.changing.id };
            const secret = (await describeClient(sdk(), userPoolId, ids.changing)).ClientSecret!;
            expect(secret).to.be.a("string");

            // Upgrade: the program now has this build of the package, and no other.
            useModules(dir);
            const installed = path.join(dir, "node_modules", PACKAGE, "dist", "serialized.js");
            expect(require(installed).PROVIDER_TEXT, "the program has the new package").to.equal(PROVIDER_TEXT);

            // refresh reads with the stored (old) text, which loads the installed package; nothing changed.
            expect((await s.stack.refresh()).summary.resourceChanges).to.deep.equal({ same: 3 });
            state = await clientsInState(s);
            for (const [name, r] of Object.entries(state)) {
                expect(r.id, name).to.equal(ids[name as keyof typeof ids]);
                expect(r.outputs.__provider, `${name}: refresh keeps the stored text`).to.equal(RELEASE_0_1_0_PROVIDER_TEXT);
                expect(r.outputs.name, name).to.equal(name);
            }
            expect(state.changing.outputs.clientSecret, "the secret stays encrypted").to.have.property("ciphertext");

            // A no-op up: a different provider text is no change; the engine stores the new inputs, keeps the outputs.
            expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 3 });
            expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ same: 3 });
            state = await clientsInState(s);
            for (const [name, r] of Object.entries(state)) {
                expect(r.inputs.__provider, `${name}: inputs after a no-op up`).to.equal(PROVIDER_TEXT);
                expect(r.outputs.__provider, `${name}: outputs of an unchanged resource`).to.equal(RELEASE_0_1_0_PROVIDER_TEXT);
            }
            expect((await clientOutputs(s)).changing.clientSecret).to.equal(secret);

            // An update runs the new text and stores it in the outputs too.
            await s.stack.setConfig("clients", { value: JSON.stringify({ ...clients, changing: { args: { ...clients.changing.args, name: "changed" } } }) });
            expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ same: 2, update: 1 });
            expect((await describeClient(sdk(), userPoolId, ids.changing)).ClientName).to.equal("changed");
            state = await clientsInState(s);
            expect(state.changing.id).to.equal(ids.changing);
            expect(state.changing.inputs.__provider).to.equal(PROVIDER_TEXT);
            expect(state.changing.outputs.__provider).to.equal(PROVIDER_TEXT);
            expect(state.changing.outputs.clientSecret, "the secret stays encrypted").to.have.property("ciphertext");
            expect(state.steady.outputs.__provider).to.equal(RELEASE_0_1_0_PROVIDER_TEXT);
            expect((await clientOutputs(s)).changing.clientSecret).to.equal(secret);
            expect(s.cli("stack", "export")).not.to.include(secret);

            // refresh with both texts in one state, then destroy (each delete with its own client's stored text).
            expect((await s.stack.refresh()).summary.resourceChanges).to.deep.equal({ same: 3 });
            await s.stack.destroy();
            expect(await listClients(sdk(), userPoolId)).to.have.length(0);
            expect(await clientsInState(s)).to.deep.equal({});
        } finally {
            await s.stack.destroy().catch(() => undefined);
        }
    });
});
