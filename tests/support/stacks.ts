/**
 * End-to-end support: real Pulumi programs run by the real engine through the Automation API, each in its own
 * directory whose node_modules holds this package installed from its `npm pack` tarball, as a user installs it.
 */
import { LocalWorkspace, PulumiCommand, Stack } from "@pulumi/pulumi/automation";
import { expect } from "chai";
import { execFileSync, spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { PULUMI_ROOT, ROOT, pulumiEnv, requireEngine } from "../../scripts/engine";
import { LOCAL_AWS_ENV } from "../../scripts/local-cognito";
import { withDirectoryLock } from "./lock";

export const WORK = path.join(ROOT, ".tools", "e2e");
const MODULES = path.join(WORK, "installed");

/** Packs the package and installs the tarball (with @pulumi/pulumi, @pulumi/policy and typescript) once per package build. */
export function installPackedPackage(): string {
    return installPackageFrom(ROOT, MODULES);
}

/** The lowest @pulumi/pulumi the package admits (its peer dependency's floor), e.g. "3.254.0" for "^3.254.0". */
export const LOWEST_PULUMI = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).peerDependencies["@pulumi/pulumi"] as string).replace(/^[\^~>=]+/, "");

/** The package installed beside the lowest @pulumi/pulumi it admits, in a directory of its own. */
export function installWithLowestPulumi(): string {
    return installPackageFrom(ROOT, path.join(WORK, `installed-pulumi-${LOWEST_PULUMI}`), { pulumiVersion: LOWEST_PULUMI });
}

/**
 * Packs the package whose sources are in `source` (`npm pack`, which builds it) into the directory above `modules`
 * and installs the tarball, with @pulumi/pulumi and typescript, into `modules`; again only when what the tarball is
 * made of changed (`packageInputsDigest`), so every suite, worker and run shares one install of each build.
 * `pulumiVersion`: the @pulumi/pulumi to install instead of the one the package is developed with. Returns `modules`.
 */
export function installPackageFrom(source: string, modules: string, options: { pulumiVersion?: string } = {}): string {
    const destination = path.dirname(modules);
    fs.mkdirSync(modules, { recursive: true });
    // Parallel test workers share the tarball's directory: one packs and installs at a time, the others then find it done.
    return withDirectoryLock(path.join(destination, ".install.lock"), () => {
        const digest = crypto.createHash("sha256").update(packageInputsDigest(source)).update(options.pulumiVersion ?? "").digest("hex");
        const stamp = path.join(modules, ".inputs-sha256");
        if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest && fs.existsSync(path.join(modules, "node_modules", "pulumi-cognito-user-pool-client"))) {
            return modules;
        }
        const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", destination], { cwd: source, encoding: "utf8" }).trim().split("\n").pop()!;
        const tarball = path.join(destination, packed);
        const rootPackage = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
        fs.writeFileSync(path.join(modules, "package.json"), JSON.stringify({
            name: "e2e-programs",
            private: true,
            dependencies: {
                "@pulumi/pulumi": options.pulumiVersion ?? rootPackage.devDependencies["@pulumi/pulumi"],
                typescript: rootPackage.devDependencies.typescript,
                // The optional peer dependency a project adds to run the package's policy pack (docs/guardrails.md).
                "@pulumi/policy": rootPackage.devDependencies["@pulumi/policy"],
                "pulumi-cognito-user-pool-client": `file:${tarball}`,
            },
        }, null, 2));
        // npm keeps an installed file: dependency whose tarball name is unchanged; make it take the new build.
        fs.rmSync(path.join(modules, "node_modules", "pulumi-cognito-user-pool-client"), { recursive: true, force: true });
        fs.rmSync(path.join(modules, "package-lock.json"), { force: true });
        fs.rmSync(stamp, { force: true });
        execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: modules, stdio: "inherit" });
        fs.writeFileSync(stamp, digest);
        return modules;
    });
}

/**
 * A digest of everything `npm pack` builds the tarball from: package.json, the compiler settings, the package's
 * sources (provider/, compiled by prepack) and the other files package.json `files` ships. Computed without packing,
 * so an unchanged build costs no `npm pack`.
 */
export function packageInputsDigest(source: string): string {
    const hash = crypto.createHash("sha256");
    const add = (file: string) => {
        if (!fs.existsSync(file)) return;
        if (fs.statSync(file).isDirectory()) {
            for (const entry of fs.readdirSync(file).sort()) add(path.join(file, entry));
            return;
        }
        hash.update(path.relative(source, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    };
    const manifest = JSON.parse(fs.readFileSync(path.join(source, "package.json"), "utf8")) as { files?: string[] };
    const shipped = (manifest.files ?? []).map((f) => f.replace(/\/$/, "")).filter((f) => f !== "dist");
    for (const entry of ["package.json", "tsconfig.json", "provider", ...shipped]) add(path.join(source, entry));
    return hash.digest("hex");
}

/** A fresh copy of a program directory, wired to the installed package (by default, this build's). */
export function copyProgram(source: string, name: string, modules: string = MODULES): string {
    const dir = path.join(WORK, "programs", `${name}-${crypto.randomBytes(3).toString("hex")}`);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.cpSync(source, dir, { recursive: true, filter: (p) => !p.includes("node_modules") });
    useModules(dir, modules);
    return dir;
}

/** Points a program's node_modules at the packages installed in `modules` (by default, this build's). */
export function useModules(dir: string, modules: string = MODULES): void {
    fs.rmSync(path.join(dir, "node_modules"), { force: true });
    fs.symlinkSync(path.join(modules, "node_modules"), path.join(dir, "node_modules"), "dir");
}

/** The Pulumi.yaml entry that names the provider plugin the installed package ships, as docs/installation-configuration.md tells users. */
export const PLUGIN_ENTRY = "plugins:\n  providers:\n    - name: cognito-app-client\n      path: ./node_modules/pulumi-cognito-user-pool-client/plugin\n";

/** Names the installed package's provider plugin in the Pulumi.yaml of the program in `dir`. */
export function namePlugin(dir: string): void {
    fs.appendFileSync(path.join(dir, "Pulumi.yaml"), PLUGIN_ENTRY);
}

let command: Promise<PulumiCommand> | undefined;

export interface LocalStack {
    stack: Stack;
    dir: string;
    stateDir: string;
    env: Record<string, string>;
    /** Runs the CLI directly in the program directory, for commands the Automation API lacks. */
    cli(...args: string[]): string;
}

/** A stack for the program in `dir`, with a file backend of its own, talking to the given Cognito endpoint. */
export async function localStack(
    dir: string,
    cognitoEndpoint: string,
    config: Record<string, string> = {},
    extraEnv: Record<string, string> = {},
): Promise<LocalStack> {
    return programStack(dir, { ...LOCAL_AWS_ENV, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognitoEndpoint, ...extraEnv }, LOCAL_AWS_ENV.AWS_REGION, config);
}

/**
 * A stack for the program in `dir`, with a file backend of its own; `awsEnv` tells the program where Cognito is and
 * with which credentials (the local API's, or the caller's own for a run against AWS), `region` is `aws:region`.
 */
export async function programStack(dir: string, awsEnv: Record<string, string>, region: string, config: Record<string, string> = {}): Promise<LocalStack> {
    requireEngine();
    command ??= PulumiCommand.get({ root: PULUMI_ROOT });
    const stateDir = path.join(dir, ".state");
    const env: Record<string, string> = { ...pulumiEnv(stateDir), ...awsEnv };
    const stack = await LocalWorkspace.createOrSelectStack(
        { workDir: dir, stackName: "test" },
        { pulumiCommand: await command, pulumiHome: env.PULUMI_HOME, envVars: env },
    );
    // One `pulumi config set-all` for every value: each CLI run costs a start and the passphrase's key derivation.
    const values = Object.fromEntries(Object.entries({ "aws:region": region, ...config }).map(([key, value]) => [key, { value }]));
    await stack.setAllConfig(values);
    const cli = (...args: string[]) =>
        execFileSync("pulumi", [...args, "--non-interactive", "--stack", "test"], {
            cwd: dir,
            env: { ...process.env, ...env },
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            maxBuffer: 256 * 1024 * 1024,
        });
    return { stack, dir, stateDir, env, cli };
}

/**
 * No secret in plaintext: not in the state (`stack export` and every file of the backend), not in the outputs without
 * --show-secrets, not in a full preview, not in the engine's output of the runs collected in `log`.
 */
export function expectSecretsHidden(s: LocalStack, secrets: readonly string[], log: readonly string[]): void {
    const files = fs.readdirSync(s.stateDir, { recursive: true }).map((f) => path.join(s.stateDir, String(f))).filter((f) => fs.statSync(f).isFile());
    const stored = s.cli("stack", "export") + files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
    const shown = s.cli("stack", "output", "--json") + s.cli("preview", "--diff", "--show-sames") + log.join("");
    for (const value of secrets) {
        expect(stored, "state").to.not.include(value);
        expect(shown, "outputs and logs").to.not.include(value);
    }
}

export const EXAMPLES = path.join(ROOT, "examples");
export const PROGRAMS = path.join(ROOT, "tests", "e2e", "programs");

/**
 * Runs one of the installed package's commands (`dist/cli/<name>.js`, `pulumi-cognito-clients` by default) in a
 * program directory with the stack's environment, as `npx` would. Asynchronous, so that a proxy in this process
 * keeps serving it.
 */
export function runPackageCommand(s: LocalStack, args: string[], cwd = s.dir, command = "clients"): Promise<{ code: number | null; out: string }> {
    const bin = path.join(s.dir, "node_modules", "pulumi-cognito-user-pool-client", "dist", "cli", `${command}.js`);
    return new Promise((resolve) => {
        const child = spawn("node", [bin, ...args], { cwd, env: { ...process.env, ...s.env } });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => resolve({ code, out }));
    });
}
