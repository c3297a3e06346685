/**
 * The TypeScript programs the suite runs through the engine, type-checked once against the package as installed from
 * its npm tarball. The engine runs them transpiled only (ENGINE_TEST_ENV), so this is where a type error in an
 * example, a test program or the package's published types fails, as ts-node's check at `pulumi up` would fail it
 * for a user: each program with its own compiler settings, its imports resolved from a program directory as a copy's are.
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, PROGRAMS, WORK, installPackedPackage } from "../support/stacks";

/** Every program directory with an index.ts under the given folders. */
function programsIn(...folders: string[]): string[] {
    return folders.flatMap((folder) => fs.readdirSync(folder)
        .map((name) => path.join(folder, name))
        .filter((dir) => fs.existsSync(path.join(dir, "index.ts"))));
}

/** A program's compiler options for a check without output (what only emitting needs is left out). */
function checkOptions(dir: string): Record<string, unknown> {
    const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
    const { rootDir: _rootDir, outDir: _outDir, ...options } = compilerOptions;
    return { ...options, noEmit: true };
}

describe("the TypeScript programs the engine runs, type-checked against the packed package", function () {
    this.timeout(300_000);

    it("every example and test program compiles with its own settings, as ts-node checks it at pulumi up", () => {
        const modules = installPackedPackage();
        const root = path.join(WORK, "typecheck");
        fs.rmSync(root, { recursive: true, force: true });
        fs.mkdirSync(root, { recursive: true });
        fs.symlinkSync(path.join(modules, "node_modules"), path.join(root, "node_modules"), "dir");
        // One compilation for each distinct set of settings, over every program that has them.
        const groups = new Map<string, string[]>();
        const programs = programsIn(EXAMPLES, PROGRAMS);
        for (const source of programs) {
            const copy = path.join(root, `${path.basename(path.dirname(source))}-${path.basename(source)}`);
            fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes("node_modules") && !p.endsWith("tsconfig.json") });
            const key = JSON.stringify(checkOptions(source));
            groups.set(key, [...(groups.get(key) ?? []), path.relative(root, path.join(copy, "index.ts"))]);
        }
        const tsc = path.join(modules, "node_modules", "typescript", "bin", "tsc");
        let n = 0;
        for (const [options, files] of groups) {
            const project = path.join(root, `tsconfig.${n++}.json`);
            fs.writeFileSync(project, JSON.stringify({ compilerOptions: JSON.parse(options), files }, null, 2));
            const run = spawnSync(process.execPath, [tsc, "-p", project, "--pretty", "false"], { cwd: root, encoding: "utf8" });
            expect(run.status, `tsc -p ${project}:\n${run.stdout}${run.stderr}`).to.equal(0);
        }
        expect(programs.length, "programs found").to.be.at.least(10);
    });
});
