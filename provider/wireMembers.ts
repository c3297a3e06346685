/**
 * What the SDK does not carry, carried on the wire: members the SDK does not model yet, whole operations it does not
 * model (`onTheWire`), and answers that are not Cognito's JSON, which become an error that says so.
 *
 * Members of the Cognito API that the service model has and the installed AWS SDK for JavaScript does not model
 * yet. The SDK's serializer drops request members it does not know and its deserializer drops such response
 * members, so two middlewares carry them on the wire: one adds the request members to the serialized JSON body
 * (before signing), one reads the response members from the raw body and puts them on the command's output.
 *
 * Each entry can go once the SDK models its members: both middlewares leave a member alone when the SDK already
 * carries it, so a newer SDK changes nothing here.
 */
import type { CreateUserPoolClientRequest, UpdateUserPoolClientRequest, UserPoolClientType } from "@aws-sdk/client-cognito-identity-provider";
import { EndpointAnswerError } from "./errors";

/** The members of each command that the SDK does not carry: request members, and response paths (object, member). */
export const WIRE_MEMBERS: Record<string, { request: readonly string[]; response: readonly (readonly [string, string])[] }> = {
    CreateUserPoolClientCommand: { request: ["PublishSecretsInAWSSecretsManager"], response: [["UserPoolClient", "ClientSecretArn"]] },
    UpdateUserPoolClientCommand: { request: ["PublishSecretsInAWSSecretsManager"], response: [["UserPoolClient", "ClientSecretArn"]] },
    DescribeUserPoolClientCommand: { request: [], response: [["UserPoolClient", "ClientSecretArn"]] },
};

/** The SDK's types with the members it lacks. */
export type CreateClientRequest = CreateUserPoolClientRequest & { PublishSecretsInAWSSecretsManager?: boolean };
export type UpdateClientRequest = UpdateUserPoolClientRequest & { PublishSecretsInAWSSecretsManager?: boolean };
export type DescribedClient = UserPoolClientType & { ClientSecretArn?: string };

interface HttpRequestLike {
    body?: unknown;
    headers: Record<string, string>;
    protocol?: string;
    hostname?: string;
    port?: number;
    path?: string;
}
interface HttpResponseLike {
    statusCode?: number;
    headers?: Record<string, string>;
    body?: unknown;
}
interface MiddlewareStackLike {
    add(middleware: unknown, options: Record<string, unknown>): void;
}

/** The key under which the response middleware hands what it read to the output middleware. */
const CONTEXT_KEY = "cognitoWireMembers";

/** Adds the request member values of `input` that the serialized body lacks. Pure; returns the new body, or undefined for no change. */
export function withRequestMembers(commandName: string, input: Record<string, unknown>, body: string): string | undefined {
    const members = WIRE_MEMBERS[commandName]?.request.filter((m) => input[m] !== undefined) ?? [];
    if (!members.length) return undefined;
    const json = JSON.parse(body || "{}") as Record<string, unknown>;
    const missing = members.filter((m) => !(m in json));
    if (!missing.length) return undefined;
    for (const m of missing) json[m] = input[m];
    return JSON.stringify(json);
}

/** The response members of a raw JSON body, as `[object, member, value]`. Pure. */
export function responseMembers(commandName: string, body: string): [string, string, unknown][] {
    const paths = WIRE_MEMBERS[commandName]?.response ?? [];
    if (!paths.length || !body) return [];
    const json = JSON.parse(body) as Record<string, Record<string, unknown> | undefined>;
    return paths.filter(([object, member]) => json[object]?.[member] !== undefined).map(([object, member]) => [object, member, json[object]![member]]);
}

async function readBody(body: unknown): Promise<Uint8Array> {
    if (body instanceof Uint8Array) return body;
    if (typeof body === "string") return new TextEncoder().encode(body);
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
        all.set(c, offset);
        offset += c.length;
    }
    return all;
}

/** Sets a request's body, with its content length. */
function setBody(request: HttpRequestLike, body: string): void {
    request.body = body;
    for (const name of Object.keys(request.headers)) {
        if (name.toLowerCase() === "content-length") request.headers[name] = String(Buffer.byteLength(body));
    }
}

/** The key under which the operation a command carries on the wire is named, for messages. */
const OPERATION_KEY = "cognitoWireOperation";
const ANSWER_KEY = "cognitoWireAnswer";

/** JSON as the Cognito protocol (JSON 1.1) writes it: blobs as base64, dates as epoch seconds. */
export function wireJson(input: Record<string, unknown>): string {
    return JSON.stringify(input, (_key, value: unknown) =>
        value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value instanceof Date ? value.getTime() / 1000 : value,
    );
}

/**
 * Makes `carrier`, a command of the SDK, carry another operation: its target header and its body become
 * `operation`'s and `input`'s (before signing), and its output becomes the JSON Cognito answers. For operations the
 * installed SDK does not model at all.
 */
export function onTheWire<C extends { middlewareStack: MiddlewareStackLike }>(carrier: C, operation: string, input: Record<string, unknown>): C {
    const stack = carrier.middlewareStack;
    stack.add(
        (next: (args: unknown) => Promise<{ output: Record<string, unknown> }>, context: Record<string, unknown>) => async (args: unknown) => {
            context[OPERATION_KEY] = operation;
            const result = await next(args);
            const answer = context[ANSWER_KEY] as Record<string, unknown> | undefined;
            return { ...result, output: { ...(answer ?? {}), $metadata: result.output.$metadata } };
        },
        { step: "initialize", priority: "high", name: "cognitoWireOperationOutput" },
    );
    stack.add(
        (next: (args: unknown) => Promise<unknown>) => async (args: { request: HttpRequestLike }) => {
            const request = args.request;
            for (const name of Object.keys(request.headers)) {
                if (name.toLowerCase() === "x-amz-target") request.headers[name] = `AWSCognitoIdentityProviderService.${operation}`;
            }
            setBody(request, wireJson(input));
            return next(args);
        },
        { step: "build", priority: "low", name: "cognitoWireOperationRequest" },
    );
    stack.add(
        (next: (args: unknown) => Promise<{ response: HttpResponseLike }>, context: Record<string, unknown>) => async (args: unknown) => {
            const result = await next(args);
            const response = result.response;
            const statusCode = response?.statusCode ?? 0;
            if (statusCode >= 200 && statusCode < 300 && response.body !== undefined) {
                const bytes = await readBody(response.body);
                response.body = bytes;
                const text = new TextDecoder().decode(bytes);
                context[ANSWER_KEY] = text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
            }
            return result;
        },
        { step: "deserialize", priority: "low", name: "cognitoWireOperationAnswer" },
    );
    return carrier;
}

/** The URL a request went to, for messages. */
function endpointOf(request: HttpRequestLike | undefined): string {
    if (!request?.hostname) return "the endpoint";
    return `${request.protocol ?? "https:"}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path ?? "/"}`;
}

/**
 * The answer checked before the SDK reads it: an answer that says it is not JSON and does not parse as JSON (an
 * endpoint that does not implement the operation, answering with an HTML page) becomes an error naming the
 * operation, the endpoint and what it answered, instead of the SDK's parse error.
 */
async function checkedAnswer(response: HttpResponseLike, request: HttpRequestLike | undefined, operation: string): Promise<void> {
    const contentType = Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === "content-type")?.[1];
    if (response.body === undefined || (contentType !== undefined && /json/i.test(contentType))) return;
    const bytes = await readBody(response.body);
    response.body = bytes;
    const text = new TextDecoder().decode(bytes);
    if (!text.trim()) return;
    try {
        JSON.parse(text);
    } catch {
        throw new EndpointAnswerError(operation, endpointOf(request), response.statusCode, contentType, text);
    }
}

/** Installs the middlewares on an SDK client's stack. */
export function carryWireMembers(stack: MiddlewareStackLike): void {
    // Build step: after serialization, before the content length and the signature are computed.
    stack.add(
        (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: Record<string, unknown>; request: HttpRequestLike }) => {
            const request = args.request;
            // The SDK serializes to a string or to the bytes of one.
            const text = typeof request?.body === "string" ? request.body : request?.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : undefined;
            if (context.commandName && text !== undefined) {
                const body = withRequestMembers(context.commandName, args.input, text);
                if (body !== undefined) setBody(request, body);
            }
            return next(args);
        },
        { step: "build", priority: "high", name: "cognitoWireMembersRequest" },
    );
    // Deserialize step, low priority: inside the SDK's deserializer, so this sees the raw response first.
    stack.add(
        (next: (args: unknown) => Promise<{ response: HttpResponseLike }>, context: Record<string, unknown> & { commandName?: string }) => async (args: unknown) => {
            const result = await next(args);
            const response = result.response;
            const statusCode = response?.statusCode ?? 0;
            if (context.commandName && WIRE_MEMBERS[context.commandName]?.response.length && statusCode >= 200 && statusCode < 300 && response.body !== undefined) {
                const bytes = await readBody(response.body);
                response.body = bytes; // the SDK's deserializer reads the same bytes
                context[CONTEXT_KEY] = responseMembers(context.commandName, new TextDecoder().decode(bytes));
            }
            return result;
        },
        { step: "deserialize", priority: "low", name: "cognitoWireMembersResponseRead" },
    );
    // Initialize step: outermost, so this sees the deserialized output and adds what the SDK dropped.
    stack.add(
        (next: (args: unknown) => Promise<{ output: Record<string, Record<string, unknown> | undefined> }>, context: Record<string, unknown>) => async (args: unknown) => {
            const result = await next(args);
            const members = context[CONTEXT_KEY] as [string, string, unknown][] | undefined;
            for (const [object, member, value] of members ?? []) {
                const target = result.output[object];
                if (target && target[member] === undefined) target[member] = value;
            }
            return result;
        },
        { step: "initialize", priority: "high", name: "cognitoWireMembersResponseAdd" },
    );
    // Deserialize step, low priority: the raw answer, before the SDK parses it.
    stack.add(
        (next: (args: unknown) => Promise<{ response: HttpResponseLike }>, context: Record<string, unknown> & { commandName?: string }) => async (args: { request?: HttpRequestLike }) => {
            const result = await next(args);
            const operation = (context[OPERATION_KEY] as string | undefined) ?? (context.commandName ?? "the operation").replace(/Command$/, "");
            if (result.response) await checkedAnswer(result.response, args.request, operation);
            return result;
        },
        { step: "deserialize", priority: "low", name: "cognitoAnswerCheck" },
    );
}
