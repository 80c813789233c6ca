"""followupd: drafts job-search follow-ups in your Drafts folder. It never sends mail."""

__version__ = "0.1.0"
