"""iCalendar (RFC 5545) syntax: unfolded content lines -> nested components of properties.

Tolerant: unreadable lines are skipped, unbalanced BEGIN/END closed as well as can be, and
nesting and the number of components are capped. Values stay raw text; `Component.text`
unescapes TEXT values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_TEXT = 8_000
MAX_DEPTH = 8
MAX_COMPONENTS = 400  # BEGIN blocks read; the rest of a calendar of thousands is left unread


@dataclass(slots=True)
class Prop:
    """One content line: NAME;PARAM=VALUE:VALUE (parameter names uppercase, quotes removed)."""

    name: str
    params: dict[str, str]
    value: str


@dataclass(slots=True)
class Component:
    """BEGIN:NAME ... END:NAME with its properties and nested components."""

    name: str
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def first(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)

    def text(self, name: str) -> str:
        prop = self.first(name)
        return unescape(prop.value)[:MAX_TEXT] if prop else ""


def _unfold(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n[ \t]", "", text).split("\n")


def components(text: str) -> list[Component]:
    """The top-level components of the text; unbalanced BEGIN/END are tolerated."""
    roots: list[Component] = []
    stack: list[Component] = []
    count = 0
    for line in _unfold(text):
        prop = _property(line)
        if prop is None:
            continue
        if prop.name == "BEGIN":
            count += 1
            if count > MAX_COMPONENTS:
                break
            component = Component(prop.value.strip().upper())
            if len(stack) >= MAX_DEPTH:
                continue
            (stack[-1].children if stack else roots).append(component)
            stack.append(component)
        elif prop.name == "END":
            name = prop.value.strip().upper()
            if any(open_component.name == name for open_component in stack):
                while stack.pop().name != name:
                    pass
        elif stack:
            stack[-1].props.append(prop)
    return roots


def _property(line: str) -> Prop | None:
    """NAME;PARAM=VALUE;PARAM="QUOTED:VALUE":VALUE -> Prop, or None for an unreadable line."""
    head, colon, value = line.partition(":")
    if not colon:
        return None
    if '"' in head:  # a quoted parameter may hold ":" and ";"
        split = _unquoted_colon(line)
        if split < 0:
            return None
        head, value = line[:split], line[split + 1 :]
    name, *raw_params = _split_params(head) if '"' in head else head.split(";")
    params: dict[str, str] = {}
    for raw in raw_params:
        key, _, param_value = raw.partition("=")
        params[key.strip().upper()] = param_value.strip().strip('"')
    return Prop(name.strip().upper(), params, value)


def _unquoted_colon(line: str) -> int:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


def _split_params(head: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    replacements = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: replacements.get(m.group(1), m.group(1)), value)
