/**
 * Secrets through the real engine. The client secret, generated or custom (a pulumi.secret input), never appears in
 * plaintext in the state files, `pulumi stack export`, `pulumi preview --diff`, `pulumi up`, `pulumi stack output`,
 * or the provider's error messages (a failed update, a failed import). No AWS credential is stored, whether the
 * credentials come from environment variables or from a shared credentials file and AWS_PROFILE.
 *
 * A header relay in front of the recording proxy captures the access key ID each request was signed with, so the
 * tests show which credential source the provider really used.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { FaultProxy, faults, startFaultProxy } from "../support/faultProxy";
import { motoEndpoint } from "../support/hooks";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";

/** Distinctive fake credentials, so a leak would be found by value. */
const ENV_CREDENTIALS = {
    AWS_ACCESS_KEY_ID: "AKIAENVSECRETSSPEC01",
    AWS_SECRET_ACCESS_KEY: "env/secret+access+key+of+the+secrets+spec",
    AWS_SESSION_TOKEN: "env-session-token-of-the-secrets-spec",
};
const PROFILE_CREDENTIALS = {
    aws_access_key_id: "AKIAPROFILESECRETS02",
    aws_secret_access_key: "profile/secret+access+key+of+the+secrets+spec",
    aws_session_token: "profile-session-token-of-the-secrets-spec",
};
const CUSTOM_SECRET = "CustomSecretValue0123456789abcdefXYZ";
const OTHER_CUSTOM_SECRET = "AnotherCustomSecret9876543210zyxwvu";

interface ClientSpec {
    args: Record<string, unknown>;
    import?: string;
    secretArgs?: string[];
}

/** Every file under a directory, concatenated. */
function readTree(dir: string): string {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => fs.readFileSync(path.join(e.parentPath ?? (e as any).path, e.name), "utf8"))
        .join("\n");
}

function expectNone(text: string, values: string[], where: string): void {
    for (const value of values) expect(text.includes(value), `${where} contains ${value.slice(0, 6)}...`).to.equal(false);
}

/** What the CLI printed, also when it failed. Only for commands that make no API call: the proxies run in this process. */
function cliOutput(s: LocalStack, ...args: string[]): { ok: boolean; text: string } {
    try {
        return { ok: true, text: s.cli(...args) };
    } catch (e: any) {
        return { ok: false, text: `${e.stdout ?? ""}\n${e.stderr ?? ""}\n${e.message}` };
    }
}

/** Runs `pulumi up` through the Automation API (the proxies in this process keep answering) and returns what it printed. */
async function upOutcome(s: LocalStack): Promise<{ ok: boolean; text: string }> {
    let text = "";
    try {
        await s.stack.up({ onOutput: (d) => (text += d) });
        return { ok: true, text };
    } catch (e) {
        return { ok: false, text: `${text}\n${(e as Error).message}` };
    }
}

/** An HTTP relay that records the signing access key ID and session token of each request, then forwards it. */
async function startHeaderRelay(target: string) {
    const url = new URL(target);
    const seen: { accessKeyId?: string; sessionToken?: string }[] = [];
    const server = http.createServer((req, res) => {
        const credential = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ""));
        seen.push({ accessKeyId: credential?.[1], sessionToken: req.headers["x-amz-security-token"] as string | undefined });
        const upstream = http.request({ hostname: url.hostname, port: url.port, method: req.method, path: req.url, headers: req.headers, agent: false }, (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
        });
        upstream.on("error", (e) => {
            res.writeHead(502);
            res.end(String(e));
        });
        req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    return {
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        seen,
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}

describe("secrets and credentials never appear in plaintext", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;
    let proxy: FaultProxy;
    let relay: Awaited<ReturnType<typeof startHeaderRelay>>;
    let userPoolId: string;

    before(async function () {
        sdk = directSdk();
        installPackedPackage();
        proxy = await startFaultProxy({ target: motoEndpoint() });
        relay = await startHeaderRelay(proxy.endpoint);
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "secrets");
        proxy.reset();
        relay.seen.length = 0;
    });
    after(async () => {
        await relay?.stop();
        await proxy?.stop();
    });

    /** The clients config is a secret config value, as a user keeps a custom secret: plain config is stored in state as it is. */
    const setClients = (s: LocalStack, clients: Record<string, ClientSpec>) => s.stack.setConfig("clients", { value: JSON.stringify(clients), secret: true });

    it("generated and custom secrets: encrypted in state, hidden in up, preview --diff, stack output, and in failed updates and imports", async () => {
        const s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "secrets"), relay.endpoint, {}, ENV_CREDENTIALS);
        const credentials = Object.values(ENV_CREDENTIALS);
        try {
            const gen = { name: "gen", userPoolId, generateSecret: true };
            const custom = { name: "custom", userPoolId, clientSecret: CUSTOM_SECRET };
            await setClients(s, { gen: { args: gen }, custom: { args: custom, secretArgs: ["clientSecret"] } });
            await s.stack.setConfig("secretOf", { value: "gen" });
            let upOutput = "";
            await s.stack.up({ onOutput: (d) => (upOutput += d) });

            // The credentials of the environment signed the requests.
            expect(relay.seen.length).to.be.greaterThan(0);
            expect(relay.seen.every((r) => r.accessKeyId === ENV_CREDENTIALS.AWS_ACCESS_KEY_ID && r.sessionToken === ENV_CREDENTIALS.AWS_SESSION_TOKEN), JSON.stringify(relay.seen)).to.equal(true);

            const outputs = await s.stack.outputs();
            expect(outputs.clientSecret, "the generated secret as a top-level output").to.deep.include({ secret: true });
            const genOut = outputs.clientOutputs.value.gen;
            const customOut = outputs.clientOutputs.value.custom;
            const generated = (await describeClient(sdk, userPoolId, genOut.id)).ClientSecret!;
            expect(generated).to.be.a("string").with.length.greaterThan(20);
            expect(genOut.clientSecret).to.equal(generated);
            expect(customOut.clientSecret).to.equal(CUSTOM_SECRET);
            expect(outputs.clientSecret.value).to.equal(generated);
            expect((await describeClient(sdk, userPoolId, customOut.id)).ClientSecret).to.equal(CUSTOM_SECRET);
            const secrets = [generated, CUSTOM_SECRET];

            expectNone(upOutput, secrets, "pulumi up output");

            // State: every file of the backend, and `pulumi stack export` without --show-secrets.
            const files = readTree(s.stateDir);
            expect(files, "the state files were read").to.include(genOut.id).and.to.include(customOut.id);
            const exported = s.cli("stack", "export");
            const resources = JSON.parse(exported).deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"));
            expect(resources).to.have.length(2);
            for (const r of resources) {
                expect(r.outputs.clientSecret, r.urn).to.have.property("ciphertext");
                expect(String(r.inputs.__provider ?? r.outputs.__provider), "the provider text is stored").to.include('"pulumi-cognito-user-pool-client/provider"');
            }
            const custom0 = resources.find((r: any) => r.urn.endsWith("::custom"));
            expect(custom0.inputs.clientSecret, "the custom secret input").to.have.property("ciphertext");
            expectNone(files + exported, [...secrets, ...credentials], "state");

            // `pulumi stack output`, plain and as JSON, without --show-secrets.
            for (const args of [["stack", "output"], ["stack", "output", "--json"], ["stack", "output", "clientOutputs"]]) {
                const text = s.cli(...args);
                expect(text, args.join(" ")).to.include("[secret]");
                expectNone(text, secrets, args.join(" "));
            }

            // preview --diff of an in-place change and of a rotation to a new custom secret (also in place).
            await setClients(s, {
                gen: { args: { ...gen, name: "gen-renamed" } },
                custom: { args: { ...custom, clientSecret: OTHER_CUSTOM_SECRET }, secretArgs: ["clientSecret"] },
            });
            const diff = cliOutput(s, "preview", "--diff", "--show-sames");
            expect(diff.ok, diff.text).to.equal(true);
            expect(diff.text, diff.text).to.match(/\(update\)\s+\[id=\w+\]\s+\[urn=[^\]]*::gen\]/).and.to.match(/\(update\)\s+\[id=\w+\]\s+\[urn=[^\]]*::custom\]/);
            expect(diff.text).to.include("[secret]");
            expectNone(diff.text, [...secrets, OTHER_CUSTOM_SECRET], "preview --diff");

            // A failed update: the provider's error message and what it writes, as the engine prints them. Not --debug
            // nor a verbose engine log (-v=3 --logtostderr): there the Pulumi Node.js SDK's own debug log prints
            // RegisterResource responses, secrets included (@pulumi/pulumi runtime/resource.js), whatever the provider does.
            await setClients(s, { gen: { args: { ...gen, name: "gen-renamed" } }, custom: { args: { ...custom, name: "custom-renamed" }, secretArgs: ["clientSecret"] } });
            proxy.inject("UpdateUserPoolClient", faults.error("InvalidParameterException", "injected failure of the secrets spec"), 2);
            const failed = await upOutcome(s);
            expect(failed.ok, failed.text).to.equal(false);
            expect(failed.text).to.include("InvalidParameterException: injected failure of the secrets spec");
            expect(proxy.callsOf("UpdateUserPoolClient").length).to.be.at.least(1);
            expectNone(failed.text, [...secrets, ...credentials], "the failed update's output");
            const updateBodies = JSON.stringify(proxy.callsOf("UpdateUserPoolClient").map((c) => c.body));
            expectNone(updateBodies, secrets, "UpdateUserPoolClient requests");

            // A failed import: the live client has a generated secret, the program a different name and a custom
            // secret. The name would be updated in place after the import; the custom secret needs a new client.
            const live = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "legacy", GenerateSecret: true }))).UserPoolClient!;
            await setClients(s, {
                gen: { args: gen },
                custom: { args: custom, secretArgs: ["clientSecret"] },
                legacy: { args: { name: "legacy-other", userPoolId, clientSecret: OTHER_CUSTOM_SECRET }, import: `${userPoolId}/${live.ClientId}`, secretArgs: ["clientSecret"] },
            });
            const imported = await upOutcome(s);
            expect(imported.ok, imported.text).to.equal(false);
            expect(imported.text).to.match(/the live client differs from the program in generateSecret, clientSecret, which no update can change/);
            expectNone(imported.text, [...secrets, live.ClientSecret!, OTHER_CUSTOM_SECRET, ...credentials], "the failed import's output");

            const after = readTree(s.stateDir) + s.cli("stack", "export");
            expectNone(after, [...secrets, live.ClientSecret!, OTHER_CUSTOM_SECRET, ...credentials], "state after the failures");
        } finally {
            await setClients(s, {}).catch(() => undefined);
            await s.stack.destroy().catch(() => undefined);
        }
        expect((await listClients(sdk, userPoolId)).map((c) => c.name)).to.deep.equal(["legacy"]);
    });

    it("credentials from a shared credentials file and AWS_PROFILE, with no key variables set, are used and never stored", async () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-spec-"));
        const credentialsFile = path.join(home, "credentials");
        fs.writeFileSync(credentialsFile, `[secrets-spec]\n${Object.entries(PROFILE_CREDENTIALS).map(([k, v]) => `${k} = ${v}`).join("\n")}\n`);
        // No key variables at all: an undefined value removes the variable from the child processes' environment.
        const unset = undefined as unknown as string;
        const s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "secrets-profile"), relay.endpoint, {}, {
            AWS_ACCESS_KEY_ID: unset,
            AWS_SECRET_ACCESS_KEY: unset,
            AWS_SESSION_TOKEN: unset,
            AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
            AWS_CONFIG_FILE: path.join(home, "config-absent"),
            AWS_PROFILE: "secrets-spec",
        });
        const saved = { id: process.env.AWS_ACCESS_KEY_ID, key: process.env.AWS_SECRET_ACCESS_KEY, token: process.env.AWS_SESSION_TOKEN };
        delete process.env.AWS_ACCESS_KEY_ID;
        delete process.env.AWS_SECRET_ACCESS_KEY;
        delete process.env.AWS_SESSION_TOKEN;
        const credentials = Object.values(PROFILE_CREDENTIALS);
        try {
            for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) expect(s.env[name], name).to.equal(undefined);
            await setClients(s, {
                gen: { args: { name: "gen", userPoolId, generateSecret: true } },
                custom: { args: { name: "custom", userPoolId, clientSecret: CUSTOM_SECRET }, secretArgs: ["clientSecret"] },
            });
            let upOutput = "";
            await s.stack.up({ onOutput: (d) => (upOutput += d) });
            expect(relay.seen.length).to.be.greaterThan(0);
            expect(relay.seen.every((r) => r.accessKeyId === PROFILE_CREDENTIALS.aws_access_key_id && r.sessionToken === PROFILE_CREDENTIALS.aws_session_token), JSON.stringify(relay.seen)).to.equal(true);
            expect(proxy.countsByOperation()).to.deep.equal({ CreateUserPoolClient: 2 });

            const outputs = await s.stack.outputs();
            const generated = (await describeClient(sdk, userPoolId, outputs.clientOutputs.value.gen.id)).ClientSecret!;
            const stored = readTree(s.stateDir) + s.cli("stack", "export");
            expect(stored).to.include(outputs.clientOutputs.value.gen.id);
            expectNone(stored, [...credentials, credentialsFile, generated, CUSTOM_SECRET], "state");
            expectNone(upOutput, [...credentials, generated, CUSTOM_SECRET], "pulumi up output");
            await s.stack.destroy();
            expect(await listClients(sdk, userPoolId)).to.have.length(0);
        } finally {
            if (saved.id !== undefined) process.env.AWS_ACCESS_KEY_ID = saved.id;
            if (saved.key !== undefined) process.env.AWS_SECRET_ACCESS_KEY = saved.key;
            if (saved.token !== undefined) process.env.AWS_SESSION_TOKEN = saved.token;
            await s.stack.destroy().catch(() => undefined);
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});
