/**
 * npm run bench: measures the package side by side with its floors, in one run on one machine, and writes
 * docs/benchmarks.md and docs/benchmarks.json.
 *
 * 1. Cognito API calls per operation, counted by a recording proxy.
 * 2. `pulumi up`, `preview`, `destroy` of N = 1, 10, 100, 1000 clients, beside (a) the same stack of N no-op
 *    dynamic resources whose provider is serialized the usual way (the old engine floor), (a') the same no-op
 *    resources with the smallest provider text the engine accepts (the new engine floor) and (b) the same N
 *    Cognito calls made directly with the AWS SDK; medians (one run at N = 1000), ours ÷ (a + b), ours ÷ a', ours ÷ a.
 * 3. State size: provider text bytes per resource, the engine's state file and its bytes per client at each N
 *    (ours and both floors), and `pulumi stack export` at N = 100.
 * 4. Peak resident memory of the dynamic-provider host at N = 100.
 * 5. 200 clients under a Cognito-like write quota: failures, and time against the quota-bound minimum.
 * 2b. The largest N again with PULUMI_SKIP_CHECKPOINTS=true: `up` and `destroy`, ours and the new engine floor
 *    (README "Big stacks").
 *
 * Environment: BENCH_REPS (runs per size below N = 1000; default 3), BENCH_SIZES (comma-separated N; default
 * 1,10,100,1000), BENCH_THROTTLED_CLIENTS (default 200; 0 skips section 5), BENCH_SKIP_CHECKPOINTS_N (default the
 * largest size; 0 skips section 2b), BENCH_OUT (directory for
 * benchmarks.md and benchmarks.json; default docs/), BENCH_SECTIONS=calls (section 1 alone: the call counts are
 * measured again, every other number is kept from the previous report in BENCH_OUT, whose date the report names). A check of the code at small sizes:
 * BENCH_SIZES=1,10 BENCH_REPS=1 BENCH_THROTTLED_CLIENTS=20 BENCH_OUT=/tmp/bench node build/bench/run.js
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommand,
    CreateUserPoolCommand,
    CreateUserPoolDomainCommand,
    DeleteUserPoolClientCommand,
    ListUserPoolClientsCommand,
    SetUserPoolSessionConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { UserPoolClientProvider } from "../provider/provider";
import { ROOT } from "../scripts/engine";
import { LOCAL_AWS_ENV, startMoto } from "../scripts/local-cognito";
import { startFaultProxy } from "../tests/support/faultProxy";
import { copyProgram, installPackedPackage, localStack } from "../tests/support/stacks";

const REPS = Number(process.env.BENCH_REPS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number);
/** From this N up, each stack runs once: at N = 1000 one run of the three stacks takes minutes. */
const SINGLE_RUN_FROM = 1000;
const repsAt = (n: number) => (n >= SINGLE_RUN_FROM ? 1 : REPS);
/** The N at which memory and `pulumi stack export` are measured: 100, or the largest size below it when 100 is not run. */
const DETAIL_N = SIZES.includes(100) ? 100 : Math.max(...SIZES.filter((n) => n <= 100), SIZES[0]);
const THROTTLED_CLIENTS = Number(process.env.BENCH_THROTTLED_CLIENTS ?? 200);
/** The N run again with the engine's checkpoints off (PULUMI_SKIP_CHECKPOINTS=true): the largest size; 0 skips it. */
const SKIP_CHECKPOINTS_N = Number(process.env.BENCH_SKIP_CHECKPOINTS_N ?? Math.max(...SIZES));
const OUT = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(ROOT, "docs");
const CALLS_ONLY = process.env.BENCH_SECTIONS === "calls";
const QUOTA_RPS = 10;
/** The CLI's default `--parallel`: 4 × CPUs. The direct-SDK floor uses the same concurrency. */
const PARALLEL = os.cpus().length * 4;
const PROGRAMS = path.join(ROOT, "bench", "programs");

/**
 * The stacks timed at each N: ours, the old engine floor and the new one. Both floors are the noop program,
 * with its provider serialized by pulumi.dynamic.Resource or given as the smallest text.
 */
const KINDS = {
    clients: { program: "clients", config: {} },
    noop: { program: "noop", config: { providerText: "serialized" } },
    noopMinimal: { program: "noop", config: { providerText: "minimal" } },
} as const;
type Kind = keyof typeof KINDS;

/** The engine's state file for a stack of the file backend (what it rewrites after every step), as stored. */
function stateFile(stateDir: string): { bytes: number; json: any } {
    const stacks = path.join(stateDir, ".pulumi", "stacks");
    const file = fs.readdirSync(stacks, { recursive: true, encoding: "utf8" }).find((f) => /(^|\/)test\.json(\.gz)?$/.test(f));
    if (!file) throw new Error(`no state file under ${stacks}`);
    const raw = fs.readFileSync(path.join(stacks, file));
    return { bytes: raw.length, json: JSON.parse((file.endsWith(".gz") ? zlib.gunzipSync(raw) : raw).toString("utf8")) };
}

/** State bytes of a stack of N clients: the file, the file ÷ N, one client's entry, and the provider text. */
function stateSize(stateDir: string, n: number) {
    const { bytes, json } = stateFile(stateDir);
    const clients = json.checkpoint.latest.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"));
    if (clients.length !== n) throw new Error(`expected ${n} clients in state, found ${clients.length}`);
    return {
        fileBytes: bytes,
        bytesPerClient: Math.round(bytes / n),
        clientEntryBytes: Math.round(clients.reduce((sum: number, r: any) => sum + Buffer.byteLength(JSON.stringify(r)), 0) / n),
        providerTextBytes: Buffer.byteLength(clients[0].inputs.__provider),
        providerTextCopies: ["inputs", "outputs"].filter((k) => clients[0][k]?.__provider).length,
    };
}

/**
 * What the largest N shows against the goals (≤ 1.05× the new floor for up and destroy; below the old floor), and why:
 * the engine rewrites its whole checkpoint after every step, so there the time follows N × the state entry's size.
 */
function largestNote(results: Record<string, any>): string[] {
    const n = Math.max(...results.timings.map((r: any) => r.n));
    const at = (op: string) => results.timings.find((r: any) => r.n === n && r.operation === op);
    const sizes = results.stateSizes.find((r: any) => r.n === n);
    if (!at("up") || !sizes?.clients || !sizes?.noopMinimal) return [];
    const withApi = (op: string) => Math.round((at(op).oursS / (at(op).newEngineFloorS + at(op).apiFloorS)) * 100) / 100;
    const entry = sizes.clients.clientEntryBytes;
    const floorEntry = sizes.noopMinimal.clientEntryBytes;
    const met = ["up", "destroy"].every((op) => at(op).ratioToNewFloor <= 1.05);
    return [
        `At N = ${n}: ours ÷ new floor is ${at("up").ratioToNewFloor} for up and ${at("destroy").ratioToNewFloor} for destroy (goal ≤ 1.05: ${met ? "met" : "missed"}); ` +
            `counting Cognito's own time, ours ÷ (a' + b), ${withApi("up")} and ${withApi("destroy")}. Against the old floor: ${at("up").ratioToOldFloor} and ${at("destroy").ratioToOldFloor} (goal below 1). ` +
            `The engine rewrites its whole checkpoint after every step, so at this size the time follows N × the size of a client's state entry: ours is ${entry} bytes, the new floor's ${floorEntry} ` +
            `(${Math.round((entry / floorEntry) * 100) / 100}×). The floor's outputs echo its three inputs; ours hold every value Cognito returns for a client (its ID, dates, region and the defaults Cognito reports).`,
        "",
    ];
}

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
        const calls: Record<string, { calls: number; target: number; which: string }> = {};
        const count = async (label: string, target: number, f: () => Promise<unknown>) => {
            proxy.reset();
            await f();
            const which = Object.entries(proxy.countsByOperation()).map(([op, n]) => `${op} ${n}`).join(", ");
            calls[label] = { calls: proxy.calls.length, target, which };
        };
        let created: any;
        await count("check", 0, () => provider.check({} as any, inputs));
        await count("create", 1, async () => (created = await provider.create(inputs)));
        await count("diff", 0, () => provider.diff(created.id, created.outs, inputs));
        await count("read", 1, () => provider.read(created.id, created.outs));
        await count("update", 1, () => provider.update(created.id, created.outs, { ...inputs, name: "renamed" }));
        await count("import (read by `<pool>/<client>`)", 9, () => provider.read(`${pool}/${created.id}`));
        await count("delete", 1, () => provider.delete(created.id, created.outs));
        // Secret rotation: a generated secret rotated by rotateSecretWhenChanged.
        const rotating = { name: "rotating", userPoolId: pool, generateSecret: true, rotateSecretWhenChanged: { rotation: "1" } };
        let secretClient: any = await provider.create(rotating);
        const rotate = async (label: string, target: number, news: any) =>
            count(label, target, async () => (secretClient = { id: secretClient.id, outs: (await provider.update(secretClient.id, secretClient.outs, news)).outs }));
        await rotate("first rotation (one secret before)", 2, { ...rotating, rotateSecretWhenChanged: { rotation: "2" } });
        await rotate("later rotation (two secrets before)", 3, { ...rotating, rotateSecretWhenChanged: { rotation: "3" } });
        await count("read of a client that has rotated", 2, () => provider.read(secretClient.id, secretClient.outs));
        await rotate("retiring the previous secret (keepPreviousSecret: false)", 1, { ...rotating, rotateSecretWhenChanged: { rotation: "3" }, keepPreviousSecret: false });
        await provider.delete(secretClient.id, secretClient.outs);
        // The SSO session setting: one call more per create, change and read of a client that uses it.
        const sessionPool = (await sdk.send(new CreateUserPoolCommand({ PoolName: `bench-sso-${Date.now()}` }))).UserPool!.Id!;
        await sdk.send(new SetUserPoolSessionConfigurationCommand({ UserPoolId: sessionPool, UserSessionTracking: "ENABLED", TokenSession: { MaxPerUser: 20 } }));
        const withSession = { name: "sso", userPoolId: sessionPool, ssoSession: { maxValidityMinutes: 480 } };
        let sessionClient: any;
        await count("create with ssoSession", 2, async () => (sessionClient = await provider.create(withSession)));
        await count("read of a client with ssoSession", 2, () => provider.read(sessionClient.id, sessionClient.outs));
        await count("update of ssoSession alone", 1, () => provider.update(sessionClient.id, sessionClient.outs, { ...withSession, ssoSession: { maxValidityMinutes: 30 } }));
        await provider.delete(sessionClient.id, sessionClient.outs);
        // The branding style and the terms documents: calls only for clients that use them.
        const branded = { name: "branded", userPoolId: pool, managedLoginBranding: { useCognitoProvidedValues: true }, terms: { termsOfUse: { links: { default: "https://a.example/terms" } }, privacyPolicy: { links: { default: "https://a.example/privacy" } } } };
        let brandedClient: any;
        await count("create with managedLoginBranding and both terms documents", 4, async () => (brandedClient = await provider.create(branded)));
        await count("read of a client with managedLoginBranding and terms", 4, () => provider.read(brandedClient.id, brandedClient.outs));
        await count("update of the style's settings alone", 1, async () => (brandedClient = { id: brandedClient.id, outs: (await provider.update(brandedClient.id, brandedClient.outs, { ...branded, managedLoginBranding: { settings: { categories: { global: { colorSchemeMode: "DARK" } } } } })).outs }));
        await count("update of one terms document alone", 1, () => provider.update(brandedClient.id, brandedClient.outs, { ...branded, managedLoginBranding: { settings: { categories: { global: { colorSchemeMode: "DARK" } } } }, terms: { ...branded.terms, privacyPolicy: { links: { default: "https://a.example/privacy-v2" } } } }));
        await provider.delete(brandedClient.id, brandedClient.outs);
        // CIMD policies, threat protection and the classic hosted UI: a Plus pool with threat protection and a domain.
        const plusPool = (await sdk.send(new CreateUserPoolCommand({ PoolName: `bench-plus-${Date.now()}`, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }))).UserPool!.Id!;
        await sdk.send(new CreateUserPoolDomainCommand({ UserPoolId: plusPool, Domain: `bench-${plusPool.split("_")[1].toLowerCase()}` }));
        const agents = { name: "agents", userPoolId: plusPool, cimdPolicies: [{ policyName: "a", urlPatterns: ["https://a.example/agents/*"] }, { policyName: "b", urlPatterns: ["https://b.example/agents/*"] }] };
        let agentsClient: any;
        await count("create with two cimdPolicies", 3, async () => (agentsClient = await provider.create(agents)));
        await count("read of a client with two cimdPolicies", 4, () => provider.read(agentsClient.id, agentsClient.outs));
        const oneChanged = { ...agents, cimdPolicies: [agents.cimdPolicies[0], { policyName: "b", urlPatterns: ["https://b.example/v2/*"] }] };
        await count("update of one CIMD policy alone", 1, async () => (agentsClient = { id: agentsClient.id, outs: (await provider.update(agentsClient.id, agentsClient.outs, oneChanged)).outs }));
        await count("delete of a client with two cimdPolicies (the policies first)", 3, () => provider.delete(agentsClient.id, agentsClient.outs));
        const guarded = { name: "guarded", userPoolId: plusPool, riskConfiguration: { riskExceptionConfiguration: { skippedIpRangeLists: ["203.0.113.0/24"] } } };
        let guardedClient: any;
        await count("create with riskConfiguration", 2, async () => (guardedClient = await provider.create(guarded)));
        await count("read of a client with riskConfiguration", 2, () => provider.read(guardedClient.id, guardedClient.outs));
        await count("update of riskConfiguration alone", 1, async () => (guardedClient = { id: guardedClient.id, outs: (await provider.update(guardedClient.id, guardedClient.outs, { ...guarded, riskConfiguration: { riskExceptionConfiguration: { skippedIpRangeLists: ["198.51.100.0/24"] } } })).outs }));
        await count("removing riskConfiguration (the pool's again)", 1, () => provider.update(guardedClient.id, guardedClient.outs, { name: "guarded", userPoolId: plusPool }));
        await provider.delete(guardedClient.id, guardedClient.outs);
        const styled = { name: "styled", userPoolId: plusPool, uiCustomization: { css: ".banner-customizable { background-color: #0972d3; }" } };
        let styledClient: any;
        await count("create with uiCustomization", 2, async () => (styledClient = await provider.create(styled)));
        await count("read of a client with uiCustomization", 2, () => provider.read(styledClient.id, styledClient.outs));
        await count("update of the CSS alone", 1, () => provider.update(styledClient.id, styledClient.outs, { ...styled, uiCustomization: { css: ".banner-customizable { background-color: #000000; }" } }));
        await provider.delete(styledClient.id, styledClient.outs);
        const previewStack = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "bench-calls"), proxy.endpoint, { count: "10", userPoolId: await newPool() });
        await previewStack.stack.up();
        proxy.reset();
        await previewStack.stack.preview();
        calls["preview of an unchanged stack of 10 clients"] = { calls: proxy.calls.length, target: 0, which: "" };
        await previewStack.stack.destroy();
        results.apiCalls = calls;
        process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = moto.endpoint;
        if (CALLS_ONLY) {
            // The other sections take most of an hour: keep the previous report's numbers, and say from when.
            const { machine: measuredOn, callsMeasuredOn: _earlier, ...previous } = JSON.parse(fs.readFileSync(path.join(OUT, "benchmarks.json"), "utf8"));
            writeReport({ ...previous, apiCalls: calls }, measuredOn);
            return;
        }

        // 2-4. Timings beside the floors, state size, memory.
        const timings: any[] = [];
        const stateSizes: any[] = [];
        for (const n of SIZES) {
            const samples: Record<string, number[]> = {};
            const add = (key: string, ms: number) => (samples[key] ??= []).push(ms);
            const reps = repsAt(n);
            const sizes: Partial<Record<Kind, ReturnType<typeof stateSize>>> = {};
            for (let rep = 0; rep < reps; rep++) {
                log(`N=${n} run ${rep + 1}/${reps}`);
                for (const kind of Object.keys(KINDS) as Kind[]) {
                    const { program, config } = KINDS[kind];
                    const s = await localStack(copyProgram(path.join(PROGRAMS, program), `bench-${kind}-${n}`), moto.endpoint, { count: String(n), userPoolId: await newPool(), ...config });
                    const memory = n === DETAIL_N && rep === 0 ? watchProviderMemory() : undefined;
                    add(`${kind}.up`, (await timed(() => s.stack.up()))[0]);
                    if (memory) (results.providerHostPeakRssMb ??= {})[kind] = Math.round(memory() / 102.4) / 10;
                    if (rep === 0) sizes[kind] = stateSize(s.stateDir, n);
                    add(`${kind}.preview`, (await timed(() => s.stack.preview()))[0]);
                    if (kind === "clients" && n === DETAIL_N && rep === 0) {
                        const exported = s.cli("stack", "export");
                        const state = JSON.parse(exported);
                        const clients = state.deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"));
                        results.state = {
                            serializedProviderBytesPerResource: Buffer.byteLength(clients[0].inputs.__provider),
                            serializedProviderCopiesPerResource: ["inputs", "outputs"].filter((k) => clients[0][k]?.__provider).length,
                            exportN: n,
                            exportBytes: Buffer.byteLength(exported),
                            exportBytesPerResource: Math.round(Buffer.byteLength(exported) / clients.length),
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
            const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
            for (const op of ["up", "preview", "destroy"]) {
                const ours = median(samples[`clients.${op}`]);
                const engine = median(samples[`noop.${op}`]);
                const newEngine = median(samples[`noopMinimal.${op}`]);
                const api = median(samples[`sdk.${op}`]);
                timings.push({
                    n,
                    runs: reps,
                    operation: op,
                    oursS: seconds(ours),
                    engineFloorS: seconds(engine),
                    newEngineFloorS: seconds(newEngine),
                    apiFloorS: seconds(api),
                    ratio: ratio(ours, engine + api),
                    ratioToNewFloor: ratio(ours, newEngine),
                    ratioToOldFloor: ratio(ours, engine),
                });
            }
            stateSizes.push({ n, ...sizes });
        }
        results.timings = timings;
        results.stateSizes = stateSizes;

        // 2b. The largest N again with the engine's checkpoints off, ours and the new engine floor, in this run.
        if (SKIP_CHECKPOINTS_N > 0) {
            log(`N=${SKIP_CHECKPOINTS_N} with PULUMI_SKIP_CHECKPOINTS=true`);
            const row: Record<string, number> = {};
            for (const kind of ["clients", "noopMinimal"] as const) {
                const { program, config } = KINDS[kind];
                const s = await localStack(copyProgram(path.join(PROGRAMS, program), `bench-fast-${kind}-${SKIP_CHECKPOINTS_N}`), moto.endpoint, { count: String(SKIP_CHECKPOINTS_N), userPoolId: await newPool(), ...config }, { PULUMI_SKIP_CHECKPOINTS: "true" });
                row[`${kind}.up`] = (await timed(() => s.stack.up()))[0];
                row[`${kind}.destroy`] = (await timed(() => s.stack.destroy()))[0];
            }
            const withCheckpoints = (op: string) => timings.find((t) => t.n === SKIP_CHECKPOINTS_N && t.operation === op);
            results.skipCheckpoints = ["up", "destroy"].map((op) => {
                const checkpointed = withCheckpoints(op);
                const ours = row[`clients.${op}`];
                const floor = row[`noopMinimal.${op}`];
                return {
                    n: SKIP_CHECKPOINTS_N,
                    operation: op,
                    oursCheckpointsS: checkpointed?.oursS ?? null,
                    floorCheckpointsS: checkpointed?.newEngineFloorS ?? null,
                    oursS: seconds(ours),
                    floorS: seconds(floor),
                    apiFloorS: checkpointed?.apiFloorS ?? null,
                    ratioToFloor: Math.round((ours / floor) * 100) / 100,
                    ratioToFloorPlusApi: checkpointed ? Math.round((seconds(ours) / (seconds(floor) + checkpointed.apiFloorS)) * 100) / 100 : null,
                    oursMinusFloorS: seconds(ours - floor),
                    speedup: checkpointed ? Math.round((checkpointed.oursS / seconds(ours)) * 10) / 10 : null,
                };
            });
        }

        // 5. Throttled scale.
        if (THROTTLED_CLIENTS > 0) await throttledScale();
    } finally {
        await proxy.stop();
        await moto.stop();
    }
    writeReport(results);

    async function throttledScale() {
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
    }
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

/** `timingsFrom`: the machine and date of the run the other sections come from, when only the calls were measured. */
function writeReport(results: any, timingsFrom?: any) {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const { execFileSync } = require("child_process") as typeof import("child_process");
    const cli = execFileSync(path.join(ROOT, ".tools", "pulumi", "bin", "pulumi"), ["version"], { encoding: "utf8" }).trim();
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, pulumiCli: cli, pulumiNodejsSdk: pkg.devDependencies["@pulumi/pulumi"], package: pkg.version, date: new Date().toISOString(), reps: REPS, singleRunFrom: SINGLE_RUN_FROM };
    const report = { machine: timingsFrom ?? machine, ...(timingsFrom ? { callsMeasuredOn: machine } : {}), ...results };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "benchmarks.json"), JSON.stringify(report, null, 2) + "\n");
    const t = results.throttled;
    const single = SIZES.filter((n) => repsAt(n) === 1 && REPS !== 1);
    const shown = timingsFrom ?? machine;
    const reps = timingsFrom?.reps ?? REPS;
    const singleSizes = timingsFrom ? (results.timings ?? []).map((r: any) => r.n).filter((n: number, i: number, all: number[]) => n >= timingsFrom.singleRunFrom && all.indexOf(n) === i) : single;
    const runs = `Medians of ${reps} run${reps === 1 ? "" : "s"}${singleSizes.length ? `; one run at N = ${singleSizes.join(", ")} (each run of the three stacks takes minutes there)` : ""}.`;
    const origin = timingsFrom
        ? `The call counts come from a run of ${machine.date} (Node ${machine.node}, Pulumi CLI ${machine.pulumiCli}: \`BENCH_SECTIONS=calls\` measures only the calls); every other number from one run on the machine below.`
        : "Every number comes from one run on the machine below.";
    const kb = (bytes: number) => `${Math.round(bytes / 100) / 10} KB`;
    const sizeCell = (size: any) => (size ? `${size.bytesPerClient} (${size.clientEntryBytes})` : "");
    const rss = results.providerHostPeakRssMb ?? {};
    const md = [
        "# Benchmarks",
        "",
        `Written by \`npm run bench\`. ${origin} The local Cognito API is the faithful one (docs/local-cognito.md).`,
        "",
        `Machine: ${shown.cpus} CPUs (${shown.cpuModel}), ${shown.memoryGb} GB, Node ${shown.node}, Pulumi CLI ${shown.pulumiCli}, @pulumi/pulumi ${shown.pulumiNodejsSdk}, package ${shown.package}, ${shown.date}. ${runs}`,
        "",
        "## Cognito API calls per operation",
        "",
        "| Operation | Calls | Which | Target |",
        "|---|---|---|---|",
        ...Object.entries(results.apiCalls as Record<string, { calls: number; target: number; which: string }>).map(([op, c]) => `| ${op} | ${c.calls} | ${c.which || "–"} | ${c.target} |`),
        "",
        "## Wall time beside the floors",
        "",
        "Engine floor (a), the old floor: the same stack of N dynamic resources, with the same declared outputs, whose provider makes no call, serialized into state by `pulumi.dynamic.Resource` the usual way. New engine floor (a'): the same no-op resources and outputs with the smallest provider text the engine accepts. API floor (b): the same N Cognito calls made directly with the AWS SDK, " + PARALLEL + " at a time (the CLI's default parallelism). Ratio: ours ÷ (a + b); target ≤ 1.25 at N = 100. Ours ÷ a': target ≤ 1.05 for up and destroy at N = 1000. Ours ÷ a: target below 1.",
        "",
        "| N | Runs | Operation | Ours (s) | Engine floor (s) | New engine floor (s) | API floor (s) | Ratio | Ours ÷ new floor | Ours ÷ old floor |",
        "|---|---|---|---|---|---|---|---|---|---|",
        ...results.timings.map((r: any) => `| ${r.n} | ${r.runs} | ${r.operation} | ${r.oursS} | ${r.engineFloorS} | ${r.newEngineFloorS} | ${r.apiFloorS} | ${r.ratio} | ${r.ratioToNewFloor ?? "–"} | ${r.ratioToOldFloor ?? "–"} |`),
        "",
        ...largestNote(results),
        ...(results.skipCheckpoints ? skipCheckpointsSection(results.skipCheckpoints) : []),
        "## State bytes per client",
        "",
        "The engine's state file of each stack after `up` (the file backend's checkpoint, compact JSON, which the engine rewrites after every step): its size ÷ N, and in parentheses the average size of one client's entry in it (without the stack's and the default provider's entries, which weigh most at small N). Target for ours: ≤ 2.5 KB per client.",
        "",
        "| N | Ours: file | Ours: bytes per client (entry) | New engine floor: bytes per client (entry) | Old engine floor: bytes per client (entry) |",
        "|---|---|---|---|---|",
        ...results.stateSizes.map((r: any) => `| ${r.n} | ${kb(r.clients.fileBytes)} | ${sizeCell(r.clients)} | ${sizeCell(r.noopMinimal)} | ${sizeCell(r.noop)} |`),
        "",
        "## State and memory",
        "",
        "| Measure | Value | Target |",
        "|---|---|---|",
        `| Provider text per resource (\`__provider\`) | ${results.state.serializedProviderBytesPerResource} bytes (stored ${results.state.serializedProviderCopiesPerResource}× per resource: inputs and outputs) | ≤ 300 bytes |`,
        `| Provider text of the floors | new: ${results.stateSizes[0].noopMinimal?.providerTextBytes} bytes; old: ${results.stateSizes[0].noop?.providerTextBytes} bytes | |`,
        `| \`pulumi stack export\` (indented JSON) at N = ${results.state.exportN} | ${results.state.exportBytes} bytes (${results.state.exportBytesPerResource} bytes per client) | |`,
        `| Peak RSS of the dynamic-provider host during up at N = ${DETAIL_N} | ${rss.clients} MB (new no-op floor: ${rss.noopMinimal} MB; old no-op floor: ${rss.noop} MB) | |`,
        "",
        ...(t ? throttledSection(t) : []),
    ].join("\n");
    fs.writeFileSync(path.join(OUT, "benchmarks.md"), md);
    process.stdout.write(md + "\n");
}

function skipCheckpointsSection(rows: any[]): string[] {
    return [
        "## Big stacks: without the engine's checkpoints",
        "",
        "With `PULUMI_SKIP_CHECKPOINTS=true` the engine writes the state once, at the end, instead of after every step. The same N, in the same run: ours and the new engine floor (a'), with checkpoints (from the table above) and without; the API floor (b) is Cognito's own time for the same calls. What a kill then costs, and how `pulumi-cognito-clients recover` makes it safe: README, \"Big stacks\".",
        "",
        "| N | Operation | Ours, checkpoints (s) | Ours, no checkpoints (s) | Floor, checkpoints (s) | Floor, no checkpoints (s) | API floor (s) | Ours ÷ floor, no checkpoints | Ours ÷ (floor + API floor), no checkpoints | Ours: checkpoints ÷ none |",
        "|---|---|---|---|---|---|---|---|---|---|",
        ...rows.map((r) => `| ${r.n} | ${r.operation} | ${r.oursCheckpointsS ?? "–"} | ${r.oursS} | ${r.floorCheckpointsS ?? "–"} | ${r.floorS} | ${r.apiFloorS ?? "–"} | ${r.ratioToFloor} | ${r.ratioToFloorPlusApi ?? "–"} | ${r.speedup ?? "–"}× |`),
        "",
    ];
}

function throttledSection(t: any): string[] {
    return [
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
    ];
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
