package example;

import com.pulumi.Pulumi;
import com.pulumi.cognitoappclient.UserPoolClient;
import com.pulumi.cognitoappclient.UserPoolClientArgs;
import com.pulumi.cognitoappclient.inputs.UserPoolClientTokenValidityUnitsArgs;
import java.util.Map;

/** A confidential app client from a Java program, through the cognito-app-client provider plugin. */
public class App {
    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var config = ctx.config();
            var client = new UserPoolClient("client", UserPoolClientArgs.builder()
                .userPoolId(config.require("userPoolId"))
                .generateSecret(true)
                // Change it to rotate the generated secret in place (the previous one stays valid as previousClientSecret).
                .rotateSecretWhenChanged(Map.of("rotation", config.get("secretRotation").orElse("2026-12")))
                .allowedOauthFlows("code")
                .allowedOauthFlowsUserPoolClient(true)
                .allowedOauthScopes("openid", "email")
                .callbackUrls(config.get("callbackUrl").orElse("https://app.example.com/callback"))
                .supportedIdentityProviders("COGNITO")
                .refreshTokenValidity(7)
                .tokenValidityUnits(UserPoolClientTokenValidityUnitsArgs.builder().refreshToken("days").build())
                .build());
            ctx.export("clientId", client.clientId());
            ctx.export("clientSecret", client.clientSecret()); // always a Pulumi secret
            ctx.export("previousClientSecret", client.previousClientSecret());
        });
    }
}
