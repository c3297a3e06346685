/**
 * The provider plugin over gRPC, as the engine drives it, against the local Cognito API: the executable is started,
 * and each test sends what the engine sends for what a user does (up, preview --diff, import, refresh, a custom
 * timeout, Ctrl-C). The engine itself drives it in tests/e2e/plugin*.spec.ts.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import type * as grpc from "@grpc/grpc-js";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import * as statusProto from "@pulumi/pulumi/proto/status_pb";
import { SECRET_SIGNATURE, SIGNATURE_KEY } from "../../provider/plugin/wire";
import { createUserPool, deleteUserPool, describeClient, directSdk, listClients, useFaultProxy } from "../support/cognito";
import { faults } from "../support/faultProxy";
import { localCognitoMode } from "../support/moto";
import { RunningPlugin, plain, requests, startPlugin } from "../support/plugin";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const secret = (value: unknown) => ({ [SIGNATURE_KEY]: SECRET_SIGNATURE, value });
const KIND = providerProto.PropertyDiff.Kind;

describe("integration: the provider plugin over gRPC", function () {
    const proxy = useFaultProxy();
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;
    let plugin: RunningPlugin;

    before(async function () {
        // Secrets (ListUserPoolClientSecrets) are read on every create; plain moto lacks them.
        if (localCognitoMode() === "plain") this.skip();
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "plugin", { sessionTracking: true });
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });
    beforeEach(async () => {
        plugin = await startPlugin({ ...process.env });
        await plugin.call("configure", requests.configure({}));
    });
    afterEach(async () => plugin?.stop());

    /** check then create, as `pulumi up` does for a new resource. */
    async function up(name: string, args: Record<string, unknown>) {
        const checked = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check(name, { userPoolId, ...args }));
        expect(checked.getFailuresList().map((f) => f.getReason())).to.deep.equal([]);
        const created = await plugin.call<providerProto.CreateRequest, providerProto.CreateResponse>("create", requests.create(name, plain(checked.getInputs())!));
        return { id: created.getId(), inputs: plain(checked.getInputs())!, outputs: plain(created.getProperties())! };
    }

    it("serves the committed schema, at the package's version", async () => {
        const response = await plugin.call<providerProto.GetSchemaRequest, providerProto.GetSchemaResponse>("getSchema", requests.schema());
        const served = JSON.parse(response.getSchema());
        const committed = JSON.parse(fs.readFileSync(path.join(ROOT, "provider", "plugin", "schema.json"), "utf8"));
        const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
        expect(served).to.deep.equal({ ...committed, version });
    });

    it("check names the resource's client after it, and returns every failure at once before any call", async () => {
        proxy().reset();
        const named = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check("web-app", { userPoolId }));
        expect(plain(named.getInputs())!.name).to.equal("web-app");
        const bad = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check("bad", { userPoolId, authSessionValidity: 16, explicitAuthFlows: ["ALLOW_NOTHING"] }));
        const reasons = bad.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);
        expect(reasons).to.have.length(2);
        expect(reasons.join("\n")).to.match(/authSessionValidity.*15/).and.match(/explicitAuthFlows.*ALLOW_NOTHING/);
        expect(proxy().calls).to.have.length(0);
    });

    it("up with a generated secret returns the client secret wrapped as a secret, and a custom one stays secret from input to output", async () => {
        const generated = await up("generated", { generateSecret: true });
        expect(generated.outputs.clientSecret).to.have.property(SIGNATURE_KEY, SECRET_SIGNATURE);
        expect((generated.outputs.clientSecret as { value: string }).value).to.have.length.greaterThan(20);
        const custom = await up("custom", { clientSecret: secret("customSecretA_0123456789abcdefXYZ") });
        expect(custom.inputs.clientSecret).to.deep.equal(secret("customSecretA_0123456789abcdefXYZ"));
        expect(custom.outputs.clientSecret).to.deep.equal(secret("customSecretA_0123456789abcdefXYZ"));
        expect(plugin.stderr()).not.to.include("customSecretA_");
        for (const made of [generated, custom]) await plugin.call("delete", requests.delete(made.id, "x", made.outputs));
    });

    it("preview --diff gets a detailed diff: each changed argument, in place or replacing", async () => {
        const made = await up("diffed", { callbackUrls: ["https://example.com/a"], allowedOauthFlows: ["code"], allowedOauthFlowsUserPoolClient: true, allowedOauthScopes: ["openid"], supportedIdentityProviders: ["COGNITO"] });
        const diff = async (news: Record<string, unknown>) => {
            const checked = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check("diffed", { ...made.inputs, ...news }, made.inputs));
            const response = await plugin.call<providerProto.DiffRequest, providerProto.DiffResponse>("diff", requests.diff(made.id, "diffed", made.outputs, plain(checked.getInputs())!));
            const detailed: Record<string, [number, boolean]> = {};
            response.getDetaileddiffMap().forEach((d, key) => (detailed[key] = [d.getKind(), d.getInputdiff()]));
            return { changes: response.getChanges(), replaces: response.getReplacesList(), detailed, has: response.getHasdetaileddiff() };
        };
        const cases: { what: string; news: Record<string, unknown>; changes: number; replaces: string[]; detailed: Record<string, [number, boolean]> }[] = [
            { what: "nothing", news: {}, changes: providerProto.DiffResponse.DiffChanges.DIFF_NONE, replaces: [], detailed: {} },
            { what: "a list as a set", news: { callbackUrls: ["https://example.com/a", "https://example.com/a"] }, changes: providerProto.DiffResponse.DiffChanges.DIFF_NONE, replaces: [], detailed: {} },
            { what: "a URL changed in place", news: { callbackUrls: ["https://example.com/b"] }, changes: providerProto.DiffResponse.DiffChanges.DIFF_SOME, replaces: [], detailed: { callbackUrls: [KIND.UPDATE, true] } },
            { what: "an argument added in place", news: { logoutUrls: ["https://example.com/out"] }, changes: providerProto.DiffResponse.DiffChanges.DIFF_SOME, replaces: [], detailed: { logoutUrls: [KIND.ADD, true] } },
            { what: "a secret added, replacing", news: { generateSecret: true }, changes: providerProto.DiffResponse.DiffChanges.DIFF_SOME, replaces: ["generateSecret"], detailed: { generateSecret: [KIND.ADD_REPLACE, true] } },
            { what: "another user pool, replacing", news: { userPoolId: "us-east-1_Other1234" }, changes: providerProto.DiffResponse.DiffChanges.DIFF_SOME, replaces: ["userPoolId"], detailed: { userPoolId: [KIND.UPDATE_REPLACE, true] } },
        ];
        for (const c of cases) {
            const got = await diff(c.news);
            expect({ what: c.what, changes: got.changes, replaces: got.replaces, detailed: got.detailed, has: got.has }).to.deep.equal({ what: c.what, changes: c.changes, replaces: c.replaces, detailed: c.detailed, has: true });
        }
        await plugin.call("delete", requests.delete(made.id, "diffed", made.outputs));
    });

    it("update in place, then refresh, then refresh after the client was deleted outside Pulumi", async () => {
        const made = await up("updated", { refreshTokenValidity: 10 });
        const checked = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check("updated", { ...made.inputs, refreshTokenValidity: 20 }, made.inputs));
        const updated = await plugin.call<providerProto.UpdateRequest, providerProto.UpdateResponse>("update", requests.update(made.id, "updated", made.outputs, plain(checked.getInputs())!));
        expect(plain(updated.getProperties())!.refreshTokenValidity).to.equal(20);
        expect((await describeClient(sdk, userPoolId, made.id)).RefreshTokenValidity).to.equal(20);
        const refreshed = await plugin.call<providerProto.ReadRequest, providerProto.ReadResponse>("read", requests.read(made.id, "updated", plain(updated.getProperties())!, plain(checked.getInputs())!));
        expect(refreshed.getId()).to.equal(made.id);
        expect(plain(refreshed.getProperties())!.refreshTokenValidity).to.equal(20);
        await plugin.call("delete", requests.delete(made.id, "updated", plain(updated.getProperties())!));
        const gone = await plugin.call<providerProto.ReadRequest, providerProto.ReadResponse>("read", requests.read(made.id, "updated", plain(updated.getProperties())!));
        expect(gone.getId()).to.equal("");
    });

    it("pulumi import reads a client by <userPoolId>/<clientId> alone and returns its inputs", async () => {
        const made = await up("existing", { generateSecret: true, callbackUrls: ["https://example.com/cb"], allowedOauthFlows: ["code"], allowedOauthFlowsUserPoolClient: true, allowedOauthScopes: ["openid"], supportedIdentityProviders: ["COGNITO"] });
        const read = await plugin.call<providerProto.ReadRequest, providerProto.ReadResponse>("read", requests.read(`${userPoolId}/${made.id}`, "imported"));
        expect(read.getId()).to.equal(made.id);
        const inputs = plain(read.getInputs())!;
        expect(inputs).to.include({ userPoolId, generateSecret: true, name: "existing" });
        expect(inputs.callbackUrls).to.deep.equal(["https://example.com/cb"]);
        expect(plain(read.getProperties())!.clientSecret).to.have.property(SIGNATURE_KEY, SECRET_SIGNATURE);
        // The imported inputs diff clean against what was read.
        const diff = await plugin.call<providerProto.DiffRequest, providerProto.DiffResponse>("diff", requests.diff(made.id, "imported", plain(read.getProperties())!, inputs));
        expect(diff.getChanges()).to.equal(providerProto.DiffResponse.DiffChanges.DIFF_NONE);
        await plugin.call("delete", requests.delete(made.id, "imported", plain(read.getProperties())!));
    });

    it("customTimeouts: an update that takes longer than its timeout fails in that time, naming the timeout", async () => {
        const made = await up("slow", {});
        proxy().inject("UpdateUserPoolClient", faults.delay(4000));
        const started = Date.now();
        const error = await plugin.call("update", requests.update(made.id, "slow", made.outputs, { ...made.inputs, refreshTokenValidity: 7 }, 1)).then(() => undefined, (e: Error) => e);
        const took = Date.now() - started;
        expect(error?.message).to.match(/timed out after 1s \(customTimeouts\.update\)/);
        expect(took).to.be.lessThan(3000);
        await plugin.call("delete", requests.delete(made.id, "slow", made.outputs));
    });

    it("a create stopped by its timeout after the client was made reports it partly created (ErrorResourceInitFailed), so the engine keeps it", async () => {
        proxy().inject("SetUserPoolClientSessionConfiguration", faults.delay(4000));
        const checked = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("check", requests.check("partly", { userPoolId, ssoSession: { maxValidityMinutes: 480 }, generateSecret: true }));
        const error = await plugin.call("create", requests.create("partly", plain(checked.getInputs())!, 1)).then(() => undefined, (e: grpc.ServiceError) => e);
        const made = (await listClients(sdk, userPoolId)).find((c) => c.name === "partly");
        expect(made, "the client is made").to.not.equal(undefined);
        expect(error?.message).to.match(/timed out after 1s \(customTimeouts\.create\); the client \S+ was created and is left in/);
        const status = statusProto.Status.deserializeBinary(error!.metadata.get("grpc-status-details-bin")[0] as Buffer);
        const [detail] = status.getDetailsList();
        expect(detail.getTypeUrl()).to.equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed");
        const failed = providerProto.ErrorResourceInitFailed.deserializeBinary(detail.getValue_asU8());
        expect(failed.getId()).to.equal(made!.id);
        const properties = plain(failed.getProperties())!;
        expect(properties).to.include({ clientId: made!.id, userPoolId });
        expect(properties.clientSecret, "the secret stays wrapped").to.have.property(SIGNATURE_KEY, SECRET_SIGNATURE);
        await new Promise((resolve) => setTimeout(resolve, 3500));
        await plugin.call("delete", requests.delete(made!.id, "partly", properties));
    });

    it("Cancel (Ctrl-C) stops the operation in flight and every one after", async () => {
        const made = await up("cancelled", {});
        proxy().inject("UpdateUserPoolClient", faults.delay(4000));
        const pending = plugin.call("update", requests.update(made.id, "cancelled", made.outputs, { ...made.inputs, refreshTokenValidity: 7 })).then(() => undefined, (e: Error) => e);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await plugin.call("cancel", requests.empty());
        expect((await pending)?.message).to.match(/cancelled/);
        const after = await plugin.call("create", requests.create("late", { userPoolId, name: "late" })).then(() => undefined, (e: Error) => e);
        expect(after?.message).to.match(/create: cancelled/);
        expect((await listClients(sdk, userPoolId)).map((c) => c.name)).not.to.include("late");
        await startPlugin({ ...process.env }).then(async (fresh) => {
            await fresh.call("configure", requests.configure({}));
            await fresh.call("delete", requests.delete(made.id, "cancelled", made.outputs));
            await fresh.stop();
        });
    });

    it("the region: the plugin's own cognito-app-client:region over the environment's, the resource's region over both", async () => {
        // The environment says another region, where the pool does not exist: only the plugin's config can find it.
        const elsewhere = await startPlugin({ ...process.env, AWS_REGION: "eu-west-1" });
        try {
            const create = (args: Record<string, unknown>) => elsewhere.call<providerProto.CreateRequest, providerProto.CreateResponse>("create", requests.create("regional", { userPoolId, name: "regional", ...args }));
            await elsewhere.call("configure", requests.configure({}));
            const lost = await create({}).then(() => undefined, (e: Error) => e);
            expect(lost?.message, "the environment's region alone").to.match(/eu-west-1|does not exist|not found/i);
            await elsewhere.call("configure", requests.configure({ region: "us-east-1" }));
            const made = await create({});
            expect(plain(made.getProperties())!.region).to.equal("us-east-1");
            await elsewhere.call("configure", requests.configure({ region: "ap-south-1" }));
            const own = await create({ name: "regional-own", region: "us-east-1" });
            expect(plain(own.getProperties())!.region).to.equal("us-east-1");
            for (const response of [made, own]) await elsewhere.call("delete", requests.delete(response.getId(), "regional", plain(response.getProperties())!));
        } finally {
            await elsewhere.stop();
        }
    });

    it("checkConfig refuses a region that is not one, naming the config key", async () => {
        const response = await plugin.call<providerProto.CheckRequest, providerProto.CheckResponse>("checkConfig", new providerProto.CheckRequest().setNews(requests.configure({ region: "Frankfurt" }).getArgs()));
        expect(response.getFailuresList().map((f) => f.getReason())).to.deep.equal(['cognito-app-client:region must be an AWS region such as us-east-1; received "Frankfurt"']);
    });
});
