export * from "../../scripts/local-cognito";
