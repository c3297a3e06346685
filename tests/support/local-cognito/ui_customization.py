"""Section 15 of the faithful local Cognito API (see real_cognito.py): ui_customization."""
