/**
 * npm run bench:plugin: the provider plugin beside the dynamic resource, in one run on one machine, and writes
 * docs/benchmarks-plugin.md. The same TypeScript program of N clients (bench/programs/clients) runs twice: as it is
 * (the dynamic resource, served by the engine's Node.js dynamic-provider host) and with its import changed to
 * `pulumi-cognito-user-pool-client/plugin` (the provider plugin). For each N: the median wall time of `pulumi up`,
 * a `preview` with no changes, `refresh` and `destroy`, the plugin's as a ratio of the dynamic resource's, and the
 * Cognito calls of each step, counted by the recording proxy (they must be the same: one provider behind both).
 *
 * Environment: BENCH_PLUGIN_SIZES (comma-separated N; default 1,10,50), BENCH_REPS (runs per size; default 3),
 * BENCH_OUT (directory of the report; default docs/).
 */
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../scripts/engine";
import { LOCAL_AWS_ENV, startMoto } from "../scripts/local-cognito";
import { startFaultProxy } from "../tests/support/faultProxy";
import { copyProgram, installPackedPackage, localStack } from "../tests/support/stacks";

const SIZES = (process.env.BENCH_PLUGIN_SIZES ?? "1,10,50").split(",").map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const OUT = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(ROOT, "docs");
const STEPS = ["up", "preview", "refresh", "destroy"] as const;
type Step = (typeof STEPS)[number];
const FACES = ["dynamic", "plugin"] as const;
type Face = (typeof FACES)[number];

const log = (message: string) => process.stderr.write(`[bench:plugin] ${message}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The clients program, as it is or moved to the plugin: its import line and the plugin named in Pulumi.yaml. */
function program(face: Face, n: number): string {
    const dir = copyProgram(path.join(ROOT, "bench", "programs", "clients"), `plugin-bench-${face}-${n}`);
    if (face === "plugin") {
        const index = path.join(dir, "index.ts");
        fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace(/from "pulumi-cognito-user-pool-client"/, 'from "pulumi-cognito-user-pool-client/plugin"'));
        fs.appendFileSync(path.join(dir, "Pulumi.yaml"), "plugins:\n  providers:\n    - name: cognito-app-client\n      path: ./node_modules/pulumi-cognito-user-pool-client/plugin\n");
    }
    return dir;
}

async function main() {
    installPackedPackage();
    const moto = await startMoto();
    const proxy = await startFaultProxy({ target: moto.endpoint });
    Object.assign(process.env, LOCAL_AWS_ENV, { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: moto.endpoint });
    const sdk = new CognitoIdentityProviderClient({});
    const rows: { n: number; face: Face; seconds: Record<Step, number>; calls: Record<Step, string> }[] = [];
    try {
        for (const n of SIZES) {
            for (const face of FACES) {
                const times: Record<Step, number[]> = { up: [], preview: [], refresh: [], destroy: [] };
                const calls = {} as Record<Step, string>;
                for (let rep = 0; rep < REPS; rep++) {
                    const userPoolId = (await sdk.send(new CreateUserPoolCommand({ PoolName: `bench-plugin-${Date.now()}` }))).UserPool!.Id!;
                    const s = await localStack(program(face, n), proxy.endpoint, { userPoolId, count: String(n) });
                    const steps: Record<Step, () => Promise<unknown>> = {
                        up: () => s.stack.up(),
                        preview: () => s.stack.preview(),
                        refresh: () => s.stack.refresh(),
                        destroy: () => s.stack.destroy(),
                    };
                    for (const step of STEPS) {
                        proxy.reset();
                        const started = process.hrtime.bigint();
                        await steps[step]();
                        times[step].push(Number(process.hrtime.bigint() - started) / 1e9);
                        calls[step] = Object.entries(proxy.countsByOperation()).sort().map(([op, k]) => `${op} ${k}`).join(", ") || "none";
                    }
                    log(`N=${n} ${face} run ${rep + 1}/${REPS}: ${STEPS.map((step) => `${step} ${times[step].at(-1)!.toFixed(1)}s`).join(", ")}`);
                }
                rows.push({ n, face, seconds: Object.fromEntries(STEPS.map((step) => [step, median(times[step])])) as Record<Step, number>, calls });
            }
        }
    } finally {
        await proxy.stop();
        await moto.stop();
    }
    const report = [
        "# The provider plugin beside the dynamic resource",
        "",
        `Measured by \`npm run bench:plugin\` (bench/plugin.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} CPUs, the local Cognito API, medians of ${REPS} runs. ` +
            "The same TypeScript program of N clients, as the dynamic resource and with its import moved to the plugin.",
        "",
        "| N | step | dynamic (s) | plugin (s) | plugin ÷ dynamic | Cognito calls (dynamic) | Cognito calls (plugin) |",
        "|---|---|---|---|---|---|---|",
        ...SIZES.flatMap((n) => {
            const [d, p] = FACES.map((face) => rows.find((r) => r.n === n && r.face === face)!);
            return STEPS.map((step) => `| ${n} | ${step} | ${d.seconds[step].toFixed(2)} | ${p.seconds[step].toFixed(2)} | ${(p.seconds[step] / d.seconds[step]).toFixed(2)} | ${d.calls[step]} | ${p.calls[step]} |`);
        }),
        "",
    ].join("\n");
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "benchmarks-plugin.md"), report);
    process.stdout.write(report);
    log(`wrote ${path.join(OUT, "benchmarks-plugin.md")}`);
}

main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
});
