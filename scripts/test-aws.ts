/**
 * `npm run test:aws`: the acceptance scenarios (tests/acceptance) against the AWS account and region of the caller's
 * environment. Refuses to start without COGNITO_ACCEPTANCE=1 or with a local endpoint set; prints the account, the
 * region and what it will create; runs the scenarios; deletes whatever of this run is still there; prints the
 * report. Arguments go to mocha, e.g. `npm run test:aws -- --grep rotation` for one scenario.
 */
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { UserPoolClientApi } from "../provider/aws";
import { ACCEPTANCE_VARIABLES, newRunId, planText, preflightProblems, sweep } from "./acceptance";
import { ROOT } from "./engine";

const say = (line: string) => process.stdout.write(`[test:aws] ${line}\n`);

async function main(): Promise<number> {
    const problems = preflightProblems(process.env);
    if (problems.length) {
        process.stderr.write(`[test:aws] refusing to start, nothing was created:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
        return 2;
    }
    const api = new UserPoolClientApi();
    const region = await api.region();
    if (!region) {
        process.stderr.write("[test:aws] refusing to start: no AWS region; set AWS_REGION or a profile with a region\n");
        return 2;
    }
    const caller = await new STSClient({ region }).send(new GetCallerIdentityCommand({})).catch((e: Error) => e);
    if (caller instanceof Error) {
        process.stderr.write(`[test:aws] refusing to start, nothing was created: the caller cannot be identified (sts:GetCallerIdentity in ${region}): ${caller.name}: ${caller.message}; check the AWS credentials of your environment\n`);
        return 2;
    }
    const runId = newRunId();
    const essentials = process.env[ACCEPTANCE_VARIABLES.essentials] === "1";
    const plus = process.env[ACCEPTANCE_VARIABLES.plus] === "1";
    for (const line of planText({ account: caller.Account!, caller: caller.Arn!, region, runId, essentials, plus }).split("\n")) say(line);

    const started = Date.now();
    const env = { ...process.env, AWS_REGION: region, [ACCEPTANCE_VARIABLES.target]: "aws", [ACCEPTANCE_VARIABLES.runId]: runId };
    const mocha = spawn("npx", ["mocha", "--no-config", "--timeout", "600000", "--reporter", "spec", ...process.argv.slice(2), "build/tests/acceptance/**/*.spec.js"], { cwd: ROOT, env, stdio: "inherit" });
    // Ctrl-C reaches mocha too, which deletes its pools; this process stays to sweep what is left and report.
    const ignore = () => say("interrupted: the scenarios are deleting their pools");
    process.on("SIGINT", ignore);
    const code: number = await new Promise((resolve) => mocha.on("close", (c, signal) => resolve(c ?? (signal ? 130 : 1))));
    process.off("SIGINT", ignore);

    const left = await sweep({ api, runId, log: (line) => say(`left over: ${line}`) });
    say(left.deleted.length || left.kept.length ? `left over: ${left.deleted.length} pool(s) deleted, ${left.kept.length} could not be` : "nothing of this run is left in the account");

    const report = fs.readdirSync(path.join(ROOT, ".tools", "acceptance"), { withFileTypes: true })
        .map((f) => path.join(ROOT, ".tools", "acceptance", f.name))
        .find((f) => f.endsWith(`-${runId}.json`));
    if (report) {
        const { observations } = JSON.parse(fs.readFileSync(report, "utf8")) as { observations: { row: string; agrees: boolean; detail: string }[] };
        const differs = observations.filter((o) => !o.agrees);
        say(`report: ${path.relative(ROOT, report)}: ${observations.length} behaviours observed, ${observations.length - differs.length} as docs/local-cognito.md says, ${differs.length} different`);
        for (const o of differs) say(`  differs: ${o.row}: ${o.detail}`);
        say(`to record them in docs/local-cognito.md: npm run acceptance:confirm -- ${path.relative(ROOT, report)}`);
    }
    say(`${code === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
    return code;
}

main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`[test:aws] ${(e as Error).stack ?? e}\n`);
    process.exit(1);
});
