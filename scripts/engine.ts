/**
 * Where the project's Pulumi engine lives and the environment every local run uses: the CLI built by
 * scripts/install-pulumi.sh, a file:// backend, a passphrase, no update checks, no plugin downloads.
 */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PULUMI_ROOT = path.join(ROOT, ".tools", "pulumi");
export const PULUMI_BIN = path.join(PULUMI_ROOT, "bin");
export const PULUMI_HOME = path.join(ROOT, ".tools", "pulumi-home");

export function requireEngine(): void {
    if (!fs.existsSync(path.join(PULUMI_BIN, "pulumi"))) {
        throw new Error(`the Pulumi engine is not installed in ${PULUMI_BIN}; run: npm run install:pulumi`);
    }
}

/** Environment for the CLI with a local state directory (created if missing). */
export function pulumiEnv(stateDir: string, extra: Record<string, string> = {}): Record<string, string> {
    fs.mkdirSync(stateDir, { recursive: true });
    fs.mkdirSync(PULUMI_HOME, { recursive: true });
    return {
        PATH: `${PULUMI_BIN}${path.delimiter}${process.env.PATH ?? ""}`,
        PULUMI_HOME,
        PULUMI_BACKEND_URL: `file://${stateDir}`,
        PULUMI_CONFIG_PASSPHRASE: "local-demo-passphrase",
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        PULUMI_SKIP_CONFIRMATIONS: "true",
        PULUMI_IGNORE_AMBIENT_PLUGINS: "true",
        ...extra,
    };
}
