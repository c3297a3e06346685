/**
 * Root hooks: one local Cognito API (docs/local-cognito.md) per test process, its endpoint exported through the AWS
 * SDK's standard variables so every SDK client (the provider's included) talks to it.
 *
 * Run serially, mocha runs these hooks once around the whole run. Run in parallel (`npm test`), each worker process
 * runs them around every file it takes: the API is started by the worker's first file and kept for the next ones (as
 * the serial run keeps it for every file), and ends with the worker.
 */
import * as path from "path";
import { ROOT } from "../../scripts/engine";
import { LOCAL_AWS_ENV, Moto, startMoto } from "./moto";

/**
 * How every Pulumi program of the tests runs (the engine's processes inherit this environment): its TypeScript is
 * transpiled at each run without a type-check, which the programs get once per run instead (tests/e2e/programs.spec.ts;
 * a test that writes a program's code runs it with TYPE_CHECKED_PROGRAM), and Node.js keeps the compiled code of the
 * modules every program and provider process loads (@pulumi/pulumi, the AWS SDK) in a cache of its own.
 */
export const ENGINE_TEST_ENV = {
    PULUMI_NODEJS_TRANSPILE_ONLY: "true",
    NODE_COMPILE_CACHE: path.join(ROOT, ".tools", "node-compile-cache"),
};
/** For a program whose TypeScript a test writes or edits: ts-node type-checks it at every run, as it does for users. */
export const TYPE_CHECKED_PROGRAM = { PULUMI_NODEJS_TRANSPILE_ONLY: "false" };
Object.assign(process.env, ENGINE_TEST_ENV);

let moto: Promise<Moto> | undefined;
let endpoint: string | undefined;

/** A worker of mocha's `--parallel` mode: a child process with an IPC channel to the main one. */
const IN_PARALLEL_WORKER = process.connected === true;

export function motoEndpoint(): string {
    if (!endpoint) throw new Error("the local Cognito API is not running");
    return endpoint;
}

export const mochaHooks = {
    async beforeAll(this: Mocha.Context) {
        this.timeout(120_000);
        endpoint = (await (moto ??= startMoto())).endpoint;
        Object.assign(process.env, LOCAL_AWS_ENV, { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint });
        delete process.env.AWS_PROFILE;
    },
    async afterAll() {
        if (IN_PARALLEL_WORKER || !moto) return;
        const running = moto;
        moto = endpoint = undefined;
        await (await running).stop();
    },
};
