import { expect } from "chai";
import { detailedDiff } from "../../../provider/plugin/detailedDiff";
import { SECRET_SIGNATURE, SIGNATURE_KEY, secret, unwrapSecrets, wrapSecrets } from "../../../provider/plugin/wire";

describe("plugin wire values", () => {
    it("unwraps secrets at any depth and says where they were", () => {
        const { values, secretPaths } = unwrapSecrets({ clientSecret: secret("s3cret"), branding: { settings: secret({ a: 1 }) }, urls: ["x", secret("y")], plain: 1 });
        expect(values).to.deep.equal({ clientSecret: "s3cret", branding: { settings: { a: 1 } }, urls: ["x", "y"], plain: 1 });
        expect(secretPaths.sort()).to.deep.equal(["branding.settings", "clientSecret", "urls.1"]);
    });

    it("wraps the paths that came secret and the always-secret keys, skips absent ones and drops undefined", () => {
        const wrapped = wrapSecrets({ clientSecret: "s", previousClientSecret: undefined, urls: ["x", "y"], nested: { a: undefined, b: 2 } }, ["urls.1"], ["clientSecret", "previousClientSecret"]);
        expect(wrapped).to.deep.equal({ clientSecret: { [SIGNATURE_KEY]: SECRET_SIGNATURE, value: "s" }, urls: ["x", secret("y")], nested: { b: 2 } });
    });

    it("round-trips: wrapping what was unwrapped gives the input back", () => {
        const input = { a: secret("1"), b: { c: secret(["x"]) }, d: [secret(true)] };
        const { values, secretPaths } = unwrapSecrets(input);
        expect(wrapSecrets(values, secretPaths)).to.deep.equal(input);
    });
});

describe("plugin detailed diff", () => {
    const cases: { what: string; olds: Record<string, unknown>; news: Record<string, unknown>; replaces: string[]; want: Record<string, { kind: string; replaces: boolean }> }[] = [
        { what: "an added argument", olds: {}, news: { logoutUrls: ["a"] }, replaces: [], want: { logoutUrls: { kind: "add", replaces: false } } },
        { what: "a removed argument", olds: { logoutUrls: ["a"] }, news: {}, replaces: [], want: { logoutUrls: { kind: "delete", replaces: false } } },
        { what: "a changed argument", olds: { name: "a" }, news: { name: "b" }, replaces: [], want: { name: { kind: "update", replaces: false } } },
        { what: "a replacing change", olds: { userPoolId: "p1" }, news: { userPoolId: "p2" }, replaces: ["userPoolId"], want: { userPoolId: { kind: "update", replaces: true } } },
        { what: "a secret added, replacing", olds: { generateSecret: null }, news: { generateSecret: true }, replaces: ["generateSecret"], want: { generateSecret: { kind: "add", replaces: true } } },
    ];
    for (const c of cases) {
        it(c.what, () => expect(detailedDiff(Object.keys(c.want), c.replaces, c.olds, c.news)).to.deep.equal(c.want));
    }
});
