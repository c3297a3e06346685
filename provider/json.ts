/** Small helpers for plain JSON values, shared by the mapping, the diff and the per-client settings. */
import { isUnknown } from "./schema";

/** A copy without undefined members: Pulumi's wire format rejects undefined ("Unexpected struct type"). */
export function dropUndefined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** JSON values alike: objects whatever their key order (undefined members ignored), arrays in order. */
export function deepEqual(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
        const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
        const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
    }
    return false;
}

/** Whether a value holds, at any depth, a value not known until apply (preview). */
export function containsUnknown(value: unknown): boolean {
    if (isUnknown(value)) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    if (value && typeof value === "object") return Object.values(value).some(containsUnknown);
    return false;
}

/** A date as ISO 8601, from a Date, an ISO string or epoch seconds; undefined when there is none or it is no date. */
export function isoDate(d: Date | string | number | undefined): string | undefined {
    if (d === undefined) return undefined;
    const date = d instanceof Date ? d : new Date(typeof d === "number" ? d * 1000 : d);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
