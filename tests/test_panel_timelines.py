"""What the panel timelines' drafts say (tests/scenarios; the scorer checks only stage, recipients
and moment): the coordinator's draft names only those without an address, and each thank-you
names the session its recipient led."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OWN = REPO / "tests" / "scenarios"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_scenarios", REPO / "bench" / "score_scenarios.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_scenarios", module)
    spec.loader.exec_module(module)
    return module


def drafts(name: str) -> list[dict[str, Any]]:
    return list(_scorer().simulate(OWN / name))


def test_the_coordinators_draft_names_only_the_interviewer_without_an_address() -> None:
    made = {d["stage"]: d for d in drafts("panel-one-interviewer-address-in-the-invite")}
    via = made["thank_you_via_contact"]["body"]
    assert "Rafael Ortiz (Head of Data)" in via and "Ines" not in via
    assert "could you share Rafael's email address?" in via
    assert made["thank_you"]["to"] == ["ines.carvalho@fernbrook.example"]
    assert "Rafael" not in made["thank_you"]["body"]


def test_each_itinerary_thank_you_names_its_session() -> None:
    bodies = {d["to"][0]: d["body"] for d in drafts("itinerary-panel-session-titles")}
    assert "the “System design” session" in bodies["tomasz.wierzbicki@grainline.example"]
    assert "the “Coding” session" in bodies["farah.haddad@grainline.example"]
    assert "the “Past project deep dive” session" in bodies["lena.fischer@grainline.example"]


def test_the_coordinator_who_only_arranged_it_is_thanked_for_arranging() -> None:
    (draft,) = drafts("coordinator-confirms-with-the-hiring-team")
    assert draft["stage"] == "thank_you"  # POLICY.md: nobody named, the contact's thank_you
    assert "Thank you for arranging my interview" in draft["body"]
    assert "speak with me" not in draft["body"]
    assert draft["in_reply_to"] is not None  # in the coordinator's own thread
