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

_FOLD = re.compile(r"\n[ \t]")
# A content line NAME;PARAMS:VALUE whose head (up to the first ":") has no quote, in groups;
# any other line that is not empty whole in the last group.
_CONTENT_LINE = re.compile(r'^([^:;"\n]*)(;[^:"\n]*)?:(.*)$|^(.+)$', re.MULTILINE)


class Prop:
    """One content line: NAME;PARAM=VALUE:VALUE (parameter names uppercase, quotes removed).

    The parameters are read when first asked for: most lines' never are."""

    __slots__ = ("_params", "_raw_params", "name", "value")

    def __init__(self, name: str, raw_params: str | list[str] | None, value: str) -> None:
        self.name = name
        self.value = value
        # None: no ";" in the line's head; a str: the head after its first ";" (no quotes in
        # it), split on ";" when read; a list: the parameters already split around quotes
        self._raw_params = raw_params
        self._params: dict[str, str] | None = None

    @property
    def params(self) -> dict[str, str]:
        if self._params is None:
            raw = self._raw_params
            items = [] if raw is None else raw.split(";") if isinstance(raw, str) else raw
            pairs = [item.partition("=") for item in items]
            self._params = {
                key.strip().upper(): value.strip().strip('"') for key, _, value in pairs
            }
        return self._params

    def __repr__(self) -> str:
        return f"Prop(name={self.name!r}, params={self.params!r}, value={self.value!r})"


@dataclass(slots=True)
class Component:
    """BEGIN:NAME ... END:NAME with its properties and nested components."""

    name: str
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    _firsts: tuple[int, dict[str, Prop]] | None = field(default=None, compare=False, repr=False)

    def first(self, name: str) -> Prop | None:
        """The first property called `name` (an index of them, built once per props list)."""
        if self._firsts is None or self._firsts[0] != len(self.props):
            firsts: dict[str, Prop] = {}
            for prop in self.props:
                firsts.setdefault(prop.name, prop)
            self._firsts = (len(self.props), firsts)
        return self._firsts[1].get(name)

    def text(self, name: str) -> str:
        prop = self.first(name)
        return unescape(prop.value)[:MAX_TEXT] if prop else ""


def _unfold(text: str) -> str:
    """The content lines, unfolded, each ended by "\n" but the last."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FOLD.sub("", text)


def components(text: str) -> list[Component]:
    """The top-level components of the text; unbalanced BEGIN/END are tolerated."""
    roots: list[Component] = []
    stack: list[Component] = []
    open_names: list[str] = []  # the names of the components in `stack`
    count = 0
    for line in _CONTENT_LINE.finditer(_unfold(text)):
        name, params, value, other = line.groups()
        if other is not None:  # a quoted parameter in the head, or no ":" at all
            prop = _quoted_property(other) if '"' in other.partition(":")[0] else None
            if prop is None:
                continue
            name, value = prop.name, prop.value
        else:  # the common line: its parameters are split only when read (Prop.params)
            name = name.strip().upper()
            prop = None
        if name == "BEGIN":
            count += 1
            if count > MAX_COMPONENTS:
                break
            component = Component(value.strip().upper())
            if len(stack) >= MAX_DEPTH:
                continue
            (stack[-1].children if stack else roots).append(component)
            stack.append(component)
            open_names.append(component.name)
        elif name == "END":
            name = value.strip().upper()
            if name in open_names:
                while open_names.pop() != name:
                    pass
                del stack[len(open_names) :]
        elif stack:
            stack[-1].props.append(prop or Prop(name, params and params[1:], value))
    return roots


def _quoted_property(line: str) -> Prop | None:
    """A line whose head has a quoted parameter, which may hold ":" and ";"."""
    split = _unquoted_colon(line)
    if split < 0:
        return None
    name, *raw_params = _split_params(line[:split])
    return Prop(name.strip().upper(), raw_params, line[split + 1 :])


def _unquoted_colon(line: str) -> int:
    """Index of the first ":" outside double quotes, or -1 (a quote left open hides the rest).
    Each search stops at the next quote, so the line is read once however many it has."""
    position = 0
    while True:
        quote = line.find('"', position)
        colon = line.find(":", position, len(line) if quote == -1 else quote)
        if colon != -1 or quote == -1:
            return colon
        closing = line.find('"', quote + 1)
        if closing == -1:
            return -1
        position = closing + 1


def _split_params(head: str) -> list[str]:
    """Split on ";" outside double quotes; quotes are kept."""
    if not any(";" in inside for inside in head.split('"')[1::2]):
        return head.split(";")  # no ";" inside quotes: the common case, in one call
    return _split_params_by_char(head)


def _split_params_by_char(head: str) -> list[str]:
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
    if "\\" not in value:
        return value
    replacements = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: replacements.get(m.group(1), m.group(1)), value)
