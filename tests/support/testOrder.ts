/**
 * Prints the spec files of the given layers, one a line, in the order `npm test` hands them to its parallel
 * workers (orderSpecFiles: by the times the timing reporter recorded, the longest first).
 *
 *   node build/tests/support/testOrder.js unit local-cognito integration acceptance e2e
 */
import * as fs from "fs";
import * as path from "path";
import { TIMING_RECORD, orderSpecFiles } from "./timing";

function specFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const file = path.join(dir, e.name);
        return e.isDirectory() ? specFiles(file) : e.name.endsWith(".spec.js") && hasSource(file) ? [file] : [];
    });
}

/** A compiled spec whose source is gone (renamed, deleted) stays in build/ until it is cleaned; it is not run. */
const hasSource = (compiled: string) => fs.existsSync(compiled.replace(/^build[\\/]/, "").replace(/\.js$/, ".ts"));

if (require.main === module) {
    const layers = process.argv.slice(2);
    const files = layers.flatMap((layer) => specFiles(path.join("build", "tests", layer)));
    const recorded = fs.existsSync(TIMING_RECORD) ? (JSON.parse(fs.readFileSync(TIMING_RECORD, "utf8")) as Record<string, number>) : {};
    process.stdout.write(orderSpecFiles(files, recorded, (file) => fs.statSync(file).size).join("\n") + "\n");
}
