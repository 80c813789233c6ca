"""Configuration: a TOML file in, frozen `Settings` out, every problem reported at once with
its key path; and the secrets each account signs in with (systemd credential, file, command,
environment, keyring), never logged; OAuth sign-in (`followupd login`) and fresh access tokens.

May import: model, errors. Never: a mailbox, the store, the engine.
"""

from followupd.config.credentials import oauth2_token_for, password_for, store_keyring_password
from followupd.config.load import (
    add_config_argument,
    config_path,
    default_config_path,
    load_settings,
)
from followupd.config.oauth import LoginResult, login, shared_token_source, token_source
from followupd.config.oauth_errors import ConsentBlocked, LoginRequired, ReauthorizationNeeded
from followupd.config.oauth_providers import PROVIDERS, OAuthSettings
from followupd.config.warnings import example_values, offline_secret_problems, unset_time_zone

__all__ = [
    "PROVIDERS",
    "ConsentBlocked",
    "LoginRequired",
    "LoginResult",
    "OAuthSettings",
    "ReauthorizationNeeded",
    "add_config_argument",
    "config_path",
    "default_config_path",
    "example_values",
    "load_settings",
    "login",
    "oauth2_token_for",
    "offline_secret_problems",
    "password_for",
    "shared_token_source",
    "store_keyring_password",
    "token_source",
    "unset_time_zone",
]
