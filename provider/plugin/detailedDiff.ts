/**
 * Pure: the provider's diff (`diff.ts`: which arguments changed, which of them replace) as the engine's detailed diff,
 * so `pulumi preview --diff` says of each argument whether it is added, removed or changed, in place or replacing.
 */
export type PropertyChange = "add" | "delete" | "update";

export interface DetailedChange {
    kind: PropertyChange;
    replaces: boolean;
}

const absent = (value: unknown) => value === undefined || value === null;

/**
 * @param changed the changed arguments (`diffUserPoolClient`'s `changed`)
 * @param replaces the subset that replaces the client
 * @param olds the stored outputs; @param news the checked inputs
 */
export function detailedDiff(changed: readonly string[], replaces: readonly string[], olds: Record<string, unknown>, news: Record<string, unknown>): Record<string, DetailedChange> {
    return Object.fromEntries(changed.map((key) => {
        const kind: PropertyChange = absent(olds[key]) ? "add" : absent(news[key]) ? "delete" : "update";
        return [key, { kind, replaces: replaces.includes(key) }];
    }));
}
