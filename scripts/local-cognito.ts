/**
 * Starts the local Cognito API on a free loopback port for a test run, and points the AWS SDK at it through the
 * SDK's standard environment variables.
 *
 * The local Cognito API is moto_server extended with the real service's behaviour for app clients
 * (tests/support/local-cognito/real_cognito.py, described in docs/local-cognito.md), run from a pinned Python
 * virtual environment in .tools/local-cognito/venv. If that environment is missing or out of date, it is
 * installed first by scripts/setup-local-cognito.sh, the same script scripts/setup.sh runs.
 *
 * `LOCAL_COGNITO=plain` starts moto as it is, without the added behaviour; the default is the faithful API.
 */
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";

export interface Moto {
    endpoint: string;
    port: number;
    /** The behaviour this server has: the real service's ("faithful") or moto's own ("plain"). */
    mode: LocalCognitoMode;
    stop(): Promise<void>;
}

/** The running local Cognito API. */
export type LocalCognito = Moto;

export type LocalCognitoMode = "faithful" | "plain";

/** The mode `LOCAL_COGNITO` selects: "plain" for moto as it is, otherwise (unset or "faithful") the faithful API. */
export function localCognitoMode(): LocalCognitoMode {
    const value = (process.env.LOCAL_COGNITO ?? "").trim().toLowerCase();
    if (value === "" || value === "faithful") return "faithful";
    if (value === "plain") return "plain";
    throw new Error(`LOCAL_COGNITO must be "faithful" or "plain"; got "${process.env.LOCAL_COGNITO}"`);
}

export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

const SERVER_SCRIPT = path.join("tests", "support", "local-cognito", "server.py");

/** The repository root: the first directory up from this file that holds the local Cognito API's server script. */
function repositoryRoot(): string {
    let dir = __dirname;
    for (;;) {
        if (fs.existsSync(path.join(dir, SERVER_SCRIPT))) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`cannot find ${SERVER_SCRIPT} above ${__dirname}`);
        dir = parent;
    }
}

/** The Python of the local Cognito API's virtual environment, installed (or brought up to date) if needed. */
export function ensureLocalCognitoInstalled(): { python: string; serverScript: string } {
    const root = repositoryRoot();
    const python = path.join(root, ".tools", "local-cognito", "venv", "bin", "python");
    const setup = path.join(root, "scripts", "setup-local-cognito.sh");
    try {
        // Returns at once when the venv matches requirements.txt; installs otherwise.
        execFileSync("bash", [setup], { stdio: ["ignore", "inherit", "inherit"] });
    } catch {
        throw new Error(`the local Cognito API could not be installed; run: bash ${path.relative(process.cwd(), setup) || setup}`);
    }
    return { python, serverScript: path.join(root, SERVER_SCRIPT) };
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`the local Cognito API exited with code ${child.exitCode}`);
        const ok = await new Promise<boolean>((resolve) => {
            const socket = net.connect(port, "127.0.0.1", () => {
                socket.end();
                resolve(true);
            });
            socket.once("error", () => resolve(false));
        });
        if (ok) return;
        await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the local Cognito API did not listen on port ${port} within ${timeoutMs} ms`);
}

export interface LocalCognitoOptions {
    /**
     * Environment variables for the server process, on top of this process's environment: e.g. the test option
     * LOCAL_COGNITO_EXTRA_AUTH_FLOWS (docs/local-cognito.md) for a server started beside the shared one.
     */
    env?: Record<string, string>;
}

/** Starts the local Cognito API in the mode `LOCAL_COGNITO` selects (see localCognitoMode). */
export async function startLocalCognito(options: LocalCognitoOptions = {}): Promise<LocalCognito> {
    const mode = localCognitoMode();
    const { python, serverScript } = ensureLocalCognitoInstalled();
    const port = await freePort();
    const args = [serverScript, ...(mode === "plain" ? ["--plain"] : []), "-H", "127.0.0.1", "-p", String(port)];
    const env = options.env ? { ...process.env, ...options.env } : process.env;
    const child = spawn(python, args, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    try {
        await waitForPort(port, child);
    } catch (e) {
        child.kill("SIGKILL");
        throw new Error(`${(e as Error).message}\n${stderr}`);
    }
    // A process that ends without stopping it (a test worker ended by its pool, a crash) takes the server with it.
    const killOnExit = () => child.kill("SIGTERM");
    process.once("exit", killOnExit);
    return {
        endpoint: `http://127.0.0.1:${port}`,
        port,
        mode,
        stop: () =>
            new Promise<void>((resolve) => {
                process.off("exit", killOnExit);
                if (child.exitCode !== null) return resolve();
                child.once("exit", () => resolve());
                child.kill("SIGTERM");
            }),
    };
}

/** The former name of startLocalCognito, used by the tests, the demo and the benchmarks. */
export const startMoto = startLocalCognito;

/**
 * Fake credentials and a region for the local API; never real ones. Nothing silences the AWS SDK's Node.js version
 * notice: it speaks only below Node.js 22, and the supported versions are 22 and 24 (package.json `engines`).
 */
export const LOCAL_AWS_ENV = {
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_REGION: "us-east-1",
} as const;
