"""The EWS schema rules that matter for the requests this backend makes, checked on every
request the test server receives and on the captured requests.

Derived from Microsoft's EWS reference (learn.microsoft.com/exchange/client-developer/
web-service-reference, one page per element: its syntax block gives the child order, its
tables which children and attributes are required). Only the elements the backend sends are
described; an element without a rule here is accepted as it is, but it must be one its parent's
rule allows. What is checked: the namespace of every element (messages "m:" or types "t:"),
the order and count of children (XSD sequences), required and known attributes, and a few
enumerated values (BaseShape, Traversal, MessageDisposition, MaxChangesReturned, the
ExtendedFieldURI attribute combinations, RequestServerVersion).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from .soap import REQUEST_VERSIONS, short

UNBOUNDED = -1
Check = Callable[[ET.Element], str | None]


@dataclass(frozen=True)
class Part:
    """One slot of an XSD sequence: one of `names`, between `least` and `most` times."""

    names: tuple[str, ...]
    least: int = 0
    most: int = 1


@dataclass(frozen=True)
class Rule:
    parts: tuple[Part, ...] = ()
    required: tuple[str, ...] = ()  # attributes
    optional: tuple[str, ...] = ()
    ordered: bool = True  # False: SOAP headers, any order
    open_content: bool = False  # children not checked (e.g. a Message's many properties)
    checks: tuple[Check, ...] = field(default=())


def one(*names: str) -> Part:
    return Part(names, 1, 1)


def opt(*names: str) -> Part:
    return Part(names, 0, 1)


def many(*names: str, least: int = 1) -> Part:
    return Part(names, least, UNBOUNDED)


def _value_in(attribute: str | None, allowed: set[str]) -> Check:
    def check(element: ET.Element) -> str | None:
        value = element.get(attribute) if attribute else (element.text or "").strip()
        if value is None or value in allowed:
            return None
        where = f"@{attribute}" if attribute else "text"
        return f"{short(element.tag)}{where} = {value!r}, not one of {sorted(allowed)}"

    return check


def _max_changes(element: ET.Element) -> str | None:
    text = (element.text or "").strip()
    if text.isdigit() and 1 <= int(text) <= 512:
        return None
    return f"m:MaxChangesReturned must be 1..512, not {text!r}"


def _extended_field(element: ET.Element) -> str | None:
    present = set(element.attrib)
    if "PropertyTag" in present:
        if present & {"DistinguishedPropertySetId", "PropertySetId", "PropertyName", "PropertyId"}:
            return "t:ExtendedFieldURI: PropertyTag excludes property sets, names and ids"
        return None
    sets = present & {"DistinguishedPropertySetId", "PropertySetId"}
    keys = present & {"PropertyName", "PropertyId"}
    if len(sets) != 1 or len(keys) != 1:
        return "t:ExtendedFieldURI needs PropertyTag, or one property set and one name or id"
    return None


FOLDER_ID = ("t:FolderId", "t:DistinguishedFolderId")
ITEM_ID = ("t:ItemId", "t:OccurrenceItemId", "t:RecurringMasterItemId")
PROPERTY_PATH = ("t:FieldURI", "t:IndexedFieldURI", "t:ExtendedFieldURI")
SEARCH_EXPRESSIONS = (
    "t:Exists",
    "t:Excludes",
    "t:IsEqualTo",
    "t:IsNotEqualTo",
    "t:IsGreaterThan",
    "t:IsGreaterThanOrEqualTo",
    "t:IsLessThan",
    "t:IsLessThanOrEqualTo",
    "t:Contains",
    "t:Not",
    "t:And",
    "t:Or",
)
ITEM_TYPES = ("t:Item", "t:Message", "t:CalendarItem", "t:Contact", "t:Task", "t:PostItem")
DISTINGUISHED = {
    "inbox",
    "sentitems",
    "drafts",
    "deleteditems",
    "outbox",
    "root",
    "msgfolderroot",
    "junkemail",
    "calendar",
    "contacts",
}
# The Message element's children, in schema order (the Message page's syntax block).
MESSAGE_CHILDREN = [
    "MimeContent",
    "ItemId",
    "ParentFolderId",
    "ItemClass",
    "Subject",
    "Sensitivity",
    "Body",
    "Attachments",
    "DateTimeReceived",
    "Size",
    "Categories",
    "Importance",
    "InReplyTo",
    "IsSubmitted",
    "IsDraft",
    "IsFromMe",
    "IsResend",
    "IsUnmodified",
    "InternetMessageHeaders",
    "DateTimeSent",
    "DateTimeCreated",
    "ResponseObjects",
    "ReminderDueBy",
    "ReminderIsSet",
    "ReminderMinutesBeforeStart",
    "DisplayCc",
    "DisplayTo",
    "HasAttachments",
    "ExtendedProperty",
    "Culture",
    "Sender",
    "ToRecipients",
    "CcRecipients",
    "BccRecipients",
    "IsReadReceiptRequested",
    "IsDeliveryReceiptRequested",
    "ConversationIndex",
    "ConversationTopic",
    "From",
    "InternetMessageId",
    "IsRead",
    "IsResponseRequested",
    "References",
    "ReplyTo",
    "EffectiveRights",
    "ReceivedBy",
    "ReceivedRepresenting",
    "LastModifiedName",
    "LastModifiedTime",
    "IsAssociated",
    "WebClientReadFormQueryString",
    "WebClientEditFormQueryString",
    "ConversationId",
    "UniqueBody",
    "ReminderMessageData",
]

RULES: dict[str, Rule] = {
    # the envelope
    "s:Envelope": Rule((opt("s:Header"), one("s:Body"))),
    "s:Header": Rule(
        (
            one("t:RequestServerVersion"),
            opt("t:ExchangeImpersonation"),
            opt("t:TimeZoneContext"),
            opt("t:MailboxCulture"),
            opt("t:DateTimePrecision"),
        ),
        ordered=False,
    ),
    "s:Body": Rule(open_content=True),  # exactly one operation: checked by the server
    "t:RequestServerVersion": Rule(
        required=("Version",), checks=(_value_in("Version", REQUEST_VERSIONS),)
    ),
    "t:TimeZoneContext": Rule((one("t:TimeZoneDefinition"),)),
    "t:TimeZoneDefinition": Rule(required=("Id",), optional=("Name",), open_content=True),
    # operations
    "m:ConvertId": Rule((one("m:SourceIds"),), required=("DestinationFormat",)),
    "m:SourceIds": Rule(
        (many("t:AlternateId", "t:AlternatePublicFolderId", "t:AlternatePublicFolderItemId"),)
    ),
    "t:AlternateId": Rule(required=("Format", "Id", "Mailbox"), optional=("IsArchive",)),
    "m:GetFolder": Rule((one("m:FolderShape"), one("m:FolderIds"))),
    "m:FolderShape": Rule((one("t:BaseShape"), opt("t:AdditionalProperties"))),
    "m:FolderIds": Rule((many(*FOLDER_ID),)),
    "m:SyncFolderItems": Rule(
        (
            one("m:ItemShape"),
            one("m:SyncFolderId"),
            opt("m:SyncState"),
            opt("m:Ignore"),
            one("m:MaxChangesReturned"),
            opt("m:SyncScope"),
        )
    ),
    "m:SyncFolderId": Rule((one(*FOLDER_ID),)),
    "m:Ignore": Rule((many("t:ItemId"),)),
    "m:MaxChangesReturned": Rule(checks=(_max_changes,)),
    "m:SyncScope": Rule(checks=(_value_in(None, {"NormalItems", "NormalAndAssociatedItems"}),)),
    "m:GetItem": Rule((one("m:ItemShape"), one("m:ItemIds"))),
    "m:ItemIds": Rule((many(*ITEM_ID),)),
    "m:FindItem": Rule(
        (
            one("m:ItemShape"),
            opt(
                "m:IndexedPageItemView",
                "m:FractionalPageItemView",
                "m:CalendarView",
                "m:ContactsView",
            ),
            opt("m:GroupBy", "m:DistinguishedGroupBy"),
            opt("m:Restriction"),
            opt("m:SortOrder"),
            one("m:ParentFolderIds"),
            opt("m:QueryString"),
        ),
        required=("Traversal",),
        checks=(_value_in("Traversal", {"Shallow", "SoftDeleted", "Associated"}),),
    ),
    "m:IndexedPageItemView": Rule(
        required=("Offset", "BasePoint"),
        optional=("MaxEntriesReturned",),
        checks=(_value_in("BasePoint", {"Beginning", "End"}),),
    ),
    "m:Restriction": Rule((one(*SEARCH_EXPRESSIONS),)),
    "t:Or": Rule((many(*SEARCH_EXPRESSIONS, least=2),)),  # "Or must have two or more children"
    "t:And": Rule((many(*SEARCH_EXPRESSIONS, least=2),)),
    "t:Not": Rule((one(*SEARCH_EXPRESSIONS),)),
    "t:IsEqualTo": Rule((one(*PROPERTY_PATH), one("t:FieldURIOrConstant"))),
    "t:FieldURIOrConstant": Rule((one("t:Constant", *PROPERTY_PATH),)),
    "t:Constant": Rule(required=("Value",)),
    "m:ParentFolderIds": Rule((many(*FOLDER_ID),)),
    "m:CreateItem": Rule(
        (opt("m:SavedItemFolderId"), one("m:Items")),
        optional=("MessageDisposition", "SendMeetingInvitations"),
        checks=(_value_in("MessageDisposition", {"SaveOnly", "SendOnly", "SendAndSaveCopy"}),),
    ),
    "m:SavedItemFolderId": Rule((one(*FOLDER_ID),)),
    "m:DeleteItem": Rule(
        (one("m:ItemIds"),),
        required=("DeleteType",),
        optional=("SendMeetingCancellations", "AffectedTaskOccurrences", "SuppressReadReceipts"),
        checks=(_value_in("DeleteType", {"HardDelete", "SoftDelete", "MoveToDeletedItems"}),),
    ),
    "m:Items": Rule((many(*ITEM_TYPES),)),
    "t:Message": Rule(
        tuple(
            Part((f"t:{name}",), 0, UNBOUNDED if name == "ExtendedProperty" else 1)
            for name in MESSAGE_CHILDREN
        )
    ),
    "t:ExtendedProperty": Rule((one("t:ExtendedFieldURI"), one("t:Value", "t:Values"))),
    "t:MimeContent": Rule(optional=("CharacterSet",)),
    # shapes, ids, property paths
    "m:ItemShape": Rule(
        (
            one("t:BaseShape"),
            opt("t:IncludeMimeContent"),
            opt("t:BodyType"),
            opt("t:UniqueBodyType"),
            opt("t:NormalizedBodyType"),
            opt("t:FilterHtmlContent"),
            opt("t:ConvertHtmlCodePageToUTF8"),
            opt("t:InlineImageUrlTemplate"),
            opt("t:BlockExternalImages"),
            opt("t:AddBlankTargetToLinks"),
            opt("t:MaximumBodySize"),
            opt("t:AdditionalProperties"),
        )
    ),
    "t:BaseShape": Rule(checks=(_value_in(None, {"IdOnly", "Default", "AllProperties"}),)),
    "t:AdditionalProperties": Rule((many(*PROPERTY_PATH),)),
    "t:FieldURI": Rule(required=("FieldURI",)),
    "t:IndexedFieldURI": Rule(required=("FieldURI", "FieldIndex")),
    "t:ExtendedFieldURI": Rule(
        required=("PropertyType",),
        optional=(
            "DistinguishedPropertySetId",
            "PropertySetId",
            "PropertyTag",
            "PropertyName",
            "PropertyId",
        ),
        checks=(_extended_field,),
    ),
    "t:DistinguishedFolderId": Rule(
        (opt("t:Mailbox"),),
        required=("Id",),
        optional=("ChangeKey",),
        checks=(_value_in("Id", DISTINGUISHED),),
    ),
    "t:FolderId": Rule(required=("Id",), optional=("ChangeKey",)),
    "t:ItemId": Rule(required=("Id",), optional=("ChangeKey",)),
    "t:Mailbox": Rule(
        (
            opt("t:Name"),
            opt("t:EmailAddress"),
            opt("t:RoutingType"),
            opt("t:MailboxType"),
            opt("t:ItemId"),
            opt("t:OriginalDisplayName"),
        )
    ),
}


def problems(element: ET.Element, path: str = "") -> list[str]:
    """Every rule the element (and what is under it) breaks; [] when it is fine."""
    name = short(element.tag)
    here = f"{path}/{name}" if path else name
    rule = RULES.get(name)
    if rule is None:
        return []
    found = _attribute_problems(element, rule, here)
    found += [f"{here}: {p}" for check in rule.checks if (p := check(element)) is not None]
    if not rule.open_content:
        found += _children_problems(element, rule, here)
    for child in element:
        found += problems(child, here)
    return found


def _attribute_problems(element: ET.Element, rule: Rule, here: str) -> list[str]:
    found = [f"{here}: missing attribute {a}" for a in rule.required if a not in element.attrib]
    known = set(rule.required) | set(rule.optional)
    found += [
        f"{here}: unknown attribute {a}"
        for a in element.attrib
        if not a.startswith("{") and a not in known
    ]
    return found


def _children_problems(element: ET.Element, rule: Rule, here: str) -> list[str]:
    names = [short(child.tag) for child in element]
    if not rule.ordered:
        return _unordered_problems(names, rule, here)
    found: list[str] = []
    index = 0
    for part in rule.parts:
        count = 0
        while index < len(names) and names[index] in part.names:
            if part.most != UNBOUNDED and count >= part.most:
                break
            count += 1
            index += 1
        if count < part.least:
            found.append(f"{here}: missing {' or '.join(part.names)}")
    if index < len(names):
        allowed = [n for part in rule.parts for n in part.names]
        where = "out of order or not allowed" if names[index] in allowed else "not allowed"
        found.append(f"{here}: {names[index]} {where} (children: {names})")
    return found


def _unordered_problems(names: list[str], rule: Rule, here: str) -> list[str]:
    found: list[str] = []
    allowed = {n for part in rule.parts for n in part.names}
    found += [f"{here}: {n} not allowed" for n in names if n not in allowed]
    for part in rule.parts:
        count = sum(1 for n in names if n in part.names)
        if count < part.least or (part.most != UNBOUNDED and count > part.most):
            found.append(f"{here}: {' or '.join(part.names)} appears {count} times")
    return found
