/**
 * The client's customization of the classic hosted UI (`uiCustomization`): its CSS and logo, which Cognito keeps with
 * operations of its own (`SetUICustomization`, `GetUICustomization`), per client or for the whole pool (`ALL`). The
 * pool needs a domain.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits and rules (`rules.ts`), the normal form, request and
 * update plan (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import type { ClientSetting } from "../setting";
import type { UiCustomizationInputs, UiCustomizationOutputs } from "./args";
import { UI_CUSTOMIZATION_OPERATIONS, getUiCustomization, setUiCustomization } from "./operations";
import { explainUiError, normalizeUi, plannedUiWork, setOutputs, uiOutputs, uiRequest, usesUi } from "./plan";
import { UI_CUSTOMIZATION_CROSS_FIELD_RULES, UI_CUSTOMIZATION_RULES } from "./rules";

export { explainUiError, isNoDomainError, normalizeUi, ownCustomization, plannedUiWork, replacedLogoDigest, setOutputs, uiOutputs, uiRequest, usesUi } from "./plan";
export { getUiCustomization, setUiCustomization } from "./operations";
export type { UiAnswer, UiRequest, UiStep } from "./plan";
export { UI_CSS_SELECTORS, UI_CUSTOMIZATION_LIMITS, UI_IMAGE_TYPES, cssSelectors, imageTypeOf, refusedSelectors, requestBytes } from "./rules";

export const uiCustomization: ClientSetting<UiCustomizationInputs, UiCustomizationOutputs> = {
    name: "classic hosted UI customization",
    rules: UI_CUSTOMIZATION_RULES,
    crossFieldRules: UI_CUSTOMIZATION_CROSS_FIELD_RULES,
    computedOutputs: ["uiCustomizationImageUrl", "uiCustomizationCssVersion"],
    operations: UI_CUSTOMIZATION_OPERATIONS,
    readOperations: ["GetUICustomization"],
    folder: "uiCustomization",
    normalize: (config) => ({ uiCustomization: normalizeUi(config.uiCustomization) }),
    // Outputs keep the logo's digest, not the image: a customization with a logo is declared by the program with its file.
    adoptedInputs: (outputs) => ({ uiCustomization: outputs.uiCustomization?.imageSha256 !== undefined ? undefined : outputs.uiCustomization }),
    async create(ctx, inputs) {
        if (!inputs.uiCustomization) return {};
        return setOutputs(inputs.uiCustomization, await setUiCustomization(ctx.api, ctx.userPoolId, ctx.clientId, uiRequest(inputs.uiCustomization)));
    },
    async update(ctx, previous, desired) {
        const step = plannedUiWork(previous, desired);
        if (step === "set") return setOutputs(desired.uiCustomization, await setUiCustomization(ctx.api, ctx.userPoolId, ctx.clientId, uiRequest(desired.uiCustomization)));
        if (step === "remove") {
            await setUiCustomization(ctx.api, ctx.userPoolId, ctx.clientId, {});
            return { uiCustomization: undefined, uiCustomizationImageUrl: undefined, uiCustomizationCssVersion: undefined };
        }
        return {};
    },
    async read(ctx, stored) {
        // Read only for a client that has a customization, so refresh shows a change or a removal made outside Pulumi.
        return usesUi(stored) ? uiOutputs(await getUiCustomization(ctx.api, ctx.userPoolId, ctx.clientId), stored) : {};
    },
    async import(ctx) {
        return uiOutputs(await getUiCustomization(ctx.api, ctx.userPoolId, ctx.clientId));
    },
    explain: explainUiError,
};
