/**
 * Pure: the style's normal form (settings as given, assets as SHA-256 digests, never the images, sorted by category
 * and colour mode), how refresh reconciles it, the requests that make it, what an update does, and what errors mean.
 */
import { createHash } from "crypto";
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, primaryRegionHelp, tierHelp, withHelp } from "../../errors";
import { containsUnknown, deepEqual } from "../../json";
import type { BrandingAsset, BrandingInputs, BrandingOutputs, ManagedLoginBranding } from "./args";
import { BRANDING_LIMITS } from "./rules";

/** An image asset of a branding style, as the API carries it. */
export interface BrandingAssetBytes {
    category: string;
    colorMode: string;
    extension: string;
    bytes: Uint8Array;
    resourceId?: string;
}

/** One request of a style: Cognito's default, or settings and assets (either may be left out on update). */
export interface BrandingRequest {
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets?: BrandingAssetBytes[];
}

/** A style as the API describes it. */
export interface BrandingAnswer {
    id: string;
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets: BrandingAssetBytes[];
}

type Stored = Partial<ClientOutputs & BrandingInputs & BrandingOutputs>;

export const assetKey = (a: { category: string; colorMode: string }) => `${a.category}/${a.colorMode}`;
const byKey = (a: { category: string; colorMode: string }, b: { category: string; colorMode: string }) => assetKey(a).localeCompare(assetKey(b));

/** An asset's digest form: what outputs keep and what comparisons use. */
function digestOf(asset: BrandingAsset | BrandingAssetBytes): BrandingAsset {
    const bytes = (asset as BrandingAssetBytes).bytes;
    const sha256 = bytes instanceof Uint8Array ? createHash("sha256").update(bytes).digest("hex")
        : typeof bytes === "string" ? createHash("sha256").update(Buffer.from(bytes, "base64")).digest("hex")
        : (asset as BrandingAsset).sha256;
    return { category: asset.category, colorMode: asset.colorMode, extension: asset.extension, sha256, ...(asset.resourceId !== undefined ? { resourceId: asset.resourceId } : {}) };
}

/**
 * The normal form of a style, from the program's arguments (base64 bytes) or from stored outputs (digests):
 * Cognito's default style as `{ useCognitoProvidedValues: true }`, otherwise settings and asset digests. A value not
 * known until apply is kept as it is, so the diff counts it as a change.
 */
export function normalizeBranding(branding: ManagedLoginBranding | undefined): ManagedLoginBranding | undefined {
    if (branding === undefined || containsUnknown(branding)) return branding;
    if (branding.useCognitoProvidedValues === true) return { useCognitoProvidedValues: true };
    const assets = (branding.assets ?? []).map(digestOf).sort(byKey);
    return { ...(branding.settings !== undefined ? { settings: branding.settings } : {}), ...(assets.length ? { assets } : {}) };
}

/** A style as Cognito describes it, in the normal form. */
export function brandingOf(answer: BrandingAnswer): ManagedLoginBranding {
    if (answer.useCognitoProvidedValues === true && answer.settings === undefined && answer.assets.length === 0) return { useCognitoProvidedValues: true };
    return normalizeBranding({ settings: answer.settings, assets: answer.assets.map(digestOf) })!;
}

/** Whether every value of `wanted` is in `actual` (JSON values, any key order): Cognito may fill in the rest. */
export function coversSettings(actual: unknown, wanted: unknown): boolean {
    if (wanted !== null && typeof wanted === "object" && !Array.isArray(wanted)) {
        if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
        return Object.entries(wanted).every(([k, v]) => coversSettings((actual as Record<string, unknown>)[k], v));
    }
    if (Array.isArray(wanted)) return Array.isArray(actual) && actual.length === wanted.length && wanted.every((v, i) => coversSettings(actual[i], v));
    return actual === wanted;
}

/**
 * What refresh records: the stored style when the live one still has all of it (settings Cognito filled in are no
 * change), else the live style, so the diff shows what changed outside Pulumi.
 */
export function reconcileBranding(stored: ManagedLoginBranding | undefined, live: ManagedLoginBranding | undefined): ManagedLoginBranding | undefined {
    if (!stored || !live) return live;
    const kept = (stored.useCognitoProvidedValues === true) === (live.useCognitoProvidedValues === true)
        && coversSettings(live.settings ?? {}, stored.settings ?? {})
        && JSON.stringify(stored.assets ?? []) === JSON.stringify(live.assets ?? []);
    return kept ? stored : live;
}

/** The assets of the program's arguments with their bytes. */
export function assetBytes(branding: ManagedLoginBranding): BrandingAssetBytes[] {
    return (branding.assets ?? []).map((a) => ({ category: a.category, colorMode: a.colorMode, extension: a.extension, bytes: Buffer.from(a.bytes ?? "", "base64"), ...(a.resourceId !== undefined ? { resourceId: a.resourceId } : {}) }));
}

/** The request body size of an asset in JSON (its bytes as base64, and its other members). */
const assetSize = (a: BrandingAssetBytes) => Math.ceil(a.bytes.length / 3) * 4 + 200;

/**
 * The requests that make (or change) a style: the first carries the settings and the assets that fit under the
 * request-size limit, each further one more assets ("If your request is larger than 2MB, separate it into multiple
 * requests"; Cognito keeps what a request does not name).
 */
export function brandingRequests(settings: Record<string, unknown> | undefined, assets: BrandingAssetBytes[], limit: number = BRANDING_LIMITS.maxRequestBytes): BrandingRequest[] {
    const requests: BrandingRequest[] = [{ ...(settings !== undefined ? { settings } : {}) }];
    let size = 500 + (settings !== undefined ? Buffer.byteLength(JSON.stringify(settings)) : 0);
    for (const asset of assets) {
        if (size + assetSize(asset) > limit && requests[requests.length - 1].assets?.length) {
            requests.push({});
            size = 500;
        }
        const last = requests[requests.length - 1];
        (last.assets ??= []).push(asset);
        size += assetSize(asset);
    }
    return requests;
}

export type BrandingStep = "create" | "delete" | "reset" | "replace" | "update";

/**
 * What an update does to the style. Cognito keeps the assets a request does not name, so an asset can be removed only
 * by making the style anew; everything else is changed in place.
 */
export function plannedBrandingWork(olds: Stored, news: BrandingInputs): BrandingStep | undefined {
    const before = normalizeBranding(olds.managedLoginBranding);
    const after = normalizeBranding(news.managedLoginBranding);
    if (!after) return olds.managedLoginBrandingId !== undefined ? "delete" : undefined;
    if (olds.managedLoginBrandingId === undefined) return "create";
    if (sameBranding(before, after)) return undefined;
    if (after.useCognitoProvidedValues) return "reset";
    const kept = new Set((after.assets ?? []).map(assetKey));
    return (before?.assets ?? []).some((a) => !kept.has(assetKey(a))) ? "replace" : "update";
}

/** Two styles in the normal form alike: settings as JSON values (any key order), the same asset digests. */
function sameBranding(a: ManagedLoginBranding | undefined, b: ManagedLoginBranding | undefined): boolean {
    return (a?.useCognitoProvidedValues === true) === (b?.useCognitoProvidedValues === true)
        && deepEqual(a?.settings, b?.settings)
        && JSON.stringify(a?.assets ?? []) === JSON.stringify(b?.assets ?? []);
}

/** The assets of `after` that are new or differ from `before`'s asset of the same category and colour mode. */
export function changedAssets(before: ManagedLoginBranding | undefined, after: ManagedLoginBranding): Set<string> {
    const previous = new Map((before?.assets ?? []).map((a) => [assetKey(a), JSON.stringify(a)]));
    return new Set((after.assets ?? []).filter((a) => previous.get(assetKey(a)) !== JSON.stringify(a)).map(assetKey));
}

const TIER_HELP = tierHelp("managedLoginBranding");
const REGION_HELP = primaryRegionHelp("branding styles are");

/** An error of a branding call, with what to enable when that is the cause. */
export function explainBrandingError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError)) return error as Error;
    const help = error.awsErrorName === "FeatureUnavailableInTierException" ? TIER_HELP : error.awsErrorName === "OperationNotEnabledException" ? REGION_HELP : undefined;
    if (!help) return error;
    return withHelp(error, `${help} (user pool ${userPoolId}). ${error.message}`);
}

