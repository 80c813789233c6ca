"""What the reading helpers' fork server loads before it forks any helper (reading.py): the
reading code and the classifier's compiled rules, so that each helper starts in milliseconds
with them in memory, shared with its siblings until written to."""

import gc

from followupd.engine import reading
from followupd.understand import prepare_classifier

prepare_classifier()
# Out of the collector's sight: a helper's collections then never touch (and so copy) the pages
# it shares with the fork server.
gc.collect()
gc.freeze()

__all__ = ["reading"]
