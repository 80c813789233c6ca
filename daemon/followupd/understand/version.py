"""The classifier's version: bumped whenever what it reads from mail can change.

The state database stores, per account, the version that read its mail; when it differs, the
next cycle reads the stored hiring mail again (engine/reread.py). Bump it with every change to
the rules, the phrases, the learned model or anything else in understand/ that reads mail
(tests/unit/test_classifier_version.py fails until the version is bumped and the new hash of
those files is pinned there). A change in mail/ or dates/ that changes readings deserves a bump
too.
"""

from __future__ import annotations

CLASSIFIER_VERSION = "2026.12.31"
