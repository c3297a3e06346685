/**
 * Managed login branding styles: CreateManagedLoginBranding, UpdateManagedLoginBranding, DeleteManagedLoginBranding,
 * DescribeManagedLoginBranding and DescribeManagedLoginBrandingByClient (docs/local-cognito.md, "Managed login
 * branding"): one style per app client, Cognito-provided values, what Describe returns with and without merged
 * defaults, the settings' key order, how Update keeps and merges, the 2 MB request-size limit, the tier, and the
 * model's constraints on the document, the assets' blobs and the lists.
 */
import {
    AssetType,
    CognitoIdentityProviderClient,
    CreateManagedLoginBrandingCommand,
    CreateManagedLoginBrandingCommandInput,
    DeleteManagedLoginBrandingCommand,
    DeleteUserPoolClientCommand,
    DescribeManagedLoginBrandingByClientCommand,
    DescribeManagedLoginBrandingCommand,
    ManagedLoginBrandingType,
    UpdateManagedLoginBrandingCommand,
    UpdateManagedLoginBrandingCommandInput,
    UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { asset, createClient, describeFaithful, dropPool, expectError, imageBytes, newPool, rawCall, sdk } from "./support";

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LIMIT = 2 * 1024 * 1024;
const DEFAULTS = {
    categories: {
        global: { colorSchemeMode: "LIGHT", spacingDensity: "REGULAR", pageHeader: { enabled: false }, pageFooter: { enabled: false } },
        form: { displayGraphics: true, location: { horizontal: "CENTER", vertical: "CENTER" } },
    },
};
const SETTINGS = {
    categories: {
        global: { colorSchemeMode: "DARK", pageHeader: { enabled: true } },
        auth: { federation: { interfaceStyle: "BUTTON_LIST", order: [] } },
    },
    componentClasses: { buttons: { borderRadius: 8.0 }, link: { lightMode: { defaults: { textColor: "0972d3ff" } } } },
    components: { pageBackground: { image: { enabled: true } }, footer: null },
};
const one = (detail: string) => `1 validation error detected: ${detail}`;
const tierMessage = (pool: string) => `Managed login branding is not available in the LITE tier of user pool ${pool}; it needs ESSENTIALS or PLUS.`;
const sizeMessage = (operation: string) => `Request size exceeds the 2 MB limit of ${operation}; send the assets in several requests.`;
const notFound = (id: string) => `Managed login branding style ${id} does not exist.`;
const noStyle = (clientId: string) => `App client ${clientId} has no managed login branding style.`;

/** A style's assets by "<Category> <ColorMode>", for comparisons that do not depend on the list order. */
function byKey(assets: AssetType[] | undefined): Record<string, AssetType> {
    return Object.fromEntries((assets ?? []).map((a) => [`${a.Category} ${a.ColorMode}`, a]));
}

/** Every object's keys, depth first, as "path: key, key" lines: the key order of a document as it came. */
function keyOrder(value: unknown, path = "$"): string[] {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
    const record = value as Record<string, unknown>;
    return [`${path}: ${Object.keys(record).join(", ")}`, ...Object.keys(record).flatMap((k) => keyOrder(record[k], `${path}.${k}`))];
}

/** The document with the keys of every object in reverse order. */
function reversed(value: unknown): unknown {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).reverse().map((k) => [k, reversed(record[k])]));
}

describeFaithful("managed login branding", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;
    let lite: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito, { UserPoolTier: "ESSENTIALS" });
        lite = await newPool(cognito, { UserPoolTier: "LITE" });
    });
    after(async () => {
        await dropPool(cognito, pool);
        await dropPool(cognito, lite);
    });

    const newClient = async (userPoolId = pool) => (await createClient(cognito, { UserPoolId: userPoolId })).ClientId!;
    const create = async (input: Omit<CreateManagedLoginBrandingCommandInput, "UserPoolId"> & { UserPoolId?: string }) =>
        (await cognito.send(new CreateManagedLoginBrandingCommand({ UserPoolId: pool, ...input }))).ManagedLoginBranding!;
    const update = async (id: string, input: Partial<UpdateManagedLoginBrandingCommandInput> = {}) =>
        (await cognito.send(new UpdateManagedLoginBrandingCommand({ UserPoolId: pool, ManagedLoginBrandingId: id, ...input }))).ManagedLoginBranding!;
    const describe_ = async (id: string, merged?: boolean, userPoolId = pool) =>
        (await cognito.send(new DescribeManagedLoginBrandingCommand({ UserPoolId: userPoolId, ManagedLoginBrandingId: id, ReturnMergedResources: merged })))
            .ManagedLoginBranding!;
    const byClient = async (clientId: string, merged?: boolean, userPoolId = pool) =>
        (await cognito.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: clientId, ReturnMergedResources: merged })))
            .ManagedLoginBranding!;
    const remove = (id: string, userPoolId = pool) =>
        cognito.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: userPoolId, ManagedLoginBrandingId: id }));
    const deleteClient = (clientId: string, userPoolId = pool) =>
        cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }));

    describe("create and describe", () => {
        it("creates a style for a client: a uuid4 ID, the pool, the settings and assets sent, equal dates", async () => {
            const clientId = await newClient();
            const assets = [asset("FORM_LOGO", "LIGHT", { seed: 1, resourceId: "logo-light" }), asset("FAVICON_ICO", "DYNAMIC", { seed: 2, extension: "ICO" })];
            const created = await create({ ClientId: clientId, Settings: SETTINGS, Assets: assets });
            expect(created.ManagedLoginBrandingId).to.match(UUID4);
            expect(created.UserPoolId).to.equal(pool);
            expect(created.UseCognitoProvidedValues).to.equal(false);
            expect(created.Settings).to.deep.equal(SETTINGS);
            expect(byKey(created.Assets)).to.deep.equal(byKey(assets));
            expect(created.CreationDate!.getTime()).to.equal(created.LastModifiedDate!.getTime());
        });

        it("Describe and DescribeByClient return the same structure as Create, with nothing more", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, Settings: SETTINGS, Assets: [asset("PAGE_BACKGROUND", "DARK", { extension: "JPEG" })] });
            expect(await describe_(created.ManagedLoginBrandingId!)).to.deep.equal(created);
            expect(await byClient(clientId)).to.deep.equal(created);
            const { json } = await rawCall("DescribeManagedLoginBranding", { UserPoolId: pool, ManagedLoginBrandingId: created.ManagedLoginBrandingId });
            expect(Object.keys(json.ManagedLoginBranding).sort()).to.deep.equal(
                ["Assets", "CreationDate", "LastModifiedDate", "ManagedLoginBrandingId", "Settings", "UseCognitoProvidedValues", "UserPoolId"],
            );
            expect(json.ManagedLoginBranding.Assets[0]).to.deep.equal({
                Category: "PAGE_BACKGROUND",
                ColorMode: "DARK",
                Extension: "JPEG",
                Bytes: Buffer.from(imageBytes(64)).toString("base64"),
            });
        });

        it("UseCognitoProvidedValues true makes a style with nothing customized: no Settings, no Assets", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, UseCognitoProvidedValues: true });
            expect(created.UseCognitoProvidedValues).to.equal(true);
            expect(created).to.not.have.any.keys("Settings", "Assets");
            expect(await describe_(created.ManagedLoginBrandingId!)).to.not.have.any.keys("Settings", "Assets");
        });

        it("a style with settings and no assets has no Assets", async () => {
            const created = await create({ ClientId: await newClient(), Settings: { categories: {} } });
            expect(created).to.not.have.property("Assets");
            expect(created.Settings).to.deep.equal({ categories: {} });
        });

        it("ReturnMergedResources true deep-merges the settings over Cognito's defaults; false or omitted returns only what was customized", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, Settings: { categories: { global: { colorSchemeMode: "DARK" }, auth: { x: 1 } } } });
            const expected = {
                categories: {
                    global: { colorSchemeMode: "DARK", spacingDensity: "REGULAR", pageHeader: { enabled: false }, pageFooter: { enabled: false } },
                    form: { displayGraphics: true, location: { horizontal: "CENTER", vertical: "CENTER" } },
                    auth: { x: 1 },
                },
            };
            expect((await describe_(created.ManagedLoginBrandingId!, true)).Settings).to.deep.equal(expected);
            expect((await byClient(clientId, true)).Settings).to.deep.equal(expected);
            expect((await describe_(created.ManagedLoginBrandingId!, false)).Settings).to.deep.equal({ categories: { global: { colorSchemeMode: "DARK" }, auth: { x: 1 } } });
            expect((await byClient(clientId)).Settings).to.deep.equal({ categories: { global: { colorSchemeMode: "DARK" }, auth: { x: 1 } } });
        });

        it("ReturnMergedResources true on a style of Cognito-provided values returns the defaults, and UseCognitoProvidedValues as stored", async () => {
            const created = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            const merged = await describe_(created.ManagedLoginBrandingId!, true);
            expect(merged.Settings).to.deep.equal(DEFAULTS);
            expect(merged.UseCognitoProvidedValues).to.equal(true);
            expect(merged).to.not.have.property("Assets");
        });

        it("returns the settings as stored, in a key order of the service's own, the same whatever the request's order: compare as JSON values", async () => {
            const forward = await create({ ClientId: await newClient(), Settings: SETTINGS });
            const backward = await create({ ClientId: await newClient(), Settings: reversed(SETTINGS) as typeof SETTINGS });
            const a = (await rawCall("DescribeManagedLoginBranding", { UserPoolId: pool, ManagedLoginBrandingId: forward.ManagedLoginBrandingId })).json;
            const b = (await rawCall("DescribeManagedLoginBranding", { UserPoolId: pool, ManagedLoginBrandingId: backward.ManagedLoginBrandingId })).json;
            expect(a.ManagedLoginBranding.Settings).to.deep.equal(SETTINGS);
            expect(b.ManagedLoginBranding.Settings).to.deep.equal(SETTINGS);
            const order = keyOrder(a.ManagedLoginBranding.Settings);
            expect(keyOrder(b.ManagedLoginBranding.Settings)).to.deep.equal(order);
            // One order for two requests with opposite orders: at least one of them does not come back as sent.
            expect(order.join("\n") !== keyOrder(SETTINGS).join("\n") || order.join("\n") !== keyOrder(reversed(SETTINGS)).join("\n")).to.equal(true);
            expect(JSON.stringify(a.ManagedLoginBranding.Settings) === JSON.stringify(SETTINGS) && JSON.stringify(b.ManagedLoginBranding.Settings) === JSON.stringify(reversed(SETTINGS))).to.equal(false);
        });

        it("returns the assets in an order of the service's own, the same whatever the request's order", async () => {
            const assets = [asset("FORM_LOGO", "LIGHT"), asset("FORM_LOGO", "DARK"), asset("PAGE_BACKGROUND", "DYNAMIC"), asset("IDP_BUTTON_ICON", "LIGHT"), asset("EMAIL_GRAPHIC", "DARK")];
            const first = await create({ ClientId: await newClient(), Assets: assets });
            const second = await create({ ClientId: await newClient(), Assets: [...assets].reverse() });
            const keys = (b: ManagedLoginBrandingType) => b.Assets!.map((a) => `${a.Category} ${a.ColorMode}`);
            expect(keys(await describe_(second.ManagedLoginBrandingId!))).to.deep.equal(keys(await describe_(first.ManagedLoginBrandingId!)));
        });

        it("a style belongs to its pool: its ID in another pool is not found", async () => {
            const created = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            const other = await newPool(cognito);
            try {
                await expectError(describe_(created.ManagedLoginBrandingId!, false, other), "ResourceNotFoundException", notFound(created.ManagedLoginBrandingId!));
            } finally {
                await dropPool(cognito, other);
            }
        });
    });

    describe("errors of Create", () => {
        it("fails with ManagedLoginBrandingExistsException for a client that already has a style", async () => {
            const clientId = await newClient();
            const first = await create({ ClientId: clientId, UseCognitoProvidedValues: true });
            await expectError(
                create({ ClientId: clientId, Settings: SETTINGS }),
                "ManagedLoginBrandingExistsException",
                `App client ${clientId} already has a managed login branding style: ${first.ManagedLoginBrandingId}.`,
            );
        });

        it("fails with InvalidParameterException for UseCognitoProvidedValues true with Settings or Assets", async () => {
            const clientId = await newClient();
            const message = "Settings and Assets must be omitted when UseCognitoProvidedValues is true.";
            await expectError(create({ ClientId: clientId, UseCognitoProvidedValues: true, Settings: SETTINGS }), "InvalidParameterException", message);
            await expectError(create({ ClientId: clientId, UseCognitoProvidedValues: true, Assets: [asset("FORM_LOGO", "LIGHT")] }), "InvalidParameterException", message);
            await expectError(create({ ClientId: clientId, UseCognitoProvidedValues: true, Assets: [] }), "InvalidParameterException", message);
            await expectError(byClient(clientId), "ResourceNotFoundException", noStyle(clientId));
        });

        it("accepts UseCognitoProvidedValues false with settings", async () => {
            const created = await create({ ClientId: await newClient(), UseCognitoProvidedValues: false, Settings: SETTINGS });
            expect(created.UseCognitoProvidedValues).to.equal(false);
        });

        it("fails with InvalidParameterException for two assets of the same Category and ColorMode", async () => {
            await expectError(
                create({ ClientId: await newClient(), Assets: [asset("FORM_LOGO", "LIGHT", { seed: 1 }), asset("FORM_LOGO", "DARK"), asset("FORM_LOGO", "LIGHT", { seed: 2, extension: "SVG" })] }),
                "InvalidParameterException",
                "Assets can not contain more than one asset with Category FORM_LOGO and ColorMode LIGHT.",
            );
        });

        it("fails with InvalidParameterException for Settings that are not a JSON object (a Document may be any JSON value)", async () => {
            const clientId = await newClient();
            for (const settings of ["dark", [1, 2], 3, true]) {
                await expectError(create({ ClientId: clientId, Settings: settings as never }), "InvalidParameterException", "Settings must be a JSON object.");
            }
        });

        it("fails with ResourceNotFoundException for a missing pool or client", async () => {
            const missingClient = "c".repeat(26);
            await expectError(create({ ClientId: missingClient }), "ResourceNotFoundException", `User pool client ${missingClient} does not exist.`);
            await expectError(create({ UserPoolId: "us-east-1_nopool", ClientId: missingClient }), "ResourceNotFoundException", "User pool us-east-1_nopool does not exist.");
        });

        it("fails on the model's constraints: enums, the asset list's length, required members, the sensitive client ID", async () => {
            const clientId = await newClient();
            await expectError(
                create({ ClientId: clientId, Assets: [{ ...asset("FORM_LOGO", "LIGHT"), Category: "LOGO" as never, ColorMode: "SEPIA" as never }] }),
                "InvalidParameterException",
                "2 validation errors detected: " +
                    "Value 'LOGO' at 'assets.1.member.category' failed to satisfy constraint: Member must satisfy enum value set: [FAVICON_ICO, FAVICON_SVG, EMAIL_GRAPHIC, SMS_GRAPHIC, AUTH_APP_GRAPHIC, PASSWORD_GRAPHIC, PASSKEY_GRAPHIC, PAGE_HEADER_LOGO, PAGE_HEADER_BACKGROUND, PAGE_FOOTER_LOGO, PAGE_FOOTER_BACKGROUND, PAGE_BACKGROUND, FORM_BACKGROUND, FORM_LOGO, IDP_BUTTON_ICON]; " +
                    "Value 'SEPIA' at 'assets.1.member.colorMode' failed to satisfy constraint: Member must satisfy enum value set: [LIGHT, DARK, DYNAMIC]",
            );
            const many = Array.from({ length: 41 }, () => asset("FORM_LOGO", "LIGHT", { bytes: imageBytes(1) }));
            await expectError(create({ ClientId: clientId, Assets: many }), "InvalidParameterException", /^1 validation error detected: Value '\[.*\]' at 'assets' failed to satisfy constraint: Member must have length less than or equal to 40$/);
            await expectError(
                create({ ClientId: clientId, Assets: [asset("FORM_LOGO", "LIGHT", { resourceId: "bad/id" })] }),
                "InvalidParameterException",
                one("Value 'bad/id' at 'assets.1.member.resourceId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\w\\- ]+$"),
            );
            await expectError(
                create({ ClientId: "bad client" }),
                "InvalidParameterException",
                one("Value at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+"),
            );
            const { json } = await rawCall("CreateManagedLoginBranding", { UserPoolId: pool, Assets: [{ Category: "FORM_LOGO", ColorMode: "LIGHT" }] });
            expect(json.message).to.equal(
                "2 validation errors detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null; " +
                    "Value null at 'assets.1.member.extension' failed to satisfy constraint: Member must not be null",
            );
        });

        it("measures an asset's Bytes decoded: 1,000,000 bytes pass, 1,000,001 fail in the form of a Java buffer", async () => {
            const clientId = await newClient();
            await expectError(
                create({ ClientId: clientId, Assets: [asset("PAGE_BACKGROUND", "LIGHT", { bytes: imageBytes(1_000_001) })] }),
                "InvalidParameterException",
                one("Value 'java.nio.HeapByteBuffer[pos=0 lim=1000001 cap=1000001]' at 'assets.1.member.bytes' failed to satisfy constraint: Member must have length less than or equal to 1000000"),
            );
            const created = await create({ ClientId: clientId, Assets: [asset("PAGE_BACKGROUND", "LIGHT", { bytes: imageBytes(1_000_000, 3) })] });
            expect(created.Assets![0].Bytes).to.deep.equal(imageBytes(1_000_000, 3));
        });

        it("fails with SerializationException for Bytes that are not base64", async () => {
            const { status, json } = await rawCall("CreateManagedLoginBranding", {
                UserPoolId: pool,
                ClientId: await newClient(),
                Assets: [{ Category: "FORM_LOGO", ColorMode: "LIGHT", Extension: "PNG", Bytes: "not base64!" }],
            });
            expect([status, json.__type]).to.deep.equal([400, "SerializationException"]);
        });

        it("keeps the nulls, arrays and numbers inside a settings document", async () => {
            const settings = { a: null, b: [1, "two", { c: null }], d: 1.5, e: { f: false } };
            const created = await create({ ClientId: await newClient(), Settings: settings });
            expect(created.Settings).to.deep.equal(settings);
            expect((await describe_(created.ManagedLoginBrandingId!)).Settings).to.deep.equal(settings);
        });
    });

    describe("update", () => {
        it("keeps the settings when Settings is omitted, and merges assets by Category and ColorMode", async () => {
            const created = await create({
                ClientId: await newClient(),
                Settings: SETTINGS,
                Assets: [asset("FORM_LOGO", "LIGHT", { seed: 1 }), asset("FORM_LOGO", "DARK", { seed: 2 })],
            });
            const updated = await update(created.ManagedLoginBrandingId!, {
                Assets: [asset("FORM_LOGO", "LIGHT", { seed: 9, extension: "SVG" }), asset("PAGE_BACKGROUND", "DYNAMIC", { seed: 4, extension: "WEBP" })],
            });
            expect(updated.Settings).to.deep.equal(SETTINGS);
            expect(byKey(updated.Assets)).to.deep.equal(
                byKey([asset("FORM_LOGO", "LIGHT", { seed: 9, extension: "SVG" }), asset("FORM_LOGO", "DARK", { seed: 2 }), asset("PAGE_BACKGROUND", "DYNAMIC", { seed: 4, extension: "WEBP" })]),
            );
            expect(await describe_(created.ManagedLoginBrandingId!)).to.deep.equal(updated);
        });

        it("replaces the whole settings document when Settings is sent, and keeps the assets", async () => {
            const created = await create({ ClientId: await newClient(), Settings: SETTINGS, Assets: [asset("FORM_LOGO", "LIGHT")] });
            const updated = await update(created.ManagedLoginBrandingId!, { Settings: { categories: { global: { colorSchemeMode: "LIGHT" } } } });
            expect(updated.Settings).to.deep.equal({ categories: { global: { colorSchemeMode: "LIGHT" } } });
            expect(byKey(updated.Assets)).to.deep.equal(byKey([asset("FORM_LOGO", "LIGHT")]));
        });

        it("an empty Assets list and fewer assets remove nothing: an asset goes only with the style, or with a reset", async () => {
            const created = await create({ ClientId: await newClient(), Assets: [asset("FORM_LOGO", "LIGHT"), asset("FORM_LOGO", "DARK")] });
            expect((await update(created.ManagedLoginBrandingId!, { Assets: [] })).Assets).to.have.length(2);
            expect((await update(created.ManagedLoginBrandingId!, { Assets: [asset("FORM_LOGO", "DARK", { seed: 5 })] })).Assets).to.have.length(2);
        });

        it("UseCognitoProvidedValues true resets the style to Cognito's defaults: settings and assets cleared", async () => {
            const created = await create({ ClientId: await newClient(), Settings: SETTINGS, Assets: [asset("FORM_LOGO", "LIGHT")] });
            const reset = await update(created.ManagedLoginBrandingId!, { UseCognitoProvidedValues: true });
            expect(reset.UseCognitoProvidedValues).to.equal(true);
            expect(reset).to.not.have.any.keys("Settings", "Assets");
            expect((await describe_(created.ManagedLoginBrandingId!, true)).Settings).to.deep.equal(DEFAULTS);
        });

        it("customizing a style of Cognito-provided values makes UseCognitoProvidedValues false", async () => {
            const created = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            const withAsset = await update(created.ManagedLoginBrandingId!, { Assets: [asset("FORM_LOGO", "LIGHT")] });
            expect(withAsset.UseCognitoProvidedValues).to.equal(false);
            expect(withAsset).to.not.have.property("Settings");
            const again = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            expect((await update(again.ManagedLoginBrandingId!, { Settings: SETTINGS })).UseCognitoProvidedValues).to.equal(false);
            const flag = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            expect((await update(flag.ManagedLoginBrandingId!, { UseCognitoProvidedValues: false })).UseCognitoProvidedValues).to.equal(false);
        });

        it("LastModifiedDate changes on Update, CreationDate never", async () => {
            const created = await create({ ClientId: await newClient(), Settings: SETTINGS });
            await new Promise((r) => setTimeout(r, 20));
            const updated = await update(created.ManagedLoginBrandingId!, { Settings: {} });
            expect(updated.CreationDate!.getTime()).to.equal(created.CreationDate!.getTime());
            expect(updated.LastModifiedDate!.getTime()).to.be.greaterThan(created.LastModifiedDate!.getTime());
        });

        it("fails with InvalidParameterException for UseCognitoProvidedValues true with Settings or Assets, and changes nothing", async () => {
            const created = await create({ ClientId: await newClient(), Settings: SETTINGS });
            const message = "Settings and Assets must be omitted when UseCognitoProvidedValues is true.";
            await expectError(update(created.ManagedLoginBrandingId!, { UseCognitoProvidedValues: true, Settings: {} }), "InvalidParameterException", message);
            await expectError(update(created.ManagedLoginBrandingId!, { UseCognitoProvidedValues: true, Assets: [asset("FORM_LOGO", "LIGHT")] }), "InvalidParameterException", message);
            expect((await describe_(created.ManagedLoginBrandingId!)).Settings).to.deep.equal(SETTINGS);
        });

        it("fails with InvalidParameterException for two assets of the same Category and ColorMode", async () => {
            const created = await create({ ClientId: await newClient(), UseCognitoProvidedValues: true });
            await expectError(
                update(created.ManagedLoginBrandingId!, { Assets: [asset("FAVICON_SVG", "DARK", { extension: "SVG" }), asset("FAVICON_SVG", "DARK", { extension: "SVG", seed: 1 })] }),
                "InvalidParameterException",
                "Assets can not contain more than one asset with Category FAVICON_SVG and ColorMode DARK.",
            );
        });

        it("fails with ResourceNotFoundException for an unknown style", async () => {
            const id = "00000000-0000-4000-8000-000000000000";
            await expectError(update(id, { Settings: {} }), "ResourceNotFoundException", notFound(id));
        });

        it("fails with InvalidParameterException without UserPoolId or ManagedLoginBrandingId, which the model leaves optional", async () => {
            await expectError(
                cognito.send(new UpdateManagedLoginBrandingCommand({ Settings: {} })),
                "InvalidParameterException",
                "2 validation errors detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null; " +
                    "Value null at 'managedLoginBrandingId' failed to satisfy constraint: Member must not be null",
            );
            await expectError(
                cognito.send(new UpdateManagedLoginBrandingCommand({ UserPoolId: pool })),
                "InvalidParameterException",
                one("Value null at 'managedLoginBrandingId' failed to satisfy constraint: Member must not be null"),
            );
        });

        it("fails on a malformed style ID (the model's uuid4 pattern)", async () => {
            await expectError(
                update("not-a-uuid", {}),
                "InvalidParameterException",
                one("Value 'not-a-uuid' at 'managedLoginBrandingId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[4][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"),
            );
        });
    });

    describe("the 2 MB request-size limit", () => {
        const big = (category: "PAGE_BACKGROUND" | "FORM_BACKGROUND" | "PAGE_HEADER_BACKGROUND", seed: number) =>
            asset(category, "LIGHT", { bytes: imageBytes(900_000, seed), extension: "JPEG" });

        it("refuses a Create of three 900,000-byte assets with InvalidParameterException, and creates nothing", async () => {
            const clientId = await newClient();
            await expectError(
                create({ ClientId: clientId, Assets: [big("PAGE_BACKGROUND", 1), big("FORM_BACKGROUND", 2), big("PAGE_HEADER_BACKGROUND", 3)] }),
                "InvalidParameterException",
                sizeMessage("CreateManagedLoginBranding"),
            );
            await expectError(byClient(clientId), "ResourceNotFoundException", noStyle(clientId));
        });

        it("accepts the same assets in several requests: a Create and Updates, each under the limit", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, Settings: SETTINGS, Assets: [big("PAGE_BACKGROUND", 1)] });
            await expectError(
                update(created.ManagedLoginBrandingId!, { Assets: [big("FORM_BACKGROUND", 2), big("PAGE_HEADER_BACKGROUND", 3)] }),
                "InvalidParameterException",
                sizeMessage("UpdateManagedLoginBranding"),
            );
            await update(created.ManagedLoginBrandingId!, { Assets: [big("FORM_BACKGROUND", 2)] });
            await update(created.ManagedLoginBrandingId!, { Assets: [big("PAGE_HEADER_BACKGROUND", 3)] });
            const described = await byClient(clientId);
            expect(described.Settings).to.deep.equal(SETTINGS);
            expect(byKey(described.Assets)).to.deep.equal(byKey([big("PAGE_BACKGROUND", 1), big("FORM_BACKGROUND", 2), big("PAGE_HEADER_BACKGROUND", 3)]));
        });

        it("the limit is 2 MiB of the request body: 2,097,152 bytes pass, 2,097,153 fail", async () => {
            const clientId = await newClient();
            const body = (size: number) => {
                const shell = { UserPoolId: pool, ClientId: clientId, Settings: { padding: "" } };
                shell.Settings.padding = "x".repeat(size - JSON.stringify(shell).length);
                expect(Buffer.byteLength(JSON.stringify(shell))).to.equal(size);
                return shell;
            };
            const over = await rawCall("CreateManagedLoginBranding", body(LIMIT + 1));
            expect([over.status, over.json.__type, over.json.message]).to.deep.equal([400, "InvalidParameterException", sizeMessage("CreateManagedLoginBranding")]);
            const at = await rawCall("CreateManagedLoginBranding", body(LIMIT));
            expect(at.status, at.text.slice(0, 200)).to.equal(200);
            const id = at.json.ManagedLoginBranding.ManagedLoginBrandingId;
            const updateOver = await rawCall("UpdateManagedLoginBranding", { ...body(LIMIT + 1), ClientId: undefined, ManagedLoginBrandingId: id });
            expect(updateOver.json.message).to.equal(sizeMessage("UpdateManagedLoginBranding"));
        });
    });

    describe("delete", () => {
        it("deletes a style by ID; the client can have a new one", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, Settings: SETTINGS });
            await remove(created.ManagedLoginBrandingId!);
            await expectError(describe_(created.ManagedLoginBrandingId!), "ResourceNotFoundException", notFound(created.ManagedLoginBrandingId!));
            await expectError(byClient(clientId), "ResourceNotFoundException", noStyle(clientId));
            const again = await create({ ClientId: clientId, UseCognitoProvidedValues: true });
            expect(again.ManagedLoginBrandingId).to.not.equal(created.ManagedLoginBrandingId);
        });

        it("fails with ResourceNotFoundException for an unknown style", async () => {
            const id = "11111111-1111-4111-9111-111111111111";
            await expectError(remove(id), "ResourceNotFoundException", notFound(id));
            await expectError(describe_(id), "ResourceNotFoundException", notFound(id));
        });

        it("DescribeByClient fails with ResourceNotFoundException for a client without a style, or a missing client", async () => {
            const clientId = await newClient();
            await expectError(byClient(clientId), "ResourceNotFoundException", noStyle(clientId));
            const missing = "d".repeat(26);
            await expectError(byClient(missing), "ResourceNotFoundException", `User pool client ${missing} does not exist.`);
        });

        it("deleting the app client deletes its style", async () => {
            const clientId = await newClient();
            const created = await create({ ClientId: clientId, Settings: SETTINGS });
            await deleteClient(clientId);
            await expectError(describe_(created.ManagedLoginBrandingId!), "ResourceNotFoundException", notFound(created.ManagedLoginBrandingId!));
        });

        it("deleting the pool deletes its styles", async () => {
            const other = await newPool(cognito);
            const clientId = await newClient(other);
            const created = await create({ UserPoolId: other, ClientId: clientId, UseCognitoProvidedValues: true });
            await dropPool(cognito, other);
            await expectError(describe_(created.ManagedLoginBrandingId!, false, other), "ResourceNotFoundException", `User pool ${other} does not exist.`);
        });
    });

    describe("tier", () => {
        it("fails with FeatureUnavailableInTierException to create a style in a LITE pool", async () => {
            const clientId = await newClient(lite);
            await expectError(create({ UserPoolId: lite, ClientId: clientId, UseCognitoProvidedValues: true }), "FeatureUnavailableInTierException", tierMessage(lite));
            await expectError(create({ UserPoolId: lite, ClientId: clientId, Settings: SETTINGS }), "FeatureUnavailableInTierException", tierMessage(lite));
        });

        it("in a pool moved to LITE, Update fails with FeatureUnavailableInTierException; Describe and Delete work", async () => {
            const moved = await newPool(cognito, { UserPoolTier: "PLUS" });
            try {
                const clientId = await newClient(moved);
                const created = await create({ UserPoolId: moved, ClientId: clientId, Settings: SETTINGS });
                await cognito.send(new UpdateUserPoolCommand({ UserPoolId: moved, UserPoolTier: "LITE" }));
                await expectError(
                    cognito.send(new UpdateManagedLoginBrandingCommand({ UserPoolId: moved, ManagedLoginBrandingId: created.ManagedLoginBrandingId, Settings: {} })),
                    "FeatureUnavailableInTierException",
                    tierMessage(moved),
                );
                expect((await describe_(created.ManagedLoginBrandingId!, false, moved)).Settings).to.deep.equal(SETTINGS);
                expect((await byClient(clientId, true, moved)).ManagedLoginBrandingId).to.equal(created.ManagedLoginBrandingId);
                await remove(created.ManagedLoginBrandingId!, moved);
                await expectError(byClient(clientId, false, moved), "ResourceNotFoundException", noStyle(clientId));
            } finally {
                await dropPool(cognito, moved);
            }
        });
    });
});
