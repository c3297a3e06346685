/** The classic hosted UI customization's arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientUiCustomizationArgs {
    /**
     * The CSS of the client's classic hosted UI pages: rules whose selectors are the developer guide's class names
     * (`.background-customizable`, `.banner-customizable`, `.errorMessage-customizable`, `.idpButton-customizable`,
     * `.idpButton-customizable:hover`, `.idpDescription-customizable`, `.inputField-customizable`,
     * `.inputField-customizable:focus`, `.label-customizable`, `.legalText-customizable`, `.logo-customizable`,
     * `.passwordCheck-valid-customizable`, `.passwordCheck-notValid-customizable`, `.redirect-customizable`,
     * `.socialButton-customizable`, `.submitButton-customizable`, `.submitButton-customizable:hover`,
     * `.textDescription-customizable`), no at-rules. At most 131,072 characters (AWS suggests 3 KB or less: the
     * request holds the logo too). Compared verbatim. Updates in place.
     * @default - no CSS (Cognito's own)
     */
    css?: pulumi.Input<string>;
    /**
     * The logo, base64 of a PNG or JPEG file: `fs.readFileSync("logo.png").toString("base64")`; at most 100 KB
     * (102,400 bytes) decoded, and with the CSS at most 135 KB in all. Kept in state as its SHA-256 digest. Updates
     * in place.
     * @default - no logo
     */
    imageFile?: pulumi.Input<string>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface UiCustomizationArgs {
    /**
     * The client's own customization of the classic hosted UI (`SetUICustomization`): CSS, a logo or both. The pool
     * needs a domain first (an `aws.cognito.UserPoolDomain` the client depends on); Lite pools too, since the classic
     * hosted UI is theirs. Cognito sets the CSS and the logo together, so every change sends both. Removing the
     * argument removes the client's own customization, and the client shows the pool's (`ALL`) one, if any. Refresh
     * sees a CSS or logo changed outside Pulumi (a new logo by its new URL; Terraform's
     * `aws_cognito_user_pool_ui_customization` and `aws.cognito.UserPoolUICustomization` cannot see a changed logo). Unset, no UI customization call is made. Updates in place (never replaces the client).
     * @default - none: the pool's customization, or Cognito's default look
     */
    uiCustomization?: pulumi.Input<UserPoolClientUiCustomizationArgs>;
}

export interface UiCustomization {
    css?: string;
    /** Base64 of the logo: in the program's arguments. */
    imageFile?: string;
    /** Hex SHA-256 of the logo: in the outputs, which keep no images. */
    imageSha256?: string;
}

export interface UiCustomizationInputs {
    uiCustomization?: UiCustomization;
}

export interface UiCustomizationOutputs {
    /** The URL Cognito serves the logo from; it changes with every logo set. */
    uiCustomizationImageUrl?: string;
    /** Cognito's version of the CSS; it changes with every set. */
    uiCustomizationCssVersion?: string;
}

/** Its outputs on the resource. */
export interface UiCustomizationResourceOutputs {
    /** The classic hosted UI customization, the logo as its SHA-256 digest: as set, and as Cognito describes it after a refresh. */
    readonly uiCustomization: pulumi.Output<UiCustomization | undefined>;
    /** The URL of the client's logo on the classic hosted UI. */
    readonly uiCustomizationImageUrl: pulumi.Output<string | undefined>;
    /** Cognito's version of the client's CSS. */
    readonly uiCustomizationCssVersion: pulumi.Output<string | undefined>;
}
