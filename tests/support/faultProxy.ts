/**
 * A recording, fault-injecting HTTP proxy for the Cognito JSON API, placed in front of moto_server.
 *
 * - Records every request: its operation (from `X-Amz-Target`, e.g. `CreateUserPoolClient`), its JSON body, and
 *   what the proxy did with it, so tests and benchmarks can count API calls per operation and inspect payloads.
 * - Injects faults from a script per operation: error answers in Cognito's JSON error shape, 5xx answers, a
 *   dropped connection before the request is forwarded or after it was (the request reached moto, the answer is
 *   lost), slow answers, and answers rewritten on their way back.
 * - Records whether the caller hung up before the answer (an aborted request).
 * - Optionally enforces a token-bucket quota on the client write operations, answering TooManyRequestsException
 *   beyond it, as Cognito does.
 *
 * Error answers carry the error name both in the body's `__type` and in the `x-amzn-errortype` header. The AWS SDK
 * for JavaScript v3 (awsJson1_1) reads the body's `__type` first, then `code`, then the header.
 */
import * as http from "http";
import { AddressInfo } from "net";

/** What the proxy does with one request instead of (or besides) forwarding it. */
export type Fault =
    | { kind: "error"; status: number; type: string; message: string }
    /** Forward (moto carries the request out), then answer with this error instead of moto's answer. */
    | { kind: "errorAfterForward"; status: number; type: string; message: string }
    | { kind: "dropBeforeForward" }
    | { kind: "dropAfterForward" }
    | { kind: "delay"; ms: number }
    /** Forward, then answer with the JSON body `rewrite` returns for moto's answer (e.g. to drop a member). */
    | { kind: "rewriteResponse"; rewrite: (body: any) => any }
    /** Answer with this raw text instead of forwarding, as an endpoint that does not know the operation does. */
    | { kind: "rawAnswer"; status: number; contentType: string; body: string };

/** Ready-made faults, named as the API names the errors. */
export const faults = {
    tooManyRequests: (): Fault => ({ kind: "error", status: 400, type: "TooManyRequestsException", message: "Rate exceeded" }),
    concurrentModification: (): Fault => ({
        kind: "error",
        status: 400,
        type: "ConcurrentModificationException",
        message: "Only one request to update the user pool client can be made at a time.",
    }),
    limitExceeded: (): Fault => ({
        kind: "error",
        status: 400,
        type: "LimitExceededException",
        message: "The maximum number of app clients for this user pool has been reached.",
    }),
    internalError: (status: 500 | 503 = 500): Fault => ({ kind: "error", status, type: "InternalErrorException", message: "Internal server error" }),
    /** Moto carries the request out, but the caller gets HTTP 500 InternalErrorException: the outcome is unknown to it. */
    internalErrorAfterForward: (status: 500 | 503 = 500): Fault => ({ kind: "errorAfterForward", status, type: "InternalErrorException", message: "Internal server error" }),
    error: (type: string, message: string, status = 400): Fault => ({ kind: "error", status, type, message }),
    dropBeforeForward: (): Fault => ({ kind: "dropBeforeForward" }),
    dropAfterForward: (): Fault => ({ kind: "dropAfterForward" }),
    delay: (ms: number): Fault => ({ kind: "delay", ms }),
    rewriteResponse: (rewrite: (body: any) => any): Fault => ({ kind: "rewriteResponse", rewrite }),
    /** What plain moto answers for an operation it does not implement: an HTML "404 Not Found" page. */
    notFoundPage: (): Fault => ({
        kind: "rawAnswer",
        status: 404,
        contentType: "text/html; charset=utf-8",
        body: '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n',
    }),
    /** What moto 5.2.1 answers for some operations it lacks (ListCIMDPolicies): an HTML "500 Internal Server Error" page. */
    serverErrorPage: (): Fault => ({
        kind: "rawAnswer",
        status: 500,
        contentType: "text/html; charset=utf-8",
        body: "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request.</p>\n",
    }),
};

/** One request the proxy received. */
export interface RecordedCall {
    /** The operation, e.g. `CreateUserPoolClient` (the part of `X-Amz-Target` after the dot). */
    operation: string;
    /** The parsed JSON body (undefined when it is not JSON). */
    body: any;
    /** The fault applied, or `undefined` when the request was forwarded untouched. */
    fault?: Fault["kind"] | "quota";
    /** Whether the request reached moto. */
    forwarded: boolean;
    /** The HTTP status the caller received; undefined when the connection was dropped. */
    status?: number;
    /** Milliseconds since the proxy started, when the request arrived. */
    at: number;
    /** The caller closed the connection before the proxy answered (it aborted the request), not the proxy. */
    callerHungUp?: boolean;
}

export interface InjectOptions {
    /** Only requests whose parsed JSON body (undefined when not JSON) this accepts take the fault. */
    when?: (body: any) => boolean;
}

export interface QuotaOptions {
    /** Operations that share the bucket. @default Create/Update/DeleteUserPoolClient */
    operations?: string[];
    /** Bucket capacity (the burst allowed after a quiet period). @default rps */
    burst?: number;
}

/** Operations the quota applies to unless told otherwise. */
export const WRITE_OPERATIONS = ["CreateUserPoolClient", "UpdateUserPoolClient", "DeleteUserPoolClient"];

export interface FaultProxy {
    /** `http://127.0.0.1:<port>`: point the SDK here (`AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER`). */
    endpoint: string;
    /** Every request received, in arrival order, attempts and faulted ones included. */
    readonly calls: RecordedCall[];
    /** Requests received per operation, e.g. `{ CreateUserPoolClient: 1 }`. */
    countsByOperation(): Record<string, number>;
    /** The recorded calls of one operation. */
    callsOf(operation: string): RecordedCall[];
    /**
     * Applies `fault` to the next `times` requests of `operation` (`"*"` for any), after faults already queued.
     * With `when`, only requests whose parsed JSON body it accepts take the fault (e.g. one client's create);
     * other requests pass it by and take the next queued fault that applies to them, if any.
     */
    inject(operation: string, fault: Fault, times?: number, options?: InjectOptions): void;
    /** Faults still queued per operation. */
    pendingFaults(): Record<string, number>;
    /** Limits the quota operations to `rps` requests per second (token bucket); `undefined` removes the quota. */
    setQuota(rps: number | undefined, options?: QuotaOptions): void;
    /** Clears the recorded calls; with `{ faults: true }` (the default) also the fault script and the quota. */
    reset(options?: { faults?: boolean }): void;
    stop(): Promise<void>;
}

function operationOf(req: http.IncomingMessage): string {
    const target = req.headers["x-amz-target"];
    const value = Array.isArray(target) ? target[0] : target;
    if (!value) return "(none)";
    const dot = value.lastIndexOf(".");
    return dot >= 0 ? value.slice(dot + 1) : value;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}

interface Upstream {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: Buffer;
}

function forward(target: URL, req: http.IncomingMessage, body: Buffer): Promise<Upstream> {
    return new Promise((resolve, reject) => {
        const headers = { ...req.headers, host: target.host, "content-length": String(body.length) };
        delete headers.connection;
        const upstream = http.request(
            { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: false },
            (res) => {
                const chunks: Buffer[] = [];
                res.on("data", (c: Buffer) => chunks.push(c));
                res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on("error", reject);
            },
        );
        upstream.on("error", reject);
        upstream.end(body);
    });
}

class TokenBucket {
    private tokens: number;
    private last = Date.now();
    constructor(
        private readonly rps: number,
        private readonly capacity: number,
    ) {
        this.tokens = capacity;
    }
    take(): boolean {
        const now = Date.now();
        this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rps);
        this.last = now;
        if (this.tokens < 1) return false;
        this.tokens -= 1;
        return true;
    }
}

/** Starts the proxy on a free loopback port in front of `target` (e.g. moto's endpoint). */
export async function startFaultProxy(options: { target: string }): Promise<FaultProxy> {
    const target = new URL(options.target);
    const started = Date.now();
    const calls: RecordedCall[] = [];
    const script = new Map<string, { fault: Fault; when?: (body: any) => boolean }[]>();
    let quota: { bucket: TokenBucket; operations: Set<string> } | undefined;

    /** The first queued fault that applies to the request (its operation's queue first, then `"*"`), taken off its queue. */
    const nextFault = (operation: string, body: unknown): Fault | undefined => {
        for (const key of [operation, "*"]) {
            const queue = script.get(key) ?? [];
            const index = queue.findIndex((entry) => {
                if (!entry.when) return true;
                try {
                    return entry.when(body);
                } catch {
                    return false;
                }
            });
            if (index >= 0) return queue.splice(index, 1)[0].fault;
        }
        return undefined;
    };

    const sendError = (res: http.ServerResponse, fault: { status: number; type: string; message: string }) => {
        const payload = JSON.stringify({ __type: fault.type, message: fault.message });
        res.writeHead(fault.status, {
            "content-type": "application/x-amz-json-1.1",
            "x-amzn-errortype": fault.type,
            "x-amzn-requestid": `fault-proxy-${calls.length}`,
            "content-length": Buffer.byteLength(payload),
        });
        res.end(payload);
    };

    const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
        const raw = await readBody(req);
        const operation = operationOf(req);
        let body: unknown;
        try {
            body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
        } catch {
            body = undefined;
        }
        const call: RecordedCall = { operation, body, forwarded: false, at: Date.now() - started };
        calls.push(call);
        res.once("close", () => {
            if (!res.writableFinished && call.fault !== "dropBeforeForward" && call.fault !== "dropAfterForward") call.callerHungUp = true;
        });

        if (quota?.operations.has(operation) && !quota.bucket.take()) {
            call.fault = "quota";
            call.status = 400;
            return sendError(res, faults.tooManyRequests() as Extract<Fault, { kind: "error" }>);
        }
        const fault = nextFault(operation, body);
        call.fault = fault?.kind;
        if (fault?.kind === "error") {
            call.status = fault.status;
            return sendError(res, fault);
        }
        if (fault?.kind === "dropBeforeForward") {
            req.socket.destroy();
            return;
        }
        if (fault?.kind === "rawAnswer") {
            call.status = fault.status;
            res.writeHead(fault.status, { "content-type": fault.contentType });
            res.end(fault.body);
            return;
        }
        if (fault?.kind === "delay") await new Promise((r) => setTimeout(r, fault.ms));

        let upstream: Upstream;
        try {
            upstream = await forward(target, req, raw);
        } catch (e) {
            call.status = 502;
            res.writeHead(502, { "content-type": "text/plain" });
            res.end(`fault proxy: upstream failed: ${(e as Error).message}`);
            return;
        }
        call.forwarded = true;
        if (fault?.kind === "dropAfterForward") {
            req.socket.destroy();
            return;
        }
        if (fault?.kind === "errorAfterForward") {
            call.status = fault.status;
            return sendError(res, fault);
        }
        if (fault?.kind === "rewriteResponse") {
            upstream.body = Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(upstream.body.toString("utf8") || "{}"))), "utf8");
        }
        call.status = upstream.status;
        const headers = { ...upstream.headers, "content-length": String(upstream.body.length) };
        delete headers["transfer-encoding"];
        delete headers.connection;
        res.writeHead(upstream.status, headers);
        res.end(upstream.body);
    };

    const server = http.createServer((req, res) => {
        handle(req, res).catch((e) => {
            if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
            res.end(`fault proxy error: ${(e as Error).message}`);
        });
    });
    const sockets = new Set<import("net").Socket>();
    server.on("connection", (s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;

    return {
        endpoint: `http://127.0.0.1:${port}`,
        calls,
        countsByOperation() {
            const counts: Record<string, number> = {};
            for (const c of calls) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
            return counts;
        },
        callsOf(operation) {
            return calls.filter((c) => c.operation === operation);
        },
        inject(operation, fault, times = 1, injectOptions = {}) {
            const queue = script.get(operation) ?? [];
            for (let i = 0; i < times; i++) queue.push({ fault, when: injectOptions.when });
            script.set(operation, queue);
        },
        pendingFaults() {
            const pending: Record<string, number> = {};
            for (const [op, queue] of script) if (queue.length) pending[op] = queue.length;
            return pending;
        },
        setQuota(rps, quotaOptions = {}) {
            quota =
                rps === undefined
                    ? undefined
                    : { bucket: new TokenBucket(rps, quotaOptions.burst ?? rps), operations: new Set(quotaOptions.operations ?? WRITE_OPERATIONS) };
        },
        reset(resetOptions = {}) {
            calls.length = 0;
            if (resetOptions.faults ?? true) {
                script.clear();
                quota = undefined;
            }
        },
        stop() {
            return new Promise<void>((resolve) => {
                for (const s of sockets) s.destroy();
                server.close(() => resolve());
            });
        },
    };
}
