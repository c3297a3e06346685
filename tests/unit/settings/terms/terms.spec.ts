import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { diffUserPoolClient } from "../../../../provider/diff";
import { TERMS_LANGUAGES, normalizeTerms, oneTermsKindWarning, plannedTermsWork, termsDocumentOf, termsRequest } from "../../../../provider/settings/terms";
import { UNKNOWN } from "../../../../provider/schema";
import { validateInputs } from "../../../../provider/validate";

const BASE = { name: "app", userPoolId: "us-east-1_AbC123" };
const TOU = { links: { default: "https://example.com/terms", french: "https://example.com/fr/terms" } };
const PP = { links: { default: "https://example.com/privacy" } };
const ID_A = "0e3b1a52-6c1f-4d0e-9a51-2b5f3c0d9e01";
const ID_B = "7a5e2c41-3b9d-4f8e-8c21-9d0e1f2a3b4c";

describe("terms: validation at every limit", () => {
    const url = (n: number) => "https://example.com/" + "a".repeat(n - 20);
    const languages = Object.keys(TERMS_LANGUAGES);
    const rows: [string, unknown, string[], RegExp?][] = [
        ["both kinds", { termsOfUse: TOU, privacyPolicy: PP }, []],
        ["one kind (a warning, not a failure)", { termsOfUse: TOU }, []],
        ["enforcement NONE", { termsOfUse: { ...TOU, enforcement: "NONE" } }, []],
        ["13 links, every language", { termsOfUse: { links: Object.fromEntries(languages.map((l) => [l, `https://example.com/${l}`])) } }, []],
        ["a 1024-character URL", { privacyPolicy: { links: { default: url(1024) } } }, []],
        ["a 1-character URL (the model's minimum)", { privacyPolicy: { links: { default: "x" } } }, []],
        ["a 1025-character URL", { privacyPolicy: { links: { default: url(1025) } } }, ["terms.privacyPolicy.links.default"], /must be 1 to 1024 characters long; received 1025 characters/],
        ["an empty URL", { privacyPolicy: { links: { default: "" } } }, ["terms.privacyPolicy.links.default"], /must be 1 to 1024 characters long; received 0 characters/],
        ["a URL with a space", { privacyPolicy: { links: { default: "https://example.com/a b" } } }, ["terms.privacyPolicy.links.default"], /no whitespace/],
        ["no links", { termsOfUse: { links: {} } }, ["terms.termsOfUse.links"], /^terms\.termsOfUse\.links must have 1 to 13 entries; received 0$/],
        ["links missing", { termsOfUse: {} }, ["terms.termsOfUse.links"], /^terms\.termsOfUse\.links is required$/],
        ["an unknown language", { termsOfUse: { links: { klingon: "https://example.com/tlh" } } }, ["terms.termsOfUse.links.klingon"], /^terms\.termsOfUse\.links\.klingon is not a key of terms\.termsOfUse\.links; the keys are default, dutch, english, french, spanish, german, bahasaIndonesia, italian, japanese, korean, portugueseBrazil, chineseSimplified, chineseTraditional$/],
        ["Cognito's own language ID as a key", { termsOfUse: { links: { "cognito:default": "https://example.com" } } }, ["terms.termsOfUse.links.cognito:default"], /is not a key/],
        ["enforcement other than NONE", { termsOfUse: { ...TOU, enforcement: "REQUIRED" } }, ["terms.termsOfUse.enforcement"], /must be one of NONE; received "REQUIRED"$/],
        ["an unknown field", { termsOfUse: { ...TOU, source: "LINK" } }, ["terms.termsOfUse.source"], /is not a field of terms\.termsOfUse/],
        ["an unknown kind", { cookiePolicy: PP }, ["terms.cookiePolicy"], /is not a field of terms; the fields are termsOfUse, privacyPolicy/],
        ["neither kind", {}, ["terms"], /^terms needs termsOfUse, privacyPolicy or both; received neither/],
        ["terms not known until apply", UNKNOWN, []],
    ];
    for (const [title, terms, properties, reason] of rows) {
        it(`${properties.length ? "fails" : "accepts"} ${title}`, () => {
            const failures = validateInputs({ ...BASE, terms });
            expect(failures.map((f) => f.property), JSON.stringify(failures)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }
    it("fails 14 links: at most 13, one per language, and a 14th key is no language", () => {
        const links = { ...Object.fromEntries(languages.map((l) => [l, "https://example.com"])), extra: "https://example.com" };
        const failures = validateInputs({ ...BASE, terms: { termsOfUse: { links } } });
        expect(failures.map((f) => f.property)).to.deep.equal(["terms.termsOfUse.links", "terms.termsOfUse.links.extra"]);
        expect(failures[0].reason).to.equal("terms.termsOfUse.links must have 1 to 13 entries; received 14");
    });
});

describe("terms: mapping to the API and back", () => {
    it("keys links by Cognito's language IDs and states enforcement NONE", () => {
        expect(termsRequest("termsOfUse", { links: { default: "https://a", chineseTraditional: "https://b", bahasaIndonesia: "https://c" } })).to.deep.equal({
            name: "terms-of-use",
            links: { "cognito:default": "https://a", "cognito:chinese-traditional": "https://b", "cognito:bahasa-indonesia": "https://c" },
            enforcement: "NONE",
        });
        expect(termsRequest("privacyPolicy", PP).name).to.equal("privacy-policy");
    });
    it("reads a described document back in the program's form", () => {
        const answer = { id: ID_A, name: "terms-of-use", enforcement: "NONE", links: { "cognito:portuguese-brazil": "https://p", "cognito:default": "https://d" } };
        expect(termsDocumentOf(answer)).to.deep.equal({ links: { portugueseBrazil: "https://p", default: "https://d" }, enforcement: "NONE" });
        expect(termsRequest("termsOfUse", termsDocumentOf(answer)).links).to.deep.equal(answer.links);
    });
    it("normalizes enforcement NONE to unset and drops empty terms", () => {
        expect(normalizeTerms({ termsOfUse: { ...TOU, enforcement: "NONE" } })).to.deep.equal({ termsOfUse: { links: TOU.links } });
        expect(normalizeTerms({})).to.equal(undefined);
        expect(normalizeTerms(undefined)).to.equal(undefined);
    });
});

describe("terms: what an update does", () => {
    const stored = (terms: unknown, ids: Partial<UserPoolClientOutputs> = {}) => ({ terms, ...ids }) as Partial<UserPoolClientOutputs>;
    const rows: [string, Partial<UserPoolClientOutputs>, unknown, Record<string, string>][] = [
        ["nothing when unchanged", stored({ termsOfUse: TOU }, { termsOfUseId: ID_A }), { termsOfUse: TOU }, {}],
        ["nothing when only link order or enforcement NONE differ", stored({ termsOfUse: { links: { french: TOU.links.french, default: TOU.links.default }, enforcement: "NONE" } }, { termsOfUseId: ID_A }), { termsOfUse: TOU }, {}],
        ["creates a document added", stored({ termsOfUse: TOU }, { termsOfUseId: ID_A }), { termsOfUse: TOU, privacyPolicy: PP }, { privacyPolicy: "create" }],
        ["creates a document deleted outside Pulumi (refresh left no ID)", stored({ termsOfUse: TOU }), { termsOfUse: TOU }, { termsOfUse: "create" }],
        ["updates a document whose links changed", stored({ termsOfUse: TOU }, { termsOfUseId: ID_A }), { termsOfUse: { links: { default: "https://example.com/v2" } } }, { termsOfUse: "update" }],
        ["deletes a document removed", stored({ termsOfUse: TOU, privacyPolicy: PP }, { termsOfUseId: ID_A, privacyPolicyId: ID_B }), { termsOfUse: TOU }, { privacyPolicy: "delete" }],
        ["deletes both when terms is removed", stored({ termsOfUse: TOU, privacyPolicy: PP }, { termsOfUseId: ID_A, privacyPolicyId: ID_B }), undefined, { termsOfUse: "delete", privacyPolicy: "delete" }],
    ];
    for (const [title, olds, terms, plan] of rows) {
        it(title, () => expect(plannedTermsWork(olds, { terms } as Partial<UserPoolClientInputs>)).to.deep.equal(plan));
    }
    it("diff: a change of terms is in place; their IDs are never compared", () => {
        const olds = { ...BASE, clientId: "c", region: "us-east-1", terms: { termsOfUse: TOU }, termsOfUseId: ID_A } as Partial<UserPoolClientOutputs>;
        expect(diffUserPoolClient(olds, { ...BASE, terms: { termsOfUse: TOU } }, "us-east-1")).to.deep.equal({ changed: [], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE, terms: { termsOfUse: TOU, privacyPolicy: PP } }, "us-east-1")).to.deep.equal({ changed: ["terms"], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE }, "us-east-1")).to.deep.equal({ changed: ["terms"], replaces: [] });
    });
});

describe("terms: the warning for one kind", () => {
    it("warns when one kind is given, names the missing one", () => {
        expect(oneTermsKindWarning({ termsOfUse: TOU })).to.match(/^terms: only termsOfUse is given; .* add privacyPolicy/);
        expect(oneTermsKindWarning({ privacyPolicy: PP })).to.match(/only privacyPolicy is given; .* add termsOfUse/);
    });
    it("does not warn for both, or for none", () => {
        expect(oneTermsKindWarning({ termsOfUse: TOU, privacyPolicy: PP })).to.equal(undefined);
        expect(oneTermsKindWarning(undefined)).to.equal(undefined);
    });
});
