/**
 * No duplicate clients from an ambiguous create. CreateUserPoolClient is not idempotent: when the connection
 * breaks after the request reached Cognito, a blind retry makes a second client with the same name, and the
 * first is orphaned. The provider looks for the client the lost attempt made before it retries.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommand,
    DescribeUserPoolClientCommand,
    ListUserPoolClientsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { expect } from "chai";
import { UserPoolClientInputs } from "../../provider/args";
import { UserPoolClientApi } from "../../provider/aws";
import { UserPoolClientProvider } from "../../provider/provider";
import { createUserPool, describeClient, directSdk, listClients, newProvider, useFaultProxy } from "../support/cognito";
import { faults } from "../support/faultProxy";


describe("integration: an ambiguous create makes no duplicate client", () => {
    const proxy = useFaultProxy();
    let sdk: CognitoIdentityProviderClient;
    let userPoolId: string;
    let provider: UserPoolClientProvider;

    before(() => {
        sdk = directSdk();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "ambiguous");
        provider = newProvider();
        proxy().reset();
    });

    const args = (name: string, extra: Partial<UserPoolClientInputs> = {}): UserPoolClientInputs => ({
        name,
        userPoolId,
        callbackUrls: ["https://a.example.com/cb"],
        explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        ...extra,
    });

    it("returns the client a lost create made when the answer was dropped after the request reached the API", async () => {
        proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);

        const { id } = await provider.create(args("lost answer"));

        const live = await listClients(sdk, userPoolId);
        expect(live.filter((c) => c.name === "lost answer")).to.deep.equal([{ id, name: "lost answer" }]);
        expect(proxy().callsOf("CreateUserPoolClient").map((c) => c.forwarded)).to.deep.equal([true]);
        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 1, ListUserPoolClients: 1, DescribeUserPoolClient: 1 });
    });

    it("returns the client a create made when the API answered 500 after carrying it out", async () => {
        proxy().inject("CreateUserPoolClient", faults.internalErrorAfterForward(500), 1);

        const { id } = await provider.create(args("answered 500"));

        expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
        expect(proxy().callsOf("CreateUserPoolClient")).to.have.length(1);
    });

    it("returns the generated secret of the client it recovered", async () => {
        proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);

        const { id, outs } = await provider.create(args("lost secret", { generateSecret: true }));

        const live = await describeClient(sdk, userPoolId, id);
        expect(live.ClientSecret).to.be.a("string");
        expect(outs!.clientSecret).to.equal(live.ClientSecret);
        expect(await listClients(sdk, userPoolId)).to.have.length(1);
    });

    it("still finds the lost client when listing is throttled during recovery", async () => {
        proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);
        proxy().inject("ListUserPoolClients", faults.tooManyRequests(), 2);

        const { id } = await provider.create(args("throttled recovery"));

        expect((await listClients(sdk, userPoolId)).map((c) => c.id)).to.deep.equal([id]);
        expect(proxy().callsOf("CreateUserPoolClient")).to.have.length(1);
    });

    it("fails without retrying when it cannot look for the lost client, saying so", async () => {
        proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);
        proxy().inject("ListUserPoolClients", faults.error("NotAuthorizedException", "not allowed to list app clients"), 1);

        let error: Error | undefined;
        try {
            await provider.create(args("unlookable"));
        } catch (e) {
            error = e as Error;
        }

        expect(error?.message).to.match(/^creating Cognito user pool client \(unlookable in .*\): .*may have created the client.*NotAuthorizedException: not allowed to list app clients/);
        expect(proxy().callsOf("CreateUserPoolClient"), "no blind retry").to.have.length(1);
        expect(await listClients(sdk, userPoolId)).to.have.length(1);
    });

    it("does not take a same-named client this process already created", async () => {
        const first = await provider.create(args("twin"));
        proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);

        const second = await provider.create(args("twin"));

        expect(second.id).to.not.equal(first.id);
        const twins = (await listClients(sdk, userPoolId)).filter((c) => c.name === "twin").map((c) => c.id);
        expect(twins.sort()).to.deep.equal([first.id, second.id].sort());
    });

    it("does not take a same-named client with another configuration; creates its own", async () => {
        const other = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "namesake", CallbackURLs: ["https://other.example.com/cb"] }));
        proxy().inject("CreateUserPoolClient", faults.dropBeforeForward(), 1);

        const { id } = await provider.create(args("namesake"));

        expect(id).to.not.equal(other.UserPoolClient!.ClientId);
        expect(await listClients(sdk, userPoolId)).to.have.length(2);
        expect(proxy().callsOf("CreateUserPoolClient").map((c) => c.forwarded)).to.deep.equal([false, true]);
    });

    it("does not look for a lost client after throttling, which means the request was rejected", async () => {
        proxy().inject("CreateUserPoolClient", faults.tooManyRequests(), 2);

        await provider.create(args("rejected twice"));

        expect(proxy().countsByOperation()).to.deep.equal({ CreateUserPoolClient: 3 });
    });
});

/*
 * Cognito reports each client's CreationDate; moto does not. These cases need creation dates, so they stub the
 * SDK client (aws-sdk-client-mock) instead of using the emulator.
 */
describe("ambiguous create: creation dates decide which same-named client was made by the lost attempt", () => {
    // Created in `before`: mocking at load time would stub the SDK for every other suite too.
    let mock: ReturnType<typeof mockClient>;
    const pool = "us-east-1_Mocked123";
    const request = { UserPoolId: pool, ClientName: "dated", CallbackURLs: ["https://a.example.com/cb"] };
    const connectionReset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

    before(() => {
        mock = mockClient(CognitoIdentityProviderClient);
    });
    beforeEach(() => mock.reset());
    after(() => mock.restore());

    it("does not take a matching client created well before the first attempt", async () => {
        mock.on(CreateUserPoolClientCommand)
            .rejectsOnce(connectionReset())
            .resolves({ UserPoolClient: { ...request, ClientId: "newclient1" } });
        mock.on(ListUserPoolClientsCommand).resolves({ UserPoolClients: [{ ClientId: "oldclient1", ClientName: "dated", UserPoolId: pool }] });
        mock.on(DescribeUserPoolClientCommand).resolves({
            UserPoolClient: { ...request, ClientId: "oldclient1", CreationDate: new Date(Date.now() - 3600_000) },
        });

        const client = await new UserPoolClientApi({ region: "us-east-1", retry: { baseDelayMs: 1, maxDelayMs: 5 } }).create(request);

        expect(client.ClientId).to.equal("newclient1");
        expect(mock.commandCalls(CreateUserPoolClientCommand)).to.have.length(2);
    });

    it("takes the matching client created since the first attempt", async () => {
        mock.on(CreateUserPoolClientCommand).rejectsOnce(connectionReset()).resolves({ UserPoolClient: { ...request, ClientId: "duplicate1" } });
        mock.on(ListUserPoolClientsCommand).resolves({
            UserPoolClients: [
                { ClientId: "oldclient2", ClientName: "dated", UserPoolId: pool },
                { ClientId: "lostclient2", ClientName: "dated", UserPoolId: pool },
            ],
        });
        mock.on(DescribeUserPoolClientCommand, { UserPoolId: pool, ClientId: "oldclient2" }).resolves({
            UserPoolClient: { ...request, ClientId: "oldclient2", CreationDate: new Date(Date.now() - 3600_000) },
        });
        mock.on(DescribeUserPoolClientCommand, { UserPoolId: pool, ClientId: "lostclient2" }).resolves({
            UserPoolClient: { ...request, ClientId: "lostclient2", CreationDate: new Date() },
        });

        const client = await new UserPoolClientApi({ region: "us-east-1", retry: { baseDelayMs: 1, maxDelayMs: 5 } }).create(request);

        expect(client.ClientId).to.equal("lostclient2");
        expect(mock.commandCalls(CreateUserPoolClientCommand)).to.have.length(1);
    });
});
