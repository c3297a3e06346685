/**
 * Where a test run's time went, from the durations mocha measures: the busy time of each layer and the slowest suites.
 * Pure; printed by the timing reporter (timingReporter.ts).
 */
import * as path from "path";

export interface SuiteTime {
    file: string;
    title: string;
    ms: number;
}

/** `build/tests/e2e/faults.spec.js` → `e2e`; files outside build/tests/<layer>/ count as "other". */
export function layerOf(file: string): string {
    const parts = file.split(path.sep);
    const i = parts.lastIndexOf("tests");
    return i >= 0 && i + 2 < parts.length ? parts[i + 1] : "other";
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** The lines printed at the end of a run: layers by busy time, then the slowest suites. */
export function timingSummary(suites: SuiteTime[], wallMs: number, rootHooksMs: number, slowest = 10): string[] {
    const layers = new Map<string, number>();
    for (const s of suites) layers.set(layerOf(s.file), (layers.get(layerOf(s.file)) ?? 0) + s.ms);
    const lines = [`[timing] wall ${seconds(wallMs)}; busy time by layer: ` +
        [...layers].sort((a, b) => b[1] - a[1]).map(([layer, ms]) => `${layer} ${seconds(ms)}`).join(", ") +
        (rootHooksMs > 0 ? `; root hooks ${seconds(rootHooksMs)}` : "")];
    lines.push(`[timing] the ${Math.min(slowest, suites.length)} slowest suites:`);
    for (const s of [...suites].sort((a, b) => b.ms - a.ms).slice(0, slowest)) {
        const file = s.file.split(path.sep).slice(-2).join("/");
        lines.push(`[timing]   ${seconds(s.ms).padStart(7)}  ${file.padEnd(44)} ${s.title}`);
    }
    return lines;
}

/** Where the timing reporter keeps each spec file's busy time of the latest run that ran it, for `testOrder`. */
export const TIMING_RECORD = path.join(".tools", "test-timing.json");

/** The layers, in the order files without a recorded time are handed out: the engine's first, the quick last. */
export const LAYERS = ["e2e", "acceptance", "integration", "local-cognito", "unit"] as const;

/**
 * Spec files in the order the parallel run hands them to its workers: files without a recorded time first (a new
 * file may be long; in LAYERS order, then the largest first, size standing in for time), then the longest first, so
 * that no long file starts last and keeps one worker busy while the others idle.
 */
export function orderSpecFiles(files: string[], recorded: Record<string, number>, sizeOf: (file: string) => number = () => 0): string[] {
    const rank = (file: string) => {
        const i = (LAYERS as readonly string[]).indexOf(layerOf(file));
        return i < 0 ? LAYERS.length : i;
    };
    const unknown = files.filter((f) => recorded[f] === undefined).sort((a, b) => rank(a) - rank(b) || sizeOf(b) - sizeOf(a) || a.localeCompare(b));
    const known = files.filter((f) => recorded[f] !== undefined).sort((a, b) => recorded[b] - recorded[a] || a.localeCompare(b));
    return [...unknown, ...known];
}
