"""Who a message gives an address for: headers, the invitation, and names written beside an
address in the text, signature or quoted history ("Ines Carvalho (ines.carvalho@...)", a name
line above an address line). What lets a person named without an address be reached.
"""

from __future__ import annotations

import re

from followupd.model import Mail, Person
from followupd.understand.names import NAME, same_person
from followupd.understand.people import (
    MAX_TEXT_CHARS,
    NAME_LINE,
    a_to_z,
    addresses_in,
    fits,
    is_name,
    is_person_address,
    plain,
)

_NAME_AT_END = re.compile(rf"({NAME})[\s:,;(<\[|\-–—]*$")
_QUOTE = re.compile(r"^[\s>]+")


def named_addresses(mail: Mail, me: frozenset[str]) -> list[Person]:
    """People the text, signature or quoted history names with an address: "Ines Carvalho
    (ines.carvalho@...)", "Ines Carvalho - ines.c@...", a name line above an address line."""
    found: dict[str, str] = {}
    for block in (mail.text, mail.signature, mail.quoted):
        if "@" not in block:
            continue
        lines = [_QUOTE.sub("", line) for line in block[:MAX_TEXT_CHARS].splitlines()]
        for index, line in enumerate(lines):
            for address in addresses_in(line):
                if address in me or address in found or not is_person_address(address):
                    continue
                name = _name_before(line, address) or _name_above(lines, index, address)
                if name:
                    found[address] = name
    return [Person(address, name) for address, name in found.items()]


def _name_before(line: str, address: str) -> str:
    at = line.lower().find(address)
    before = line[max(0, at - 80) : max(at, 0)]
    if not any(fits(word, address) for word in before.split()):
        return ""  # no word of it makes the address: no regex to run
    found = _NAME_AT_END.search(before)
    return found.group(1) if found and fits(found.group(1), address) else ""


def _name_above(lines: list[str], index: int, address: str) -> str:
    for line in reversed(lines[max(0, index - 3) : index]):
        candidate = line.strip().split(",")[0].split("|")[0].strip()
        if NAME_LINE.match(candidate) and fits(candidate, address):
            return candidate
    return ""


def known_people(mail: Mail, me: frozenset[str], named: list[Person] | None = None) -> list[Person]:
    """Everyone the message gives an address for, with their name when it gives one: headers,
    invitation, text (`named`: named_addresses(mail, me), when already read)."""
    envelope = mail.envelope
    listed = [envelope.sender, *envelope.reply_to, *envelope.to, *envelope.cc]
    listed += [p for event in mail.events for p in (event.organizer, *event.attendees)]
    people = [
        Person(p.address, p.name if is_name(p.name, p.address) else "")
        for p in listed
        if p is not None
    ]
    people += named_addresses(mail, me) if named is None else named
    people += [Person(a) for a in addresses_in(mail.text)]
    return [p for p in people if p.address not in me and is_person_address(p.address)]


def address_for(name: str, people: list[Person]) -> str:
    """The address of the person called `name` among `people` ("" when none or unsure)."""
    matches = {p.address for p in people if same_person(name, p.name)}
    if len(matches) > 1:
        matches = {a for a in matches if fits(name, a)}
    if not matches:
        matches = {p.address for p in people if _made_of(name, p.address)}
    return next(iter(matches)) if len(matches) == 1 else ""


def _made_of(name: str, address: str) -> bool:
    """Every word of a two-word-or-longer name is in the address ("ines.carvalho@")."""
    local = a_to_z(address.partition("@")[0])
    words = [a_to_z(plain(w)) for w in name.split()]
    words = [w for w in words if len(w) >= 2 and w not in {"dr", "prof", "mr", "ms", "mrs"}]
    return len(words) >= 2 and all(w in local for w in words)
