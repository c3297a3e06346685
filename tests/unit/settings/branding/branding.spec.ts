import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { diffUserPoolClient } from "../../../../provider/diff";
import { brandingRequests, coversSettings, normalizeBranding, plannedBrandingWork, reconcileBranding } from "../../../../provider/settings/branding";
import { UNKNOWN } from "../../../../provider/schema";
import { validateInputs } from "../../../../provider/validate";

const BASE = { name: "app", userPoolId: "us-east-1_AbC123" };
/** Base64 of `n` bytes of `fill`. */
const b64 = (n: number, fill = 7) => Buffer.alloc(n, fill).toString("base64");
const asset = (category: string, colorMode = "LIGHT", bytes = b64(10), extra: Record<string, unknown> = {}) => ({ category, colorMode, extension: "PNG", bytes, ...extra });
const SETTINGS = { components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff" } } } }, categories: { global: { colorSchemeMode: "LIGHT" } } };
const ID = "0e3b1a52-6c1f-4d0e-9a51-2b5f3c0d9e01";

describe("managedLoginBranding: validation at every limit", () => {
    const logos = (n: number) => Array.from({ length: n }, (_, i) => asset(["PAGE_HEADER_LOGO", "PAGE_FOOTER_LOGO", "FORM_LOGO", "PAGE_BACKGROUND", "FORM_BACKGROUND", "PAGE_HEADER_BACKGROUND", "PAGE_FOOTER_BACKGROUND", "EMAIL_GRAPHIC", "SMS_GRAPHIC", "AUTH_APP_GRAPHIC", "PASSWORD_GRAPHIC", "PASSKEY_GRAPHIC", "IDP_BUTTON_ICON", "FAVICON_ICO"][i % 14], ["LIGHT", "DARK", "DYNAMIC"][Math.floor(i / 14)], b64(3), i >= 40 ? { resourceId: `extra ${i}` } : {}));
    const rows: [string, unknown, string[], RegExp?][] = [
        ["Cognito's default style", { useCognitoProvidedValues: true }, []],
        ["settings alone", { settings: SETTINGS }, []],
        ["settings and 40 assets", { settings: SETTINGS, assets: logos(40) }, []],
        ["an asset of exactly 1,000,000 bytes", { settings: {}, assets: [asset("FORM_LOGO", "DARK", b64(1_000_000))] }, []],
        ["a 40-character resourceId with spaces, _ and -", { settings: {}, assets: [asset("FORM_LOGO", "LIGHT", b64(3), { resourceId: "logo_v2-" + "x".repeat(27) + " dark" })] }, []],
        ["useCognitoProvidedValues: true with settings", { useCognitoProvidedValues: true, settings: SETTINGS }, ["managedLoginBranding"], /^managedLoginBranding useCognitoProvidedValues: true takes neither settings nor assets/],
        ["useCognitoProvidedValues: true with assets", { useCognitoProvidedValues: true, assets: [asset("FORM_LOGO")] }, ["managedLoginBranding"], /takes neither settings nor assets/],
        ["an empty style", {}, ["managedLoginBranding"], /^managedLoginBranding needs useCognitoProvidedValues: true, or settings \(with assets if any\); received \{\}$/],
        ["useCognitoProvidedValues: false alone", { useCognitoProvidedValues: false }, ["managedLoginBranding"], /needs useCognitoProvidedValues: true, or settings/],
        ["41 assets", { settings: {}, assets: logos(41) }, ["managedLoginBranding.assets"], /^managedLoginBranding\.assets must have at most 40 items; received 41$/],
        ["an asset of 1,000,001 bytes", { settings: {}, assets: [asset("FORM_LOGO", "DARK", b64(1_000_001))] }, ["managedLoginBranding.assets[0].bytes"], /^managedLoginBranding\.assets\[0\]\.bytes must decode to at most 1000000 bytes; received 1000001 bytes$/],
        ["bytes that are not base64", { settings: {}, assets: [asset("FORM_LOGO", "DARK", "not base64!")] }, ["managedLoginBranding.assets[0].bytes"], /must be base64 text, e\.g\. fs\.readFileSync\(file\)\.toString\("base64"\)/],
        ["bytes missing", { settings: {}, assets: [{ category: "FORM_LOGO", colorMode: "DARK", extension: "PNG" }] }, ["managedLoginBranding.assets[0].bytes"], /is required$/],
        ["an unknown category", { settings: {}, assets: [asset("HEADER_LOGO")] }, ["managedLoginBranding.assets[0].category"], /must be one of FAVICON_ICO, .*IDP_BUTTON_ICON; received "HEADER_LOGO"$/],
        ["a colour mode in lower case", { settings: {}, assets: [asset("FORM_LOGO", "dark")] }, ["managedLoginBranding.assets[0].colorMode"], /received "dark"; did you mean DARK\?$/],
        ["a GIF", { settings: {}, assets: [{ ...asset("FORM_LOGO"), extension: "GIF" }] }, ["managedLoginBranding.assets[0].extension"], /must be one of ICO, JPEG, PNG, SVG, WEBP; received "GIF"$/],
        ["a 41-character resourceId", { settings: {}, assets: [asset("FORM_LOGO", "LIGHT", b64(3), { resourceId: "r".repeat(41) })] }, ["managedLoginBranding.assets[0].resourceId"], /must be 1 to 40 characters long; received 41 characters/],
        ["a resourceId with a dot", { settings: {}, assets: [asset("FORM_LOGO", "LIGHT", b64(3), { resourceId: "logo.png" })] }, ["managedLoginBranding.assets[0].resourceId"], /letters, digits, _, - and spaces/],
        ["two assets of one category and colour mode", { settings: {}, assets: [asset("FORM_LOGO", "DARK"), asset("FORM_LOGO", "DARK", b64(4))] }, ["managedLoginBranding.assets[1]"], /^managedLoginBranding\.assets\[1\] repeats category FORM_LOGO in colour mode DARK; a style has one asset of each category and colour mode$/],
        ["settings as a string", { settings: "{}" }, ["managedLoginBranding.settings"], /must be a JSON object, e\.g\. the settings the branding editor exports; received "\{\}"$/],
        ["settings as a list", { settings: [SETTINGS] }, ["managedLoginBranding.settings"], /must be a JSON object/],
        ["a style not known until apply", UNKNOWN, []],
    ];
    for (const [title, branding, properties, reason] of rows) {
        it(`${properties.length ? "fails" : "accepts"} ${title}`, () => {
            const failures = validateInputs({ ...BASE, managedLoginBranding: branding });
            expect(failures.map((f) => f.property), JSON.stringify(failures).slice(0, 500)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }
});

describe("managedLoginBranding: requests under the 2 MB limit", () => {
    const bytes = (n: number) => ({ category: "FORM_LOGO", colorMode: "LIGHT", extension: "PNG", bytes: new Uint8Array(n) });
    it("one request when everything fits", () => {
        const requests = brandingRequests(SETTINGS, [bytes(100_000), bytes(200_000)]);
        expect(requests).to.have.length(1);
        expect(requests[0].settings).to.equal(SETTINGS);
        expect(requests[0].assets).to.have.length(2);
    });
    it("three assets of 900,000 bytes: three requests, the settings in the first, no request over the limit", () => {
        const requests = brandingRequests(SETTINGS, [bytes(900_000), bytes(900_000), bytes(900_000)]);
        expect(requests.map((r) => r.assets?.length ?? 0)).to.deep.equal([1, 1, 1]);
        expect(requests.map((r) => r.settings !== undefined)).to.deep.equal([true, false, false]);
        for (const r of requests) expect(Buffer.byteLength(JSON.stringify({ ...r, assets: r.assets?.map((a) => ({ ...a, bytes: Buffer.from(a.bytes).toString("base64") })) }))).to.be.below(2_000_000);
    });
    it("40 assets of 1,000,000 bytes: 40 requests, every asset once", () => {
        const requests = brandingRequests({}, Array.from({ length: 40 }, () => bytes(1_000_000)));
        expect(requests).to.have.length(40);
        expect(requests.flatMap((r) => r.assets ?? [])).to.have.length(40);
    });
    it("an asset alone is sent even when it fills a request", () => {
        expect(brandingRequests(undefined, [bytes(1_400_000)], 1_000_000).map((r) => r.assets?.length)).to.deep.equal([1]);
    });
});

describe("managedLoginBranding: comparing and planning", () => {
    const stored = (branding: unknown, id: string | null = ID) => ({ managedLoginBranding: normalizeBranding(branding as never), managedLoginBrandingId: id ?? undefined }) as Partial<UserPoolClientOutputs>;
    const news = (branding: unknown) => ({ managedLoginBranding: branding }) as Partial<UserPoolClientInputs>;
    const rows: [string, Partial<UserPoolClientOutputs>, Partial<UserPoolClientInputs>, string | undefined][] = [
        ["nothing when unchanged", stored({ settings: SETTINGS, assets: [asset("FORM_LOGO")] }), news({ settings: SETTINGS, assets: [asset("FORM_LOGO")] }), undefined],
        ["nothing when only key order differs", stored({ settings: { b: 1, a: { d: 2, c: 3 } } }), news({ settings: { a: { c: 3, d: 2 }, b: 1 } }), undefined],
        ["nothing when only asset order differs", stored({ settings: {}, assets: [asset("FORM_LOGO"), asset("PAGE_BACKGROUND")] }), news({ settings: {}, assets: [asset("PAGE_BACKGROUND"), asset("FORM_LOGO")] }), undefined],
        ["creates a style added", {}, news({ useCognitoProvidedValues: true }), "create"],
        ["creates a style deleted outside Pulumi (refresh left no ID)", stored({ useCognitoProvidedValues: true }, null), news({ useCognitoProvidedValues: true }), "create"],
        ["deletes a style removed", stored({ useCognitoProvidedValues: true }), news(undefined), "delete"],
        ["updates changed settings in place", stored({ settings: SETTINGS }), news({ settings: { ...SETTINGS, extra: true } }), "update"],
        ["updates a changed image in place", stored({ settings: {}, assets: [asset("FORM_LOGO")] }), news({ settings: {}, assets: [asset("FORM_LOGO", "LIGHT", b64(11))] }), "update"],
        ["updates an added image in place", stored({ settings: {}, assets: [asset("FORM_LOGO")] }), news({ settings: {}, assets: [asset("FORM_LOGO"), asset("FORM_LOGO", "DARK")] }), "update"],
        ["updates Cognito's default style to settings in place", stored({ useCognitoProvidedValues: true }), news({ settings: SETTINGS }), "update"],
        ["resets a custom style to Cognito's default in place", stored({ settings: SETTINGS }), news({ useCognitoProvidedValues: true }), "reset"],
        ["makes the style anew when an image is removed (Cognito keeps assets an update does not name)", stored({ settings: {}, assets: [asset("FORM_LOGO"), asset("FORM_LOGO", "DARK")] }), news({ settings: {}, assets: [asset("FORM_LOGO")] }), "replace"],
    ];
    for (const [title, olds, desired, step] of rows) it(title, () => expect(plannedBrandingWork(olds, desired)).to.equal(step));

    it("keeps images out of the outputs: digests only, the same for base64 text and bytes", () => {
        const normal = normalizeBranding({ settings: {}, assets: [asset("FORM_LOGO", "LIGHT", b64(10))] })!;
        const sha256 = require("crypto").createHash("sha256").update(Buffer.alloc(10, 7)).digest("hex");
        expect(normal.assets![0]).to.deep.equal({ category: "FORM_LOGO", colorMode: "LIGHT", extension: "PNG", sha256 });
        expect(JSON.stringify(normal)).to.not.include(b64(10));
        expect(normalizeBranding(normal)).to.deep.equal(normal);
    });

    it("settings Cognito fills in are no change; a changed or removed value is", () => {
        expect(coversSettings({ a: 1, b: { c: 2, filled: true }, extra: [1] }, { b: { c: 2 }, a: 1 })).to.equal(true);
        expect(coversSettings({ a: 1, b: { c: 3 } }, { b: { c: 2 }, a: 1 })).to.equal(false);
        expect(coversSettings({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
        const mine = normalizeBranding({ settings: { a: 1 } });
        expect(reconcileBranding(mine, { settings: { a: 1, filledIn: "x" } })).to.equal(mine);
        expect(reconcileBranding(mine, { settings: { a: 2 } })).to.deep.equal({ settings: { a: 2 } });
        expect(reconcileBranding(mine, undefined)).to.equal(undefined);
    });

    it("diff: a change of the style is in place; its ID is never compared", () => {
        const olds = { ...BASE, clientId: "c", region: "us-east-1", ...stored({ useCognitoProvidedValues: true }) } as Partial<UserPoolClientOutputs>;
        expect(diffUserPoolClient(olds, { ...BASE, managedLoginBranding: { useCognitoProvidedValues: true } }, "us-east-1")).to.deep.equal({ changed: [], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE, managedLoginBranding: { settings: SETTINGS } }, "us-east-1")).to.deep.equal({ changed: ["managedLoginBranding"], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE }, "us-east-1")).to.deep.equal({ changed: ["managedLoginBranding"], replaces: [] });
    });
});
