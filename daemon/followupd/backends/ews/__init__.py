"""On-premises Exchange Server (2016, 2019, Subscription Edition) over Exchange Web Services,
with exchangelib: incremental sync by SyncFolderItems (the sync state is the cursor), messages
read as MIME so parsing is shared with IMAP, drafts saved with CreateItem SaveOnly into Drafts
as real unsent drafts. Exchange Online's EWS is being switched off: Microsoft 365 and
Outlook.com are reached over IMAP with XOAUTH2.

May import: the `backends` protocol, model, errors, exchangelib. Never: the store, the engine,
the core. The only write is a draft saved into Drafts; tests/unit/test_architecture.py lists
the Exchange operations that would deliver mail and proves none is reachable from here.
"""

from followupd.backends.ews.endpoint import EwsEndpoint, ews_endpoint
from followupd.backends.ews.mailbox import EwsMailbox

__all__ = ["EwsEndpoint", "EwsMailbox", "ews_endpoint"]
