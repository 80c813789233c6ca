"""A test EWS endpoint: one Exchange mailbox in memory, served over HTTPS on 127.0.0.1.

No Exchange server runs where the tests run, so this one answers the SOAP requests exchangelib
really makes for followupd's EWS backend. Its responses follow Microsoft's published EWS
reference examples (distilled in reference/); every request it receives is checked against the
schema rules in rules.py (namespaces, child order and counts, required attributes, a few
enumerations), and `test_ews_requests.py` checks both the rules and the requests captured from
exchangelib (captured/) against Microsoft's examples. A request that breaks a rule is answered
with ErrorSchemaValidation and recorded in `violations`; one that would send mail is refused and
recorded in `sends`. The tests' fixtures fail when either is not empty.

Covered:
- HTTPS only, with a server certificate for 127.0.0.1 and localhost signed by a throwaway CA
  (`ca_file`), and a second, unrelated CA (`other_ca_file`) for the wrong-CA case. POST to
  /EWS/Exchange.asmx, HTTP/1.1 keep-alive.
- Sign-in: Basic; NTLM, connection-based as IIS does it, with pyspnego as the acceptor (the user
  is written to an NTLM_USER_FILE; the client's channel-binding token is accepted, not checked);
  OAuth2 bearer tokens from the set `tokens`. Otherwise 401 with the WWW-Authenticate offer.
- Every response carries Exchange 2019's ServerVersionInfo (15.2.1544.4, Version="V2017_07_11",
  which is what 2016 and 2019 send and is not a valid RequestServerVersion). ConvertId, which
  exchangelib sends with a dummy id only to read that header, gets ErrorInvalidIdMalformed.
- GetFolder of inbox, sentitems and drafts by DistinguishedFolderId (with or without a Mailbox,
  which must be the signed-in mailbox) or FolderId: FolderId, ParentFolderId, FolderClass,
  DisplayName ("Inbox", "Sent Items", "Drafts"), TotalCount, ChildFolderCount, UnreadCount;
  ErrorAccessDenied for a folder closed with `deny_folder()` (a delegate without permission).
- SyncFolderItems: opaque sync states (gzip + base64, "H4sI...", as Exchange's look), paging by
  MaxChangesReturned with IncludesLastItemInRange, Create and Delete changes (an item created and
  deleted inside the window is not reported), the same state back when nothing changed, and
  ErrorInvalidSyncStateData with an empty SyncState (Microsoft's error example) for a state it
  cannot read or after `invalidate_sync_states()`.
- GetItem, IdOnly plus AdditionalProperties from a fixed list (MimeContent, ItemClass, Subject,
  DateTimeReceived, Size, InReplyTo, IsDraft, InternetMessageHeaders, DateTimeSent, TextBody,
  To/CcRecipients, ConversationIndex, ConversationTopic, From, InternetMessageId, IsRead,
  References; asking for another is a violation), properties in the Message schema order,
  ErrorItemNotFound for an id that is gone.
- FindItem, Shallow, IndexedPageItemView paging, a Restriction of IsEqualTo on
  message:InternetMessageId (compared exactly, angle brackets included) under Or / And.
- CreateItem with MessageDisposition="SaveOnly" into Drafts (or, not as a draft, into Inbox:
  the user's own note) from MimeContent, reading the extended properties PR_MESSAGE_FLAGS
  (0x0E07) and PR_CONVERSATION_INDEX (0x0071), IsRead, InReplyTo and References. Any other
  disposition, and any operation named Send..., is refused.
- DeleteItem, of items made by CreateItem only (the day's earlier note): deleting any other item
  is a violation.
- Traffic (`traffic`): connections, and the HTTP bytes each way after TLS (challenges and NTLM
  handshakes included), for the bench.
- Throttling on demand (`throttle()`): the ErrorServerBusy SOAP fault (HTTP 500) with
  BackOffMilliseconds, or HTTP 503 with Retry-After, for the next matching request(s).

Quirks modelled: mail delivered to the Inbox has InternetMessageHeaders, what is in Sent Items
or made by CreateItem has none (Exchange fills them from transport headers). An item made from
MIME counts as a draft only when its PR_MESSAGE_FLAGS say unsent: pessimistic on purpose
(Microsoft's import guide implies the opposite default), so that the tests show the backend
sets the flags rather than relying on a default.

Not covered: autodiscover (tests replace exchangelib's Autodiscovery); Kerberos/Negotiate,
Extended Protection, real token validation; any other operation (UpdateItem, MoveItem,
FindFolder, SyncFolderHierarchy, attachments, notifications); Exchange's MIME conversion
(Exchange stores MAPI properties and regenerates MIME, so headers may be re-encoded or
re-ordered; this server returns the bytes it was given, and TextBody is simply the first
text/plain part); ids that change when an item moves, ChangeKeys that change on edits, Update
and ReadFlagChange changes; throttling as HTTP 200 with an inner ErrorServerBusy, connection
limits, partial FindItem results; TimeZoneContext (accepted, ignored), impersonation, public
folders and archives; Size is the MIME length, not Exchange's storage size.
"""

from .server import PASSWORD, EwsServer, Exchange, running

__all__ = ["PASSWORD", "EwsServer", "Exchange", "running"]
