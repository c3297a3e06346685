import { expect } from "chai";
import { AWS_CLIENT_TYPE, foldedResources, foldingProblems, isDefaultAwsProvider, migrationProblems, oldClients, oldConfiguration, providersLeftUnused } from "../../provider/adoption/migration";

const STACK = "urn:pulumi:dev::app::pulumi:pulumi:Stack::app-dev";
const DEFAULT = "urn:pulumi:dev::app::pulumi:providers:aws::default_7_48_0";
const CUSTOM = "urn:pulumi:dev::app::pulumi:providers:aws::eu";
const entry = (name: string, provider: string, extra: Record<string, unknown> = {}) => ({
    urn: `urn:pulumi:dev::app::${AWS_CLIENT_TYPE}::${name}`, type: AWS_CLIENT_TYPE, id: `${name}id`, custom: true, provider: `${provider}::pid`,
    inputs: { userPoolId: "us-east-1_AbC" }, outputs: { userPoolId: "us-east-1_AbC", name, ...extra }, ...(extra.protect ? { protect: true } : {}),
});
const exported = (resources: unknown[]) => ({ deployment: { resources } }) as never;

describe("migration from @pulumi/aws", () => {
    it("finds the aws.cognito.UserPoolClient entries, named after their URNs", () => {
        const olds = oldClients(exported([{ urn: STACK, type: "pulumi:pulumi:Stack" }, entry("web", DEFAULT), { urn: `${DEFAULT}`, type: "pulumi:providers:aws", id: "pid" }]));
        expect(olds.map((o) => [o.name, o.userPoolId, o.clientId])).to.deep.equal([["web", "us-east-1_AbC", "webid"]]);
    });
    it("tells the default provider (any version) from a provider of the program's own", () => {
        expect(isDefaultAwsProvider(`${DEFAULT}::pid`)).to.equal(true);
        expect(isDefaultAwsProvider("urn:pulumi:dev::app::pulumi:providers:aws::default::pid")).to.equal(true);
        expect(isDefaultAwsProvider(`${CUSTOM}::pid`)).to.equal(false);
    });
    it("refuses a custom provider and a protected entry, naming what to do", () => {
        const [custom, guarded] = oldClients(exported([entry("eu-app", CUSTOM), entry("guarded", DEFAULT, { protect: true })]));
        expect(migrationProblems(custom)).to.deep.equal(["eu-app uses a provider of its own (eu), whose region and credentials this package cannot take over; give the new declaration a region and move it by hand"]);
        expect(migrationProblems(guarded)[0]).to.match(/^guarded is protected; unprotect it first \(pulumi state unprotect '.*::guarded'\)$/);
    });
    it("reads the same argument names, dropping Terraform's empty values", () => {
        const [old] = oldClients(exported([entry("web", DEFAULT, {
            accessTokenValidity: 0, allowedOauthFlows: [], callbackUrls: ["https://a/cb"], defaultRedirectUri: "", preventUserExistenceErrors: "",
            enableTokenRevocation: true, generateSecret: true, refreshTokenValidity: 30, region: "us-east-1",
            analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/a", applicationId: "", externalId: "", roleArn: "", userDataShared: false },
            clientSecret: { ciphertext: "x" }, id: "webid",
        })]));
        expect(oldConfiguration(old)).to.deep.equal({
            name: "web", userPoolId: "us-east-1_AbC", generateSecret: true, callbackUrls: ["https://a/cb"], refreshTokenValidity: 30,
            enableTokenRevocation: true, analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/a", userDataShared: false }, region: "us-east-1",
        });
    });
    it("takes the default provider along only when nothing else uses it", () => {
        const provider = { urn: DEFAULT, type: "pulumi:providers:aws", id: "pid" };
        const bucket = { urn: "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs", type: "aws:s3/bucketV2:BucketV2", provider: `${DEFAULT}::pid` };
        const client = entry("web", DEFAULT);
        expect(providersLeftUnused(exported([provider, client]), new Set([client.urn]))).to.deep.equal([DEFAULT]);
        expect(providersLeftUnused(exported([provider, client, bucket]), new Set([client.urn]))).to.deep.equal([]);
    });
    it("moves a client's own threat protection and classic hosted UI into it; the pool's, another client's and another pool's stay", () => {
        const RISK = "aws:cognito/riskConfiguration:RiskConfiguration";
        const UI = "aws:cognito/userPoolUICustomization:UserPoolUICustomization";
        const perClient = (type: string, name: string, outputs: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ urn: `urn:pulumi:dev::app::${type}::${name}`, type, id: name, outputs, ...extra });
        const state = exported([
            entry("web", DEFAULT),
            perClient(RISK, "web-risk", { userPoolId: "us-east-1_AbC", clientId: "webid" }),
            perClient(UI, "web-ui", { userPoolId: "us-east-1_AbC", clientId: "webid" }, { protect: true }),
            perClient(RISK, "pool-risk", { userPoolId: "us-east-1_AbC" }),
            perClient(UI, "pool-ui", { userPoolId: "us-east-1_AbC", clientId: "ALL" }),
            perClient(RISK, "other-client", { userPoolId: "us-east-1_AbC", clientId: "otherid" }),
            perClient(RISK, "other-pool", { userPoolId: "us-east-1_XyZ", clientId: "webid" }),
        ]);
        const folded = foldedResources(state, oldClients(state));
        expect(folded.map((f) => [f.name, f.argument, f.clientName])).to.deep.equal([["web-risk", "riskConfiguration", "web"], ["web-ui", "uiCustomization", "web"]]);
        expect(folded.map(foldingProblems)).to.deep.equal([[], ["web-ui (the uiCustomization of web) is protected; unprotect it first (pulumi state unprotect 'urn:pulumi:dev::app::aws:cognito/userPoolUICustomization:UserPoolUICustomization::web-ui')"]]);
    });
});
