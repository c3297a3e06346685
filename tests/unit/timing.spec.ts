/**
 * The test run's own timing: where a file's time counts, the summary printed at the end, the order the parallel run
 * hands files out in.
 */
import { expect } from "chai";
import * as path from "path";
import { layerOf, orderSpecFiles, timingSummary } from "../support/timing";

const file = (...parts: string[]) => path.join("build", "tests", ...parts);

describe("test timing", () => {
    it("names the layer of a spec file by its folder under tests/", () => {
        const cases: [string, string][] = [
            [file("e2e", "faults.spec.js"), "e2e"],
            [file("unit", "settings", "terms", "terms.spec.js"), "unit"],
            [path.join("/", "work", "build", "tests", "local-cognito", "pools.spec.js"), "local-cognito"],
            [path.join("build", "elsewhere.spec.js"), "other"],
            [file("stray.spec.js"), "other"],
        ];
        for (const [f, layer] of cases) expect(layerOf(f), f).to.equal(layer);
    });

    it("sums the layers, lists the slowest suites first and at most as many as asked", () => {
        const suites = [
            { file: file("unit", "a.spec.js"), title: "a", ms: 1_000 },
            { file: file("e2e", "b.spec.js"), title: "b", ms: 90_000 },
            { file: file("e2e", "c.spec.js"), title: "c", ms: 30_000 },
            { file: file("integration", "d.spec.js"), title: "d", ms: 5_000 },
        ];
        const lines = timingSummary(suites, 100_000, 700, 2);
        expect(lines[0]).to.equal("[timing] wall 100.0s; busy time by layer: e2e 120.0s, integration 5.0s, unit 1.0s; root hooks 0.7s");
        expect(lines[1]).to.equal("[timing] the 2 slowest suites:");
        expect(lines.slice(2).map((l) => l.trim().split(/\s+/).slice(1, 3))).to.deep.equal([["90.0s", "e2e/b.spec.js"], ["30.0s", "e2e/c.spec.js"]]);
        expect(lines).to.have.length(4);
    });

    it("hands out unrecorded files first (e2e before the quick layers, the largest first), then the longest", () => {
        const files = [file("unit", "u.spec.js"), file("e2e", "small.spec.js"), file("e2e", "big.spec.js"), file("integration", "i.spec.js"), file("e2e", "known.spec.js"), file("unit", "slow.spec.js")];
        const recorded = { [file("e2e", "known.spec.js")]: 50_000, [file("unit", "slow.spec.js")]: 60_000, [file("integration", "i.spec.js")]: 2_000 };
        const size = (f: string) => (f.includes("big") ? 9_000 : 1_000);
        expect(orderSpecFiles(files, recorded, size)).to.deep.equal([
            file("e2e", "big.spec.js"), file("e2e", "small.spec.js"), file("unit", "u.spec.js"),
            file("unit", "slow.spec.js"), file("e2e", "known.spec.js"), file("integration", "i.spec.js"),
        ]);
    });
});
