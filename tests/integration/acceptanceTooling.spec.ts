/**
 * The acceptance suite's tooling against the local Cognito API: `npm run test:aws` and `npm run sweep:aws` refuse to
 * start without the opt-in or with a local endpoint set, before anything is created or deleted; the sweeper deletes
 * only pools with the suite's prefix and a run's tag, and only after its cut-off, domains first.
 */
import { CreateUserPoolCommand, CreateUserPoolDomainCommand, CreateUserPoolCommandOutput } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as path from "path";
import { UserPoolClientApi } from "../../provider/aws";
import { ACCEPTANCE_PREFIX, ACCEPTANCE_TAG, deletePoolWithDomain, listPools as listAccountPools, sweep } from "../../scripts/acceptance";
import { ROOT } from "../../scripts/engine";
import { motoEndpoint } from "../support/hooks";

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
        const child = spawn("node", [path.join(ROOT, "build", "scripts", script)], { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "", ...env } });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => resolve({ code, out }));
    });
}

describe("integration: the acceptance suite's tooling", function () {
    this.timeout(60_000);
    const api = () => new UserPoolClientApi({ retry: { baseDelayMs: 1, maxDelayMs: 20 } });
    const listPools = () => listAccountPools(api());
    const poolNames = async () => (await listPools()).map((p) => p.name).sort();

    for (const script of ["test-aws.js", "sweep-aws.js"]) {
        it(`${script} refuses to start without COGNITO_ACCEPTANCE=1, and with a local endpoint set; nothing changes in the API`, async () => {
            const before = await poolNames();
            const local = { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing", AWS_REGION: "us-east-1", AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: motoEndpoint() };
            const withoutOptIn = await run(script, local);
            expect(withoutOptIn.code, withoutOptIn.out).to.equal(2);
            expect(withoutOptIn.out).to.match(/refusing to start, nothing was (created|deleted):\n {2}- COGNITO_ACCEPTANCE is not set; set COGNITO_ACCEPTANCE=1/);
            const withEndpoint = await run(script, { ...local, COGNITO_ACCEPTANCE: "1" });
            expect(withEndpoint.code, withEndpoint.out).to.equal(2);
            expect(withEndpoint.out).to.include(`AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER is set (${motoEndpoint()})`);
            expect(withEndpoint.out).to.not.include("COGNITO_ACCEPTANCE is");
            expect(await poolNames()).to.deep.equal(before);
        });
    }

    it("Ctrl-C during a run deletes the pools it made before it exits", async () => {
        const env = { ...process.env, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: motoEndpoint() };
        const script = `const { acceptanceTarget } = require(${JSON.stringify(path.join(ROOT, "build", "tests", "support", "acceptance.js"))});
            acceptanceTarget().createPool("interrupted").then((id) => { console.log(id); setInterval(() => undefined, 1000); });`;
        const child = spawn("node", ["-e", script], { env });
        let out = "";
        child.stderr.on("data", (d) => (out += d));
        const id: string = await new Promise((resolve) => child.stdout.once("data", (d) => resolve(String(d).trim())));
        expect((await listPools()).map((p) => p.id)).to.include(id);
        const code = await new Promise((resolve) => {
            child.on("close", resolve);
            child.kill("SIGINT");
        });
        expect(code, out).to.equal(130);
        expect(out).to.include("SIGINT: deleting the 1 user pool(s) this run made");
        expect((await listPools()).map((p) => p.id)).to.not.include(id);
    });

    it("the sweeper deletes only prefixed pools tagged by a run, created before its cut-off, each with its domain", async () => {
        const run = crypto.randomBytes(4).toString("hex");
        const make = async (name: string, tags?: Record<string, string>) =>
            (await api().send<CreateUserPoolCommandOutput>("creating", name, new CreateUserPoolCommand({ PoolName: name, UserPoolTags: tags }))).UserPool!.Id!;
        const ours = await make(`${ACCEPTANCE_PREFIX}${run}-leftover-1`, { [ACCEPTANCE_TAG]: run });
        await api().send("creating", "domain", new CreateUserPoolDomainCommand({ UserPoolId: ours, Domain: `sweep-${run}` }));
        const untagged = await make(`${ACCEPTANCE_PREFIX}${run}-untagged-2`);
        const otherRun = await make(`${ACCEPTANCE_PREFIX}${run}-other-3`, { [ACCEPTANCE_TAG]: "0000beef" });
        const notOurs = await make(`team-pool-${run}`, { [ACCEPTANCE_TAG]: run });
        const lines: string[] = [];

        const fresh = await sweep({ api: api(), log: (l) => lines.push(l) });
        expect(fresh.deleted).to.deep.equal([]);
        expect(fresh.kept.map((k) => k.id)).to.include.members([ours, untagged, otherRun]);
        expect(fresh.kept.map((k) => k.id)).to.not.include(notOurs);

        lines.length = 0;
        const later = await sweep({ api: api(), createdBefore: new Date(Date.now() + 60_000), log: (l) => lines.push(l) });
        expect(later.deleted).to.deep.equal([ours]);
        expect(lines.find((l) => l.startsWith(`deleting ${ours} ${ACCEPTANCE_PREFIX}${run}-leftover-1 (run ${run}`))).to.be.a("string");
        expect(later.kept.filter((k) => k.id === untagged || k.id === otherRun).map((k) => k.reason)).to.deep.equal([
            `its name has the prefix but it has no ${ACCEPTANCE_TAG} tag of the run its name gives`,
            `its name has the prefix but it has no ${ACCEPTANCE_TAG} tag of the run its name gives`,
        ]);
        expect(lines.join("\n")).to.not.include(notOurs);
        const left = (await listPools()).map((p) => p.id);
        expect(left).to.not.include(ours);
        expect(left).to.include.members([untagged, otherRun, notOurs]);
        for (const id of [untagged, otherRun, notOurs]) await deletePoolWithDomain(api(), id);
    });
});
