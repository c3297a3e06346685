/**
 * The provider plugin as users of other languages get it: one single executable per platform, in the archives
 * `npm run package:plugin` builds (scripts/packagePlugin.ts). Every archive is checked for what can be checked on this
 * machine (its files, the executable's format and architecture, the bundled program inside it, the ad hoc signature
 * macOS requires); the linux-amd64 one runs, and goes through the engine offline with a PULUMI_HOME of its own and no
 * Node.js on PATH, installed the two ways the engine installs plugins: `pulumi plugin install -f` for a YAML program,
 * and automatic acquisition from the SDK's download URL (a loopback server in a release's layout) for a Python one.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { execFileSync, spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as pluginProto from "@pulumi/pulumi/proto/plugin_pb";
import { machOLayout, verifyAdHocSignature } from "../../scripts/machO";
import { PLUGIN_PLATFORMS, PluginPlatform } from "../../scripts/nodeBuilds";
import { PLUGIN_BINARY, SEA_FUSE, archiveName, bundlePlugin, checksumsName, executableName, packagePlugin, packageVersion } from "../../scripts/packagePlugin";
import { PLUGIN_DOWNLOAD_URL, PLUGIN_NAME } from "../../provider/plugin/package";
import { PULUMI_BIN, ROOT } from "../../scripts/engine";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { requests, startProviderProcess } from "../support/plugin";
import { EXAMPLES, WORK, copyProgram, localStack } from "../support/stacks";

const RELEASE = path.join(WORK, "release");
const VERSION = packageVersion();
const PYTHON_VENV_BIN = path.join(ROOT, ".tools", "python-venv", "bin");

/** The member names of an archive, and one member's bytes. */
const members = (archive: string) => execFileSync("tar", ["-tzf", archive], { encoding: "utf8" }).trim().split("\n").sort();
const member = (archive: string, name: string) => execFileSync("tar", ["-xzOf", archive, name], { maxBuffer: 1 << 30 });

/** What the file header says: the format and the machine. */
function formatOf(file: Buffer): string {
    if (file.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return `ELF ${({ 0x3e: "x86_64", 0xb7: "arm64" } as Record<number, string>)[file.readUInt16LE(0x12)] ?? file.readUInt16LE(0x12)}`;
    if (file.readUInt32LE(0) === 0xfeedfacf) return `Mach-O ${machOLayout(file).cpu}`;
    if (file.toString("latin1", 0, 2) === "MZ") {
        const pe = file.readUInt32LE(0x3c);
        return `PE ${file.readUInt16LE(pe + 4) === 0x8664 ? "x86_64" : file.readUInt16LE(pe + 4)}`;
    }
    return "unknown";
}
const EXPECTED_FORMAT: Record<PluginPlatform["platform"], string> = {
    "linux-amd64": "ELF x86_64",
    "linux-arm64": "ELF arm64",
    "darwin-amd64": "Mach-O x86_64",
    "darwin-arm64": "Mach-O arm64",
    "windows-amd64": "PE x86_64",
};

/** A directory of links to the given commands only, for a PATH on which Node.js is not. */
function pathWithout(node: string, dirs: string[]): string {
    const value = dirs.join(path.delimiter);
    expect(spawnSync("sh", ["-c", `command -v ${node}`], { env: { PATH: value } }).status, `${node} on ${value}`).to.not.equal(0);
    return value;
}

/** The environment of an engine run with a PULUMI_HOME of its own, ambient plugins looked for, and no Node.js. */
function offlineEngine(home: string, extraPath: string[] = []): Record<string, string> {
    return {
        PULUMI_HOME: home,
        PATH: pathWithout("node", [PULUMI_BIN, ...extraPath, "/usr/local/sbin", "/usr/sbin", "/sbin"]),
        PULUMI_IGNORE_AMBIENT_PLUGINS: "false",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "false",
    };
}

/** A copy of an example without its `plugins:` entry: the engine must find the plugin itself. */
function withoutPluginsEntry(example: string, name: string): string {
    const dir = copyProgram(path.join(EXAMPLES, example), name);
    fs.rmSync(path.join(dir, "node_modules"), { force: true });
    const project = path.join(dir, "Pulumi.yaml");
    fs.writeFileSync(project, fs.readFileSync(project, "utf8").replace(/\n(#[^\n]*\n)*plugins:\n  providers:\n(    .*\n)+/, "\n"));
    expect(fs.readFileSync(project, "utf8")).to.not.include("plugins:");
    return dir;
}

/** Serves `dir` over loopback HTTP, as a release's download location; records the paths asked for. */
async function serveRelease(dir: string): Promise<{ url: string; asked: string[]; close(): Promise<void> }> {
    const asked: string[] = [];
    const server = http.createServer((req, res) => {
        asked.push(req.url ?? "");
        const file = path.join(dir, path.basename(decodeURIComponent(req.url ?? "")));
        if (!fs.existsSync(file)) return void res.writeHead(404).end();
        res.writeHead(200, { "content-type": "application/gzip", "content-length": fs.statSync(file).size });
        fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}/releases/v${VERSION}`, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("the provider plugin as one executable per platform", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;

    before(async function () {
        this.timeout(900_000);
        sdk = directSdk();
        await packagePlugin({ out: RELEASE });
    });

    it("every platform has its archive, with the executable, README.md and LICENSE at its root, and its checksum listed", () => {
        const listed = fs.readFileSync(path.join(RELEASE, checksumsName(VERSION)), "utf8").trim().split("\n");
        for (const platform of PLUGIN_PLATFORMS) {
            const archive = path.join(RELEASE, archiveName(VERSION, platform.platform));
            expect(members(archive), platform.platform).to.deep.equal([executableName(platform), "LICENSE", "README.md"].sort());
            const sum = crypto.createHash("sha256").update(fs.readFileSync(archive)).digest("hex");
            expect(listed, platform.platform).to.include(`${sum}  ${path.basename(archive)}`);
        }
        expect(listed).to.have.length(PLUGIN_PLATFORMS.length);
    });

    it("each executable is its platform's format and architecture, carries the npm package's program, and on macOS an ad hoc signature", async () => {
        // The program inside is the bundle of the npm package's own dist/plugin/main.js, byte for byte.
        const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bundle-")), "plugin.js");
        await bundlePlugin(bundle);
        const program = fs.readFileSync(bundle);
        for (const platform of PLUGIN_PLATFORMS) {
            const executable = member(path.join(RELEASE, archiveName(VERSION, platform.platform)), executableName(platform));
            expect(formatOf(executable), platform.platform).to.equal(EXPECTED_FORMAT[platform.platform]);
            expect(executable.includes(`${SEA_FUSE}:1`), `${platform.platform}: the fuse that says a program is inside`).to.equal(true);
            expect(executable.includes(program), `${platform.platform}: the bundled program`).to.equal(true);
            if (platform.os === "darwin") expect(verifyAdHocSignature(executable), platform.platform).to.include({ identifier: PLUGIN_BINARY, cpu: EXPECTED_FORMAT[platform.platform].split(" ")[1] });
        }
    });

    it("linux-amd64 runs on its own: --version, --help, NODE_OPTIONS from the shell ignored, and it serves the engine's protocol", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-"));
        const archive = path.join(RELEASE, archiveName(VERSION, "linux-amd64"));
        execFileSync("tar", ["-xzf", archive, "-C", dir]);
        const executable = path.join(dir, PLUGIN_BINARY);
        // A shell that would break a Node.js program: a preload that does not exist, a heap too small to start.
        const env = { PATH: pathWithout("node", ["/usr/sbin", "/sbin"]), NODE_OPTIONS: "--require /no/such/preload.js --max-old-space-size=8" };
        expect(execFileSync(executable, ["--version"], { env, encoding: "utf8" })).to.equal(`${VERSION}\n`);
        const help = spawnSync(executable, ["--help"], { env, encoding: "utf8", timeout: 10_000 });
        expect(help.status).to.equal(0);
        expect(help.stdout).to.include("Usage: pulumi-resource-cognito-app-client").and.include("pulumi plugin install resource cognito-app-client");
        const served = await startProviderProcess(executable, { env: { ...process.env, ...env } });
        try {
            const info = await served.call<unknown, pluginProto.PluginInfo>("getPluginInfo", requests.empty());
            expect(info.getVersion()).to.equal(VERSION);
        } finally {
            await served.stop();
        }
    });

    it("pulumi plugin install -f, then a YAML program that names no plugin: up, a preview with no changes, destroy, no warning about PATH", async () => {
        const home = fs.mkdtempSync(path.join(WORK, "pulumi-home-"));
        const userPoolId = await createUserPool(sdk, "plugin-binary-yaml");
        const s = await localStack(withoutPluginsEntry("yaml", "binary-yaml"), motoEndpoint(), { userPoolId }, offlineEngine(home));
        execFileSync("pulumi", ["plugin", "install", "resource", PLUGIN_NAME, VERSION, "-f", path.join(RELEASE, archiveName(VERSION, "linux-amd64")), "--non-interactive"], { env: { ...process.env, ...s.env }, stdio: "pipe" });
        expect(fs.existsSync(path.join(home, "plugins", `resource-${PLUGIN_NAME}-v${VERSION}`, PLUGIN_BINARY))).to.equal(true);
        const log: string[] = [];
        const up = await s.stack.up({ onOutput: (line) => log.push(line) });
        expect(up.summary.resourceChanges).to.deep.equal({ create: 2 });
        const { clientId } = await s.stack.outputs();
        expect((await describeClient(sdk, userPoolId, clientId.value)).CallbackURLs).to.deep.equal(["https://app.example.com/callback"]);
        log.push(s.cli("preview", "--expect-no-changes"));
        await s.stack.destroy({ onOutput: (line) => log.push(line) });
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        expect(log.join("\n")).to.not.match(/from \$PATH/);
    });

    it("automatic acquisition: a Python program with only the SDK installed gets the plugin from the SDK's download URL at up", async () => {
        const sdkManifest = JSON.parse(execFileSync(path.join(PYTHON_VENV_BIN, "python"), ["-c", "import importlib.resources as r; print(r.files('pulumi_cognito_app_client').joinpath('pulumi-plugin.json').read_text())"], { encoding: "utf8" }));
        expect(sdkManifest).to.deep.equal({ resource: true, name: PLUGIN_NAME, version: VERSION, server: PLUGIN_DOWNLOAD_URL });
        const release = await serveRelease(RELEASE);
        try {
            const home = fs.mkdtempSync(path.join(WORK, "pulumi-home-"));
            const userPoolId = await createUserPool(sdk, "plugin-binary-python");
            // The release location the SDK names, served from loopback, as a mirror serves it (the engine's override).
            const mirror = { PULUMI_PLUGIN_DOWNLOAD_URL_OVERRIDES: `^${PLUGIN_DOWNLOAD_URL.replace(/[.]/g, "\\.")}$=${release.url}` };
            const env = { ...offlineEngine(home, [PYTHON_VENV_BIN]), PULUMI_PYTHON_CMD: path.join(PYTHON_VENV_BIN, "python"), ...mirror };
            const s = await localStack(withoutPluginsEntry("python", "binary-python"), motoEndpoint(), { userPoolId }, env);

            // Downloads turned off, the engine finds no plugin: the difference the download makes.
            const refused = spawnSync("pulumi", ["preview", "--non-interactive", "--stack", "test"], {
                cwd: s.dir, encoding: "utf8", env: { ...process.env, ...s.env, PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true" },
            });
            expect(refused.status, "a preview with downloads turned off").to.not.equal(0);
            expect(refused.stdout + refused.stderr).to.include(`pulumi-resource-${PLUGIN_NAME}`).and.match(/not found|no resource plugin/i);
            expect(release.asked).to.deep.equal([]);

            const up = await s.stack.up();
            expect(up.summary.resourceChanges).to.deep.equal({ create: 2 });
            expect(release.asked).to.deep.equal([`/releases/v${VERSION}/${archiveName(VERSION, "linux-amd64")}`]);
            expect(fs.existsSync(path.join(home, "plugins", `resource-${PLUGIN_NAME}-v${VERSION}`, PLUGIN_BINARY))).to.equal(true);
            s.cli("preview", "--expect-no-changes");

            const { clientId } = await s.stack.outputs();
            await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/signed-in" });
            expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ same: 1, update: 1 });
            expect((await describeClient(sdk, userPoolId, clientId.value)).CallbackURLs).to.deep.equal(["https://app.example.com/signed-in"]);

            // Plain `pulumi import` of a client made outside, through the downloaded plugin.
            const made = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "made-outside" }))).UserPoolClient!;
            const imported = s.cli("import", `${PLUGIN_NAME}:index:UserPoolClient`, "outside", `${userPoolId}/${made.ClientId}`, "--yes", "--protect=false", "--generate-code=false");
            expect(imported).to.match(/1 imported/);
            await s.stack.destroy();
            expect(await listClients(sdk, userPoolId)).to.have.length(0);
            expect(release.asked, "downloaded once").to.have.length(1);
        } finally {
            await release.close();
        }
    });
});
