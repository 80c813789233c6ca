"""What to fetch of each message, from its BODYSTRUCTURE: the plan per message.

Every message comes as the header fields a poll reads (with INTERNALDATE and RFC822.SIZE, so
the header block is the poll's to the byte), then only its text (plain, HTML) and calendar
parts: a multipart message's leaves as `BODY.PEEK[n.MIME] BODY.PEEK[n]<0.cap>`, any other
message's body as `BODY.PEEK[TEXT]<0.cap>`. A text part is capped at `text_cap` bytes (its
start tells whether the message is hiring mail; the caller asks again, uncapped, for what it
wants whole), a calendar part and an uncapped text part at SECTION_CAP. Attachments are never
fetched. Messages with the same items are fetched together, in batches bounded by the bytes
the plans expect.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from followupd.backends.imap.bodystructure import Leaf, Structure
from followupd.backends.imap.sync import HEADER_CAP, HEADER_FIELDS

SECTION_CAP = 2 * 1024 * 1024  # bytes of one calendar part, or of a text part asked whole
PLAN_BATCH_BYTES = 4 * 1024 * 1024  # expected bytes per UID FETCH
PLAN_BATCH_MESSAGES = 250
HEADER_ITEMS = (
    f"UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]<0.{HEADER_CAP}>"
)
_HEADER_ESTIMATE = 1024
_PART_OVERHEAD = 200  # a part's MIME header and the response's framing


@dataclass(frozen=True, slots=True)
class Plan:
    structure: Structure
    items: tuple[str, ...]  # FETCH items for the parts, after HEADER_ITEMS
    cut: bool  # a text part is longer than what is asked of it
    expected: int  # bytes the answer should hold

    @property
    def uid(self) -> int:
        return self.structure.uid


def plan_for(structure: Structure, text_cap: int | None) -> Plan:
    cap = min(text_cap or SECTION_CAP, SECTION_CAP)
    wanted = [leaf for leaf in structure.leaves if leaf.wanted]
    items: list[str] = []
    expected = _HEADER_ESTIMATE
    cut = False
    for leaf in wanted:
        limit = SECTION_CAP if leaf.calendar else cap
        cut = cut or (not leaf.calendar and leaf.size > limit)
        expected += min(leaf.size, limit) + _PART_OVERHEAD
        if structure.multipart:
            items += [f"BODY.PEEK[{leaf.section}.MIME]", f"BODY.PEEK[{leaf.section}]<0.{limit}>"]
        else:
            items.append(f"BODY.PEEK[TEXT]<0.{limit}>")
    return Plan(structure, tuple(items), cut, expected)


def fetch_items(plan_items: tuple[str, ...]) -> str:
    return f"({' '.join((HEADER_ITEMS, *plan_items))})"


def batches(plans: Iterable[Plan]) -> Iterator[list[Plan]]:
    """Plans with the same items, in batches under PLAN_BATCH_BYTES / PLAN_BATCH_MESSAGES."""
    alike: dict[tuple[str, ...], list[Plan]] = {}
    for plan in plans:
        alike.setdefault(plan.items, []).append(plan)
    for group in alike.values():
        batch: list[Plan] = []
        total = 0
        for plan in group:
            if batch and (
                total + plan.expected > PLAN_BATCH_BYTES or len(batch) >= PLAN_BATCH_MESSAGES
            ):
                yield batch
                batch, total = [], 0
            batch.append(plan)
            total += plan.expected
        if batch:
            yield batch


def sections_asked(plan: Plan) -> list[str]:
    """The section names the answer must hold ("TEXT", or "1.2.MIME" and "1.2" per part)."""
    leaves: list[Leaf] = [leaf for leaf in plan.structure.leaves if leaf.wanted]
    if not plan.structure.multipart:
        return ["TEXT"] if leaves else []
    return [name for leaf in leaves for name in (f"{leaf.section}.MIME", leaf.section)]
