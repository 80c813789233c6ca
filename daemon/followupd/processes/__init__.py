"""Processes: every message's `Observation` in, one `Process` per application out.

Messages are grouped by thread, then by employer identity (domains, names, agencies and their
clients, freemail recruiters), split into episodes where a closed application starts anew, and
folded into state: interviews (moved, cancelled, merged across invitations; their sessions, and
people named without an address reached once any message gives one), the employer
contact, the standing decision date, the outcome; readings held for the user's word
("needs a look", looks.py) count as the employer writing and nothing more.

May import: understand, dates, model. Never: the clock, any I/O, the policy or drafts.
"""

from followupd.processes.grouping import build_processes, observation_order

__all__ = ["build_processes", "observation_order"]
