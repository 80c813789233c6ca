"""Requests and responses as files, and their shapes ("frames") for comparing them.

`captured/NAME.request.xml` holds a request exchangelib really made for the backend and
`captured/NAME.response.xml` the test server's answer, values that change from run to run
(ids, sync states, dates, MIME) replaced by "…". `reference/` holds Microsoft's examples,
distilled the same way. A frame is the set of element paths with their attribute names:
what must agree between a request and an example, whatever the values.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import rules
from .soap import short

HERE = Path(__file__).resolve().parent
CAPTURED = HERE / "captured"
REFERENCE = HERE / "reference"

# Values kept as they are: enumerations and names; every other value becomes "…".
KEPT_TEXT = {
    "t:BaseShape",
    "t:IncludeMimeContent",
    "m:MaxChangesReturned",
    "m:SyncScope",
    "m:ResponseCode",
    "m:IncludesLastItemInRange",
    "m:DescriptiveLinkKey",
    "t:RoutingType",
    "t:MailboxType",
    "t:DisplayName",
    "t:FolderClass",
    "t:IsRead",
    "t:IsDraft",
}
KEPT_ATTRIBUTES = {
    "FieldURI",
    "Traversal",
    "MessageDisposition",
    "SendMeetingInvitations",
    "DeleteType",
    "SendMeetingCancellations",
    "AffectedTaskOccurrences",
    "SuppressReadReceipts",
    "BasePoint",
    "Offset",
    "MaxEntriesReturned",
    "Version",
    "DestinationFormat",
    "Format",
    "ResponseClass",
    "PropertyTag",
    "PropertyType",
    "CharacterSet",
    "IncludesLastItemInRange",
}
# Elements whose insides are the item's own properties: a response frame stops there.
ITEMS = {"t:Message", "t:MeetingRequest", "t:Item", "t:Folder", "t:AlternateId"}


def normalised(data: bytes) -> str:
    root = ET.fromstring(data)
    for element in root.iter():
        name = short(element.tag)
        if element.text and element.text.strip() and name not in KEPT_TEXT:
            element.text = "…"
        for attribute in element.attrib:
            keep = attribute in KEPT_ATTRIBUTES or (
                attribute == "Id" and name == "t:DistinguishedFolderId"
            )
            if not keep:
                element.set(attribute, "…")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def load(path: Path) -> ET.Element:
    return ET.fromstring(path.read_bytes())


@dataclass(frozen=True)
class Node:
    path: str
    attributes: frozenset[str]


def frame(root: ET.Element, *, cut_at_items: bool = False) -> dict[str, frozenset[str]]:
    """Path -> attribute names, for every element (down to the items when cut)."""
    found: dict[str, frozenset[str]] = {}

    def walk(element: ET.Element, above: str) -> None:
        name = short(element.tag)
        if cut_at_items and name in ITEMS:
            name = "t:<item>"
        path = f"{above}/{name}"
        found[path] = found.get(path, frozenset()) | frozenset(
            a for a in element.attrib if not a.startswith("{") and not a.startswith("xmlns")
        )
        if not (cut_at_items and name == "t:<item>"):
            for child in element:
                walk(child, path)

    walk(root, "")
    return found


def required_paths(root: ET.Element) -> set[str]:
    """The paths of an example that the schema requires: each element on the path is one its
    parent's rule must have (a Part with least >= 1)."""
    found: set[str] = set()

    def walk(element: ET.Element, above: str) -> None:
        name = short(element.tag)
        path = f"{above}/{name}"
        found.add(path)
        rule = rules.RULES.get(name)
        for child in element:
            child_name = short(child.tag)
            required = rule is not None and any(
                child_name in part.names and part.least >= 1 for part in rule.parts
            )
            if required or name == "s:Body":
                walk(child, path)

    walk(root, "")
    return found


def operation(root: ET.Element) -> ET.Element:
    body = root.find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
    assert body is not None and len(body) == 1
    return body[0]
