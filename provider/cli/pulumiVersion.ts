/**
 * The Pulumi CLI version the commands need. Import files that carry each resource's inputs and outputs, which
 * `adopt --import`, `recover` and the import-file helper write because the engine cannot read a dynamic resource by
 * ID alone, are read from Pulumi CLI 3.254.0 on (pulumi/pulumi#23984); older CLIs ignore those fields and fail.
 */
import { spawnSync } from "child_process";

export const MINIMUM_PULUMI_CLI = "3.254.0";

/** `[major, minor, patch]` of a version such as "v3.276.0" or "3.254.0-alpha.1"; undefined if it is none. */
export function versionParts(text: string): [number, number, number] | undefined {
    const m = /v?(\d+)\.(\d+)\.(\d+)/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function atLeast(version: string, minimum: string): boolean {
    const a = versionParts(version);
    const b = versionParts(minimum)!;
    if (!a) return false;
    for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return true;
}

/** Why the Pulumi CLI on PATH cannot do `what`, or undefined when it can. */
export function pulumiCliProblem(what: string, run: () => { status: number | null; stdout: string; error?: Error } = defaultRun): string | undefined {
    const result = run();
    if (result.error) return `${what} runs the Pulumi CLI, and none was found on PATH (${result.error.message}); install Pulumi ${MINIMUM_PULUMI_CLI} or newer`;
    const found = result.stdout.trim();
    if (result.status !== 0 || !atLeast(found, MINIMUM_PULUMI_CLI)) {
        return `${what} needs the Pulumi CLI ${MINIMUM_PULUMI_CLI} or newer, whose pulumi import --file reads the inputs and outputs a ` +
            `dynamic resource's import needs (pulumi/pulumi#23984); found ${found || "no version"}. Upgrade the CLI ` +
            "(https://www.pulumi.com/docs/install/) and run this again; nothing was changed";
    }
    return undefined;
}

function defaultRun() {
    const run = spawnSync("pulumi", ["version"], { encoding: "utf8" });
    return { status: run.status, stdout: run.stdout ?? "", error: run.error };
}
