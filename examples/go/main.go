// A confidential app client from a Go program, through the cognito-app-client provider plugin.
package main

import (
	"github.com/pulumi-cognito-user-pool-client/pulumi-cognito-user-pool-client/sdk/go/cognitoappclient"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		callbackURL := cfg.Get("callbackUrl")
		if callbackURL == "" {
			callbackURL = "https://app.example.com/callback"
		}
		rotation := cfg.Get("secretRotation")
		if rotation == "" {
			rotation = "2026-12"
		}
		client, err := cognitoappclient.NewUserPoolClient(ctx, "client", &cognitoappclient.UserPoolClientArgs{
			UserPoolId:     pulumi.String(cfg.Require("userPoolId")),
			GenerateSecret: pulumi.Bool(true),
			// Change it to rotate the generated secret in place (the previous one stays valid as previousClientSecret).
			RotateSecretWhenChanged:         pulumi.StringMap{"rotation": pulumi.String(rotation)},
			AllowedOauthFlows:               pulumi.StringArray{pulumi.String("code")},
			AllowedOauthFlowsUserPoolClient: pulumi.Bool(true),
			AllowedOauthScopes:              pulumi.StringArray{pulumi.String("openid"), pulumi.String("email")},
			CallbackUrls:                    pulumi.StringArray{pulumi.String(callbackURL)},
			SupportedIdentityProviders:      pulumi.StringArray{pulumi.String("COGNITO")},
			RefreshTokenValidity:            pulumi.Int(7),
			TokenValidityUnits:              &cognitoappclient.UserPoolClientTokenValidityUnitsArgs{RefreshToken: pulumi.String("days")},
		})
		if err != nil {
			return err
		}
		ctx.Export("clientId", client.ClientId)
		ctx.Export("clientSecret", client.ClientSecret) // always a Pulumi secret
		ctx.Export("previousClientSecret", client.PreviousClientSecret)
		return nil
	})
}
