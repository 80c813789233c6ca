"""SOAP 1.1 and EWS namespaces, and small helpers to read requests and build responses."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
E = "http://schemas.microsoft.com/exchange/services/2006/errors"
PREFIXES = {"s": SOAP, "m": M, "t": T, "e": E}
BY_URI = {uri: prefix for prefix, uri in PREFIXES.items()}

for _prefix, _uri in PREFIXES.items():
    ET.register_namespace(_prefix, _uri)

# What Exchange Server 2019 reports; 2016 and 2019 both answer Version="V2017_07_11", a string
# that is not a valid RequestServerVersion (exchangelib keeps the version it asked with).
SERVER_VERSION = {
    "MajorVersion": "15",
    "MinorVersion": "2",
    "MajorBuildNumber": "1544",
    "MinorBuildNumber": "4",
    "Version": "V2017_07_11",
}
REQUEST_VERSIONS = {
    "Exchange2007",
    "Exchange2007_SP1",
    "Exchange2010",
    "Exchange2010_SP1",
    "Exchange2010_SP2",
    "Exchange2013",
    "Exchange2013_SP1",
    "Exchange2015",
    "Exchange2015_SP1",
    "Exchange2016",
}


def q(name: str) -> str:
    """'t:ItemId' -> '{types namespace}ItemId'."""
    prefix, _, local = name.partition(":")
    return f"{{{PREFIXES[prefix]}}}{local}"


def short(tag: str) -> str:
    """'{types namespace}ItemId' -> 't:ItemId' (unknown namespaces stay in braces)."""
    if not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    prefix = BY_URI.get(uri)
    return f"{prefix}:{local}" if prefix else tag


def el(name: str, text: str | None = None, /, **attrs: str) -> ET.Element:
    element = ET.Element(q(name), {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def sub(parent: ET.Element, name: str, text: str | None = None, /, **attrs: str) -> ET.Element:
    child = el(name, text, **attrs)
    parent.append(child)
    return child


def children(element: ET.Element | None, name: str | None = None) -> list[ET.Element]:
    if element is None:
        return []
    return [c for c in element if name is None or c.tag == q(name)]


def first(element: ET.Element | None, name: str) -> ET.Element | None:
    found = children(element, name)
    return found[0] if found else None


def text_of(element: ET.Element | None, name: str, default: str = "") -> str:
    found = first(element, name)
    return (found.text or "").strip() if found is not None else default


def envelope(body: ET.Element | Iterable[ET.Element], *, header: bool = True) -> bytes:
    root = el("s:Envelope")
    if header:
        head = sub(root, "s:Header")
        sub(head, "t:ServerVersionInfo", **SERVER_VERSION)
    soap_body = sub(root, "s:Body")
    for part in [body] if isinstance(body, ET.Element) else body:
        soap_body.append(part)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def fault(code: str, message: str, values: dict[str, str] | None = None) -> bytes:
    """An EWS SOAP fault as Exchange sends it (HTTP 500): faultcode, faultstring, and the
    ResponseCode/Message in the errors namespace, MessageXml values in the types namespace."""
    soap_fault = el("s:Fault")
    ET.SubElement(soap_fault, "faultcode", {"xmlns:a": T}).text = f"a:{code}"
    ET.SubElement(soap_fault, "faultstring").text = message
    detail = ET.SubElement(soap_fault, "detail")
    sub(detail, "e:ResponseCode", code)
    sub(detail, "e:Message", message)
    if values:
        message_xml = sub(detail, "t:MessageXml")
        for name, value in values.items():
            sub(message_xml, "t:Value", value, Name=name)
    return envelope(soap_fault, header=False)


def parse(data: bytes) -> ET.Element:
    return ET.fromstring(data)  # test input from our own client: no entity tricks expected


def dump(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode")
