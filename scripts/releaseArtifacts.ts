/**
 * `npm run release:artifacts`: everything a release attaches, in one folder (release/ by default), all of one
 * version, package.json's:
 *
 *   pulumi-cognito-user-pool-client-<version>.tgz                    the npm package (npm pack)
 *   pulumi-resource-cognito-app-client-v<version>-<os>-<arch>.tar.gz  the plugin, one per platform (packagePlugin.ts)
 *   pulumi-resource-cognito-app-client-v<version>-checksums.txt      their SHA-256
 *   pulumi_cognito_app_client-<version>-py3-none-any.whl             the Python SDK, wheel and sdist (sdk/python)
 *   pulumi_cognito_app_client-<version>.tar.gz
 *   cognitoappclient-<version>.jar                                   the Java SDK (sdk/java, com.pulumi:cognitoappclient)
 *
 * The Go SDK is released as the tag sdk/go/v<version> of the repository (its module path), not as a file. The
 * Python builds run in .tools/python-venv (scripts/setup-python.sh) with PyPI's `build`, the Java one with Maven, each
 * from a scratch copy.
 *
 *   node build/scripts/releaseArtifacts.js [--out <dir>]
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, packagePlugin, packageVersion } from "./packagePlugin";

const say = (line: string) => process.stderr.write(`[release] ${line}\n`);

/** The version every artifact must carry, and where each says it, for the versions test. */
export function declaredVersions(root = ROOT): Record<string, string | undefined> {
    const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
    const json = (file: string) => JSON.parse(read(file)) as { version?: string };
    return {
        "package.json": json("package.json").version,
        "provider/plugin/schema.json": json("provider/plugin/schema.json").version,
        "sdk/python/setup.py": /^VERSION = "([^"]+)"/m.exec(read("sdk/python/setup.py"))?.[1],
        "sdk/python/pulumi_cognito_app_client/pulumi-plugin.json": json("sdk/python/pulumi_cognito_app_client/pulumi-plugin.json").version,
        "sdk/python/pulumi_cognito_app_client/_utilities.py": /def get_version\(\):\s*return "([^"]+)"/.exec(read("sdk/python/pulumi_cognito_app_client/_utilities.py"))?.[1],
        "sdk/go/cognitoappclient/pulumi-plugin.json": json("sdk/go/cognitoappclient/pulumi-plugin.json").version,
        "sdk/go/cognitoappclient/internal/pulumiUtilities.go": /semver\.MustParse\("([^"]+)"\)/.exec(read("sdk/go/cognitoappclient/internal/pulumiUtilities.go"))?.[1],
        "sdk/java/pom.xml": /<artifactId>cognitoappclient<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(read("sdk/java/pom.xml"))?.[1],
        "sdk/java/src/main/resources/com/pulumi/cognito-app-client/version.txt": read("sdk/java/src/main/resources/com/pulumi/cognito-app-client/version.txt").trim(),
        "sdk/java/src/main/resources/com/pulumi/cognito-app-client/plugin.json": json("sdk/java/src/main/resources/com/pulumi/cognito-app-client/plugin.json").version,
        // The policy pack reports this version with every violation.
        "policy-pack/package.json": json("policy-pack/package.json").version,
    };
}

export async function releaseArtifacts(out: string): Promise<string[]> {
    const version = packageVersion();
    const disagree = Object.entries(declaredVersions()).filter(([, v]) => v !== version);
    if (disagree.length) throw new Error(`package.json says ${version}, but ${disagree.map(([file, v]) => `${file} says ${v}`).join(", ")}; regenerate (node build/scripts/pluginSchema.js, bash scripts/gen-sdk.sh)`);
    fs.mkdirSync(out, { recursive: true });

    say("the npm package");
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop()!;

    say("the plugin, one archive per platform");
    await packagePlugin({ out });

    say("the Python SDK, wheel and sdist");
    const python = path.join(ROOT, ".tools", "python-venv", "bin", "python");
    if (!fs.existsSync(python)) throw new Error(`no ${python}: run bash scripts/setup-python.sh`);
    execFileSync(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "build==1.3.0"], { stdio: "inherit" });
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "release-python-"));
    try {
        fs.cpSync(path.join(ROOT, "sdk", "python"), path.join(scratch, "src"), { recursive: true });
        execFileSync(python, ["-m", "build", "--sdist", "--wheel", "--outdir", out, path.join(scratch, "src")], { stdio: ["ignore", "ignore", "inherit"] });
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
    say("the Java SDK's jar");
    const javaScratch = fs.mkdtempSync(path.join(os.tmpdir(), "release-java-"));
    try {
        fs.cpSync(path.join(ROOT, "sdk", "java"), javaScratch, { recursive: true });
        execFileSync("mvn", ["-B", "-q", "-Dstyle.color=never", "package"], { cwd: javaScratch, stdio: ["ignore", "ignore", "inherit"] });
        fs.copyFileSync(path.join(javaScratch, "target", `cognitoappclient-${version}.jar`), path.join(out, `cognitoappclient-${version}.jar`));
    } finally {
        fs.rmSync(javaScratch, { recursive: true, force: true });
    }
    const files = fs.readdirSync(out).filter((f) => f.includes(version) && !f.startsWith("."));
    say(`wrote ${files.length} files into ${path.relative(process.cwd(), out) || "."} (${packed} among them)`);
    return files.sort();
}

if (require.main === module) {
    const args = process.argv.slice(2);
    const at = args.indexOf("--out");
    const out = path.resolve(at >= 0 ? args[at + 1] : path.join(ROOT, "release"));
    releaseArtifacts(out).then(
        (files) => files.forEach((f) => process.stdout.write(`${path.join(out, f)}\n`)),
        (error) => {
            process.stderr.write(`release:artifacts: ${(error as Error).message}\n`);
            process.exit(1);
        },
    );
}
