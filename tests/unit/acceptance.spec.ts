import { expect } from "chai";
import { preflightProblems } from "../../scripts/acceptance";
import { behaviourRows, fillConfirmedColumn, resolveRow } from "../../scripts/behaviourTable";

describe("acceptance: the refusal to start against AWS", () => {
    const cases: { env: Record<string, string>; refusals: RegExp[] }[] = [
        { env: {}, refusals: [/^COGNITO_ACCEPTANCE is not set; set COGNITO_ACCEPTANCE=1/] },
        { env: { COGNITO_ACCEPTANCE: "yes" }, refusals: [/^COGNITO_ACCEPTANCE is "yes"; set COGNITO_ACCEPTANCE=1/] },
        { env: { COGNITO_ACCEPTANCE: "1" }, refusals: [] },
        { env: { COGNITO_ACCEPTANCE: "1", AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:5000" }, refusals: [/^AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER is set \(http:\/\/127.0.0.1:5000\).*unset it$/] },
        { env: { COGNITO_ACCEPTANCE: "1", AWS_ENDPOINT_URL: "http://x", AWS_ENDPOINT_URL_STS: "http://y" }, refusals: [/^AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS are set .*unset them$/] },
        { env: { COGNITO_ACCEPTANCE: "1", AWS_ENDPOINT_URL: "" }, refusals: [] },
        { env: { LOCAL_COGNITO: "plain" }, refusals: [/^COGNITO_ACCEPTANCE is not set/, /^LOCAL_COGNITO is set \("plain"\)/] },
    ];
    for (const { env, refusals } of cases) {
        it(`${JSON.stringify(env)}: ${refusals.length ? `${refusals.length} refusal(s)` : "may start"}`, () => {
            const problems = preflightProblems(env);
            expect(problems).to.have.length(refusals.length);
            refusals.forEach((r, i) => expect(problems[i]).to.match(r));
        });
    }
});

describe("acceptance: the behaviour table's Confirmed on AWS column", () => {
    const table = [
        "# Title",
        "## Behaviour",
        "",
        "| Behaviour | What | Source | Moto |",
        "|---|---|---|---|",
        "| **Update resets** | all | doc | merges |",
        "| Dates | present | obs | absent |",
        "| **Terms documents**: operations | six | doc |",
        "| Update | replaces | chosen | – |",
        "| **Managed login branding**: operations | five | doc | none |",
        "| Update | merges | chosen | – |",
        "",
        "## Next",
        "| not | a row |",
    ].join("\n");

    it("rows know their group; a cell that names two rows needs its group", () => {
        const rows = behaviourRows(table);
        expect(rows.map((r) => `${r.group} › ${r.behaviour}`)).to.deep.equal([
            "Update resets › Update resets", "Update resets › Dates", "Terms documents › Terms documents: operations", "Terms documents › Update",
            "Managed login branding › Managed login branding: operations", "Managed login branding › Update",
        ]);
        expect(resolveRow(rows, "**Update resets**").line).to.equal(5);
        expect(resolveRow(rows, "Update resets").line).to.equal(5);
        expect(resolveRow(rows, "Managed login branding › Update").line).to.equal(10);
        expect(() => resolveRow(rows, "Update")).to.throw('"Update" names 2 rows of docs/local-cognito.md (groups Terms documents, Managed login branding); write "<group> › Update"');
        expect(() => resolveRow(rows, "Missing")).to.throw('no row "Missing"');
    });

    it("adds the column with a dash in every row (padding a row with a cell left out), and fills observed rows", () => {
        const empty = fillConfirmedColumn(table, { date: "", region: "", observations: [] });
        expect(empty.split("\n").slice(3, 6)).to.deep.equal(["| Behaviour | What | Source | Moto | Confirmed on AWS |", "|---|---|---|---|---|", "| **Update resets** | all | doc | merges | – |"]);
        expect(empty.split("\n")[7]).to.equal("| **Terms documents**: operations | six | doc | – | – |");
        expect(empty.split("\n").slice(11)).to.deep.equal(["", "## Next", "| not | a row |"]);
        expect(fillConfirmedColumn(empty, { date: "", region: "", observations: [] })).to.equal(empty);

        const filled = fillConfirmedColumn(empty, {
            date: "2026-12-01",
            region: "eu-west-1",
            observations: [
                { row: "Dates", agrees: true, detail: "as documented" },
                { row: "Terms documents › Update", agrees: true, detail: "as documented" },
                { row: "Terms documents › Update", agrees: false, detail: "expected a | b\nto equal c" },
            ],
        }).split("\n");
        expect(filled[6]).to.equal("| Dates | present | obs | absent | yes (2026-12-01, eu-west-1) |");
        expect(filled[8]).to.equal("| Update | replaces | chosen | – | **differs** (2026-12-01, eu-west-1): expected a \\| b to equal c |");
        expect(filled[10]).to.equal("| Update | merges | chosen | – | – |");
    });

    it("the docs' own table: every row resolves by its group, and the column is there", async () => {
        const fs = await import("fs");
        const docs = fs.readFileSync(require.resolve("../../../docs/local-cognito.md"), "utf8");
        const rows = behaviourRows(docs);
        expect(rows.length).to.be.greaterThan(100);
        for (const row of rows) expect(resolveRow(rows, `${row.group} › ${row.behaviour}`)).to.equal(row);
        expect(fillConfirmedColumn(docs, { date: "", region: "", observations: [] })).to.equal(docs);
    });
});
