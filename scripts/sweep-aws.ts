/**
 * `npm run sweep:aws`: deletes the acceptance suite's user pools that a killed run left in the account of the
 * caller's environment: pools named with the suite's prefix and tagged with a run, created more than an hour ago
 * (`--older-than <minutes>` to change it). Lists what it deletes; never touches another pool. `--dry-run` lists only.
 */
import { parseArgs } from "util";
import { UserPoolClientApi } from "../provider/aws";
import { ACCEPTANCE_PREFIX, SWEEP_AGE_MINUTES, preflightProblems, sweep } from "./acceptance";

const say = (line: string) => process.stdout.write(`[sweep:aws] ${line}\n`);

async function main(): Promise<number> {
    const { values } = parseArgs({ options: { "older-than": { type: "string" }, "dry-run": { type: "boolean" } } });
    const minutes = Number(values["older-than"] ?? SWEEP_AGE_MINUTES);
    if (!Number.isFinite(minutes) || minutes < 0) {
        process.stderr.write(`[sweep:aws] --older-than must be a number of minutes, at least 0; got "${values["older-than"]}"\n`);
        return 2;
    }
    const problems = preflightProblems(process.env);
    if (problems.length) {
        process.stderr.write(`[sweep:aws] refusing to start, nothing was deleted:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
        return 2;
    }
    const api = new UserPoolClientApi();
    const createdBefore = new Date(Date.now() - minutes * 60_000);
    say(`region ${await api.region()}: pools named ${ACCEPTANCE_PREFIX}*, tagged by a run, created before ${createdBefore.toISOString()}${values["dry-run"] ? " (dry run)" : ""}`);
    const result = await sweep({ api, createdBefore, dryRun: values["dry-run"], log: say });
    say(`${values["dry-run"] ? "would delete" : "deleted"} ${result.deleted.length} pool(s), kept ${result.kept.length}`);
    return 0;
}

main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`[sweep:aws] ${(e as Error).message}\n`);
    process.exit(1);
});
