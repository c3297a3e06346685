/**
 * `npm run acceptance:confirm -- <report.json>`: fills the "Confirmed on AWS" column of docs/local-cognito.md from
 * the report of a `npm run test:aws` run (reports of runs against the local API are refused).
 */
import * as fs from "fs";
import * as path from "path";
import { fillConfirmedColumn } from "./behaviourTable";
import { ROOT } from "./engine";

const file = process.argv[2];
if (!file) {
    process.stderr.write("usage: npm run acceptance:confirm -- <.tools/acceptance/aws-….json>\n");
    process.exit(2);
}
const report = JSON.parse(fs.readFileSync(file, "utf8"));
if (report.target !== "aws") {
    process.stderr.write(`${file} is the report of a run against the ${report.target} API; only a run against AWS confirms behaviour\n`);
    process.exit(2);
}
const docs = path.join(ROOT, "docs", "local-cognito.md");
fs.writeFileSync(docs, fillConfirmedColumn(fs.readFileSync(docs, "utf8"), { date: String(report.startedAt).slice(0, 10), region: report.region, observations: report.observations }));
process.stdout.write(`docs/local-cognito.md: ${report.observations.length} observations of run ${report.runId} (${report.region}) recorded\n`);
