/**
 * Members of the Cognito API that the service model has and the installed AWS SDK for JavaScript does not model
 * yet. The SDK's serializer drops request members it does not know and its deserializer drops such response
 * members, so two middlewares carry them on the wire: one adds the request members to the serialized JSON body
 * (before signing), one reads the response members from the raw body and puts them on the command's output.
 *
 * Each entry can go once the SDK models its members: both middlewares leave a member alone when the SDK already
 * carries it, so a newer SDK changes nothing here.
 */
import type { CreateUserPoolClientRequest, UpdateUserPoolClientRequest, UserPoolClientType } from "@aws-sdk/client-cognito-identity-provider";

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
}
interface HttpResponseLike {
    statusCode?: number;
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

/** Installs the two middlewares on an SDK client's stack. */
export function carryWireMembers(stack: MiddlewareStackLike): void {
    // Build step: after serialization, before the content length and the signature are computed.
    stack.add(
        (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: Record<string, unknown>; request: HttpRequestLike }) => {
            const request = args.request;
            // The SDK serializes to a string or to the bytes of one.
            const text = typeof request?.body === "string" ? request.body : request?.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : undefined;
            if (context.commandName && text !== undefined) {
                const body = withRequestMembers(context.commandName, args.input, text);
                if (body !== undefined) {
                    request.body = body;
                    for (const name of Object.keys(request.headers)) {
                        if (name.toLowerCase() === "content-length") request.headers[name] = String(Buffer.byteLength(body));
                    }
                }
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
}
