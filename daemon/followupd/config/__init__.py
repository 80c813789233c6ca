"""Configuration: a TOML file in, frozen `Settings` out, every problem reported at once with
its key path; and the secrets each account signs in with (systemd credential, file, command,
environment, keyring), never logged.

May import: model, errors. Never: a mailbox, the store, the engine.
"""

from followupd.config.credentials import oauth2_token_for, password_for, store_keyring_password
from followupd.config.load import (
    add_config_argument,
    config_path,
    default_config_path,
    load_settings,
)

__all__ = [
    "add_config_argument",
    "config_path",
    "default_config_path",
    "load_settings",
    "oauth2_token_for",
    "password_for",
    "store_keyring_password",
]
