"""French phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail; never the name
of an employer, a product or a platform.
"""

from __future__ import annotations
