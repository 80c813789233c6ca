"""One handler per EWS operation the backend uses; each returns the response body element.

Response shapes follow Microsoft's reference examples (see reference/): a <m:XResponse> holding
<m:ResponseMessages>, one <m:XResponseMessage ResponseClass="..."> per requested object with
<m:ResponseCode> first, errors with MessageText, ResponseCode, DescriptiveLinkKey and the
(empty) container. Item properties come back in the Message element's schema order.
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .rules import MESSAGE_CHILDREN
from .soap import children, el, first, short, sub, text_of
from .store import FOLDERS, MSGFLAG_READ, InvalidSyncState, Item, Store

# The item properties this server can return: FieldURI -> writer. Asking for another one is a
# violation (the backend asked for something the test does not cover).
Writer = Callable[[ET.Element, Item], None]


class Refused(Exception):
    """The request cannot be served: answered with a SOAP fault."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Context:
    store: Store
    mailbox: str  # the signed-in user's primary SMTP address
    violations: list[str] = field(default_factory=list)
    sends: list[str] = field(default_factory=list)


def response(operation: str, messages: Iterable[ET.Element]) -> ET.Element:
    root = el(f"m:{operation}Response")
    container = sub(root, "m:ResponseMessages")
    container.extend(messages)
    return root


def success(operation: str) -> ET.Element:
    message = el(f"m:{operation}ResponseMessage", ResponseClass="Success")
    sub(message, "m:ResponseCode", "NoError")
    return message


def failure(operation: str, code: str, text: str, *containers: str) -> ET.Element:
    message = el(f"m:{operation}ResponseMessage", ResponseClass="Error")
    sub(message, "m:MessageText", text)
    sub(message, "m:ResponseCode", code)
    sub(message, "m:DescriptiveLinkKey", "0")
    for name in containers:
        sub(message, name)
    return message


# -- folders ------------------------------------------------------------------------------


def folder_name(context: Context, id_element: ET.Element) -> str | None:
    """The distinguished name of a FolderId / DistinguishedFolderId, None when unknown."""
    if short(id_element.tag) == "t:DistinguishedFolderId":
        address = text_of(first(id_element, "t:Mailbox"), "t:EmailAddress", context.mailbox)
        if address.lower() != context.mailbox.lower():
            return None
        name = id_element.get("Id", "")
        return name if name in FOLDERS else None
    wanted = id_element.get("Id")
    return next((n for n, i in context.store.folder_ids.items() if i == wanted), None)


def convert_id(request: ET.Element, context: Context) -> ET.Element:
    # exchangelib sends ConvertId of a dummy id only to read ServerVersionInfo; a real server
    # refuses the id, as Microsoft's error example shows.
    ids = children(first(request, "m:SourceIds"))
    return response(
        "ConvertId",
        (failure("ConvertId", "ErrorInvalidIdMalformed", "Id is malformed.") for _ in ids),
    )


def get_folder(request: ET.Element, context: Context) -> ET.Element:
    messages = []
    for id_element in children(first(request, "m:FolderIds")):
        name = folder_name(context, id_element)
        if name is not None and name in context.store.denied:
            messages.append(
                failure(
                    "GetFolder",
                    "ErrorAccessDenied",
                    "Access is denied. Check credentials and try again.",
                    "m:Folders",
                )
            )
            continue
        if name is None:
            messages.append(
                failure(
                    "GetFolder",
                    "ErrorFolderNotFound",
                    "The specified folder could not be found in the store.",
                    "m:Folders",
                )
            )
            continue
        message = success("GetFolder")
        folder = sub(sub(message, "m:Folders"), "t:Folder")
        sub(folder, "t:FolderId", Id=context.store.folder_ids[name], ChangeKey="AQAAABYAAAA=")
        sub(folder, "t:ParentFolderId", Id=context.store.folder_ids["root"], ChangeKey="AQAAAA==")
        sub(folder, "t:FolderClass", "IPF.Note")
        sub(folder, "t:DisplayName", FOLDERS[name])
        items = context.store.in_folder(name)
        sub(folder, "t:TotalCount", str(len(items)))
        sub(folder, "t:ChildFolderCount", "0")
        sub(folder, "t:UnreadCount", str(sum(1 for item in items if not item.is_read)))
        messages.append(message)
    return response("GetFolder", messages)


# -- items ----------------------------------------------------------------------------------


def _mailbox(parent: ET.Element, name: str, address: str) -> None:
    mailbox = sub(parent, "t:Mailbox")
    if name:
        sub(mailbox, "t:Name", name)
    sub(mailbox, "t:EmailAddress", address)
    sub(mailbox, "t:RoutingType", "SMTP")


def _recipients(header: str) -> Writer:
    def write(message: ET.Element, item: Item) -> None:
        found = item.addresses(header)
        if found:
            container = sub(message, f"t:{'ToRecipients' if header == 'To' else 'CcRecipients'}")
            for name, address in found:
                _mailbox(container, name, address)

    return write


def _from(message: ET.Element, item: Item) -> None:
    found = item.addresses("From")
    if found:
        _mailbox(sub(message, "t:From"), *found[0])


def _headers(message: ET.Element, item: Item) -> None:
    if not item.transport_headers:
        return  # Exchange fills this from the transport headers of delivered mail only
    container = sub(message, "t:InternetMessageHeaders")
    for name, value in item.headers():
        sub(container, "t:InternetMessageHeader", value, HeaderName=name)


def _text(name: str, value: Callable[[Item], str | None]) -> Writer:
    def write(message: ET.Element, item: Item) -> None:
        found = value(item)
        if found is not None:
            sub(message, name, found)

    return write


def _iso(item_time: Callable[[Item], object]) -> Callable[[Item], str]:
    return lambda item: item_time(item).strftime("%Y-%m-%dT%H:%M:%SZ")  # type: ignore[attr-defined]


def _conversation_index(item: Item) -> str | None:
    stored = item.extended.get("0x71")
    if stored:
        return stored
    value = item.header_value("Thread-Index")
    try:
        return base64.b64encode(base64.b64decode(value, validate=True)).decode() if value else None
    except (binascii.Error, ValueError):
        return None


PROPERTIES: dict[str, tuple[str, Writer]] = {  # FieldURI -> (element, writer)
    "item:MimeContent": (
        "MimeContent",
        lambda m, i: sub(
            m, "t:MimeContent", base64.b64encode(i.mime).decode(), CharacterSet="UTF-8"
        ),
    ),
    "item:ItemClass": ("ItemClass", _text("t:ItemClass", lambda i: "IPM.Note")),
    "item:Subject": ("Subject", _text("t:Subject", lambda i: i.header_value("Subject"))),
    "item:DateTimeReceived": (
        "DateTimeReceived",
        _text("t:DateTimeReceived", _iso(lambda i: i.received)),
    ),
    "item:Size": ("Size", _text("t:Size", lambda i: str(len(i.mime)))),
    "item:InReplyTo": (
        "InReplyTo",
        _text(
            "t:InReplyTo", lambda i: i.properties.get("InReplyTo") or i.header_value("In-Reply-To")
        ),
    ),
    "item:IsDraft": ("IsDraft", _text("t:IsDraft", lambda i: str(i.is_draft).lower())),
    "item:InternetMessageHeaders": ("InternetMessageHeaders", _headers),
    "item:DateTimeSent": ("DateTimeSent", _text("t:DateTimeSent", _iso(lambda i: i.sent_at()))),
    "item:TextBody": ("TextBody", _text("t:TextBody", lambda i: i.text_body())),
    "message:ToRecipients": ("ToRecipients", _recipients("To")),
    "message:CcRecipients": ("CcRecipients", _recipients("Cc")),
    "message:ConversationIndex": (
        "ConversationIndex",
        _text("t:ConversationIndex", _conversation_index),
    ),
    "message:ConversationTopic": (
        "ConversationTopic",
        _text(
            "t:ConversationTopic",
            lambda i: i.header_value("Thread-Topic") or i.header_value("Subject"),
        ),
    ),
    "message:From": ("From", _from),
    "message:InternetMessageId": (
        "InternetMessageId",
        _text("t:InternetMessageId", lambda i: i.header_value("Message-ID")),
    ),
    "message:IsRead": ("IsRead", _text("t:IsRead", lambda i: str(i.is_read).lower())),
    "message:References": (
        "References",
        _text(
            "t:References", lambda i: i.properties.get("References") or i.header_value("References")
        ),
    ),
}
ORDER = {name: index for index, name in enumerate([*MESSAGE_CHILDREN, "TextBody"])}


def _wanted(shape: ET.Element | None, context: Context) -> list[str]:
    base = text_of(shape, "t:BaseShape")
    if base != "IdOnly":
        context.violations.append(f"BaseShape {base!r}: the backend should ask for IdOnly")
    wanted = []
    for path in children(first(shape, "t:AdditionalProperties")):
        uri = path.get("FieldURI", "")
        if short(path.tag) != "t:FieldURI" or uri not in PROPERTIES:
            context.violations.append(
                f"property not covered by the test server: {ET.tostring(path)!r}"
            )
            continue
        wanted.append(uri)
    if text_of(shape, "t:IncludeMimeContent") == "true":
        wanted.append("item:MimeContent")
    return sorted(set(wanted), key=lambda uri: ORDER[PROPERTIES[uri][0]])


def message_element(item: Item, wanted: list[str]) -> ET.Element:
    message = el("t:Message")
    for uri in wanted:
        if uri == "item:MimeContent":
            PROPERTIES[uri][1](message, item)
    sub(message, "t:ItemId", Id=item.id, ChangeKey=item.change_key)
    for uri in wanted:
        if uri != "item:MimeContent":
            PROPERTIES[uri][1](message, item)
    return message


def sync_folder_items(request: ET.Element, context: Context) -> ET.Element:
    wanted = _wanted(first(request, "m:ItemShape"), context)
    if "item:MimeContent" in wanted:
        context.violations.append("SyncFolderItems cannot return MimeContent")
    id_element = children(first(request, "m:SyncFolderId"))[0]
    name = folder_name(context, id_element)
    if name is None:
        return response(
            "SyncFolderItems",
            [
                _sync_failure(
                    "ErrorFolderNotFound", "The specified folder could not be found in the store."
                )
            ],
        )
    state = text_of(request, "m:SyncState") or None
    most = int(text_of(request, "m:MaxChangesReturned"))
    try:
        changes, new_state, done = context.store.sync(name, state, most)
    except InvalidSyncState:
        return response(
            "SyncFolderItems",
            [
                _sync_failure(
                    "ErrorInvalidSyncStateData",
                    "Synchronization state data is corrupt or otherwise invalid.",
                )
            ],
        )
    message = success("SyncFolderItems")
    sub(message, "m:SyncState", new_state)
    sub(message, "m:IncludesLastItemInRange", str(done).lower())
    container = sub(message, "m:Changes")
    for change in changes:
        if change.kind == "create":
            sub(container, "t:Create").append(
                message_element(context.store.items[change.item_id], wanted)
            )
        else:
            sub(sub(container, "t:Delete"), "t:ItemId", Id=change.item_id)
    return response("SyncFolderItems", [message])


def _sync_failure(code: str, text: str) -> ET.Element:
    message = failure("SyncFolderItems", code, text)
    sub(message, "m:SyncState")
    sub(message, "m:IncludesLastItemInRange", "true")
    return message


def get_item(request: ET.Element, context: Context) -> ET.Element:
    wanted = _wanted(first(request, "m:ItemShape"), context)
    messages = []
    for id_element in children(first(request, "m:ItemIds")):
        item = context.store.items.get(id_element.get("Id", ""))
        if item is None:
            messages.append(
                failure(
                    "GetItem",
                    "ErrorItemNotFound",
                    "The specified object was not found in the store.",
                    "m:Items",
                )
            )
            continue
        message = success("GetItem")
        sub(message, "m:Items").append(message_element(item, wanted))
        messages.append(message)
    return response("GetItem", messages)


def _matches(expression: ET.Element, item: Item, context: Context) -> bool:
    kind = short(expression.tag)
    if kind == "t:Or":
        return any(_matches(e, item, context) for e in expression)
    if kind == "t:And":
        return all(_matches(e, item, context) for e in expression)
    if kind == "t:IsEqualTo":
        path = expression[0]
        constant = first(first(expression, "t:FieldURIOrConstant"), "t:Constant")
        if path.get("FieldURI") != "message:InternetMessageId" or constant is None:
            context.violations.append(f"restriction not covered: {ET.tostring(expression)!r}")
            return False
        # Exchange compares the stored InternetMessageId exactly, angle brackets included
        return item.header_value("Message-ID") == constant.get("Value")
    context.violations.append(f"restriction not covered: {kind}")
    return False


def find_item(request: ET.Element, context: Context) -> ET.Element:
    if request.get("Traversal") != "Shallow":
        context.violations.append("FindItem should be a Shallow traversal")
    wanted = _wanted(first(request, "m:ItemShape"), context)
    view = first(request, "m:IndexedPageItemView")
    restriction = first(request, "m:Restriction")
    messages = []
    for id_element in children(first(request, "m:ParentFolderIds")):
        name = folder_name(context, id_element)
        if name is None:
            messages.append(
                failure(
                    "FindItem",
                    "ErrorFolderNotFound",
                    "The specified folder could not be found in the store.",
                )
            )
            continue
        found = [
            item
            for item in context.store.in_folder(name)
            if restriction is None or _matches(restriction[0], item, context)
        ]
        offset = int(view.get("Offset", "0")) if view is not None else 0
        most = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        page = found[offset : offset + most]
        end = offset + len(page)
        message = success("FindItem")
        root = sub(
            message,
            "m:RootFolder",
            IndexedPagingOffset=str(end),
            TotalItemsInView=str(len(found)),
            IncludesLastItemInRange=str(end >= len(found)).lower(),
        )
        items = sub(root, "t:Items")
        for item in page:
            items.append(message_element(item, wanted))
        messages.append(message)
    return response("FindItem", messages)


def create_item(request: ET.Element, context: Context) -> ET.Element:
    disposition = request.get("MessageDisposition")
    if disposition != "SaveOnly":
        context.sends.append(f"CreateItem MessageDisposition={disposition!r}")
        raise Refused("ErrorInvalidOperation", "followupd test server: only SaveOnly is allowed")
    saved = first(request, "m:SavedItemFolderId")
    name = folder_name(context, children(saved)[0]) if saved is not None else None
    if name not in ("drafts", "inbox"):
        context.violations.append(f"CreateItem into {name!r}: drafts, or the user's own note")
    messages = []
    for element in children(first(request, "m:Items")):
        if short(element.tag) != "t:Message":
            context.violations.append(f"CreateItem of {short(element.tag)}")
            continue
        item = context.store.add(name or "drafts", **_created(element, context))
        context.store.created.add(item.id)
        if name == "inbox" and item.is_draft:
            context.violations.append("CreateItem into inbox of a draft: the note is no draft")
        message = success("CreateItem")
        sub(
            sub(sub(message, "m:Items"), "t:Message"),
            "t:ItemId",
            Id=item.id,
            ChangeKey=item.change_key,
        )
        messages.append(message)
    return response("CreateItem", messages)


def _created(element: ET.Element, context: Context) -> dict[str, object]:
    mime = first(element, "t:MimeContent")
    if mime is None or not (mime.text or "").strip():
        context.violations.append("a draft must be created from its MIME content")
        data = b""
    else:
        data = base64.b64decode(mime.text or "")
    extended: dict[str, str] = {}
    for prop in children(element, "t:ExtendedProperty"):
        uri = first(prop, "t:ExtendedFieldURI")
        tag = uri.get("PropertyTag", "") if uri is not None else ""
        extended[hex(int(tag, 0))] = text_of(prop, "t:Value")
    # Pessimistic on purpose: an item made from MIME is a draft only when its PR_MESSAGE_FLAGS
    # say unsent; without the property it is filed as an ordinary (sent/received) message.
    flags = int(extended.get("0xe07", "0") or 0)
    if text_of(element, "t:IsRead") in ("true", "1"):
        flags |= MSGFLAG_READ
    elif text_of(element, "t:IsRead") in ("false", "0"):
        flags &= ~MSGFLAG_READ
    properties = {
        name: text_of(element, f"t:{name}")
        for name in ("InReplyTo", "References")
        if first(element, f"t:{name}") is not None
    }
    return {
        "mime": data,
        "flags": flags,
        "transport_headers": False,
        "properties": properties,
        "extended": extended,
    }


def delete_item(request: ET.Element, context: Context) -> ET.Element:
    """Only what the backend itself created (its INBOX note) may be deleted: the user's mail
    never is."""
    messages = []
    for id_element in children(first(request, "m:ItemIds")):
        item_id = id_element.get("Id", "")
        if item_id not in context.store.items:
            messages.append(
                failure(
                    "DeleteItem",
                    "ErrorItemNotFound",
                    "The specified object was not found in the store.",
                )
            )
            continue
        if item_id not in context.store.created:
            context.violations.append("DeleteItem of an item the backend did not create")
        context.store.delete(item_id)
        messages.append(success("DeleteItem"))
    return response("DeleteItem", messages)


HANDLERS: dict[str, Callable[[ET.Element, Context], ET.Element]] = {
    "ConvertId": convert_id,
    "GetFolder": get_folder,
    "SyncFolderItems": sync_folder_items,
    "GetItem": get_item,
    "FindItem": find_item,
    "CreateItem": create_item,
    "DeleteItem": delete_item,
}
