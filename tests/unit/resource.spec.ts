import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UserPoolClientProvider } from "../../provider/provider";
import type * as resourceModule from "../../provider/resource";
import { PROVIDER_MODULE, PROVIDER_TEXT, USER_POOL_CLIENT_TYPE } from "../../provider/serialized";
import { RELEASE_0_1_0_PROVIDER_TEXT } from "../support/legacyProvider";

const TYPE = "pulumi-nodejs:dynamic/cognito:UserPoolClient";
const POOL = "us-east-1_AbC123";

/** Every output of a UserPoolClient, as the provider stores them. */
const OUTPUTS = [
    "name", "userPoolId", "generateSecret", "clientSecret", "explicitAuthFlows", "allowedOauthFlows",
    "allowedOauthFlowsUserPoolClient", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls",
    "readAttributes", "writeAttributes", "refreshTokenValidity", "accessTokenValidity", "idTokenValidity",
    "tokenValidityUnits", "supportedIdentityProviders", "preventUserExistenceErrors", "enableTokenRevocation",
    "enablePropagateAdditionalUserContextData", "authSessionValidity", "analyticsConfiguration",
    "refreshTokenRotation", "region", "clientId", "creationDate", "lastModifiedDate",
];

/** What the mock monitor received for one resource: the mock's view and the raw wire request. */
interface Registration {
    args: pulumi.runtime.MockResourceArgs;
    /** The RegisterResourceRequest or ReadResourceRequest protobuf message. */
    request: any;
    kind: "register" | "read";
}

const promiseOf = <T>(output: pulumi.Output<T>): Promise<T> => new Promise((resolve) => output.apply(resolve));

describe("UserPoolClient resource (under pulumi.runtime.setMocks)", function () {
    this.timeout(20_000);
    const registrations: Registration[] = [];
    /** Raw requests by resource name, until the mock sees them. */
    const wire = new Map<string, { kind: "register" | "read"; request: any }>();
    let UserPoolClient: typeof resourceModule.UserPoolClient;
    let clientNameFromResourceName: typeof resourceModule.clientNameFromResourceName;

    before(async () => {
        await pulumi.runtime.setMocks(
            {
                newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
                    const raw = wire.get(args.name);
                    wire.delete(args.name);
                    registrations.push({ args, request: raw?.request, kind: raw?.kind ?? "register" });
                    const id = args.id || `${args.name}-client-id`;
                    return { id, state: { ...args.inputs, clientId: id, clientSecret: "mockedSecretValue0123456789" } };
                },
                call(args: pulumi.runtime.MockCallArgs) {
                    return args.inputs;
                },
            },
            "project",
            "stack",
            false,
        );
        // The raw requests, to see what the mock's arguments leave out (additionalSecretOutputs).
        const monitor = (pulumi.runtime as any).getMonitor();
        const register = monitor.registerResource.bind(monitor);
        const read = monitor.readResource.bind(monitor);
        monitor.registerResource = (request: any, callback: any) => {
            wire.set(request.getName(), { kind: "register", request });
            return register(request, callback);
        };
        monitor.readResource = (request: any, callback: any) => {
            wire.set(request.getName(), { kind: "read", request });
            return read(request, callback);
        };
        // Mocks first, then the module that defines the resource.
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        ({ UserPoolClient, clientNameFromResourceName } = require("../../provider/resource") as typeof resourceModule);
    });

    after(() => {
        // Leave no mock monitor behind for other spec files in this process.
        pulumi.runtime.resetOptions("", "", -1, "", "", false, "");
    });

    beforeEach(() => {
        registrations.length = 0;
        wire.clear();
    });

    /** Creates a client and waits until the mock monitor has seen it. */
    async function register(name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) {
        const client = new UserPoolClient(name, args as any, opts);
        await promiseOf(client.urn);
        await promiseOf(client.id);
        const registration = registrations.find((r) => r.args.name === name);
        expect(registration, `no registration for ${name}`).not.to.equal(undefined);
        return { client, registration: registration! };
    }

    it("registers the type token pulumi-nodejs:dynamic/cognito:UserPoolClient as a custom resource", async () => {
        const { registration } = await register("typed", { userPoolId: POOL });
        expect(registration.args.type).to.equal(TYPE);
        expect(registration.args.custom).to.equal(true);
        expect(registration.request.getType()).to.equal(TYPE);
    });

    it("is the type pulumi.dynamic.Resource gives module cognito, type UserPoolClient, so stored URNs stay valid", async () => {
        class Same extends pulumi.dynamic.Resource {
            constructor(name: string) {
                super({ async create() { return { id: "x" }; } }, name, {}, undefined, "cognito", "UserPoolClient");
            }
        }
        await promiseOf(new Same("made-by-dynamic-resource").urn);
        const { registration } = await register("made-by-user-pool-client", { userPoolId: POOL });
        const made = registrations.find((r) => r.args.name === "made-by-dynamic-resource");
        expect(made?.args.type).to.equal(TYPE);
        expect(registration.args.type).to.equal(made?.args.type);
        expect(USER_POOL_CLIENT_TYPE).to.equal(TYPE);
    });

    it("is a pulumi.dynamic.Resource and a pulumi.CustomResource", async () => {
        const { client } = await register("instance", { userPoolId: POOL });
        expect(client).to.be.instanceOf(pulumi.dynamic.Resource);
        expect(client).to.be.instanceOf(pulumi.CustomResource);
        expect(pulumi.CustomResource.isInstance(client)).to.equal(true);
    });

    it("passes the arguments and the constant provider text in __provider", async () => {
        const { registration } = await register("inputs", {
            userPoolId: POOL,
            name: "explicit name",
            callbackUrls: ["https://app.example/cb"],
            allowedOauthFlowsUserPoolClient: true,
            refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 },
        });
        const inputs = registration.args.inputs;
        expect(inputs.userPoolId).to.equal(POOL);
        expect(inputs.name).to.equal("explicit name");
        expect(inputs.callbackUrls).to.deep.equal(["https://app.example/cb"]);
        expect(inputs.allowedOauthFlowsUserPoolClient).to.equal(true);
        expect(inputs.refreshTokenRotation).to.deep.equal({ feature: "ENABLED", retryGracePeriodSeconds: 10 });
        expect(inputs.__provider).to.equal(PROVIDER_TEXT);
        expect(inputs).not.to.have.property("importId");
    });

    it("sends the engine only the arguments given, the name and __provider: the seeded outputs are not stored", async () => {
        const { registration } = await register("lean", { userPoolId: POOL, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
        const sent = registration.request.getObject().toJavaScript();
        expect(Object.keys(sent)).to.have.members(["__provider", "explicitAuthFlows", "name", "userPoolId"]);
        expect(sent.__provider).to.equal(PROVIDER_TEXT);
    });

    it("accepts Outputs as arguments", async () => {
        const { registration } = await register("outputs-in", { userPoolId: pulumi.output(POOL), callbackUrls: [pulumi.output("https://app.example/cb")] });
        expect(registration.args.inputs.userPoolId).to.equal(POOL);
        expect(registration.args.inputs.callbackUrls).to.deep.equal(["https://app.example/cb"]);
    });

    const names: [string, string][] = [
        ["my:client/1", "my-client-1"],
        ["web-app", "web-app"],
        ["with space_and+=,.@-", "with space_and+=,.@-"],
        ["ユーザー", "----"],
        ["no\u00a0break space", "no-break space"],
        ["x".repeat(200), "x".repeat(128)],
    ];
    for (const [resourceName, clientName] of names) {
        it(`names the client ${JSON.stringify(clientName.length > 20 ? clientName.slice(0, 10) + "…" : clientName)} after the resource ${JSON.stringify(resourceName.length > 20 ? resourceName.slice(0, 10) + "…" : resourceName)} when name is omitted`, async () => {
            const { registration } = await register(resourceName, { userPoolId: POOL });
            expect(registration.args.inputs.name).to.equal(clientName);
        });
    }

    it("falls back to \"client\" for an empty sanitized name", () => {
        expect(clientNameFromResourceName("")).to.equal("client");
    });

    it("keeps an explicit name", async () => {
        const { registration } = await register("resource-name", { userPoolId: POOL, name: "Client Name" });
        expect(registration.args.inputs.name).to.equal("Client Name");
    });

    it("hands the import option to the provider as importId, not to the engine, and leaves name unset", async () => {
        const importId = `${POOL}/1example23456789`;
        const { registration } = await register("adopted", { userPoolId: POOL }, { import: importId });
        expect(registration.kind).to.equal("register");
        expect(registration.args.id ?? "").to.equal("");
        expect(registration.request.getImportid()).to.equal("");
        expect(registration.args.inputs.importId).to.equal(importId);
        expect(registration.args.inputs).not.to.have.property("name");
    });

    it("keeps an explicit name when importing", async () => {
        const { registration } = await register("adopted-named", { userPoolId: POOL, name: "live-name" }, { import: `${POOL}/abc` });
        expect(registration.args.inputs.name).to.equal("live-name");
        expect(registration.args.inputs.importId).to.equal(`${POOL}/abc`);
    });

    it("asks the engine to keep clientSecret secret (additionalSecretOutputs on the wire)", async () => {
        // MockResourceArgs does not expose the option; the RegisterResourceRequest the monitor receives does.
        const { registration } = await register("secretive", { userPoolId: POOL, generateSecret: true });
        expect(registration.request.getAdditionalsecretoutputsList()).to.include("clientSecret");
    });

    it("adds clientSecret and previousClientSecret to additionalSecretOutputs the program gives", async () => {
        const { registration } = await register("more-secrets", { userPoolId: POOL }, { additionalSecretOutputs: ["callbackUrls"] });
        expect(registration.request.getAdditionalsecretoutputsList()).to.have.members(["callbackUrls", "clientSecret", "previousClientSecret"]);
    });

    it("shows additionalSecretOutputs with clientSecret to a resource transformation", async () => {
        let seen: pulumi.ResourceOptions | undefined;
        await register("transformed", { userPoolId: POOL }, {
            transformations: [(a) => {
                seen = a.opts;
                return undefined;
            }],
        });
        expect((seen as pulumi.CustomResourceOptions | undefined)?.additionalSecretOutputs).to.include("clientSecret");
    });

    it("exposes every output as a property of the instance", async () => {
        const { client } = await register("props", { userPoolId: POOL });
        for (const key of OUTPUTS) {
            expect(pulumi.Output.isInstance((client as any)[key]), key).to.equal(true);
        }
        expect(await promiseOf(client.clientId)).to.equal("props-client-id");
        expect(await promiseOf(client.userPoolId)).to.equal(POOL);
        expect(await promiseOf(client.name)).to.equal("props");
        expect(await promiseOf(client.clientSecret)).to.equal("mockedSecretValue0123456789");
    });

    it("UserPoolClient.get reads the client by its composite ID", async () => {
        const client = UserPoolClient.get("existing", "pool_1/abc");
        await promiseOf(client.urn);
        const registration = registrations.find((r) => r.args.name === "existing")!;
        expect(registration.kind).to.equal("read");
        expect(registration.args.type).to.equal(TYPE);
        expect(registration.args.id).to.equal("pool_1/abc");
        expect(registration.request.getId()).to.equal("pool_1/abc");
        // A read sends no arguments: no auto-name, no import.
        expect(registration.args.inputs).not.to.have.property("name");
        expect(registration.args.inputs).not.to.have.property("importId");
        expect(registration.args.inputs.__provider).to.equal(PROVIDER_TEXT);
        expect(pulumi.Output.isInstance(client.clientSecret)).to.equal(true);
    });
});

/**
 * The contract with the dynamic-provider host of @pulumi/pulumi (cmd/dynamic-provider): it loads the text stored in
 * `__provider` as a module with require-from-string, in its own process whose working directory is the program
 * directory, calls the exported `handler()` once per distinct text, and calls `configure` on what it returns
 * before any other method. These tests load the exact texts the same way, from a program directory whose
 * node_modules holds the package (its package.json, with this build behind the `./provider` subpath).
 */
describe("provider text (the __provider the engine stores)", () => {
    const ROOT = path.resolve(__dirname, "..", "..", "..");
    const PULUMI_DIR = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const HOST = path.join(PULUMI_DIR, "cmd", "dynamic-provider", "index.js");
    // The host's own module loader and config class.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const requireFromString: (code: string) => any = require(require.resolve("require-from-string", { paths: [PULUMI_DIR] }));
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Config } = require(path.join(PULUMI_DIR, "cmd", "dynamic-provider", "config.js"));
    let program: string;
    let empty: string;

    before(() => {
        // A program directory with the package installed: the real package.json (and its exports map), and the
        // file the `./provider` subpath names forwarding to this build of provider/provider.ts.
        program = fs.mkdtempSync(path.join(os.tmpdir(), "provider-text-program-"));
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
        const installed = path.join(program, "node_modules", ...pkg.name.split("/"));
        const target: string = pkg.exports["./provider"].default;
        fs.mkdirSync(path.dirname(path.join(installed, target)), { recursive: true });
        fs.writeFileSync(path.join(installed, "package.json"), JSON.stringify(pkg));
        fs.writeFileSync(path.join(installed, target), `module.exports = require(${JSON.stringify(require.resolve("../../provider/provider"))});\n`);
        fs.writeFileSync(path.join(program, "package.json"), JSON.stringify({ name: "program", dependencies: { [pkg.name]: pkg.version } }));
        empty = fs.mkdtempSync(path.join(os.tmpdir(), "provider-text-empty-"));
    });

    after(() => {
        fs.rmSync(program, { recursive: true, force: true });
        fs.rmSync(empty, { recursive: true, force: true });
    });

    /** Runs `f` with the working directory the host has: the program directory. */
    async function inDirectory<T>(dir: string, f: () => Promise<T> | T): Promise<T> {
        const saved = process.cwd();
        process.chdir(dir);
        try {
            return await f();
        } finally {
            process.chdir(saved);
        }
    }

    /** What the host does with a text before the first call: load it, call handler(), configure the result. */
    async function loadAsHost(text: string, region: string): Promise<pulumi.dynamic.ResourceProvider> {
        const provider = requireFromString(text).handler();
        await provider.configure({ config: new Config({ "aws:region": region }, "project") });
        return provider;
    }

    it("is at most 300 bytes, one line", () => {
        const size = Buffer.byteLength(PROVIDER_TEXT, "utf8");
        console.log(`      provider text: ${size} bytes`);
        expect(size).to.be.at.most(300);
        expect(PROVIDER_TEXT).not.to.include("\n");
    });

    it("the host still loads __provider with require-from-string and calls handler(); configure once per text", () => {
        const host = fs.readFileSync(HOST, "utf8");
        expect(host).to.include('const providerKey = "__provider";');
        expect(host).to.include("requireFromString(providerString).handler()");
        expect(host).to.match(/providerCache\[providerString\] = provider;\s*if \(provider\.configure\)/);
    });

    for (const [label, text] of [["this version's text", PROVIDER_TEXT], ["0.1.0's serialized stub (stacks it wrote)", RELEASE_0_1_0_PROVIDER_TEXT]] as const) {
        it(`${label}, loaded as the host loads it, yields a configured UserPoolClientProvider of the installed package`, async () => {
            await inDirectory(program, async () => {
                const provider = await loadAsHost(text, "us-east-1");
                for (const method of ["configure", "check", "diff", "create", "read", "update", "delete"] as const) {
                    expect(provider[method], method).to.be.a("function");
                }
                const impl = text === PROVIDER_TEXT ? provider : (provider as any).impl;
                expect(impl).to.be.instanceOf(UserPoolClientProvider);

                const checked = await provider.check!({}, { __provider: text, name: "web", userPoolId: POOL });
                expect(checked.failures).to.deep.equal([]);
                expect(checked.inputs).to.deep.equal({ name: "web", userPoolId: POOL });
                const invalid = await provider.check!({}, { __provider: text, name: "web", userPoolId: POOL, authSessionValidity: 16 });
                expect(invalid.failures?.map((f) => f.property)).to.include("authSessionValidity");

                // Stored outputs with the other text: the provider text is never a change.
                const stored = { __provider: text === PROVIDER_TEXT ? RELEASE_0_1_0_PROVIDER_TEXT : PROVIDER_TEXT, name: "web", userPoolId: POOL, region: "us-east-1", clientId: "abc" };
                expect(await provider.diff!("abc", stored, { __provider: text, name: "web", userPoolId: POOL })).to.include({ changes: false });
                // configure reached the provider: the stack's region is the default a stored region is compared with.
                const elsewhere = await loadAsHost(text.replace("exports.handler", "exports.other=1;exports.handler"), "eu-west-1");
                expect(await elsewhere.diff!("abc", stored, { __provider: text, name: "web", userPoolId: POOL })).to.include({ changes: true });
            });
        });
    }

    it("resolves the package from the working directory (the program), not from where the text came from", async () => {
        await inDirectory(empty, () => {
            expect(() => requireFromString(PROVIDER_TEXT).handler()).to.throw(`Cannot find module '${PROVIDER_MODULE}'`);
        });
    });

    it("loads the package's ./provider subpath, which is the compiled provider/provider.ts", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
        const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
        expect(PROVIDER_MODULE).to.equal(`${pkg.name}/provider`);
        expect(pkg.exports["./provider"].default).to.equal(`./${tsconfig.compilerOptions.outDir}/provider.js`);
        expect(tsconfig.compilerOptions.rootDir).to.equal("provider");
        expect(pkg.files).to.include(`${tsconfig.compilerOptions.outDir}/`);
    });

    it("captures nothing: no credential, configuration, path or implementation", () => {
        // A constant of the source, not built from the environment; the stored inputs of a resource hold it as is.
        for (const word of ["AWS_", "process.env", "aws:region", "dist/", "build/", ROOT, os.tmpdir(), "UserPoolClientApi", "CognitoIdentityProvider"]) {
            expect(PROVIDER_TEXT, word).not.to.include(word);
        }
    });
});
