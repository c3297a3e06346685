/**
 * The behaviour table of docs/local-cognito.md, read and written: the rows an acceptance run confirms, and its
 * "Confirmed on AWS" column, which `npm run acceptance:confirm -- <report>` fills from a run against AWS.
 */

/** One row of the table: its line, its group (the last row above whose first cell starts in bold) and its first cell. */
export interface BehaviourRow {
    line: number;
    group: string;
    /** The first cell without bold markup. */
    behaviour: string;
    /** The first cell as written. */
    cell: string;
}

export const CONFIRMED_COLUMN = "Confirmed on AWS";
const TABLE_START = "## Behaviour";
const TABLE_END = /^## /;

const cellsOf = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
const withoutBold = (text: string) => text.replace(/\*\*/g, "");

/** The lines of the behaviour table: its header, its separator and its rows. */
function tableLines(lines: string[]): { header: number; rows: number[] } {
    const start = lines.findIndex((l) => l.startsWith(TABLE_START));
    if (start < 0) throw new Error(`docs/local-cognito.md has no "${TABLE_START}" section`);
    let header = -1;
    const rows: number[] = [];
    for (let i = start + 1; i < lines.length && !TABLE_END.test(lines[i]); i++) {
        if (!lines[i].startsWith("|")) continue;
        if (header < 0) header = i;
        else if (i > header + 1) rows.push(i);
    }
    if (header < 0) throw new Error("docs/local-cognito.md: the behaviour section has no table");
    return { header, rows };
}

export function behaviourRows(markdown: string): BehaviourRow[] {
    const lines = markdown.split("\n");
    let group = "";
    return tableLines(lines).rows.map((line) => {
        const cell = cellsOf(lines[line])[0];
        const bold = /^\*\*([^*]+)\*\*/.exec(cell);
        if (bold) group = bold[1].replace(/:$/, "");
        return { line, group, behaviour: withoutBold(cell), cell };
    });
}

/**
 * The row a key names: the first cell as written or without bold, or `<group> › <first cell>` where the cell alone
 * names more than one row. Throws when the key names no row or several.
 */
export function resolveRow(rows: BehaviourRow[], key: string): BehaviourRow {
    const [group, behaviour] = key.includes(" › ") ? key.split(" › ", 2) : [undefined, key];
    const matches = rows.filter((r) => (r.cell === behaviour || r.behaviour === withoutBold(behaviour)) && (group === undefined || r.group === group));
    if (matches.length === 1) return matches[0];
    if (matches.length === 0) throw new Error(`no row "${key}" in the behaviour table of docs/local-cognito.md`);
    throw new Error(`"${key}" names ${matches.length} rows of docs/local-cognito.md (groups ${matches.map((m) => m.group).join(", ")}); write "<group> › ${behaviour}"`);
}

export interface ConfirmedObservation {
    row: string;
    agrees: boolean;
    detail: string;
}

const cellText = (text: string, max = 160) => {
    const flat = text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * The markdown with its behaviour table's "Confirmed on AWS" column filled from a run against AWS: "yes (date,
 * region)" where every observation of a row agreed, "**differs** (date, region): what was seen" otherwise. The
 * column is added when missing; rows the run did not observe keep what they had.
 */
export function fillConfirmedColumn(markdown: string, run: { date: string; region: string; observations: ConfirmedObservation[] }): string {
    const lines = markdown.split("\n");
    const { header, rows } = tableLines(lines);
    const columns = cellsOf(lines[header]);
    const hasColumn = columns.includes(CONFIRMED_COLUMN);
    const width = hasColumn ? columns.length : columns.length + 1;
    const rowsByLine = new Map(behaviourRows(markdown).map((r) => [r.line, r]));
    const byLine = new Map<number, ConfirmedObservation[]>();
    for (const o of run.observations) {
        const row = resolveRow([...rowsByLine.values()], o.row);
        byLine.set(row.line, [...(byLine.get(row.line) ?? []), o]);
    }
    const render = (cells: string[]) => `| ${cells.join(" | ")} |`;
    if (!hasColumn) {
        lines[header] = render([...cellsOf(lines[header]), CONFIRMED_COLUMN]);
        lines[header + 1] = render([...cellsOf(lines[header + 1]), "---"]).replace(/ /g, "");
    }
    for (const line of rows) {
        const cells = cellsOf(lines[line]);
        while (cells.length < width) cells.push("–"); // a row with a cell left out, or the new column
        const seen = byLine.get(line);
        if (seen) {
            const differs = seen.filter((o) => !o.agrees);
            cells[cells.length - 1] = differs.length
                ? `**differs** (${run.date}, ${run.region}): ${cellText(differs.map((o) => o.detail).join("; "))}`
                : `yes (${run.date}, ${run.region})`;
        }
        lines[line] = render(cells);
    }
    return lines.join("\n");
}
