"""Labelled mail as the bench scripts read it: which files, what their labels say, and each
message read in its thread's order with what the thread's earlier messages established.

Three layouts are understood:

- a corpus: `labels.json` ({file: label}) beside `messages/` (../shared/corpus, corpus-real);
- a fixture folder: `labels.json` at its root, keyed by paths relative to it, threads in
  `threads/NAME/` (tests/fixtures/labelled/*);
- `expected.json` beside the .eml files (tests/fixtures/classify).

A thread folder's messages are read in date order, each with the context its earlier ones
leave (understand.thread_context), as the engine reads a thread. The user is who a file `ME`
at the set's root names (one address a line), as the engine is told by its config; without
one, a thread's user is told by its messages' Delivered-To headers, else inferred from their
addressing (in a thread of two messages, one each way, both writers can tie).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from followupd.mail.parse import parse_message
from followupd.model import Mail, Signal
from followupd.understand import NO_CONTEXT, Earlier, ThreadContext, thread_context
from followupd.understand.people import addresses_in, infer_me

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO / ".." / "shared"


@dataclass(frozen=True)
class Item:
    """One labelled message: where it is, its name in reports, its label, its thread."""

    path: Path
    name: str  # as the label file names it
    label: dict[str, object]
    thread: str = ""  # the thread folder's name relative to the set, "" for a lone message
    me: frozenset[str] = frozenset()  # the user's addresses, where the set names them (ME)

    @property
    def kind(self) -> str:
        return str(self.label["kind"])


@dataclass(frozen=True)
class Reading:
    """A message as the classifier is given it."""

    item: Item
    mail: Mail
    me: frozenset[str]
    context: ThreadContext


def is_labelled_set(root: Path) -> bool:
    return (root / "labels.json").is_file() or (root / "expected.json").is_file()


def labelled_set(root: Path) -> list[Item]:
    """The labelled messages of `root`, in a stable order (by name)."""
    if (root / "expected.json").is_file():
        labels = json.loads((root / "expected.json").read_text(encoding="utf-8"))
        return [Item(root / name, name, labels[name]) for name in sorted(labels)]
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    base = root / "messages" if (root / "messages").is_dir() else root
    me = _named_user(root)
    items = []
    for name in sorted(labels):
        parent = Path(name).parent
        thread = parent.as_posix() if parent.parts[:1] == ("threads",) else ""
        items.append(Item(base / name, name, labels[name], thread, me))
    return items


def _named_user(root: Path) -> frozenset[str]:
    """The addresses the set's `ME` file names, lowercase (none without one)."""
    path = root / "ME"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip().lower() for line in path.read_text().splitlines() if line.strip())


def fixture_sets() -> list[Path]:
    """The project's own labelled folders."""
    return [
        *sorted(p for p in (FIXTURES / "labelled").iterdir() if p.is_dir()),
        FIXTURES / "classify",
    ]


def unit_of(item: Item) -> str:
    """What is held out together: a whole thread, else the one file (by its repository path)."""
    where = (item.path.parent if item.thread else item.path).resolve()
    for base in (REPO, SHARED.resolve().parent):
        if where.is_relative_to(base):
            return where.relative_to(base).as_posix()
    return where.name  # not where the checkout happens to be: folds must not move with it


def held_out(item: Item, share: int = 5) -> bool:
    """In the validation split: one unit in `share` (20 %), told by a hash of its path."""
    digest = hashlib.sha256(unit_of(item).encode()).digest()
    return int.from_bytes(digest[:8], "big") % share == 0


# How the earlier messages of a thread are known: the classifier's reading of each (as the
# engine does), or their labels (training, so that it does not depend on the rules).
SignalOf = Callable[[Reading], Signal]


def readings(items: list[Item], signal_of: SignalOf) -> Iterator[tuple[Reading, Signal]]:
    """Every item parsed and read: a lone message alone, a thread's in date order, each with
    the context its earlier messages leave; yields each reading with `signal_of` it."""
    threads: dict[str, list[Item]] = {}
    for item in items:
        if item.thread:
            threads.setdefault(item.thread, []).append(item)
        else:
            mail = parse_message(item.path.read_bytes())
            reading = Reading(item, mail, item.me, NO_CONTEXT)
            yield reading, signal_of(reading)
    for name in sorted(threads):
        yield from _thread(threads[name], signal_of)


def _thread(items: list[Item], signal_of: SignalOf) -> Iterator[tuple[Reading, Signal]]:
    mails = [(item, parse_message(item.path.read_bytes())) for item in items]
    mails.sort(key=lambda pair: (_date(pair[1]), pair[0].name))
    me = items[0].me or thread_user([mail for _, mail in mails])
    earlier: list[Earlier] = []
    for item, mail in mails:
        reading = Reading(item, mail, me, thread_context(earlier))
        signal = signal_of(reading)
        sender = mail.envelope.sender
        earlier.append(Earlier(mail.envelope, signal, sender is not None and sender.address in me))
        yield reading, signal


def thread_user(mails: list[Mail]) -> frozenset[str]:
    """The user's addresses in one thread: where its mail was delivered, else the address
    most of its messages are addressed to from outside."""
    delivered = {
        address
        for mail in mails
        for key, value in mail.headers
        if key in {"delivered-to", "x-original-to"}
        for address in addresses_in(value)
    }
    if delivered:
        return frozenset(delivered)
    votes = Counter(address for mail in mails for address in infer_me(mail))
    if not votes:
        return frozenset()
    top = max(votes.values())
    return frozenset(a for a, n in votes.items() if n == top)


def _date(mail: Mail) -> datetime:
    date = mail.envelope.date
    return date if date is not None else datetime.min.replace(tzinfo=UTC)
