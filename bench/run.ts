/**
 * npm run bench: measures the package side by side with its floors, in one run on one machine, and writes
 * docs/benchmarks.md and docs/benchmarks.json.
 *
 * 1. Cognito API calls per operation, counted by a recording proxy.
 * 2. `pulumi up`, `preview`, `destroy` of N = 1, 10, 100 clients, beside (a) the same stack of N no-op dynamic
 *    resources and (b) the same N Cognito calls made directly with the AWS SDK; medians, and ours ÷ (a + b).
 * 3. State size: serialized provider bytes per resource, and the state file at N = 100.
 * 4. Peak resident memory of the dynamic-provider host at N = 100.
 * 5. 200 clients under a Cognito-like write quota: failures, and time against the quota-bound minimum.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommand,
    CreateUserPoolCommand,
    DeleteUserPoolClientCommand,
    ListUserPoolClientsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UserPoolClientProvider } from "../provider/provider";
import { ROOT } from "../scripts/engine";
import { LOCAL_AWS_ENV, startMoto } from "../scripts/local-cognito";
import { startFaultProxy } from "../tests/support/faultProxy";
import { copyProgram, installPackedPackage, localStack } from "../tests/support/stacks";

const REPS = Number(process.env.BENCH_REPS ?? 3);
const SIZES = [1, 10, 100];
const THROTTLED_CLIENTS = 200;
const QUOTA_RPS = 10;
/** The CLI's default `--parallel`: 4 × CPUs. The direct-SDK floor uses the same concurrency. */
const PARALLEL = os.cpus().length * 4;
const PROGRAMS = path.join(ROOT, "bench", "programs");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => Math.round(ms) / 1000;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
    const start = performance.now();
    const result = await f();
    return [performance.now() - start, result];
}

async function inParallel<T>(items: T[], limit: number, f: (item: T) => Promise<unknown>): Promise<void> {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) await f(items[next++]);
    }));
}

/** Polls /proc for the dynamic-provider host and keeps its peak resident set (VmHWM). */
function watchProviderMemory(): () => number {
    let peakKb = 0;
    const timer = setInterval(() => {
        for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
            try {
                if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("dynamic-provider")) continue;
                const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
                if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
            } catch {
                // the process ended between listing and reading
            }
        }
    }, 50);
    return () => {
        clearInterval(timer);
        return peakKb;
    };
}

async function main() {
    installPackedPackage();
    const moto = await startMoto();
    const proxy = await startFaultProxy({ target: moto.endpoint });
    Object.assign(process.env, LOCAL_AWS_ENV, { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: moto.endpoint });
    const sdk = new CognitoIdentityProviderClient({});
    const newPool = async () => (await sdk.send(new CreateUserPoolCommand({ PoolName: `bench-${Date.now()}` }))).UserPool!.Id!;
    const results: Record<string, any> = {};
    try {
        // 1. API calls per operation.
        log("API calls per operation");
        process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = proxy.endpoint;
        const provider = new UserPoolClientProvider();
        const pool = await newPool();
        const inputs = { name: "counted", userPoolId: pool, callbackUrls: ["https://a.example/cb"] };
        const calls: Record<string, number> = {};
        const count = async (label: string, f: () => Promise<unknown>) => {
            proxy.reset();
            await f();
            calls[label] = proxy.calls.length;
        };
        let created: any;
        await count("check", () => provider.check({} as any, inputs));
        await count("create", async () => (created = await provider.create(inputs)));
        await count("diff", () => provider.diff(created.id, created.outs, inputs));
        await count("read", () => provider.read(created.id, created.outs));
        await count("update", () => provider.update(created.id, created.outs, { ...inputs, name: "renamed" }));
        await count("delete", () => provider.delete(created.id, created.outs));
        const previewStack = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "bench-calls"), proxy.endpoint, { count: "10", userPoolId: await newPool() });
        await previewStack.stack.up();
        proxy.reset();
        await previewStack.stack.preview();
        calls["preview of an unchanged stack of 10 clients"] = proxy.calls.length;
        await previewStack.stack.destroy();
        results.apiCalls = calls;
        process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = moto.endpoint;

        // 2-4. Timings beside the floors, state size, memory.
        const timings: any[] = [];
        for (const n of SIZES) {
            const samples: Record<string, number[]> = {};
            const add = (key: string, ms: number) => (samples[key] ??= []).push(ms);
            for (let rep = 0; rep < REPS; rep++) {
                log(`N=${n} run ${rep + 1}/${REPS}`);
                for (const kind of ["clients", "noop"] as const) {
                    const s = await localStack(copyProgram(path.join(PROGRAMS, kind), `bench-${kind}-${n}`), moto.endpoint, { count: String(n), userPoolId: await newPool() });
                    const memory = n === 100 && rep === 0 ? watchProviderMemory() : undefined;
                    add(`${kind}.up`, (await timed(() => s.stack.up()))[0]);
                    if (memory) (results.providerHostPeakRssMb ??= {})[kind] = Math.round(memory() / 102.4) / 10;
                    add(`${kind}.preview`, (await timed(() => s.stack.preview()))[0]);
                    if (kind === "clients" && n === 100 && rep === 0) {
                        const exported = s.cli("stack", "export");
                        const state = JSON.parse(exported);
                        const clients = state.deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"));
                        results.state = {
                            serializedProviderBytesPerResource: Buffer.byteLength(clients[0].inputs.__provider),
                            serializedProviderCopiesPerResource: ["inputs", "outputs"].filter((k) => clients[0][k]?.__provider).length,
                            stateFileBytesAt100: Buffer.byteLength(exported),
                            stateBytesPerResourceAt100: Math.round(Buffer.byteLength(exported) / clients.length),
                        };
                    }
                    add(`${kind}.destroy`, (await timed(() => s.stack.destroy()))[0]);
                }
                const sdkPool = await newPool();
                const ids: string[] = [];
                add("sdk.up", (await timed(() => inParallel([...Array(n).keys()], PARALLEL, async (i) => {
                    ids.push((await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: sdkPool, ClientName: `client-${i}`, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!);
                })))[0]);
                add("sdk.preview", 0);
                add("sdk.destroy", (await timed(() => inParallel(ids, PARALLEL, (id) => sdk.send(new DeleteUserPoolClientCommand({ UserPoolId: sdkPool, ClientId: id })))))[0]);
            }
            for (const op of ["up", "preview", "destroy"]) {
                const ours = median(samples[`clients.${op}`]);
                const engine = median(samples[`noop.${op}`]);
                const api = median(samples[`sdk.${op}`]);
                timings.push({ n, operation: op, oursS: seconds(ours), engineFloorS: seconds(engine), apiFloorS: seconds(api), ratio: Math.round((ours / (engine + api)) * 100) / 100 });
            }
        }
        results.timings = timings;

        // 5. Throttled scale.
        log(`${THROTTLED_CLIENTS} clients under a quota of ${QUOTA_RPS} writes/s`);
        proxy.reset();
        proxy.setQuota(QUOTA_RPS);
        const throttledPool = await newPool();
        const s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "bench-throttled"), proxy.endpoint, { count: String(THROTTLED_CLIENTS), userPoolId: throttledPool });
        const [upMs] = await timed(() => s.stack.up().catch((e: Error) => e));
        const throttledAnswers = proxy.calls.filter((c) => c.fault === "quota").length;
        const writes = proxy.calls.filter((c) => c.operation === "CreateUserPoolClient" && c.fault === undefined).length;
        const listed = (await listAll(sdk, throttledPool)).length;
        const inState = JSON.parse(s.cli("stack", "export")).deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient")).length;
        proxy.reset({ faults: false });
        const [destroyMs] = await timed(() => s.stack.destroy());
        const left = (await listAll(sdk, throttledPool)).length;
        proxy.setQuota(undefined);
        const noop = await localStack(copyProgram(path.join(PROGRAMS, "noop"), "bench-throttled-noop"), moto.endpoint, { count: String(THROTTLED_CLIENTS) });
        const [noopUpMs] = await timed(() => noop.stack.up());
        const [noopDestroyMs] = await timed(() => noop.stack.destroy());
        results.throttled = {
            clients: THROTTLED_CLIENTS,
            quotaWritesPerSecond: QUOTA_RPS,
            parallel: PARALLEL,
            upS: seconds(upMs),
            upMinimumS: writes / QUOTA_RPS,
            engineFloorUpS: seconds(noopUpMs),
            engineFloorDestroyS: seconds(noopDestroyMs),
            createsAccepted: writes,
            throttledAnswers,
            failedResources: THROTTLED_CLIENTS - inState,
            clientsInPoolAfterUp: listed,
            destroyS: seconds(destroyMs),
            destroyMinimumS: THROTTLED_CLIENTS / QUOTA_RPS,
            clientsInPoolAfterDestroy: left,
        };
    } finally {
        await proxy.stop();
        await moto.stop();
    }
    writeReport(results);
}

async function listAll(sdk: CognitoIdentityProviderClient, userPoolId: string) {
    const all: unknown[] = [];
    let NextToken: string | undefined;
    do {
        const page = await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }));
        all.push(...(page.UserPoolClients ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return all;
}

function writeReport(results: any) {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const { execFileSync } = require("child_process") as typeof import("child_process");
    const cli = execFileSync(path.join(ROOT, ".tools", "pulumi", "bin", "pulumi"), ["version"], { encoding: "utf8" }).trim();
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, pulumiCli: cli, pulumiNodejsSdk: pkg.devDependencies["@pulumi/pulumi"], package: pkg.version, date: new Date().toISOString(), reps: REPS };
    const report = { machine, ...results };
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "docs", "benchmarks.json"), JSON.stringify(report, null, 2) + "\n");
    const t = results.throttled;
    const md = [
        "# Benchmarks",
        "",
        "Written by `npm run bench`; every number comes from one run on the machine below. The local Cognito API is moto_server.",
        "",
        `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, Pulumi CLI ${machine.pulumiCli}, @pulumi/pulumi ${machine.pulumiNodejsSdk}, package ${machine.package}, ${machine.date}. Medians of ${REPS} runs.`,
        "",
        "## Cognito API calls per operation",
        "",
        "| Operation | Calls | Target |",
        "|---|---|---|",
        ...Object.entries(results.apiCalls).map(([op, n]) => `| ${op} | ${n} | ${/check|diff|preview/.test(op) ? 0 : 1} |`),
        "",
        "## Wall time beside the floors",
        "",
        "Engine floor (a): the same stack of N dynamic resources, with the same declared outputs, whose provider makes no call. API floor (b): the same N Cognito calls made directly with the AWS SDK, " + PARALLEL + " at a time (the CLI's default parallelism). Ratio: ours ÷ (a + b); target ≤ 1.25 at N = 100.",
        "",
        "| N | Operation | Ours (s) | Engine floor (s) | API floor (s) | Ratio |",
        "|---|---|---|---|---|---|",
        ...results.timings.map((r: any) => `| ${r.n} | ${r.operation} | ${r.oursS} | ${r.engineFloorS} | ${r.apiFloorS} | ${r.ratio} |`),
        "",
        "## State and memory",
        "",
        "| Measure | Value | Target |",
        "|---|---|---|",
        `| Serialized provider per resource | ${results.state.serializedProviderBytesPerResource} bytes (stored ${results.state.serializedProviderCopiesPerResource}× per resource: inputs and outputs) | < 4096 bytes |`,
        `| State file at N = 100 | ${results.state.stateFileBytesAt100} bytes (${results.state.stateBytesPerResourceAt100} bytes per client) | |`,
        `| Peak RSS of the dynamic-provider host during up at N = 100 | ${results.providerHostPeakRssMb.clients} MB (no-op provider: ${results.providerHostPeakRssMb.noop} MB) | |`,
        "",
        "## Throttled scale",
        "",
        `${t.clients} clients in one pool, default parallelism (${t.parallel}), behind a proxy that allows ${t.quotaWritesPerSecond} client create/update/delete requests per second and answers TooManyRequestsException beyond.`,
        "",
        "| Measure | Value |",
        "|---|---|",
        `| Failed resources | ${t.failedResources} |`,
        `| Clients in the pool after up / after destroy | ${t.clientsInPoolAfterUp} / ${t.clientsInPoolAfterDestroy} |`,
        `| Throttled answers (each retried) during up | ${t.throttledAnswers} |`,
        `| up: time / quota-bound minimum | ${t.upS} s / ${t.upMinimumS} s (${Math.round((t.upS / t.upMinimumS) * 100) / 100}×) |`,
        `| destroy: time / quota-bound minimum | ${t.destroyS} s / ${t.destroyMinimumS} s (${Math.round((t.destroyS / t.destroyMinimumS) * 100) / 100}×) |`,
        `| Engine floor for ${t.clients} no-op resources, unthrottled: up / destroy | ${t.engineFloorUpS} s / ${t.engineFloorDestroyS} s |`,
        "",
        "Requests are paced after the first throttle (shared by every call of the provider process), so the quota is used instead of hammered: the throttled answers above are all the retries there were. The time over the quota-bound minimum is mostly the engine's own cost for that many resources, shown by the floor.",
        "",
    ].join("\n");
    fs.writeFileSync(path.join(ROOT, "docs", "benchmarks.md"), md);
    process.stdout.write(md + "\n");
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
