/**
 * The classic hosted UI's customization: SetUICustomization and GetUICustomization (docs/local-cognito.md, "Classic
 * hosted UI customization"): per client or for the pool (ALL), the domain it needs, the logo's type and size, the
 * request's size, the CSS's selectors, a set replacing CSS and logo together, a new version with every set, removal,
 * the fall back to ALL, and deletion with the client.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolDomainCommand,
    DeleteUserPoolClientCommand,
    DeleteUserPoolDomainCommand,
    GetUICustomizationCommand,
    SetUICustomizationCommand,
    SetUICustomizationCommandInput,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as crypto from "crypto";
import { createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

const PNG = (length = 64, seed = 0) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(length - 8, seed)]);
const JPEG = (length = 64) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(length - 4, 1)]);
const CSS = ".label-customizable { font-weight: 400; }\n.submitButton-customizable:hover { color: #fff; }";
const NO_DOMAIN = "There has to be an existing domain associated with this user pool";
const IMAGE_URL = /^https:\/\/[\w.]+\.cloudfront\.net\/(us-east-1_\w+)\/(\w+)\/(\d{14,})\/assets\/images\/image\.jpg$/;

describeFaithful("classic hosted UI customization", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;
    let domain: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
        domain = `ui-${crypto.randomBytes(4).toString("hex")}`;
        await cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: pool, Domain: domain }));
    });
    after(async () => {
        await cognito.send(new DeleteUserPoolDomainCommand({ UserPoolId: pool, Domain: domain }));
        await dropPool(cognito, pool);
    });

    const newClient = async () => (await createClient(cognito, { UserPoolId: pool })).ClientId!;
    const set = async (input: Partial<SetUICustomizationCommandInput>, userPoolId = pool) => (await cognito.send(new SetUICustomizationCommand({ UserPoolId: userPoolId, ...input }))).UICustomization!;
    const get = async (clientId?: string, userPoolId = pool) => (await cognito.send(new GetUICustomizationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).UICustomization!;

    describe("set and get", () => {
        it("sets a client's CSS and logo and answers every member: the pool, the client, the logo's URL, the CSS, a version, the dates", async () => {
            const clientId = await newClient();
            const answer = await set({ ClientId: clientId, CSS, ImageFile: PNG() });
            const { ImageUrl, CSSVersion, CreationDate, LastModifiedDate, ...rest } = answer;
            expect(rest).to.deep.equal({ UserPoolId: pool, ClientId: clientId, CSS });
            const [, urlPool, urlClient, version] = IMAGE_URL.exec(ImageUrl!)!;
            expect([urlPool, urlClient, version]).to.deep.equal([pool, clientId, CSSVersion]);
            expect(CreationDate!.getTime()).to.equal(LastModifiedDate!.getTime());
            expect(await get(clientId)).to.deep.equal(answer);
        });

        it("takes a JPEG logo, CSS alone and a logo alone; a set replaces both, so what it does not send is gone", async () => {
            const clientId = await newClient();
            expect(await set({ ClientId: clientId, ImageFile: JPEG() })).to.have.property("ImageUrl").that.matches(IMAGE_URL);
            const cssOnly = await set({ ClientId: clientId, CSS });
            expect(cssOnly).to.not.have.property("ImageUrl");
            expect((await get(clientId)).CSS).to.equal(CSS);
            const logoOnly = await set({ ClientId: clientId, ImageFile: PNG() });
            expect(logoOnly).to.not.have.property("CSS");
            expect(await get(clientId)).to.not.have.property("CSS");
        });

        it("every set has a new CSS version and logo URL; the creation date stays", async () => {
            const clientId = await newClient();
            const first = await set({ ClientId: clientId, CSS, ImageFile: PNG() });
            const second = await set({ ClientId: clientId, CSS, ImageFile: PNG() });
            expect(Number(second.CSSVersion)).to.be.greaterThan(Number(first.CSSVersion));
            expect(second.ImageUrl).to.not.equal(first.ImageUrl);
            expect(second.CreationDate!.getTime()).to.equal(first.CreationDate!.getTime());
        });

        it("neither CSS nor ImageFile removes the client's own customization", async () => {
            const clientId = await newClient();
            await set({ ClientId: clientId, CSS });
            expect(await set({ ClientId: clientId })).to.deep.equal({ UserPoolId: pool, ClientId: clientId });
            expect(await get(clientId)).to.deep.equal({});
        });
    });

    describe("the pool's customization (ALL)", () => {
        it("a client without its own gets the pool's, with ClientId ALL; one with its own gets its own; removing its own falls back to ALL", async () => {
            const userPoolId = await newPool(cognito);
            const own = `own-${crypto.randomBytes(4).toString("hex")}`;
            await cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: own }));
            try {
                const clientId = (await createClient(cognito, { UserPoolId: userPoolId })).ClientId!;
                expect(await get(clientId, userPoolId)).to.deep.equal({});
                await set({ ClientId: "ALL", CSS: ".banner-customizable { padding: 0; }" }, userPoolId);
                expect(await get(clientId, userPoolId)).to.include({ ClientId: "ALL", CSS: ".banner-customizable { padding: 0; }" });
                expect(await get("ALL", userPoolId)).to.include({ ClientId: "ALL" });
                await set({ ClientId: clientId, CSS }, userPoolId);
                expect(await get(clientId, userPoolId)).to.include({ ClientId: clientId, CSS });
                await set({ ClientId: clientId }, userPoolId);
                expect((await get(clientId, userPoolId)).ClientId).to.equal("ALL");
            } finally {
                await cognito.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: own }));
                await dropPool(cognito, userPoolId);
            }
        });

        it("deleting a client deletes its own customization; the pool's stays", async () => {
            const clientId = await newClient();
            await set({ ClientId: clientId, CSS });
            await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }));
            await expectError(get(clientId), "ResourceNotFoundException", `User pool client ${clientId} does not exist.`);
            const again = await newClient();
            expect(await get(again)).to.deep.equal({});
        });
    });

    describe("what is refused", () => {
        it("a pool without a domain: both operations, InvalidParameterException", async () => {
            const userPoolId = await newPool(cognito);
            try {
                const clientId = (await createClient(cognito, { UserPoolId: userPoolId })).ClientId!;
                await expectError(set({ ClientId: clientId, CSS }, userPoolId), "InvalidParameterException", NO_DOMAIN);
                await expectError(get(clientId, userPoolId), "InvalidParameterException", NO_DOMAIN);
            } finally {
                await dropPool(cognito, userPoolId);
            }
        });

        it("an unknown client or pool: ResourceNotFoundException", async () => {
            await expectError(set({ ClientId: "nosuchclient1234", CSS }), "ResourceNotFoundException", "User pool client nosuchclient1234 does not exist.");
            await expectError(get("nosuchclient1234"), "ResourceNotFoundException", "User pool client nosuchclient1234 does not exist.");
            await expectError(set({ ClientId: "ALL", CSS }, "us-east-1_NoSuchPool"), "ResourceNotFoundException", "User pool us-east-1_NoSuchPool does not exist.");
        });

        it("a logo that is neither PNG nor JPEG", async () => {
            const clientId = await newClient();
            await expectError(set({ ClientId: clientId, ImageFile: Buffer.from("GIF89a-not-allowed") }), "InvalidParameterException", "The image file must be a PNG or JPEG image.");
        });

        it("a logo of 102,400 bytes is taken, 102,401 refused", async () => {
            const clientId = await newClient();
            expect(await set({ ClientId: clientId, ImageFile: PNG(102_400) })).to.have.property("ImageUrl");
            await expectError(set({ ClientId: clientId, ImageFile: PNG(102_401) }), "InvalidParameterException", "The image file must be at most 102400 bytes (100 KB); it is 102401 bytes.");
        });

        it("a request of CSS and base64 logo up to 138,240 bytes is taken, one more refused", async () => {
            const clientId = await newClient();
            const image = PNG(99_999); // 133,332 base64 characters
            const base64Length = image.toString("base64").length;
            const css = (extra: number) => `.label-customizable { color: red; }/*${"x".repeat(138_240 - base64Length - 39 + extra)}*/`;
            expect(Buffer.byteLength(css(0)) + base64Length).to.equal(138_240);
            await set({ ClientId: clientId, CSS: css(0), ImageFile: image });
            await expectError(set({ ClientId: clientId, CSS: css(1), ImageFile: image }), "InvalidParameterException", /^Request parameters too large: the CSS and the image file are 138241 bytes; at most 138240 \(135 KB\)\.$/);
        });

        it("CSS with a selector outside the documented class names, or an at-rule", async () => {
            const clientId = await newClient();
            await expectError(set({ ClientId: clientId, CSS: "body { color: red; }\n.label-customizable { color: red; }" }), "InvalidParameterException", /^The CSS uses selectors the hosted UI does not allow: body\. Allowed: \.background-customizable, /);
            await expectError(set({ ClientId: clientId, CSS: "@media print { .label-customizable { color: red; } }" }), "InvalidParameterException", /does not allow: @media print\./);
            await expectError(set({ ClientId: clientId, CSS: ".label-customizable { color: red;" }), "InvalidParameterException", "The CSS cannot be read: it has a { without its }.");
            // Every documented class name, together, with a comment.
            await set({ ClientId: clientId, CSS: "/* all */ .background-customizable, .passwordCheck-notValid-customizable, .idpButton-customizable:hover { color: red; }" });
        });

        it("the model's limits run first: CSS over 131,072 characters", async () => {
            const clientId = await newClient();
            const { status, json } = await rawCall("SetUICustomization", { UserPoolId: pool, ClientId: clientId, CSS: "a".repeat(131_073) });
            expect(status).to.equal(400);
            expect(json.message).to.match(/^1 validation error detected: Value '.*' at 'cSS' failed to satisfy constraint: Member must have length less than or equal to 131072$/);
        });
    });
});
