/**
 * npm run bench:plugin-startup: how long the provider plugin takes from exec to the port it prints (the line the
 * engine waits for), as the single executable (the linux-amd64 archive of `npm run package:plugin`) and as the npm
 * package's launcher (plugin/pulumi-resource-cognito-app-client on the Node.js on PATH), alternated in one run on one
 * machine, and the executable's time as a ratio of the launcher's. Writes its section of docs/benchmarks-plugin.md.
 *
 * Environment: BENCH_REPS (starts of each; default 21), BENCH_OUT (directory of the report; default docs/).
 */
import { spawn, execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../scripts/engine";
import { PLUGIN_PLATFORMS } from "../scripts/nodeBuilds";
import { PLUGIN_BINARY, archiveName, packagePlugin, packageVersion } from "../scripts/packagePlugin";

const LINUX_NODE = PLUGIN_PLATFORMS.find((p) => p.platform === "linux-amd64")!.node.version;

const REPS = Number(process.env.BENCH_REPS ?? 21);
const OUT = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(ROOT, "docs");
const REPORT = "benchmarks-plugin.md";
const BEGIN = "<!-- startup: written by npm run bench:plugin-startup -->";
const END = "<!-- end of startup -->";

const log = (message: string) => process.stderr.write(`[bench:plugin-startup] ${message}\n`);
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

/** Milliseconds from spawning `command` to the first line on its stdout; the process is killed after. */
async function timeToPort(command: string): Promise<number> {
    const started = process.hrtime.bigint();
    const child = spawn(command, ["127.0.0.1:1"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise<void>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d) => {
            out += d;
            if (out.includes("\n")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`${command} exited with ${code} before printing its port`)));
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    return ms;
}

async function main(): Promise<void> {
    const release = path.join(ROOT, ".tools", "bench", "release");
    await packagePlugin({ out: release, platforms: ["linux-amd64"] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-startup-"));
    execFileSync("tar", ["-xzf", path.join(release, archiveName(packageVersion(), "linux-amd64")), "-C", dir]);
    const faces = { "single executable": path.join(dir, PLUGIN_BINARY), "npm launcher": path.join(ROOT, "plugin", PLUGIN_BINARY) };
    const times: Record<string, number[]> = { "single executable": [], "npm launcher": [] };
    // One start each first, to warm the file cache.
    for (const [name, command] of Object.entries(faces)) await timeToPort(command).catch((e) => Promise.reject(new Error(`${name}: ${(e as Error).message}`)));
    for (let i = 0; i < REPS; i++) for (const [name, command] of Object.entries(faces)) times[name].push(await timeToPort(command));
    const node = execFileSync("node", ["--version"], { encoding: "utf8" }).trim();
    const row = (name: string) => `| ${name} | ${quantile(times[name], 0.5).toFixed(0)} | ${quantile(times[name], 0.9).toFixed(0)} | ${Math.min(...times[name]).toFixed(0)} |`;
    const ratio = quantile(times["single executable"], 0.5) / quantile(times["npm launcher"], 0.5);
    const section = [
        BEGIN,
        "## Start-up: from exec to the port",
        "",
        `Measured by \`npm run bench:plugin-startup\` (bench/pluginStartup.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} CPUs, ${REPS} starts of each, alternated. ` +
            `The single executable carries Node.js ${LINUX_NODE} and its program in one file (the linux-amd64 archive); the npm launcher runs dist/ on the Node.js on PATH (${node}).`,
        "",
        "| plugin | median (ms) | 90th percentile (ms) | fastest (ms) |",
        "|---|---|---|---|",
        row("single executable"),
        row("npm launcher"),
        "",
        `Single executable ÷ npm launcher, medians: ${ratio.toFixed(2)}.`,
        END,
    ].join("\n");
    for (const line of section.split("\n").slice(1, -1)) log(line);
    const report = path.join(OUT, REPORT);
    const text = fs.existsSync(report) ? fs.readFileSync(report, "utf8") : "";
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    const next = start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + END.length) : `${text.trimEnd()}\n\n${section}\n`;
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(report, next);
    log(`wrote ${path.relative(process.cwd(), report)}`);
}

main().catch((error) => {
    process.stderr.write(`bench:plugin-startup: ${(error as Error).message}\n`);
    process.exit(1);
});
