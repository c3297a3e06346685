/**
 * The transport's generic send: on the wire for an operation the installed SDK does not model (AWS adds operations
 * before the SDK does; here an operation no SDK will model stands for them), and through the SDK's command for one it
 * does (the CIMD policy operations, which the SDK models since 3.1178.0). A local HTTP server stands in for Cognito and
 * records what arrives. The request must carry the operation's target, its JSON body (blobs as base64) and the SDK's
 * signature; the answer's JSON is the result; Cognito's error shape is an error by name, and ResourceNotFoundException
 * can read as absent.
 */
import { expect } from "chai";
import * as http from "http";
import { AddressInfo } from "net";
import { UserPoolClientApi } from "../../provider/aws";
import { CognitoApiError } from "../../provider/errors";
import { createCimdPolicy, describeClientCimdPolicies } from "../../provider/settings/cimdPolicies";
import { CIMD_OPERATIONS } from "../../provider/settings/cimdPolicies/operations";
import * as cognitoSdk from "@aws-sdk/client-cognito-identity-provider";

/** Operations of a future model, which no SDK has: they can only go on the wire. */
const FUTURE = { create: "CreateFutureWidget", describe: "DescribeFutureWidget", list: "ListFutureWidgets" };

interface Arrived {
    target?: string;
    authorization?: string;
    body: unknown;
}

describe("the transport: an operation the SDK does not model, sent on the wire; one it models, by its command", () => {
    let server: http.Server;
    let endpoint: string;
    const arrived: Arrived[] = [];
    let answer: { status: number; body: unknown } = { status: 200, body: {} };
    /** Answers given in turn before `answer`, one per request. */
    const queued: { status: number; body: unknown }[] = [];
    const saved: Record<string, string | undefined> = {};
    const ENV = {
        AWS_ACCESS_KEY_ID: "AKIAWIRETEST000000000",
        AWS_SECRET_ACCESS_KEY: "wire-test-secret",
        AWS_REGION: "us-east-1",
    };

    before(async () => {
        server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                arrived.push({ target: req.headers["x-amz-target"] as string, authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") });
                const next = queued.shift() ?? answer;
                res.writeHead(next.status, { "content-type": "application/x-amz-json-1.1" });
                res.end(JSON.stringify(next.body));
            });
        });
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        for (const key of [...Object.keys(ENV), "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_SESSION_TOKEN"]) saved[key] = process.env[key];
        Object.assign(process.env, ENV, { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint });
        delete process.env.AWS_SESSION_TOKEN;
    });
    after(async () => {
        for (const [key, value] of Object.entries(saved)) {
            if (value === undefined) delete process.env[key];
            else process.env[key] = value;
        }
        await new Promise((resolve) => server.close(resolve));
    });
    beforeEach(() => {
        arrived.length = 0;
        queued.length = 0;
    });

    const api = () => new UserPoolClientApi({ region: "us-east-1", retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });

    it("sends the operation's target, its JSON body and a signature, and returns the answer's JSON", async () => {
        answer = { status: 200, body: { Widgets: [{ WidgetId: "w-1", Name: "agents" }], NextToken: "t" } };
        const result = await api().request<{ Widgets: unknown[]; NextToken: string }>(FUTURE.list, { UserPoolId: "us-east-1_AbC123", ClientId: "client1", MaxResults: 10 }, { action: "listing the widgets of", target: "us-east-1_AbC123/client1" });
        expect(arrived).to.have.length(1);
        expect(arrived[0].target).to.equal(`AWSCognitoIdentityProviderService.${FUTURE.list}`);
        expect(arrived[0].body).to.deep.equal({ UserPoolId: "us-east-1_AbC123", ClientId: "client1", MaxResults: 10 });
        expect(arrived[0].authorization).to.match(/^AWS4-HMAC-SHA256 Credential=AKIAWIRETEST000000000\/\d{8}\/us-east-1\/cognito-idp\/aws4_request/);
        expect(result.Widgets).to.deep.equal([{ WidgetId: "w-1", Name: "agents" }]);
        expect(result.NextToken).to.equal("t");
    });

    it("writes blobs as base64, as the JSON protocol does", async () => {
        answer = { status: 200, body: {} };
        await api().request(FUTURE.create, { Bytes: new Uint8Array([1, 2, 3, 250]) }, { action: "creating", target: "x" });
        expect(arrived[0].target).to.equal(`AWSCognitoIdentityProviderService.${FUTURE.create}`);
        expect(arrived[0].authorization, "signed by the SDK").to.match(/^AWS4-HMAC-SHA256 Credential=AKIAWIRETEST000000000\//);
        expect(arrived[0].body).to.deep.equal({ Bytes: Buffer.from([1, 2, 3, 250]).toString("base64") });
    });

    it("fails with Cognito's error by name, in the one error form", async () => {
        answer = { status: 400, body: { __type: "InvalidParameterException", message: "1 validation error detected" } };
        const error = await api().request(FUTURE.create, { UserPoolId: "us-east-1_AbC123" }, { action: "creating the widget of", target: "us-east-1_AbC123/client1" }).then(() => undefined, (e: unknown) => e);
        expect(error).to.be.instanceOf(CognitoApiError);
        expect((error as CognitoApiError).awsErrorName).to.equal("InvalidParameterException");
        expect((error as Error).message).to.equal("creating the widget of Cognito user pool client (us-east-1_AbC123/client1): InvalidParameterException: 1 validation error detected");
    });

    it("reads ResourceNotFoundException as absent when asked to", async () => {
        answer = { status: 400, body: { __type: "ResourceNotFoundException", message: "no such policy" } };
        const result = await api().request(FUTURE.describe, { UserPoolId: "us-east-1_AbC123", WidgetId: "w-9" }, { action: "reading", target: "x", notFound: "absent" });
        expect(result).to.equal(undefined);
    });

    it("the CIMD setting reads every page of ListCIMDPolicies, keeps the client's policies only, and describes each", async () => {
        const summary = (id: string, clientId?: string) => ({ CIMDPolicyId: id, PolicyName: id, CacheDuration: 86400, CreationDate: 1767225600.5, ...(clientId ? { ClientId: clientId } : {}) });
        queued.push(
            { status: 200, body: { CIMDPolicies: [summary("a", "client1"), summary("b", "other")], NextToken: "page2" } },
            { status: 200, body: { CIMDPolicies: [summary("c"), summary("d", "client1")] } },
            { status: 200, body: { CIMDPolicy: { ...summary("a", "client1"), URLPatterns: ["https://a.example/*"] } } },
            { status: 200, body: { CIMDPolicy: { ...summary("d", "client1"), URLPatterns: ["https://d.example/*"], CacheDuration: 172800 } } },
        );
        const policies = await describeClientCimdPolicies(api(), "us-east-1_AbC123", "client1");
        expect(arrived.map((a) => [a.target!.split(".")[1], a.body])).to.deep.equal([
            ["ListCIMDPolicies", { UserPoolId: "us-east-1_AbC123", MaxResults: 60 }],
            ["ListCIMDPolicies", { UserPoolId: "us-east-1_AbC123", MaxResults: 60, NextToken: "page2" }],
            ["DescribeCIMDPolicy", { UserPoolId: "us-east-1_AbC123", CIMDPolicyId: "a" }],
            ["DescribeCIMDPolicy", { UserPoolId: "us-east-1_AbC123", CIMDPolicyId: "d" }],
        ]);
        expect(policies).to.deep.equal([
            { id: "a", clientId: "client1", policyName: "a", urlPatterns: ["https://a.example/*"], cacheDuration: 86400 },
            { id: "d", clientId: "client1", policyName: "d", urlPatterns: ["https://d.example/*"], cacheDuration: 172800 },
        ]);
    });

    it("a CIMD create whose answer is lost finds the policy it made by name instead of making a second", async () => {
        queued.push(
            { status: 500, body: { __type: "InternalErrorException", message: "lost" } },
            { status: 200, body: { CIMDPolicies: [{ CIMDPolicyId: "made1", ClientId: "client1", PolicyName: "agents", CacheDuration: 86400 }] } },
        );
        const made = await createCimdPolicy(api(), "us-east-1_AbC123", "client1", { policyName: "agents", urlPatterns: ["https://agents.example/*"], cacheDuration: 86400 });
        expect(arrived.map((a) => a.target!.split(".")[1])).to.deep.equal(["CreateCIMDPolicy", "ListCIMDPolicies"]);
        expect(made).to.include({ id: "made1", policyName: "agents" });
        expect(made.urlPatterns).to.deep.equal(["https://agents.example/*"]);
    });

    it("the installed SDK models every CIMD operation, so they go through its commands; the future operation it does not", () => {
        const commands = cognitoSdk as unknown as Record<string, unknown>;
        for (const operation of CIMD_OPERATIONS) expect(commands[`${operation}Command`], operation).to.be.a("function");
        expect(commands[`${FUTURE.create}Command`]).to.equal(undefined);
    });

    it("sends an operation the SDK models through its own command, with the same target", async () => {
        answer = { status: 200, body: { SSOSession: { MaxValidityMinutes: 90 } } };
        const result = await api().request<{ SSOSession?: { MaxValidityMinutes?: number } }>("GetUserPoolClientSessionConfiguration", { UserPoolId: "us-east-1_AbC123", ClientId: "client1" }, { action: "reading", target: "x" });
        expect(arrived[0].target).to.equal("AWSCognitoIdentityProviderService.GetUserPoolClientSessionConfiguration");
        expect(result.SSOSession?.MaxValidityMinutes).to.equal(90);
    });
});
