/**
 * `npm run package:plugin`: the provider plugin as one executable per platform, with Node.js inside, in the archives
 * the engine downloads and `pulumi plugin install -f` takes:
 *
 *   release/pulumi-resource-cognito-app-client-v<version>-<os>-<arch>.tar.gz   the executable (.exe on Windows),
 *                                                                              README.md and LICENSE at its root
 *   release/pulumi-resource-cognito-app-client-v<version>-checksums.txt       SHA-256 of each, as sha256sum writes
 *
 * The program is the npm package's own (dist/plugin/main.js) bundled with its dependencies into one CommonJS file,
 * made a Node.js single executable application: a blob written by the same Node.js version (scripts/nodeBuilds.ts),
 * injected into that platform's Node.js build with postject. The blob ignores NODE_OPTIONS (execArgvExtension
 * "none"), so nothing in a user's shell changes how the plugin starts. On macOS the build's signature goes before the
 * injection and an ad hoc one comes after (scripts/machO.ts), since macOS runs no binary whose signature is broken.
 *
 *   node build/scripts/packagePlugin.js [--out <dir>] [--platform <os-arch>]...
 */
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { removeSignature, signAdHoc } from "./machO";
import { BLOB_WRITERS, NodeSource, PLUGIN_PLATFORMS, PluginPlatform, nodeBinary } from "./nodeBuilds";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PLUGIN_BINARY = "pulumi-resource-cognito-app-client";
/** The sentinel Node.js looks for to know it carries a program (the same for every release). */
export const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

export const packageVersion = (): string => JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
export const archiveName = (version: string, platform: string) => `${PLUGIN_BINARY}-v${version}-${platform}.tar.gz`;
export const checksumsName = (version: string) => `${PLUGIN_BINARY}-v${version}-checksums.txt`;
export const executableName = (platform: PluginPlatform) => `${PLUGIN_BINARY}${platform.os === "windows" ? ".exe" : ""}`;

const say = (line: string) => process.stderr.write(`[package-plugin] ${line}\n`);
const sha256 = (data: Buffer | string) => crypto.createHash("sha256").update(data).digest("hex");

/** dist/plugin/main.js and everything it requires, in one file; gRPC from the bundle, not from a program's @pulumi/pulumi. */
export async function bundlePlugin(outfile: string): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild: typeof import("esbuild") = require("esbuild");
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [ROOT] }));
    await esbuild.build({
        entryPoints: [path.join(ROOT, "dist", "plugin", "main.js")],
        outfile,
        bundle: true,
        platform: "node",
        target: "node24",
        format: "cjs",
        logLevel: "error",
        legalComments: "none",
        plugins: [{
            name: "bundled-grpc",
            setup(build) {
                build.onResolve({ filter: /^\.\/grpc$/ }, (args) => (args.importer.endsWith(path.join("plugin", "main.js")) ? { path: "grpc", namespace: "bundled-grpc" } : undefined));
                build.onLoad({ filter: /.*/, namespace: "bundled-grpc" }, () => ({ contents: 'exports.grpc = () => require("@grpc/grpc-js");', resolveDir: pulumiDir, loader: "js" }));
            },
        }],
    });
}

/** The single-executable blob of the bundle, written by a Node.js of the version that will read it; returns its path. */
function seaBlob(bundle: string, writer: NodeSource, useCodeCache: boolean, work: string): string {
    const config = path.join(work, `sea-${writer.version}-${useCodeCache}.json`);
    const output = path.join(work, `sea-${writer.version}-${useCodeCache}.blob`);
    fs.writeFileSync(config, JSON.stringify({ main: bundle, output, disableExperimentalSEAWarning: true, useCodeCache, execArgvExtension: "none" }));
    quietly(nodeBinary(writer, ROOT), ["--experimental-sea-config", config]);
    return output;
}

/** Runs a tool, showing what it printed only when it fails (postject's injector warns about ELF notes it skips). */
function quietly(file: string, args: string[]): void {
    try {
        execFileSync(file, args, { stdio: "pipe", env: { ...process.env, NODE_OPTIONS: "" } });
    } catch (e) {
        const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
        throw new Error(`${path.basename(file)} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
    }
}

/** The platform's Node.js with the blob injected (and on macOS, signed again ad hoc). */
function singleExecutable(platform: PluginPlatform, blob: string, file: string): void {
    const node = fs.readFileSync(nodeBinary(platform.node, ROOT));
    fs.writeFileSync(file, platform.os === "darwin" ? removeSignature(node) : node, { mode: 0o755 });
    const postject = require.resolve("postject/dist/cli.js", { paths: [ROOT] });
    quietly(process.execPath, [postject, file, "NODE_SEA_BLOB", blob, "--sentinel-fuse", SEA_FUSE, "--macho-segment-name", "NODE_SEA"]);
    if (platform.os === "darwin") fs.writeFileSync(file, signAdHoc(fs.readFileSync(file), PLUGIN_BINARY), { mode: 0o755 });
}

/** A gzipped tar of `files` (names relative to `dir`), the same bytes for the same contents. */
function deterministicTarGz(dir: string, files: string[], out: string): void {
    const tar = execFileSync("tar", ["--create", "--file=-", "--format=gnu", "--sort=name", "--owner=0", "--group=0", "--numeric-owner", "--mtime=@0", "-C", dir, ...files], { maxBuffer: 1 << 30 });
    fs.writeFileSync(out, execFileSync("gzip", ["-n"], { input: tar, maxBuffer: 1 << 30 }));
}

export interface PackageOptions {
    out: string;
    platforms?: string[];
}

/** Builds the archives and the checksums file into `out`; again only when their inputs changed. Returns the archives. */
export async function packagePlugin(options: PackageOptions): Promise<string[]> {
    const version = packageVersion();
    const platforms = PLUGIN_PLATFORMS.filter((p) => !options.platforms?.length || options.platforms.includes(p.platform));
    const unknown = (options.platforms ?? []).filter((p) => !PLUGIN_PLATFORMS.some((known) => known.platform === p));
    if (unknown.length) throw new Error(`unknown platform ${unknown.join(", ")}; the platforms are ${PLUGIN_PLATFORMS.map((p) => p.platform).join(", ")}`);
    fs.mkdirSync(options.out, { recursive: true });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "package-plugin-"));
    try {
        const bundle = path.join(work, "plugin.js");
        await bundlePlugin(bundle);
        const inputs = sha256(JSON.stringify({ bundle: sha256(fs.readFileSync(bundle)), platforms, version, packager: sha256(fs.readFileSync(__filename)) }));
        const stamp = path.join(options.out, ".inputs-sha256");
        const archives = platforms.map((p) => path.join(options.out, archiveName(version, p.platform)));
        if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === inputs && archives.every((a) => fs.existsSync(a))) {
            say(`up to date in ${path.relative(process.cwd(), options.out) || "."}`);
            return archives;
        }
        fs.rmSync(stamp, { force: true });
        for (const platform of platforms) {
            const started = Date.now();
            const writer = BLOB_WRITERS[platform.node.version];
            if (!writer) throw new Error(`no blob writer pinned for Node.js ${platform.node.version}`);
            // V8's code cache is for the writer's own CPU and build: only linux-amd64 reads the one written here.
            const blob = seaBlob(bundle, writer, platform.platform === "linux-amd64", work);
            const stage = path.join(work, platform.platform);
            fs.mkdirSync(stage);
            singleExecutable(platform, blob, path.join(stage, executableName(platform)));
            for (const doc of ["README.md", "LICENSE"]) fs.copyFileSync(path.join(ROOT, doc), path.join(stage, doc));
            deterministicTarGz(stage, [executableName(platform), "README.md", "LICENSE"], path.join(options.out, archiveName(version, platform.platform)));
            say(`${archiveName(version, platform.platform)} (Node.js ${platform.node.version}) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        }
        const lines = fs.readdirSync(options.out).filter((f) => f.startsWith(`${PLUGIN_BINARY}-v${version}-`) && f.endsWith(".tar.gz")).sort()
            .map((f) => `${sha256(fs.readFileSync(path.join(options.out, f)))}  ${f}`);
        fs.writeFileSync(path.join(options.out, checksumsName(version)), lines.join("\n") + "\n");
        fs.writeFileSync(stamp, inputs);
        return archives;
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}

if (require.main === module) {
    const args = process.argv.slice(2);
    const value = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []));
    const out = path.resolve(value("--out")[0] ?? path.join(ROOT, "release"));
    packagePlugin({ out, platforms: value("--platform") }).then(
        (archives) => archives.forEach((a) => process.stdout.write(`${a}\n`)),
        (error) => {
            process.stderr.write(`package-plugin: ${(error as Error).message}\n`);
            process.exit(1);
        },
    );
}
