/**
 * The Pulumi CLI version check of the commands: the comparison, and each command run against a fake `pulumi` on
 * PATH that reports a version below what they need (they stop, name the version and what to do, change nothing).
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MINIMUM_PULUMI_CLI, atLeast, pulumiCliProblem } from "../../provider/cli/pulumiVersion";

const CLI = path.resolve(__dirname, "../../../dist/cli");

describe("the Pulumi CLI version the commands need", () => {
    const rows: [string, boolean][] = [
        ["v3.254.0", true], ["v3.276.0", true], ["v4.0.0", true], ["3.254.1", true], ["v3.254.0-alpha.1", true],
        ["v3.253.9", false], ["v3.216.0", false], ["v2.99.0", false], ["not a version", false],
    ];
    for (const [version, ok] of rows) it(`${version} is ${ok ? "" : "not "}enough`, () => expect(atLeast(version, MINIMUM_PULUMI_CLI)).to.equal(ok));

    it("names the version found and what to do; a missing CLI is said so", () => {
        expect(pulumiCliProblem("recover", () => ({ status: 0, stdout: "v3.253.0\n" }))).to.match(/^recover needs the Pulumi CLI 3\.254\.0 or newer, .*found v3\.253\.0\. Upgrade the CLI .* nothing was changed$/);
        expect(pulumiCliProblem("recover", () => ({ status: 0, stdout: "v3.276.0\n" }))).to.equal(undefined);
        expect(pulumiCliProblem("recover", () => ({ status: null, stdout: "", error: new Error("spawnSync pulumi ENOENT") }))).to.match(/none was found on PATH/);
    });

    describe("each command against a fake pulumi that reports v3.250.0", () => {
        let dir: string;
        let bin: string;
        before(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "old-pulumi-"));
            bin = path.join(dir, "bin");
            fs.mkdirSync(bin);
            // Any other pulumi command would fail the test: the commands must stop before they act.
            fs.writeFileSync(path.join(bin, "pulumi"), '#!/bin/sh\nif [ "$1" = version ]; then echo v3.250.0; exit 0; fi\necho "unexpected: pulumi $*" >&2; exit 99\n', { mode: 0o755 });
            fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: old\nruntime: nodejs\n");
        });
        after(() => fs.rmSync(dir, { recursive: true, force: true }));

        const run = (script: string, args: string[]) => spawnSync(process.execPath, [path.join(CLI, script), ...args], {
            cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:9" },
        });
        for (const [script, args, what] of [
            ["clients.js", ["adopt", "--pool", "us-east-1_AbC123", "--import"], "adopt --import"],
            ["clients.js", ["recover"], "recover"],
            ["importFile.js", ["legacy=us-east-1_AbC123/abc"], "pulumi-cognito-import-file"],
        ] as const) {
            it(`${what}: stops with the version found and what to do, writes nothing`, () => {
                const before = fs.readdirSync(dir).sort();
                const result = run(script, [...args]);
                expect(result.status, result.stderr).to.equal(1);
                expect(result.stderr).to.include(`${what} needs the Pulumi CLI 3.254.0 or newer`);
                expect(result.stderr).to.include("found v3.250.0");
                expect(result.stderr).to.not.include("unexpected: pulumi");
                expect(fs.readdirSync(dir).sort()).to.deep.equal(before);
            });
        }
    });
});
