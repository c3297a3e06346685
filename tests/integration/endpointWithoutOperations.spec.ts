/**
 * An endpoint that does not implement the newer operations (plain moto and other emulators answer
 * DescribeManagedLoginBrandingByClient with an HTML "404 Not Found" page): adopting a client from it works, reading
 * the settings it lacks as unused with a warning that names them; any other call answered so fails with an error
 * that names the operation, the endpoint and what it answered, never the SDK's JSON parse error. The fault proxy
 * answers the page itself, so the suite behaves alike on the faithful local API and on plain moto.
 */
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { createUserPool, deleteUserPool, directSdk, newProvider, useFaultProxy } from "../support/cognito";
import { faults } from "../support/faultProxy";

const UNIMPLEMENTED = ["DescribeCIMDPolicy", "DescribeManagedLoginBrandingByClient", "DescribeRiskConfiguration", "DescribeTermsByClient", "GetUICustomization", "GetUserPoolClientSessionConfiguration", "ListCIMDPolicies", "ListUserPoolClientSecrets"];

describe("integration: an endpoint without the newer operations", function () {
    const proxy = useFaultProxy();
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;
    let warnings: string[] = [];
    const warn = console.warn;

    before(async () => {
        sdk = directSdk();
        userPoolId = await createUserPool(sdk, "old-endpoint");
    });
    after(async () => {
        if (userPoolId) await deleteUserPool(sdk, userPoolId);
    });
    beforeEach(() => {
        warnings = [];
        console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
    });
    afterEach(() => {
        console.warn = warn;
    });

    const make = async (args: Partial<UserPoolClientInputs>) => {
        const provider = newProvider();
        const { inputs, failures } = await provider.check({} as UserPoolClientInputs, { userPoolId, ...args } as UserPoolClientInputs);
        expect(failures ?? []).to.deep.equal([]);
        return { provider, made: await provider.create(inputs as UserPoolClientInputs) };
    };

    it("import (read by composite ID) adopts the client, reads the settings the endpoint lacks as unused, and warns naming each", async () => {
        const { provider, made } = await make({ name: "adopt-from-emulator" });
        for (const operation of UNIMPLEMENTED) proxy().inject(operation, faults.notFoundPage(), 2);
        const read = await provider.read(`${userPoolId}/${made.id}`);
        const props = read.props as UserPoolClientOutputs;
        expect(props.clientId).to.equal(made.id);
        expect(props.name).to.equal("adopt-from-emulator");
        expect(props.managedLoginBranding).to.equal(undefined);
        expect(props.terms).to.equal(undefined);
        expect(props.cimdPolicies).to.equal(undefined);
        expect(props.riskConfiguration).to.equal(undefined);
        expect(props.uiCustomization).to.equal(undefined);
        for (const setting of ["client secret", "SSO session", "managed login branding", "terms documents", "CIMD policies", "threat protection", "classic hosted UI customization"]) {
            const warning = warnings.find((w) => w.includes(`the ${setting} operations`));
            expect(warning, `a warning for the ${setting} setting among ${JSON.stringify(warnings)}`).to.be.a("string");
            expect(warning).to.include(proxy().endpoint).and.to.include("404").and.to.include("not Cognito's JSON");
        }
    });

    it("an HTML page with HTTP 500 (moto 5.2.1's answer to ListCIMDPolicies) is not retried: one attempt, then the setting reads as unused", async () => {
        const { provider, made } = await make({ name: "adopt-from-erroring-emulator" });
        // One page each: a second attempt would reach the local API, which has every operation, and find them.
        for (const operation of UNIMPLEMENTED) proxy().inject(operation, faults.serverErrorPage(), 1);
        const read = await provider.read(`${userPoolId}/${made.id}`);
        expect((read.props as UserPoolClientOutputs).clientId).to.equal(made.id);
        for (const operation of UNIMPLEMENTED) expect(proxy().callsOf(operation).length, `attempts of ${operation}`).to.be.at.most(1);
        expect(proxy().callsOf("ListCIMDPolicies"), "attempts of ListCIMDPolicies").to.have.length(1);
        const warning = warnings.find((w) => w.includes("the CIMD policies operations"));
        expect(warning, JSON.stringify(warnings)).to.include("HTTP 500").and.to.include("not Cognito's JSON");
    });

    it("get (UserPoolClient.get reads the same way) gives the client's own configuration", async () => {
        const { provider, made } = await make({ name: "get-from-emulator", callbackUrls: ["https://app.example/cb"] });
        for (const operation of UNIMPLEMENTED) proxy().inject(operation, faults.notFoundPage(), 2);
        const read = await provider.read(`${userPoolId}/${made.id}`, {} as UserPoolClientOutputs);
        expect((read.props as UserPoolClientOutputs).callbackUrls).to.deep.equal(["https://app.example/cb"]);
    });

    it("fails a create whose setting call is answered with a page, naming the operation, the endpoint and the answer; the client is deleted again", async () => {
        proxy().inject("CreateTerms", faults.notFoundPage());
        const provider = newProvider();
        const inputs = { userPoolId, name: "terms-on-emulator", terms: { termsOfUse: { links: { default: "https://example.com/terms" } }, privacyPolicy: { links: { default: "https://example.com/privacy" } } } };
        const error = await provider.create(inputs as UserPoolClientInputs).then(() => undefined, (e: Error) => e);
        expect(error, "the create fails").to.be.instanceOf(Error);
        expect(error!.message).to.not.match(/SyntaxError|Unexpected token/);
        expect(error!.message).to.include("creating the terms-of-use document of").and.to.include(`${proxy().endpoint}/ answered CreateTerms with HTTP 404 (text/html; charset=utf-8) that is not Cognito's JSON`);
        expect(error!.message).to.include("404 Not Found");
        expect(proxy().callsOf("DeleteUserPoolClient")).to.have.length(1);
    });
});
