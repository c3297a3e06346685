/**
 * The main job, `npm run demo`, as the README promises it: up, outputs with the secret hidden, a preview that
 * updates in place and one that replaces, destroy with nothing left behind.
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "../../scripts/engine";

describe("npm run demo", function () {
    this.timeout(600_000);

    it("deploys the root program, previews an update and a replace, and destroys everything", () => {
        const run = spawnSync("node", [path.join(ROOT, "build", "scripts", "demo.js")], { cwd: ROOT, encoding: "utf8", env: process.env });
        const output = run.stdout + run.stderr;
        expect(run.status, output).to.equal(0);
        expect(output).to.match(/\+ 4 created/);
        expect(output).to.match(/Branding style [0-9a-f-]{36}: Cognito's default style/);
        expect(output).to.match(/Terms document [0-9a-f-]{36}: terms-of-use/).and.match(/Terms document [0-9a-f-]{36}: privacy-policy/);
        expect(output).to.match(/secret\s+: \[secret\]|secret\s+\[secret\]/);
        expect(output).to.match(/~ 1 to update/);
        expect(output).to.match(/\+-1 to replace/);
        expect(output).to.match(/- 4 deleted/);
        expect(output).to.match(/Branding styles left: 0; terms documents left: 0/);
        expect(output).to.match(/Clients left in \S+: 0/);
    });
});
