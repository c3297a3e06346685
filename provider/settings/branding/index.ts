/**
 * The client's managed login branding style (`managedLoginBranding`). A client made through the API has none, and
 * its managed login pages stay unavailable until it has one. Cognito keeps it with its own operations
 * (`CreateManagedLoginBranding`, `UpdateManagedLoginBranding`, `DeleteManagedLoginBranding`,
 * `DescribeManagedLoginBrandingByClient`): one style per client, a settings document and image assets.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits and rules (`rules.ts`), the normal form, requests and
 * update plan (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import type { ClientSetting, SettingContext } from "../setting";
import type { BrandingInputs, BrandingOutputs, ManagedLoginBranding } from "./args";
import { BRANDING_OPERATIONS, createBranding, deleteBranding, describeBranding, updateBranding } from "./operations";
import { assetBytes, assetKey, brandingOf, brandingRequests, changedAssets, explainBrandingError, normalizeBranding, plannedBrandingWork, reconcileBranding } from "./plan";
import { BRANDING_CROSS_FIELD_RULES, BRANDING_RULES } from "./rules";

export { brandingOf, brandingRequests, coversSettings, explainBrandingError, normalizeBranding, plannedBrandingWork, reconcileBranding } from "./plan";
export { createBranding, deleteBranding, describeBranding, updateBranding } from "./operations";
export type { BrandingAnswer, BrandingAssetBytes, BrandingRequest } from "./plan";
export { ASSET_CATEGORIES, ASSET_EXTENSIONS, BRANDING_LIMITS, COLOR_MODES } from "./rules";

export const branding: ClientSetting<BrandingInputs, BrandingOutputs> = {
    name: "managed login branding",
    rules: BRANDING_RULES,
    crossFieldRules: BRANDING_CROSS_FIELD_RULES,
    computedOutputs: ["managedLoginBrandingId"],
    operations: BRANDING_OPERATIONS,
    readOperations: ["DescribeManagedLoginBrandingByClient"],
    folder: "branding",
    normalize: (config) => ({ managedLoginBranding: normalizeBranding(config.managedLoginBranding) }),
    // Outputs keep asset digests, not images: a style with assets is declared by the program with its files.
    adoptedInputs: (outputs) => ({ managedLoginBranding: outputs.managedLoginBranding?.assets?.length ? undefined : outputs.managedLoginBranding }),
    async create(ctx, inputs) {
        const desired = inputs.managedLoginBranding;
        if (!desired) return {};
        const id = await makeStyle(ctx, desired);
        return { managedLoginBranding: normalizeBranding(desired), managedLoginBrandingId: id };
    },
    async update(ctx, previous, desired) {
        const step = plannedBrandingWork(previous, desired);
        const after = desired.managedLoginBranding;
        let id = previous.managedLoginBrandingId;
        if (step === "delete" || step === "replace") {
            await deleteBranding(ctx.api, ctx.userPoolId, id!);
            id = undefined;
        }
        if (step === "create" || step === "replace") id = await makeStyle(ctx, after!);
        else if (step === "reset") await updateBranding(ctx.api, ctx.userPoolId, id!, { useCognitoProvidedValues: true });
        else if (step === "update") {
            const before = normalizeBranding(previous.managedLoginBranding);
            const changed = changedAssets(before, normalizeBranding(after)!);
            const assets = assetBytes(after!).filter((a) => changed.has(assetKey(a)));
            // A style that was Cognito's default takes the program's settings even when they are none.
            const settings = after!.settings ?? (before?.useCognitoProvidedValues ? {} : undefined);
            for (const request of brandingRequests(settings, assets)) {
                if (request.settings !== undefined || request.assets?.length) await updateBranding(ctx.api, ctx.userPoolId, id!, request);
            }
        }
        return { managedLoginBranding: normalizeBranding(after), managedLoginBrandingId: id };
    },
    async read(ctx, stored) {
        // Read only for a client that has a style, so refresh shows a change or a deletion made outside Pulumi.
        if (stored.managedLoginBrandingId === undefined && stored.managedLoginBranding === undefined) return {};
        const answer = await describeBranding(ctx.api, ctx.userPoolId, ctx.clientId);
        return { managedLoginBranding: reconcileBranding(stored.managedLoginBranding, answer && brandingOf(answer)), managedLoginBrandingId: answer?.id };
    },
    async import(ctx) {
        const answer = await describeBranding(ctx.api, ctx.userPoolId, ctx.clientId);
        return { managedLoginBranding: answer && brandingOf(answer), managedLoginBrandingId: answer?.id };
    },
    explain: explainBrandingError,
};

/** Makes the style: Cognito's default in one call, or the settings and assets in as many requests as their size needs. */
async function makeStyle(ctx: SettingContext, desired: ManagedLoginBranding): Promise<string> {
    if (desired.useCognitoProvidedValues === true) return (await createBranding(ctx.api, ctx.userPoolId, ctx.clientId, { useCognitoProvidedValues: true })).id;
    const [first, ...rest] = brandingRequests(desired.settings, assetBytes(desired));
    const id = (await createBranding(ctx.api, ctx.userPoolId, ctx.clientId, first)).id;
    for (const request of rest) await updateBranding(ctx.api, ctx.userPoolId, id, request);
    return id;
}
