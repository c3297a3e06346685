/**
 * Terms documents of app clients: CreateTerms, UpdateTerms, DeleteTerms, DescribeTerms, DescribeTermsByClient and
 * ListTerms (docs/local-cognito.md, "Terms documents"): one document of each name per client, Links required on
 * Create, Update keeps what it is not sent, the list's entries and pages, deletion with the client, no tier, and the
 * model's constraints on the Links map.
 */
import {
    CognitoIdentityProviderClient,
    CreateTermsCommand,
    CreateTermsCommandInput,
    DeleteTermsCommand,
    DeleteUserPoolClientCommand,
    DescribeTermsByClientCommand,
    DescribeTermsCommand,
    ListTermsCommand,
    TermsType,
    UpdateTermsCommand,
    UpdateTermsCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LINKS = { "cognito:default": "https://example.com/terms", "cognito:spanish": "https://example.com/es/terms" };
const LANGUAGE_PATTERN =
    "^cognito:(default|dutch|english|french|spanish|german|bahasa-indonesia|italian|japanese|korean|portuguese-brazil|chinese-(simplified|traditional))$";
const URL_CONSTRAINTS =
    "[Member must have length less than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$]";
const one = (detail: string) => `1 validation error detected: ${detail}`;
const notFound = (id: string) => `Terms documents ${id} do not exist.`;
const exists = (clientId: string, name: string) => `App client ${clientId} already has terms documents named ${name}.`;
const noneNamed = (clientId: string, name: string) => `App client ${clientId} has no terms documents named ${name}.`;

describeFaithful("terms documents", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    const newClient = async (userPoolId = pool) => (await createClient(cognito, { UserPoolId: userPoolId })).ClientId!;
    const create = async (
        clientId: string,
        input: Partial<CreateTermsCommandInput> = {},
    ): Promise<TermsType> =>
        (
            await cognito.send(
                new CreateTermsCommand({ UserPoolId: pool, ClientId: clientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS, ...input }),
            )
        ).Terms!;
    const update = async (termsId: string, input: Partial<UpdateTermsCommandInput> = {}) =>
        (await cognito.send(new UpdateTermsCommand({ UserPoolId: pool, TermsId: termsId, ...input }))).Terms!;
    const describe_ = async (termsId: string, userPoolId = pool) =>
        (await cognito.send(new DescribeTermsCommand({ UserPoolId: userPoolId, TermsId: termsId }))).Terms!;
    const byClient = async (clientId: string, name: "terms-of-use" | "privacy-policy", userPoolId = pool) =>
        (await cognito.send(new DescribeTermsByClientCommand({ UserPoolId: userPoolId, ClientId: clientId, TermsName: name }))).Terms!;
    const remove = (termsId: string) => cognito.send(new DeleteTermsCommand({ UserPoolId: pool, TermsId: termsId }));

    describe("create and describe", () => {
        it("creates a document and returns every member: a uuid4 ID, the pool, the client, the name, LINK, NONE, the links, equal dates", async () => {
            const clientId = await newClient();
            const created = await create(clientId);
            expect(created.TermsId).to.match(UUID4);
            const { TermsId, CreationDate, LastModifiedDate, ...rest } = created;
            expect(rest).to.deep.equal({ UserPoolId: pool, ClientId: clientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS });
            expect(CreationDate!.getTime()).to.equal(LastModifiedDate!.getTime());
            expect(await describe_(TermsId!)).to.deep.equal(created);
            expect(await byClient(clientId, "terms-of-use")).to.deep.equal(created);
        });

        it("a client has one document of each name: terms-of-use and privacy-policy side by side", async () => {
            const clientId = await newClient();
            const terms = await create(clientId);
            const privacy = await create(clientId, { TermsName: "privacy-policy", Links: { "cognito:default": "https://example.com/privacy" } });
            expect(privacy.TermsId).to.not.equal(terms.TermsId);
            expect((await byClient(clientId, "privacy-policy")).TermsId).to.equal(privacy.TermsId);
            expect((await byClient(clientId, "terms-of-use")).TermsId).to.equal(terms.TermsId);
        });

        it("accepts one kind alone: Cognito shows the documents only once both exist, which the API does not enforce", async () => {
            const clientId = await newClient();
            const privacy = await create(clientId, { TermsName: "privacy-policy" });
            expect((await byClient(clientId, "privacy-policy")).TermsId).to.equal(privacy.TermsId);
            await expectError(byClient(clientId, "terms-of-use"), "ResourceNotFoundException", noneNamed(clientId, "terms-of-use"));
        });

        it("accepts all 13 languages", async () => {
            const languages = ["default", "dutch", "english", "french", "spanish", "german", "bahasa-indonesia", "italian", "japanese", "korean", "portuguese-brazil", "chinese-simplified", "chinese-traditional"];
            const links = Object.fromEntries(languages.map((l) => [`cognito:${l}`, `https://example.com/${l}/terms`]));
            expect((await create(await newClient(), { Links: links })).Links).to.deep.equal(links);
        });

        it("needs no tier: works in a LITE pool", async () => {
            const lite = await newPool(cognito, { UserPoolTier: "LITE" });
            try {
                const clientId = await newClient(lite);
                const created = (await cognito.send(
                    new CreateTermsCommand({ UserPoolId: lite, ClientId: clientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: LINKS }),
                )).Terms!;
                expect((await describe_(created.TermsId!, lite)).Links).to.deep.equal(LINKS);
            } finally {
                await dropPool(cognito, lite);
            }
        });
    });

    describe("errors of Create", () => {
        it("fails with TermsExistsException for a second document of the same name for the client; another client may have one", async () => {
            const clientId = await newClient();
            await create(clientId);
            await expectError(create(clientId, { Links: { "cognito:default": "https://example.com/other" } }), "TermsExistsException", exists(clientId, "terms-of-use"));
            await create(await newClient());
        });

        it("fails with InvalidParameterException without Links, which the model leaves optional", async () => {
            const clientId = await newClient();
            await expectError(create(clientId, { Links: undefined }), "InvalidParameterException", "Links are required to create terms documents.");
            await expectError(byClient(clientId, "terms-of-use"), "ResourceNotFoundException", noneNamed(clientId, "terms-of-use"));
        });

        it("fails with ResourceNotFoundException for a missing pool or client", async () => {
            const missing = "e".repeat(26);
            await expectError(create(missing), "ResourceNotFoundException", `User pool client ${missing} does not exist.`);
            await expectError(create(missing, { UserPoolId: "us-east-1_nopool" }), "ResourceNotFoundException", "User pool us-east-1_nopool does not exist.");
        });

        it("fails on the model's constraints of the name, the source and the enforcement", async () => {
            await expectError(
                create(await newClient(), { TermsName: "eula" as never, TermsSource: "URL" as never, Enforcement: "STRICT" as never }),
                "InvalidParameterException",
                "3 validation errors detected: " +
                    "Value 'eula' at 'termsName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(terms-of-use|privacy-policy)$; " +
                    "Value 'URL' at 'termsSource' failed to satisfy constraint: Member must satisfy enum value set: [LINK]; " +
                    "Value 'STRICT' at 'enforcement' failed to satisfy constraint: Member must satisfy enum value set: [NONE]",
            );
            const { json } = await rawCall("CreateTerms", { UserPoolId: pool, ClientId: await newClient(), Links: LINKS });
            expect(json.message).to.equal(
                "3 validation errors detected: Value null at 'termsName' failed to satisfy constraint: Member must not be null; " +
                    "Value null at 'termsSource' failed to satisfy constraint: Member must not be null; " +
                    "Value null at 'enforcement' failed to satisfy constraint: Member must not be null",
            );
        });

        it("fails on a Links map with a language outside the model's pattern, naming every constraint of the key", async () => {
            await expectError(
                create(await newClient(), { Links: { "cognito:default": "https://example.com/terms", "cognito:klingon": "https://example.com/tlh" } }),
                "InvalidParameterException",
                one(
                    "Value '{cognito:default=https://example.com/terms, cognito:klingon=https://example.com/tlh}' at 'links' failed to satisfy constraint: " +
                        `Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ${LANGUAGE_PATTERN}]`,
                ),
            );
        });

        it("fails on a Links map with a URL outside the model's constraints, naming every constraint of the value", async () => {
            const long = "https://example.com/" + "a".repeat(1005);
            await expectError(
                create(await newClient(), { Links: { "cognito:default": long } }),
                "InvalidParameterException",
                one(`Value '{cognito:default=${long}}' at 'links' failed to satisfy constraint: Map value must satisfy constraint: ${URL_CONSTRAINTS}`),
            );
            await expectError(
                create(await newClient(), { Links: { "cognito:default": "https://example.com/a b" } }),
                "InvalidParameterException",
                one(`Value '{cognito:default=https://example.com/a b}' at 'links' failed to satisfy constraint: Map value must satisfy constraint: ${URL_CONSTRAINTS}`),
            );
        });

        it("fails on an empty Links map, and reports a bad key and a bad value of one map as two errors", async () => {
            await expectError(
                create(await newClient(), { Links: {} }),
                "InvalidParameterException",
                one("Value '{}' at 'links' failed to satisfy constraint: Member must have length greater than or equal to 1"),
            );
            await expectError(
                create(await newClient(), { Links: { "cognito:elvish": "" } }),
                "InvalidParameterException",
                "2 validation errors detected: " +
                    `Value '{cognito:elvish=}' at 'links' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ${LANGUAGE_PATTERN}]; ` +
                    `Value '{cognito:elvish=}' at 'links' failed to satisfy constraint: Map value must satisfy constraint: ${URL_CONSTRAINTS}`,
            );
        });

        it("fails on more than 13 links", async () => {
            const links = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`cognito:x${i}`, "https://example.com"]));
            await expectError(
                create(await newClient(), { Links: links }),
                "InvalidParameterException",
                /^2 validation errors detected: Value '\{.*\}' at 'links' failed to satisfy constraint: Member must have length less than or equal to 13; Value '\{.*\}' at 'links' failed to satisfy constraint: Map keys must satisfy constraint: /,
            );
        });
    });

    describe("update", () => {
        it("replaces the members sent and keeps the others; LastModifiedDate changes, CreationDate never", async () => {
            const clientId = await newClient();
            const created = await create(clientId);
            await new Promise((r) => setTimeout(r, 20));
            const updated = await update(created.TermsId!, { Links: { "cognito:french": "https://example.com/fr/terms" } });
            expect(updated.Links).to.deep.equal({ "cognito:french": "https://example.com/fr/terms" });
            expect([updated.TermsName, updated.TermsSource, updated.Enforcement, updated.ClientId]).to.deep.equal(["terms-of-use", "LINK", "NONE", clientId]);
            expect(updated.CreationDate!.getTime()).to.equal(created.CreationDate!.getTime());
            expect(updated.LastModifiedDate!.getTime()).to.be.greaterThan(created.LastModifiedDate!.getTime());
            expect(await describe_(created.TermsId!)).to.deep.equal(updated);
            const untouched = await update(created.TermsId!);
            expect(untouched.Links).to.deep.equal({ "cognito:french": "https://example.com/fr/terms" });
        });

        it("renames a document to a name the client does not have", async () => {
            const clientId = await newClient();
            const created = await create(clientId);
            const renamed = await update(created.TermsId!, { TermsName: "privacy-policy" });
            expect(renamed.TermsName).to.equal("privacy-policy");
            expect((await byClient(clientId, "privacy-policy")).TermsId).to.equal(created.TermsId);
            await expectError(byClient(clientId, "terms-of-use"), "ResourceNotFoundException", noneNamed(clientId, "terms-of-use"));
            expect((await update(created.TermsId!, { TermsName: "privacy-policy" })).TermsName).to.equal("privacy-policy");
        });

        it("fails with TermsExistsException to rename a document to a name the client already has", async () => {
            const clientId = await newClient();
            const terms = await create(clientId);
            await create(clientId, { TermsName: "privacy-policy" });
            await expectError(update(terms.TermsId!, { TermsName: "privacy-policy" }), "TermsExistsException", exists(clientId, "privacy-policy"));
            expect((await describe_(terms.TermsId!)).TermsName).to.equal("terms-of-use");
        });

        it("fails with ResourceNotFoundException for an unknown document, and on a malformed ID", async () => {
            const id = "22222222-2222-4222-a222-222222222222";
            await expectError(update(id, { Links: LINKS }), "ResourceNotFoundException", notFound(id));
            await expectError(
                update("terms-1"),
                "InvalidParameterException",
                one("Value 'terms-1' at 'termsId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[4][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"),
            );
        });
    });

    describe("delete", () => {
        it("deletes a document by ID; the client can create that name again", async () => {
            const clientId = await newClient();
            const created = await create(clientId);
            await remove(created.TermsId!);
            await expectError(describe_(created.TermsId!), "ResourceNotFoundException", notFound(created.TermsId!));
            await expectError(byClient(clientId, "terms-of-use"), "ResourceNotFoundException", noneNamed(clientId, "terms-of-use"));
            expect((await create(clientId)).TermsId).to.not.equal(created.TermsId);
        });

        it("fails with ResourceNotFoundException for an unknown document", async () => {
            const id = "33333333-3333-4333-b333-333333333333";
            await expectError(remove(id), "ResourceNotFoundException", notFound(id));
            await expectError(describe_(id), "ResourceNotFoundException", notFound(id));
        });

        it("DescribeTermsByClient fails with ResourceNotFoundException for a missing client", async () => {
            const missing = "f".repeat(26);
            await expectError(byClient(missing, "terms-of-use"), "ResourceNotFoundException", `User pool client ${missing} does not exist.`);
        });

        it("deleting the app client deletes its documents", async () => {
            const clientId = await newClient();
            const terms = await create(clientId);
            const privacy = await create(clientId, { TermsName: "privacy-policy" });
            await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }));
            await expectError(describe_(terms.TermsId!), "ResourceNotFoundException", notFound(terms.TermsId!));
            await expectError(describe_(privacy.TermsId!), "ResourceNotFoundException", notFound(privacy.TermsId!));
        });
    });

    describe("ListTerms", () => {
        let listPool: string;
        let created: TermsType[];

        before(async () => {
            listPool = await newPool(cognito);
            created = [];
            for (let i = 0; i < 3; i++) {
                const clientId = await newClient(listPool);
                for (const name of i < 2 ? (["terms-of-use", "privacy-policy"] as const) : (["terms-of-use"] as const)) {
                    const out = await cognito.send(
                        new CreateTermsCommand({ UserPoolId: listPool, ClientId: clientId, TermsName: name, TermsSource: "LINK", Enforcement: "NONE", Links: LINKS }),
                    );
                    created.push(out.Terms!);
                }
            }
        });
        after(async () => dropPool(cognito, listPool));

        const list = (input: { MaxResults?: number; NextToken?: string } = {}) => cognito.send(new ListTermsCommand({ UserPoolId: listPool, ...input }));

        it("lists the pool's documents with TermsId, TermsName, Enforcement and the dates only", async () => {
            const out = await list();
            expect(out.NextToken).to.equal(undefined);
            expect(out.Terms).to.deep.equal(
                created.map((t) => ({ TermsId: t.TermsId, TermsName: t.TermsName, Enforcement: t.Enforcement, CreationDate: t.CreationDate, LastModifiedDate: t.LastModifiedDate })),
            );
            const { json } = await rawCall("ListTerms", { UserPoolId: listPool });
            expect(Object.keys(json.Terms[0]).sort()).to.deep.equal(["CreationDate", "Enforcement", "LastModifiedDate", "TermsId", "TermsName"]);
        });

        it("pages with MaxResults and NextToken until there is no NextToken", async () => {
            const seen: string[] = [];
            const sizes: number[] = [];
            let token: string | undefined;
            do {
                const out = await list({ MaxResults: 2, NextToken: token });
                sizes.push(out.Terms!.length);
                seen.push(...out.Terms!.map((t) => t.TermsId!));
                token = out.NextToken;
            } while (token);
            expect(sizes).to.deep.equal([2, 2, 1]);
            expect(seen).to.deep.equal(created.map((t) => t.TermsId));
        });

        it("returns an empty list for a pool without documents", async () => {
            const empty = await newPool(cognito);
            try {
                const { json } = await rawCall("ListTerms", { UserPoolId: empty });
                expect(json).to.deep.equal({ Terms: [] });
            } finally {
                await dropPool(cognito, empty);
            }
        });

        it("fails on MaxResults outside 1-60, on an unknown NextToken, and for a missing pool", async () => {
            await expectError(list({ MaxResults: 61 }), "InvalidParameterException", one("Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60"));
            await expectError(list({ MaxResults: 0 }), "InvalidParameterException", one("Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"));
            await expectError(list({ NextToken: "nope" }), "InvalidParameterException", "The pagination token nope is not valid.");
            await expectError(
                cognito.send(new ListTermsCommand({ UserPoolId: "us-east-1_nopool" })),
                "ResourceNotFoundException",
                "User pool us-east-1_nopool does not exist.",
            );
        });
    });
});
