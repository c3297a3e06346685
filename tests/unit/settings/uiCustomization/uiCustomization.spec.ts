import { expect } from "chai";
import { createHash } from "crypto";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { diffUserPoolClient } from "../../../../provider/diff";
import { CognitoApiError } from "../../../../provider/errors";
import { inputsFromOutputs } from "../../../../provider/mapping";
import { UNKNOWN } from "../../../../provider/schema";
import {
    UI_CSS_SELECTORS,
    cssSelectors,
    explainUiError,
    isNoDomainError,
    normalizeUi,
    ownCustomization,
    plannedUiWork,
    replacedLogoDigest,
    uiOutputs,
    uiRequest,
} from "../../../../provider/settings/uiCustomization";
import { validateInputs } from "../../../../provider/validate";

const BASE = { name: "app", userPoolId: "us-east-1_AbC123" };
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Base64 of an image of `n` bytes in all: its first bytes `magic`, then `fill`. */
const image = (n: number, magic: number[] = PNG_MAGIC, fill = 7) => Buffer.concat([Buffer.from(magic), Buffer.alloc(Math.max(0, n - magic.length), fill)]).subarray(0, n).toString("base64");
const CSS = ".label-customizable { font-weight: 400; }";
/** Valid CSS of exactly `n` characters (one rule and a comment as filler). */
const cssOf = (n: number) => `${CSS}/*${"x".repeat(n - CSS.length - 4)}*/`;
const sha = (base64: string) => createHash("sha256").update(Buffer.from(base64, "base64")).digest("hex");
const LOGO = image(64);
const URL_1 = "https://d1.cloudfront.net/us-east-1_AbC123/client1/20260101000000/assets/images/image.jpg";
const URL_2 = "https://d1.cloudfront.net/us-east-1_AbC123/client1/20260102000000/assets/images/image.jpg";

describe("uiCustomization: validation at every limit", () => {
    const base64Of = (n: number) => Math.ceil(n / 3) * 4;
    const rows: [string, unknown, string[], RegExp?][] = [
        ["CSS alone", { css: CSS }, []],
        ["a PNG logo alone", { imageFile: LOGO }, []],
        ["a JPEG logo (FF D8 FF) and CSS", { css: CSS, imageFile: image(64, [0xff, 0xd8, 0xff, 0xe0]) }, []],
        ["CSS of 131,072 characters (the model's maximum)", { css: cssOf(131_072) }, []],
        ["CSS of 131,073 characters", { css: cssOf(131_073) }, ["uiCustomization.css"], /^uiCustomization\.css must be at most 131072 characters long; received 131073 characters/],
        ["a logo of 102,400 bytes (100 KB)", { imageFile: image(102_400) }, []],
        ["a logo of 102,401 bytes", { imageFile: image(102_401) }, ["uiCustomization.imageFile"], /^uiCustomization\.imageFile must decode to at most 102400 bytes; received 102401 bytes$/],
        ["a logo that is not base64", { imageFile: "not base64!" }, ["uiCustomization.imageFile"], /must be base64 text, e\.g\. fs\.readFileSync\(file\)\.toString\("base64"\)/],
        ["a GIF logo", { imageFile: Buffer.from("GIF89a......").toString("base64") }, ["uiCustomization.imageFile"], /^uiCustomization\.imageFile must be a PNG or JPEG image \(the classic hosted UI takes no other type\); received 12 bytes starting 47 49 46 38$/],
        ["a logo of 7 of PNG's 8 signature bytes", { imageFile: image(7) }, ["uiCustomization.imageFile"], /must be a PNG or JPEG image/],
        ["a logo of JPEG's 3 signature bytes", { imageFile: image(3, [0xff, 0xd8, 0xff]) }, []],
        ["a logo of 2 of JPEG's 3 signature bytes", { imageFile: image(2, [0xff, 0xd8]) }, ["uiCustomization.imageFile"], /must be a PNG or JPEG image/],
        ["an empty logo", { imageFile: "" }, ["uiCustomization.imageFile"], /received 0 bytes starting \(none\)$/],
        ["CSS and logo of 138,240 bytes in all (135 KB)", { css: cssOf(138_240 - base64Of(102_000)), imageFile: image(102_000) }, []],
        ["CSS and logo of 138,241 bytes in all", { css: cssOf(138_241 - base64Of(102_000)), imageFile: image(102_000) }, ["uiCustomization"], /^uiCustomization css and imageFile together must be at most 138240 bytes \(135 KB: .*\); received 138241 bytes$/],
        ["the request size counts the CSS in UTF-8 bytes", { css: `${CSS}/*é${"x".repeat(138_241 - base64Of(102_000) - CSS.length - 6)}*/`, imageFile: image(102_000) }, ["uiCustomization"], /received 138241 bytes$/],
        ["every accepted selector, one rule each", { css: UI_CSS_SELECTORS.map((s) => `${s} { color: red; }`).join("\n") }, []],
        ["accepted selectors in one list, with comments", { css: "/* brand */ .banner-customizable,\n  .logo-customizable { max-width: 80%; } /* end */" }, []],
        ["a selector outside the list", { css: `${CSS}\nbody { margin: 0; }\n.label-customizable:hover { color: red; }` }, ["uiCustomization.css"], /^uiCustomization\.css uses selectors the classic hosted UI does not accept: "body", "\.label-customizable:hover"; the accepted selectors are \.background-customizable, .*\.textDescription-customizable, each on its own/],
        ["an at-rule", { css: `@media (max-width: 600px) { ${CSS} }` }, ["uiCustomization.css"], /does not accept: "@media \(max-width: 600px\)"/],
        ["an @import without a block", { css: `${CSS}\n@import url(x.css);` }, ["uiCustomization.css"], /does not accept: "@import url\(x\.css\);"/],
        ["a { without its }", { css: ".label-customizable { color: red;" }, ["uiCustomization.css"], /^uiCustomization\.css has a \{ without its \}/],
        ["a } without its {", { css: ".label-customizable color: red; }" }, ["uiCustomization.css"], /has a \} without its \{/],
        ["neither css nor imageFile", {}, ["uiCustomization"], /^uiCustomization needs css, imageFile or both; received neither \(leave uiCustomization out for none\)$/],
        ["an empty css alone", { css: "" }, ["uiCustomization"], /received an empty css and no imageFile/],
        ["an unknown field", { css: CSS, logo: LOGO }, ["uiCustomization.logo"], /^uiCustomization\.logo is not a field of uiCustomization; the fields are css, imageFile/],
        ["css as a number", { css: 5 }, ["uiCustomization.css"], /must be a string; received 5$/],
        ["a customization not known until apply", UNKNOWN, []],
        ["css not known until apply", { css: UNKNOWN }, []],
        ["a logo not known until apply, beside CSS", { css: CSS, imageFile: UNKNOWN }, []],
    ];
    for (const [title, ui, properties, reason] of rows) {
        it(`${properties.length ? "fails" : "accepts"} ${title}`, () => {
            const failures = validateInputs({ ...BASE, uiCustomization: ui });
            expect(failures.map((f) => f.property), JSON.stringify(failures).slice(0, 2000)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }
    it("reports every failure at once: the type, the selectors and the size", () => {
        const failures = validateInputs({ ...BASE, uiCustomization: { css: `body {}/*${"x".repeat(3000)}*/`, imageFile: Buffer.alloc(102_000, 1).toString("base64") } });
        expect(failures.map((f) => f.property)).to.deep.equal(["uiCustomization.imageFile", "uiCustomization.css", "uiCustomization"]);
    });
    it("reads selectors the way the classic hosted UI does: comma lists, comments out, whitespace collapsed", () => {
        expect(cssSelectors("/* a { } */ .a ,\n .b  :hover {x} .c{}").selectors).to.deep.equal([".a", ".b :hover", ".c"]);
    });
});

describe("uiCustomization: the normal form, the request and what refresh records", () => {
    it("keeps CSS verbatim and the logo as its SHA-256 digest; the program's base64 and the stored digest compare equal", () => {
        expect(normalizeUi({ css: CSS, imageFile: LOGO })).to.deep.equal({ css: CSS, imageSha256: sha(LOGO) });
        expect(normalizeUi({ css: CSS, imageSha256: sha(LOGO) })).to.deep.equal(normalizeUi({ css: CSS, imageFile: LOGO }));
        expect(normalizeUi({ css: `${CSS} ` })).to.not.deep.equal(normalizeUi({ css: CSS }));
        expect(normalizeUi({ css: "" })).to.equal(undefined);
        expect(normalizeUi(undefined)).to.equal(undefined);
    });
    it("sends the CSS and the logo together; neither for a removal", () => {
        const request = uiRequest({ css: CSS, imageFile: LOGO });
        expect(request.css).to.equal(CSS);
        expect(Buffer.from(request.image!).toString("base64")).to.equal(LOGO);
        expect(uiRequest({ css: CSS })).to.deep.equal({ css: CSS });
        expect(uiRequest(undefined)).to.deep.equal({});
    });
    it("an answer for ALL, for another client, or empty is none of the client's own", () => {
        expect(ownCustomization({ clientId: "ALL", css: CSS }, "client1")).to.equal(undefined);
        expect(ownCustomization({ clientId: "other", css: CSS }, "client1")).to.equal(undefined);
        expect(ownCustomization({}, "client1")).to.equal(undefined);
        expect(ownCustomization({ clientId: "client1", css: CSS }, "client1")).to.deep.equal({ clientId: "client1", css: CSS });
    });
    const stored = { uiCustomization: { css: CSS, imageSha256: sha(LOGO) }, uiCustomizationImageUrl: URL_1, uiCustomizationCssVersion: "1" } as Partial<UserPoolClientOutputs>;
    const rows: [string, Parameters<typeof uiOutputs>[0], Record<string, unknown>][] = [
        ["the same logo URL: the stored digest stands", { clientId: "client1", css: CSS, imageUrl: URL_1, cssVersion: "2" },
            { uiCustomization: { css: CSS, imageSha256: sha(LOGO) }, uiCustomizationImageUrl: URL_1, uiCustomizationCssVersion: "2" }],
        ["a new logo URL: a digest no logo has", { clientId: "client1", css: CSS, imageUrl: URL_2, cssVersion: "3" },
            { uiCustomization: { css: CSS, imageSha256: replacedLogoDigest(URL_2) }, uiCustomizationImageUrl: URL_2, uiCustomizationCssVersion: "3" }],
        ["no logo URL: the logo is gone", { clientId: "client1", css: CSS, cssVersion: "4" },
            { uiCustomization: { css: CSS }, uiCustomizationImageUrl: undefined, uiCustomizationCssVersion: "4" }],
        ["changed CSS, verbatim", { clientId: "client1", css: ".logo-customizable{}", imageUrl: URL_1, cssVersion: "5" },
            { uiCustomization: { css: ".logo-customizable{}", imageSha256: sha(LOGO) }, uiCustomizationImageUrl: URL_1, uiCustomizationCssVersion: "5" }],
        ["none of its own", undefined, { uiCustomization: undefined, uiCustomizationImageUrl: undefined, uiCustomizationCssVersion: undefined }],
    ];
    for (const [title, own, expected] of rows) it(`refresh: ${title}`, () => expect(uiOutputs(own, stored)).to.deep.equal(expected));
    it("import, with nothing stored, reads a logo as replaced: only the program's file can say what it is", () => {
        expect(uiOutputs({ clientId: "c", imageUrl: URL_1 }).uiCustomization).to.deep.equal({ imageSha256: replacedLogoDigest(URL_1) });
    });
    it("an adopted client keeps CSS alone as an argument; one with a logo is declared by the program with its file", () => {
        expect(inputsFromOutputs({ ...BASE, clientId: "c", uiCustomization: { css: CSS } } as UserPoolClientOutputs).uiCustomization).to.deep.equal({ css: CSS });
        expect(inputsFromOutputs({ ...BASE, clientId: "c", uiCustomization: { css: CSS, imageSha256: sha(LOGO) } } as UserPoolClientOutputs)).to.not.have.property("uiCustomization");
    });
});

describe("uiCustomization: what an update does", () => {
    const stored = (ui: unknown, extra: Partial<UserPoolClientOutputs> = {}) => ({ uiCustomization: ui, uiCustomizationImageUrl: URL_1, uiCustomizationCssVersion: "1", ...extra }) as Partial<UserPoolClientOutputs>;
    const rows: [string, Partial<UserPoolClientOutputs>, unknown, string | undefined][] = [
        ["nothing when unchanged (the program's base64 against the stored digest)", stored({ css: CSS, imageSha256: sha(LOGO) }), { css: CSS, imageFile: LOGO }, undefined],
        ["sets when the CSS changes", stored({ css: CSS, imageSha256: sha(LOGO) }), { css: ".logo-customizable {}", imageFile: LOGO }, "set"],
        ["sets when the logo changes", stored({ css: CSS, imageSha256: sha(LOGO) }), { css: CSS, imageFile: image(64, PNG_MAGIC, 9) }, "set"],
        ["sets when the logo was replaced outside Pulumi", stored({ css: CSS, imageSha256: replacedLogoDigest(URL_2) }), { css: CSS, imageFile: LOGO }, "set"],
        ["sets when the logo is added", stored({ css: CSS }), { css: CSS, imageFile: LOGO }, "set"],
        ["sets when the customization is added", {}, { css: CSS }, "set"],
        ["sets again when refresh found it removed outside Pulumi", stored(undefined, { uiCustomizationImageUrl: undefined, uiCustomizationCssVersion: undefined }), { css: CSS }, "set"],
        ["removes when the argument is removed", stored({ css: CSS }), undefined, "remove"],
        ["nothing for a client that never had one", {}, undefined, undefined],
    ];
    for (const [title, olds, ui, step] of rows) {
        it(title, () => expect(plannedUiWork(olds, { uiCustomization: ui } as Partial<UserPoolClientInputs>)).to.equal(step));
    }
    it("diff: a change is in place; the logo's URL and the CSS version are never compared", () => {
        const olds = { ...BASE, clientId: "c", region: "us-east-1", ...stored({ css: CSS, imageSha256: sha(LOGO) }) } as Partial<UserPoolClientOutputs>;
        expect(diffUserPoolClient(olds, { ...BASE, uiCustomization: { css: CSS, imageFile: LOGO } }, "us-east-1")).to.deep.equal({ changed: [], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE, uiCustomization: { css: CSS } }, "us-east-1")).to.deep.equal({ changed: ["uiCustomization"], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE }, "us-east-1")).to.deep.equal({ changed: ["uiCustomization"], replaces: [] });
    });
});

describe("uiCustomization: what the errors mean", () => {
    const noDomain = new CognitoApiError("setting the classic hosted UI customization of", "us-east-1_AbC123/c", "InvalidParameterException", "There has to be an existing domain associated with this user pool", "req-1", 1);
    it("no domain: says to create it first and depend on it", () => {
        expect(isNoDomainError(noDomain)).to.equal(true);
        expect(explainUiError(noDomain, "us-east-1_AbC123").message).to.match(/^uiCustomization needs a domain on user pool us-east-1_AbC123: create the domain first \(aws\.cognito\.UserPoolDomain\) and give the client dependsOn: \[domain\].*There has to be an existing domain/);
    });
    it("other errors pass unchanged", () => {
        const other = new CognitoApiError("setting", "t", "InvalidParameterException", "The image file must be a PNG or JPEG image.", "req-2", 1);
        expect(isNoDomainError(other)).to.equal(false);
        expect(explainUiError(other, "us-east-1_AbC123")).to.equal(other);
    });
});
