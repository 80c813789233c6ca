"""The second opinion's weights: what the trained model is, how it reads features, and its file.

One integer weight per feature and kind (int16, with one scale per kind), and a bias per kind.
A feature's weights are packed into one Python integer, a FIELD-bit field per kind (the
weight plus OFFSET, so never negative) and a last field worth 1, so that the weights of all
of a message's features add up in one C-level `sum` of integers, exactly; the fields are
read back once at the end (the last one counts the features that had weights, which gives
how many OFFSETs to take away).

The file (`second_opinion.bin`): a magic line, the length and text of a JSON header (kinds,
scales, biases, thresholds, training settings), then zlib-compressed: the sorted feature
hashes (uint64) and each one's fields (uint32 each, little-endian).
"""

from __future__ import annotations

import json
import math
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from sys import byteorder

from followupd.model import Kind

MAGIC = b"FOLLOWUPD-SO1\n"
KINDS: tuple[Kind, ...] = tuple(Kind)
FIELD = 32  # bits per kind: room for the sum of 65,536 weights
OFFSET = 1 << 15  # int16 weights stored plus this, never negative
_MASK = (1 << FIELD) - 1
_FIELDS = len(KINDS) + 1  # one per kind, and the count
_RECORD = _FIELDS * FIELD // 8  # bytes per feature in the file
_COUNT_SHIFT = FIELD * len(KINDS)


def pack(weights: Iterable[int]) -> int:
    """One feature's int16 weights (in KINDS order) as one integer."""
    packed = 1 << _COUNT_SHIFT
    for index, weight in enumerate(weights):
        packed |= (weight + OFFSET) << (FIELD * index)
    return packed


def unpack(packed: int) -> tuple[int, ...]:
    """The sums of the weights in an integer made by adding packed features."""
    count = packed >> _COUNT_SHIFT
    return tuple(((packed >> (FIELD * i)) & _MASK) - count * OFFSET for i in range(len(KINDS)))


@dataclass(frozen=True, slots=True)
class Opinion:
    """The model's probability for each kind."""

    probabilities: tuple[float, ...]  # in KINDS order

    def __getitem__(self, kind: Kind) -> float:
        return self.probabilities[KINDS.index(kind)]

    @property
    def kind(self) -> Kind:
        best = max(range(len(KINDS)), key=self.probabilities.__getitem__)
        return KINDS[best]


@dataclass(frozen=True, slots=True)
class Weights:
    """A trained model, and the per-kind thresholds the combination with the rules uses
    (confidence.py): `promote` (the probability the model needs to name a kind where no
    rule matched) and `hold` (below it, a reading of the kind needs a look)."""

    rows: dict[int, int]  # feature hash -> its weights, packed
    scale: tuple[float, ...]
    bias: tuple[float, ...]
    promote: dict[Kind, float] = field(default_factory=dict)
    hold: dict[Kind, float] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)

    def opinion(self, found: Iterable[int]) -> Opinion:
        sums = unpack(sum(filter(None, map(self.rows.get, found))))
        scores = [b + s * n for b, s, n in zip(self.bias, self.scale, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return Opinion(tuple(e / total for e in exps))


def encode(weights: Weights) -> bytes:
    ordered = sorted(weights.rows)
    keys = array("Q", ordered)
    if byteorder == "big":
        keys.byteswap()
    records = b"".join(weights.rows[key].to_bytes(_RECORD, "little") for key in ordered)
    header = {
        "kinds": [k.value for k in KINDS],
        "features": len(keys),
        "scale": list(weights.scale),
        "bias": list(weights.bias),
        "promote": {k.value: v for k, v in sorted(weights.promote.items())},
        "hold": {k.value: v for k, v in sorted(weights.hold.items())},
        "meta": weights.meta,
    }
    head = json.dumps(header, sort_keys=True).encode()
    body = zlib.compress(keys.tobytes() + records, 9)
    return MAGIC + len(head).to_bytes(4, "little") + head + body


def decode(data: bytes) -> Weights:
    if not data.startswith(MAGIC):
        raise ValueError("not a second-opinion weights file")
    at = len(MAGIC) + 4
    size = int.from_bytes(data[at - 4 : at], "little")
    header = json.loads(data[at : at + size])
    if header["kinds"] != [k.value for k in KINDS]:
        raise ValueError("the weights were made for other kinds")
    body = zlib.decompress(data[at + size :])
    count = int(header["features"])
    keys = array("Q")
    keys.frombytes(body[: 8 * count])
    if byteorder == "big":
        keys.byteswap()
    start = 8 * count
    records = (body[i : i + _RECORD] for i in range(start, start + _RECORD * count, _RECORD))
    rows = dict(zip(keys, (int.from_bytes(r, "little") for r in records), strict=True))
    return Weights(
        rows=rows,
        scale=tuple(header["scale"]),
        bias=tuple(header["bias"]),
        promote={Kind(k): float(v) for k, v in header["promote"].items()},
        hold={Kind(k): float(v) for k, v in header["hold"].items()},
        meta=header["meta"],
    )
