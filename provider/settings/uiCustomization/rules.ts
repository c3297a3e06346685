/**
 * The classic hosted UI's limits (`SetUICustomization`), from the developer guide's "Customizing hosted UI (classic)
 * branding": a logo of at most 100 KB, PNG or JPEG; the request at most 135 KB; CSS of the documented class names
 * only, without at-rules. The model bounds the CSS at 131,072 characters.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html
 */
import { ArgumentRule, CrossFieldRule, given, isObject } from "../../rules";
import { isUnknown } from "../../schema";
import type { UiCustomizationInputs } from "./args";

export const UI_CUSTOMIZATION_LIMITS = {
    /** The model's CSSType: 0–131072 characters. */
    maxCssLength: 131_072,
    /** "The maximum allowable size for a logo image file is 100 KB": 102,400 bytes decoded. */
    maxImageBytes: 102_400,
    /** "the request that sets your UI customization must not exceed 135 KB": 138,240 bytes of CSS and base64 logo. */
    maxRequestBytes: 138_240,
} as const;

/** The image types the classic hosted UI takes, by their first bytes. */
export const UI_IMAGE_TYPES = {
    PNG: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    JPEG: [0xff, 0xd8, 0xff],
} as const;

/**
 * The selectors the classic hosted UI accepts: the developer guide's class names, each on its own. The guide's current
 * list (18) is longer than its first (13): Cognito's own default CSS uses the five added ones.
 */
export const UI_CSS_SELECTORS = [
    ".background-customizable",
    ".banner-customizable",
    ".errorMessage-customizable",
    ".idpButton-customizable",
    ".idpButton-customizable:hover",
    ".idpDescription-customizable",
    ".inputField-customizable",
    ".inputField-customizable:focus",
    ".label-customizable",
    ".legalText-customizable",
    ".logo-customizable",
    ".passwordCheck-valid-customizable",
    ".passwordCheck-notValid-customizable",
    ".redirect-customizable",
    ".socialButton-customizable",
    ".submitButton-customizable",
    ".submitButton-customizable:hover",
    ".textDescription-customizable",
] as const;

export const UI_CUSTOMIZATION_RULES: Record<keyof UiCustomizationInputs, ArgumentRule> = {
    uiCustomization: {
        kind: "object",
        fields: {
            css: { kind: "string", maxLength: UI_CUSTOMIZATION_LIMITS.maxCssLength },
            imageFile: { kind: "string", base64: { maxBytes: UI_CUSTOMIZATION_LIMITS.maxImageBytes } },
        },
    },
};

/** The type of an image by its first bytes, or undefined when it is neither PNG nor JPEG. */
export function imageTypeOf(bytes: Uint8Array): keyof typeof UI_IMAGE_TYPES | undefined {
    return (Object.keys(UI_IMAGE_TYPES) as (keyof typeof UI_IMAGE_TYPES)[]).find((type) => UI_IMAGE_TYPES[type].every((b, i) => bytes[i] === b));
}

/** The selector lists of a style sheet's rules (comments left out), or why it cannot be read. */
export function cssSelectors(css: string): { selectors: string[]; problem?: string } {
    const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
    const selectors: string[] = [];
    let depth = 0;
    let prelude = "";
    for (const ch of text) {
        if (ch === "{") {
            if (depth === 0) selectors.push(...prelude.split(",").map((s) => s.trim().replace(/\s+/g, " ")));
            depth++;
            prelude = "";
        } else if (ch === "}") {
            if (--depth < 0) return { selectors, problem: "has a } without its {" };
        } else if (depth === 0) prelude += ch;
    }
    if (depth > 0) return { selectors, problem: "has a { without its }" };
    // Text after the last rule: an at-rule without a block (@import) or a stray declaration.
    if (prelude.trim() !== "") selectors.push(prelude.trim());
    return { selectors };
}

/** The selectors of `css` that the classic hosted UI refuses: at-rules, other classes, anything else. */
export function refusedSelectors(css: string): { refused: string[]; problem?: string } {
    const { selectors, problem } = cssSelectors(css);
    const allowed = new Set<string>(UI_CSS_SELECTORS);
    return { refused: [...new Set(selectors.filter((s) => !allowed.has(s)))], problem };
}

/** The request size Cognito limits: the CSS (UTF-8) and the logo as base64. */
export const requestBytes = (css: string | undefined, imageFile: string | undefined): number => Buffer.byteLength(css ?? "") + (imageFile?.length ?? 0);

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(", ");

export const UI_CUSTOMIZATION_CROSS_FIELD_RULES: readonly CrossFieldRule<UiCustomizationInputs>[] = [
    (inputs, fail) => {
        const ui = inputs.uiCustomization as Record<string, unknown> | undefined;
        if (!isObject(ui) || isUnknown(ui)) return;
        const p = "uiCustomization";
        const css = ui.css;
        const image = ui.imageFile;
        if (!given(image) && (!given(css) || css === "")) {
            fail(p, `needs css, imageFile or both; received ${css === "" ? "an empty css and no imageFile" : "neither"} (leave uiCustomization out for none)`);
        }
        if (typeof image === "string" && !isUnknown(image)) {
            const bytes = Buffer.from(image, "base64");
            if (!imageTypeOf(bytes)) {
                const first = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
                fail(`${p}.imageFile`, `must be a PNG or JPEG image (the classic hosted UI takes no other type); received ${bytes.length} bytes starting ${first || "(none)"}`);
            }
        }
        if (typeof css === "string" && !isUnknown(css)) {
            const { refused, problem } = refusedSelectors(css);
            if (problem) fail(`${p}.css`, `${problem}; the classic hosted UI needs rules of the form .label-customizable { ... }`);
            if (refused.length) fail(`${p}.css`, `uses selectors the classic hosted UI does not accept: ${quoted(refused)}; the accepted selectors are ${UI_CSS_SELECTORS.join(", ")}, each on its own (no at-rules such as @import or @media)`);
        }
        const cssKnown = typeof css === "string" && !isUnknown(css);
        const imageKnown = typeof image === "string" && !isUnknown(image);
        if ((cssKnown || !given(css)) && (imageKnown || !given(image))) {
            const size = requestBytes(cssKnown ? (css as string) : undefined, imageKnown ? (image as string) : undefined);
            if (size > UI_CUSTOMIZATION_LIMITS.maxRequestBytes) {
                fail(p, `css and imageFile together must be at most ${UI_CUSTOMIZATION_LIMITS.maxRequestBytes} bytes (135 KB: the CSS in UTF-8 plus the logo as base64, the request Cognito takes); received ${size} bytes`);
            }
        }
    },
];
