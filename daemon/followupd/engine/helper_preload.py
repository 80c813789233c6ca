"""What the reading helpers' fork server loads before it forks any helper (reading.py): the
reading code and the classifier's compiled rules, so that each helper starts in milliseconds
with them in memory, shared with its siblings until written to."""

from followupd.engine import reading
from followupd.understand import prepare_classifier

prepare_classifier()

__all__ = ["reading"]
