import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import type * as resourceModule from "../../provider/resource";
import { serializedProvider } from "../../provider/serialized";

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

    it("passes the arguments and the serialized provider as a string in __provider", async () => {
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
        expect(inputs.__provider).to.be.a("string");
        expect(inputs.__provider).to.include('"pulumi-cognito-user-pool-client/provider"');
        expect(inputs).not.to.have.property("importId");
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

    it("adds clientSecret to additionalSecretOutputs the program gives", async () => {
        const { registration } = await register("more-secrets", { userPoolId: POOL }, { additionalSecretOutputs: ["callbackUrls"] });
        expect(registration.request.getAdditionalsecretoutputsList()).to.have.members(["callbackUrls", "clientSecret"]);
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
        expect(registration.args.inputs.__provider).to.be.a("string");
        expect(pulumi.Output.isInstance(client.clientSecret)).to.equal(true);
    });
});

describe("serialized provider", () => {
    const CREDENTIALS = {
        AWS_ACCESS_KEY_ID: "AKIAUNITTESTDISTINCT7",
        AWS_SECRET_ACCESS_KEY: "unitTestDistinctSecretAccessKey/abcXYZ0123",
        AWS_SESSION_TOKEN: "unitTestDistinctSessionTokenQQQQ0123456789",
    };
    let saved: Record<string, string | undefined>;
    let serialized: pulumi.runtime.SerializedFunction;

    before(async () => {
        saved = Object.fromEntries(Object.keys(CREDENTIALS).map((k) => [k, process.env[k]]));
        Object.assign(process.env, CREDENTIALS);
        serialized = await pulumi.runtime.serializeFunction(() => serializedProvider, { allowSecrets: true });
    });

    after(() => {
        for (const [key, value] of Object.entries(saved)) {
            if (value === undefined) delete process.env[key];
            else process.env[key] = value;
        }
    });

    it("contains no secrets", () => {
        expect(serialized.containsSecrets).to.equal(false);
    });

    it("is smaller than 4096 bytes", () => {
        const size = Buffer.byteLength(serialized.text, "utf8");
        console.log(`      serialized provider: ${size} bytes`);
        expect(size).to.be.lessThan(4096);
    });

    it("loads the installed package by name and never a build path", () => {
        expect(serialized.text).to.include('"pulumi-cognito-user-pool-client/provider"');
        expect(serialized.text).not.to.include("dist/");
        expect(serialized.text).not.to.include("build/");
        expect(serialized.text).not.to.include(process.cwd());
    });

    it("captures no AWS credentials from the environment", () => {
        for (const [key, value] of Object.entries(CREDENTIALS)) {
            expect(serialized.text, key).not.to.include(value);
        }
        expect(serialized.text).not.to.include("AWS_SECRET_ACCESS_KEY");
    });

    it("captures no loaded implementation", () => {
        expect(serializedProvider.impl).to.equal(undefined);
        expect(serialized.text).not.to.include("UserPoolClientApi");
        expect(serialized.text).not.to.include("CognitoIdentityProvider");
    });
});
