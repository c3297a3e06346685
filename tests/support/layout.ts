/**
 * The layout of provider/, read from the source as text: its import graph (type-only imports included), the circles
 * in it, and the names of settings that a core module uses. Shared by the layout test; pure.
 */
import * as fs from "fs";
import * as path from "path";

export type ImportGraph = Map<string, Set<string>>;

const IMPORT = /(?:^|[;\s])(?:import|export)\s(?:[^;"']*?\sfrom\s)?["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a source text imports or re-exports (`import type` and `export … from` included). */
export function importsOf(source: string): string[] {
    const specifiers: string[] = [];
    for (const m of withoutComments(source).matchAll(IMPORT)) specifiers.push(m[1] ?? m[2] ?? m[3]);
    return specifiers;
}

/** Every .ts file under `dir`, relative to `root`, with its text. */
export function sources(root: string, dir: string): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (d: string) => {
        for (const entry of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
            const rel = path.join(d, entry.name);
            if (entry.isDirectory()) walk(rel);
            else if (entry.name.endsWith(".ts")) files.set(rel.split(path.sep).join("/"), fs.readFileSync(path.join(root, rel), "utf8"));
        }
    };
    walk(dir);
    return files;
}

/** The import graph of these files: local imports resolved to files (`x.ts`, `x/index.ts`). */
export function importGraph(files: Map<string, string>): ImportGraph {
    const graph: ImportGraph = new Map();
    for (const [file, text] of files) {
        const edges = new Set<string>();
        for (const spec of importsOf(text)) {
            if (!spec.startsWith(".")) continue;
            const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
            const target = [`${base}.ts`, `${base}/index.ts`].find((c) => files.has(c));
            if (target) edges.add(target);
        }
        graph.set(file, edges);
    }
    return graph;
}

/** Every circle of imports, each as the files along it (the first repeated at the end). */
export function circles(graph: ImportGraph): string[][] {
    const found: string[][] = [];
    const done = new Set<string>();
    const stack: string[] = [];
    const visit = (file: string) => {
        stack.push(file);
        for (const next of graph.get(file) ?? []) {
            const at = stack.indexOf(next);
            if (at >= 0) found.push([...stack.slice(at), next]);
            else if (!done.has(next)) visit(next);
        }
        stack.pop();
        done.add(file);
    };
    for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
    return found;
}

/** Source text without comments, strings kept (a message that names an argument counts). */
export function withoutComments(source: string): string {
    let out = "";
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === "/" && source[i + 1] === "/") {
            while (i < source.length && source[i] !== "\n") i++;
            out += "\n";
        } else if (c === "/" && source[i + 1] === "*") {
            const end = source.indexOf("*/", i + 2);
            out += source.slice(i, end < 0 ? source.length : end + 2).replace(/[^\n]/g, " ");
            i = end < 0 ? source.length : end + 1;
        } else if (c === '"' || c === "'" || c === "`") {
            let j = i + 1;
            while (j < source.length && source[j] !== c) j += source[j] === "\\" ? 2 : 1;
            out += source.slice(i, j + 1);
            i = j;
        } else {
            out += c;
        }
    }
    return out;
}

/** The names (whole words, case-sensitive) of `names` that a source uses outside its comments, with their lines. */
export function namesUsed(source: string, names: readonly string[]): { name: string; line: number }[] {
    const lines = withoutComments(source).split("\n");
    const used: { name: string; line: number }[] = [];
    for (const name of names) {
        const word = new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\w$])`);
        lines.forEach((text, i) => {
            if (word.test(text)) used.push({ name, line: i + 1 });
        });
    }
    return used;
}
