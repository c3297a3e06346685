/**
 * Starts moto_server (the local Cognito API) on a free loopback port for a test run, and points the AWS SDK at
 * it through the SDK's standard environment variables. If moto is missing, installs it with pip or says exactly
 * what to run.
 */
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as net from "net";

export interface Moto {
    endpoint: string;
    port: number;
    stop(): Promise<void>;
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

function findMotoServer(): string | undefined {
    try {
        return execFileSync("sh", ["-c", "command -v moto_server"], { encoding: "utf8" }).trim() || undefined;
    } catch {
        return undefined;
    }
}

export function ensureMotoInstalled(): string {
    let bin = findMotoServer();
    if (bin) return bin;
    const install = ["-m", "pip", "install", "--quiet", "moto[server]"];
    process.stderr.write(`moto_server not found; installing it: python3 ${install.join(" ")}\n`);
    try {
        execFileSync("python3", install, { stdio: "inherit" });
    } catch {
        throw new Error('moto_server is not installed and could not be installed; run: python3 -m pip install "moto[server]"');
    }
    bin = findMotoServer();
    if (!bin) throw new Error('moto_server is still not on PATH after installing; run: python3 -m pip install "moto[server]" and add its bin directory to PATH');
    return bin;
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
        const ok = await new Promise<boolean>((resolve) => {
            const socket = net.connect(port, "127.0.0.1", () => {
                socket.end();
                resolve(true);
            });
            socket.once("error", () => resolve(false));
        });
        if (ok) return;
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`moto_server did not listen on port ${port} within ${timeoutMs} ms`);
}

export async function startMoto(): Promise<Moto> {
    const bin = ensureMotoInstalled();
    const port = await freePort();
    const child = spawn(bin, ["-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    try {
        await waitForPort(port, child);
    } catch (e) {
        child.kill("SIGKILL");
        throw new Error(`${(e as Error).message}\n${stderr}`);
    }
    return {
        endpoint: `http://127.0.0.1:${port}`,
        port,
        stop: () =>
            new Promise<void>((resolve) => {
                if (child.exitCode !== null) return resolve();
                child.once("exit", () => resolve());
                child.kill("SIGTERM");
            }),
    };
}

/** Fake credentials and a region for the local API; never real ones. */
export const LOCAL_AWS_ENV = {
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_REGION: "us-east-1",
    // Node 20 is supported by this package; keep local runs free of the SDK's Node 22 notice.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
} as const;
