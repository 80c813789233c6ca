"""The classification rules, as data: an ordered table, first match wins.

A rule fires when every fact it `needs` holds for the message (facts are computed in
classifier.py: "invite", "hiring", "time", "!bulk"...) and, if it lists `phrases`, when one
sentence of its `where` (subject, new text, invite summary/description) matches a phrase
without matching one of its `unless` patterns. Sentences are lowercased, with typographic
apostrophes made plain. Each rule's `name` goes into the signal's evidence with the words
that fired it. The phrase lists live in phrases/common.py.

Order is the design: what the user wrote and auto-replies first, then bulk mail and invites
that are not about the user's own candidacy, then calendar invites, then decisions (rejection
before offer, so "we made an offer to another candidate" is a rejection), then the traps
(webinars, press, surveys...) before the prose rules that could misread them, then the weak
kinds (request, acknowledgement, holding reply). Phrases are general hiring language in
English, German, French and Spanish, never names of employers or tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from followupd.model import Kind, UserAct
from followupd.understand.phrases import everyday
from followupd.understand.phrases.common import (
    ACKNOWLEDGEMENT,
    CONDITIONAL,
    EVENT_MET,
    EVENTS,
    FRIEND_ASKS,
    FRIEND_NEWS,
    FRIEND_NEWS_UNLESS,
    JOB_ALERT,
    NEWSLETTER,
    NOT_HIRING,
    NOT_HIRING_UNLESS,
    NOT_SENT,
    OOO,
    OOO_TEXT,
    PANEL_MEMBER,
    SOCIAL_INVITE,
)
from followupd.understand.phrases.decision import (
    HOLDING,
    HOLDING_UNLESS,
    OFFER,
    OFFER_NAMED,
    OFFER_UNLESS,
    REJECTION,
    REJECTION_UNLESS,
)
from followupd.understand.phrases.interview import (
    AGREED,
    ASKS_FOR_TIME,
    ASKS_FOR_TIME_UNLESS,
    CANCEL,
    CANCEL_SENTENCE,
    CANCEL_SENTENCE_UNLESS,
    CANCEL_UNLESS,
    CONFIRM,
    CONFIRM_SENTENCE,
    CONFIRM_SENTENCE_UNLESS,
    CONFIRM_UNLESS,
    INVITATION,
    INVITATION_UNLESS,
    MEETING_NAMED,
    MOVE_WORDS,
    MOVE_WORDS_UNLESS,
    REQUEST,
    REQUEST_UNLESS,
    RESCHEDULE,
    RESCHEDULE_SENTENCE,
    THREAD_AGREED,
    THREAD_MOVED,
)
from followupd.understand.phrases.languages import extended
from followupd.understand.phrases.notices import (
    AFTER_ALL,
    ANY_REQUEST_RECEIVED,
    ASSESSMENT,
    ASSESSMENT_UNLESS,
    NO_NEWS,
    STATUS_BEHIND_LOGIN,
)
from followupd.understand.phrases.plain_offer import (
    PLAIN_OFFER,
    PLAIN_REJECTION,
    PLAIN_REJECTION_UNLESS,
    REVISED_TERMS,
    REVISED_TERMS_UNLESS,
)
from followupd.understand.phrases.references import REFERENCES_ASKED, REFERENCES_ASKED_UNLESS
from followupd.understand.phrases.user import (
    ACCEPTANCE,
    ACCEPTANCE_UNLESS,
    CALL_OFF,
    DECLINE,
    DECLINE_UNLESS,
    FOLLOW_UP,
    FOLLOW_UP_UNLESS,
    WITHDRAWAL,
    WITHDRAWAL_UNLESS,
)
from followupd.understand.phrases.user_replies import (
    ANOTHER_ROUND,
    USER_AGREES,
    USER_AGREES_UNLESS,
)
from followupd.understand.prefilter import PhraseTuple, phrases
from followupd.understand.thread import USER_AGREED

_ACKNOWLEDGEMENT = extended("ACKNOWLEDGEMENT", ACKNOWLEDGEMENT)
_JOB_ALERT = extended("JOB_ALERT", JOB_ALERT)
_NEWSLETTER = extended("NEWSLETTER", NEWSLETTER)
_NOT_HIRING = extended("NOT_HIRING", NOT_HIRING)
_OOO = extended("OOO", OOO)
_OOO_TEXT = extended("OOO_TEXT", OOO_TEXT)
_PANEL_MEMBER = extended("PANEL_MEMBER", PANEL_MEMBER)
_HOLDING = extended("HOLDING", HOLDING)
_HOLDING_UNLESS = extended("HOLDING_UNLESS", HOLDING_UNLESS)
_DELAY = extended("DELAY")
OTHER_APPLICATION = extended("OTHER_APPLICATION")
_RELAYED = extended("RELAYED")
_OFFER = extended("OFFER", OFFER)
_OFFER_NAMED = extended("OFFER_NAMED", OFFER_NAMED)
_OFFER_UNLESS = extended("OFFER_UNLESS", OFFER_UNLESS)
_REJECTION = extended("REJECTION", REJECTION)
_REJECTION_UNLESS = extended("REJECTION_UNLESS", REJECTION_UNLESS)
_AGREED = extended("AGREED", AGREED)
_CANCEL = extended("CANCEL", CANCEL)
_CANCEL_SENTENCE = extended("CANCEL_SENTENCE", CANCEL_SENTENCE)
_CANCEL_SENTENCE_UNLESS = extended("CANCEL_SENTENCE_UNLESS", CANCEL_SENTENCE_UNLESS)
_CANCEL_UNLESS = extended("CANCEL_UNLESS", CANCEL_UNLESS)
_CONFIRM = extended("CONFIRM", CONFIRM)
_CONFIRM_SENTENCE = extended("CONFIRM_SENTENCE", CONFIRM_SENTENCE)
_CONFIRM_SENTENCE_UNLESS = extended("CONFIRM_SENTENCE_UNLESS", CONFIRM_SENTENCE_UNLESS)
_CONFIRM_UNLESS = extended("CONFIRM_UNLESS", CONFIRM_UNLESS)
_INVITATION = extended("INVITATION", INVITATION)
_INVITATION_UNLESS = extended("INVITATION_UNLESS", INVITATION_UNLESS)
_MEETING_NAMED = extended("MEETING_NAMED", MEETING_NAMED)
_REQUEST = extended("REQUEST", REQUEST)
_REQUEST_UNLESS = extended("REQUEST_UNLESS", REQUEST_UNLESS)
_RESCHEDULE = extended("RESCHEDULE", RESCHEDULE)
_RESCHEDULE_SENTENCE = extended("RESCHEDULE_SENTENCE", RESCHEDULE_SENTENCE)
_THREAD_AGREED = extended("THREAD_AGREED", THREAD_AGREED)
_THREAD_MOVED = extended("THREAD_MOVED", THREAD_MOVED)
# The words of a move, without the agreement words THREAD_MOVED also holds.
_MOVE_WORDS = extended("MOVE_WORDS", MOVE_WORDS)
_WITHDRAWAL = extended("WITHDRAWAL", WITHDRAWAL)
_WITHDRAWAL_UNLESS = extended("WITHDRAWAL_UNLESS", WITHDRAWAL_UNLESS)
_ACCEPTANCE = extended("ACCEPTANCE", ACCEPTANCE)
_ACCEPTANCE_UNLESS = extended("ACCEPTANCE_UNLESS", ACCEPTANCE_UNLESS)
_DECLINE = extended("DECLINE", DECLINE)
_DECLINE_UNLESS = extended("DECLINE_UNLESS", DECLINE_UNLESS)


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the table; `needs` names facts of classify.FACTS ("!x": x must not hold)."""

    name: str
    kind: Kind
    phrases: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    needs: frozenset[str] = field(default_factory=frozenset)
    where: str = "text"  # "text" | "subject" | "all" (subject, text and invite summary/description)
    # A time the text states must sit in the matching sentence (0) or within n sentences of it.
    time_within: int | None = None
    act: UserAct = ""  # what the user's own message does to the application (Signal.user_act)


def _needs(*facts: str) -> frozenset[str]:
    return frozenset(facts)


RULES: tuple[Rule, ...] = (
    # Kind stays "other" (kinds are for employer mail); Signal.user_act and the evidence tell
    # processes about it. An offer declined or accepted is read in the user's own new text
    # only (a reply's subject is the employer's); declining first, as "I cannot accept the
    # offer" names an acceptance too, and accepting before withdrawing, as "I accept your
    # offer and will withdraw my other applications" accepts this one.
    Rule(
        "decline by the user",
        Kind.OTHER,
        _DECLINE,
        unless=_DECLINE_UNLESS,
        needs=_needs("from_user"),
        act="declined",
    ),
    Rule(
        "acceptance by the user",
        Kind.OTHER,
        _ACCEPTANCE,
        unless=_ACCEPTANCE_UNLESS,
        needs=_needs("from_user"),
        act="accepted",
    ),
    Rule(
        "withdrawal by the user",
        Kind.OTHER,
        _WITHDRAWAL,
        unless=_WITHDRAWAL_UNLESS,
        needs=_needs("from_user"),
        where="all",
        act="withdrew",
    ),
    # "Friday 10am works for me, talk then!": the thread's interview stands at the user's time
    # (thread.py), so a later "pushing us to Monday" moves it.
    Rule(
        USER_AGREED,
        Kind.OTHER,
        USER_AGREES,
        unless=USER_AGREES_UNLESS,
        needs=_needs("from_user", "thread_asked", "timed", "!asks_for_time"),
    ),
    # the user calls off or asks to move the time they agreed to (processes/state.py)
    Rule(
        "call-off by the user",
        Kind.OTHER,
        CALL_OFF,
        unless=FOLLOW_UP_UNLESS,
        needs=_needs("from_user"),
        act="called_off",
    ),
    # the user's own check-in (policy/check_ins.py: one written on its due day before the draft
    # came is that step sent); after an agreement to a time, which stands whatever else the
    # reply asks
    Rule(
        "follow-up by the user",
        Kind.OTHER,
        FOLLOW_UP,
        unless=FOLLOW_UP_UNLESS,
        needs=_needs("from_user"),
        act="followed_up",
    ),
    Rule("written by the user", Kind.OTHER, needs=_needs("from_user")),
    Rule(
        "auto-reply acknowledging an application",
        Kind.APPLICATION_RECEIVED,
        _ACKNOWLEDGEMENT,
        needs=_needs("auto_reply"),
        where="all",
    ),
    Rule("auto-reply, not an answer", Kind.OTHER, needs=_needs("auto_reply")),
    Rule("account or shopping notice", Kind.OTHER, needs=_needs("account_notice")),
    Rule("out-of-office subject", Kind.OTHER, _OOO, where="subject"),
    # A job board's news of the user's own application ("Your application to ...") carries its
    # own job picks ("Jobs you may be interested in"): the news is read, not the picks.
    Rule(
        "bulk newsletter or job alert",
        Kind.OTHER,
        _NEWSLETTER,
        needs=_needs("bulk", "!my_application_subject"),
        where="all",
    ),
    Rule("job alert", Kind.OTHER, _JOB_ALERT, where="subject"),
    Rule("user sits on the interview panel", Kind.OTHER, _PANEL_MEMBER, where="all"),
    Rule(
        "invite among colleagues of one domain", Kind.OTHER, needs=_needs("any_invite", "internal")
    ),
    Rule(
        "a meal or a party", Kind.OTHER, SOCIAL_INVITE, needs=_needs("any_invite"), where="subject"
    ),
    # A webinar's, a fair's, an alumni dinner's calendar entry published to a whole list (an
    # ATS's or a committee's list invites with a meeting request: still read).
    Rule(
        "an event published to a mailing list",
        Kind.OTHER,
        needs=_needs("any_invite", "list_mail", "published_event", "!my_application_subject"),
    ),
    # (a job interview never repeats: a 1:1, a stand-up, a jour fixe do)
    Rule("a meeting that repeats", Kind.OTHER, needs=_needs("any_invite", "recurring_invite")),
    Rule(
        "invite not about a job interview",
        Kind.OTHER,
        _NOT_HIRING,
        unless=NOT_HIRING_UNLESS,
        needs=_needs("any_invite"),
        where="all",
    ),
    Rule(
        "an invite for the first day at work",
        Kind.OTHER,
        everyday.FIRST_DAY,
        needs=_needs("any_invite", "!interview_named"),
        where="all",
    ),
    Rule(
        "calendar cancellation", Kind.INTERVIEW_CANCELLED, needs=_needs("cancel_invite", "hiring")
    ),
    Rule(
        "updated calendar invite",
        Kind.INTERVIEW_RESCHEDULED,
        needs=_needs("invite", "hiring", "updated_invite"),
    ),
    Rule(
        "calendar invite rescheduling",
        Kind.INTERVIEW_RESCHEDULED,
        _RESCHEDULE,
        unless=_CONFIRM_UNLESS,
        needs=_needs("invite", "hiring"),
        where="all",
    ),
    Rule(
        "calendar invite for an interview",
        Kind.INTERVIEW_SCHEDULED,
        needs=_needs("invite", "hiring", "!other_application"),
    ),
    Rule("an application not sent yet", Kind.OTHER, NOT_SENT, where="all"),
    # After the user withdrew in the thread, "we've closed your application" acknowledges it.
    # A friend's news of their own search ("I got the job! the offer letter came through"),
    # from a personal mailbox: before the decisions, whose words it uses.
    Rule(
        "a friend's own job news",
        Kind.OTHER,
        FRIEND_NEWS,
        unless=FRIEND_NEWS_UNLESS,
        needs=_needs("freemail_sender"),
    ),
    Rule(
        "rejection",
        Kind.REJECTION,
        _REJECTION,
        unless=_REJECTION_UNLESS,
        needs=_needs("!withdrawn", "!other_application"),
    ),
    Rule(
        "offer",
        Kind.OFFER,
        _OFFER,
        unless=_OFFER_UNLESS,
        needs=_needs("!other_application"),
        where="all",
    ),
    Rule(
        "offer named in hiring mail",
        Kind.OFFER,
        _OFFER_NAMED,
        unless=_OFFER_UNLESS,
        # Named only, from a personal address: a friend's congratulations, not the employer;
        # in a thread that already holds the offer, "Re: Your offer from ..." names it again.
        needs=_needs("hiring", "!freemail_sender", "!other_application", "!thread_offered"),
        where="all",
    ),
    # A plain yes, from someone hiring ("we want you in the studio"): only in hiring mail that
    # is neither bulk nor from a personal mailbox (a friend's "we want you on the team for
    # Saturday's match").
    Rule(
        "offer said plainly",
        Kind.OFFER,
        PLAIN_OFFER,
        unless=_OFFER_UNLESS,
        needs=_needs("hiring", "!bulk", "!freemail_sender", "!other_application"),
        where="all",
    ),
    Rule(
        "rejection said plainly",
        Kind.REJECTION,
        PLAIN_REJECTION,
        unless=(*_REJECTION_UNLESS, *PLAIN_REJECTION_UNLESS),
        needs=_needs("hiring", "!bulk", "!other_application", "!withdrawn"),
    ),
    # (a receipt of the user's application: about it, whatever survey or event it mentions)
    Rule(
        "not a job interview",
        Kind.OTHER,
        _NOT_HIRING,
        unless=NOT_HIRING_UNLESS,
        needs=_needs("!receipt"),
        where="all",
    ),
    # A meetup, a career fair, a town hall: no interview, unless named as where people met
    # ("Nuria me pasó tu CV después de la meetup").
    Rule(
        "an event, not an interview",
        Kind.OTHER,
        EVENTS,
        unless=EVENT_MET,
        needs=_needs("!receipt"),
        where="all",
    ),
    # A friend asking after the search, from a personal mailbox (a recruiter asks the same
    # before asking for a time).
    Rule(
        "a friend asking after the search", Kind.OTHER, FRIEND_ASKS, needs=_needs("freemail_sender")
    ),
    # A flat, a loan, a place at a university: its decisions and receipts are no hiring news
    # (the rules that read those need "!other_application"), and no model reads them as such.
    Rule(
        "an application for something else",
        Kind.OTHER,
        OTHER_APPLICATION,
        unless=EVENT_MET,  # "I met Priya at the hackathon"
        where="all",
    ),
    # Replies read with their thread (thread.py): "Thursday at 2 works, see you then".
    Rule(
        "new time agreed in the thread",
        Kind.INTERVIEW_RESCHEDULED,
        _THREAD_MOVED,
        unless=_CONFIRM_SENTENCE_UNLESS,
        needs=_needs("thread_fixed", "new_time", "!asks_for_time", "!withdrawn"),
    ),
    # "Can we push it to 3pm?", "on peut décaler à 15h ?": the interview the thread fixed, moved
    # to the time the reply names, though it asks (a "no" would come as news of its own).
    Rule(
        "move proposed in the thread",
        Kind.INTERVIEW_RESCHEDULED,
        _MOVE_WORDS,
        unless=(*extended("MOVE_WORDS_UNLESS", MOVE_WORDS_UNLESS), *ANOTHER_ROUND),
        needs=_needs("thread_fixed", "new_time", "!offers_a_choice"),
    ),
    # "Could we move it to Thursday at 2pm? Or Friday at 9am": a move offering times to choose
    # from asks for one.
    Rule(
        "a move offering a choice of times",
        Kind.INTERVIEW_REQUEST,
        _MOVE_WORDS,
        needs=_needs("thread_fixed", "offers_a_choice"),
    ),
    # "Pushing us to Monday, same time": the time the user agreed to when asked, moved.
    Rule(
        "move of the time the user agreed to",
        Kind.INTERVIEW_RESCHEDULED,
        _MOVE_WORDS,
        unless=extended("MOVE_WORDS_UNLESS", MOVE_WORDS_UNLESS),
        needs=_needs("thread_agreed", "off_agreed_time", "!offers_a_choice"),
    ),
    # "Parfait, c'est noté pour jeudi à 16h" after "pouvons-nous décaler ?": the interview
    # the thread had fixed, moved to the time agreed.
    Rule(
        "moved time agreed in the thread",
        Kind.INTERVIEW_RESCHEDULED,
        _THREAD_AGREED,
        unless=(*_CONFIRM_SENTENCE_UNLESS, *ANOTHER_ROUND),
        needs=_needs("thread_asked", "thread_moving", "timed", "!asks_for_time", "!withdrawn"),
    ),
    Rule(
        "time agreed in the thread",
        Kind.INTERVIEW_SCHEDULED,
        _THREAD_AGREED,
        unless=_CONFIRM_SENTENCE_UNLESS,
        needs=_needs("thread_asked", "timed", "!asks_for_time", "!withdrawn"),
    ),
    Rule(
        "interview moved",
        Kind.INTERVIEW_RESCHEDULED,
        _RESCHEDULE,
        unless=_CONFIRM_UNLESS,
        needs=_needs("hiring", "time", "!choice_listed"),
    ),
    Rule(
        "interview moved, new time in the sentence",
        Kind.INTERVIEW_RESCHEDULED,
        _RESCHEDULE_SENTENCE,
        unless=_CONFIRM_UNLESS,
        needs=_needs("hiring", "time", "!choice_listed"),
        time_within=1,
    ),
    Rule(
        "interview cancelled",
        Kind.INTERVIEW_CANCELLED,
        _CANCEL,
        unless=_CANCEL_UNLESS,
        needs=_needs("hiring"),
    ),
    Rule(
        "a meeting that does not work after all",
        Kind.INTERVIEW_CANCELLED,
        AFTER_ALL,
        needs=_needs("hiring", "!asks_for_time"),
    ),
    Rule(
        "interview called off",
        Kind.INTERVIEW_CANCELLED,
        _CANCEL_SENTENCE,
        unless=_CANCEL_SENTENCE_UNLESS,
        needs=_needs("hiring"),
    ),
    Rule(
        "interview confirmed",
        Kind.INTERVIEW_SCHEDULED,
        _CONFIRM,
        unless=_CONFIRM_UNLESS,
        needs=_needs("hiring", "time", "!choice_listed"),
        where="all",
        time_within=6,
    ),
    Rule(
        "interview confirmed, time in the sentence",
        Kind.INTERVIEW_SCHEDULED,
        _CONFIRM_SENTENCE,
        unless=_CONFIRM_SENTENCE_UNLESS,
        needs=_needs("hiring", "time", "!choice_listed"),
        where="all",
        time_within=1,
    ),
    Rule(
        "interview time agreed",
        Kind.INTERVIEW_SCHEDULED,
        _AGREED,
        unless=_CONFIRM_SENTENCE_UNLESS,
        needs=_needs("hiring", "time", "!asks_for_time"),
        time_within=1,
    ),
    Rule(
        "invitation naming its day and time",
        Kind.INTERVIEW_SCHEDULED,
        _INVITATION,
        unless=_INVITATION_UNLESS,
        needs=_needs("hiring", "one_day", "!asks_for_time"),
        time_within=2,
    ),
    Rule(
        "asks to book an interview",
        Kind.INTERVIEW_REQUEST,
        _REQUEST,
        unless=_REQUEST_UNLESS,
        needs=_needs("hiring"),
        where="all",
    ),
    Rule(
        "a time asked about, not fixed",
        Kind.INTERVIEW_REQUEST,
        _MEETING_NAMED,
        unless=_REQUEST_UNLESS,
        needs=_needs("hiring", "time", "asks_for_time"),
        where="all",
    ),
    # "passt dir do 14h?" in a thread that asks for a time: a time proposed, none fixed yet.
    Rule(
        "a time asked about in a thread that asks for one",
        Kind.INTERVIEW_REQUEST,
        needs=_needs("thread_asked", "time", "asks_for_time"),
    ),
    # A delay or a review still going on is news past the receipt, however the message thanks
    # for the application first ("Merci pour votre candidature. L'évaluation prend plus de temps
    # que prévu"); list mail only when its subject is about the user's application.
    Rule(
        "the process delayed or still under way",
        Kind.HOLDING_REPLY,
        _DELAY,
        # (conditionals only: "not yet filled" is no post filled)
        unless=extended("DELAY_UNLESS", CONDITIONAL),
        needs=_needs("hiring", "news_to_me", "!other_application"),
        where="all",
    ),
    # A recorded video interview or a test to finish alone: no one to meet, no time to keep
    # (after the rules that read news: "thank you for completing the video interview...").
    Rule(
        "an assessment taken alone", Kind.OTHER, ASSESSMENT, unless=ASSESSMENT_UNLESS, where="all"
    ),
    Rule(
        "a status changed behind a log-in",
        Kind.OTHER,
        STATUS_BEHIND_LOGIN,
        needs=_needs("!status_said", "points_to_login"),
        where="all",
    ),
    Rule(
        "a request of another kind acknowledged",
        Kind.OTHER,
        ANY_REQUEST_RECEIVED,
        needs=_needs("!hiring"),
        where="all",
    ),
    Rule(
        "application acknowledged",
        Kind.APPLICATION_RECEIVED,
        _ACKNOWLEDGEMENT,
        unless=extended("ACKNOWLEDGEMENT_UNLESS"),
        needs=_needs("!other_application"),
        where="all",
    ),
    # "Received, thanks. Will review and revert": few words, read only before any interview.
    Rule(
        "a person's receipt",
        Kind.APPLICATION_RECEIVED,
        extended("RECEIPT"),
        unless=extended("ACKNOWLEDGEMENT_UNLESS"),
        needs=_needs("hiring", "!bulk", "!thread_past_receipt"),
    ),
    Rule(
        "no decision yet",
        Kind.HOLDING_REPLY,
        _HOLDING,
        unless=_HOLDING_UNLESS,
        needs=_needs("hiring", "news_to_me", "!other_application"),
    ),
    # "Your application status has changed": something happened, to be read behind a log-in
    # (a status the mail names, "Neuer Status: In Prüfung", is read by the rules above).
    # An offer's terms revised in its thread: the letter updated, the pay stated again as a change
    # ("up to", "statt", "au lieu de"); after the interview and waiting rules ("second interview
    # Thursday at 2pm", "I've passed your request for €152,000 on, I'll revert by Friday").
    Rule(
        "the thread's offer revised",
        Kind.OFFER,
        REVISED_TERMS,
        unless=(*_OFFER_UNLESS, *REVISED_TERMS_UNLESS),
        needs=_needs("thread_offered", "revision_said", "!bulk"),
    ),
    Rule("a notice without news", Kind.OTHER, NO_NEWS, where="all"),
    # A job board's notice that the company wrote about the application, when what it relays
    # says nothing the rules above read: they want to talk.
    Rule(
        "a message about the application relayed",
        Kind.INTERVIEW_REQUEST,
        _RELAYED,
        needs=_needs("hiring"),
        where="all",
    ),
    # Only for the evidence: a human reply that says "I'm away until..." but also holds news
    # is read by the rules above first.
    Rule("out-of-office note", Kind.OTHER, _OOO_TEXT),
)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    phrases: PhraseTuple | None
    # One gated phrase per alternative of the `unless` patterns: a sentence is vetoed when one
    # of them matches in it, as when their alternation would (and the gates skip most).
    unless: PhraseTuple | None


def compile_rule(rule: Rule) -> CompiledRule:
    return CompiledRule(
        rule,
        phrases(rule.phrases) if rule.phrases else None,
        phrases(rule.unless) if rule.unless else None,
    )


COMPILED: tuple[CompiledRule, ...] = tuple(compile_rule(rule) for rule in RULES)
# Phrase checks that are facts of their own, not rows of the table.
ASKS_FOR_TIME_CHECK = compile_rule(
    Rule(
        "asks for a time",
        Kind.OTHER,
        extended("ASKS_FOR_TIME", ASKS_FOR_TIME),
        unless=extended("ASKS_FOR_TIME_UNLESS", ASKS_FOR_TIME_UNLESS),
    )
)
# The message acknowledges receipt of the user's application (the receipts every language
# shares, not "thank you for your interest"): it is about the application whatever else it
# mentions, a survey of the candidate's experience, a webinar, "your ticket to...".
RECEIPT_CHECK = compile_rule(
    Rule(
        "receipt of the application",
        Kind.OTHER,
        ACKNOWLEDGEMENT,
        unless=extended("ACKNOWLEDGEMENT_UNLESS"),
        where="all",
    )
)
# A status the message states ("Ihre Bewerbung ist in Prüfung", "en cours d'examen"): a notice of a
# status change that says it is news of its own, not a pointer to a log-in.
STATUS_SAID_CHECK = compile_rule(
    Rule("a status stated", Kind.OTHER, (*_HOLDING, *_DELAY), unless=_HOLDING_UNLESS, where="all")
)
# The message is about an application for something else than a job: a flat, a loan, a place
# at a university (its decisions and receipts are no hiring news).
# Vetoes that set a decision's words aside as no decision at all (a quotation, a trip not gone
# ahead with, an offer "not guaranteed"): the learned model may not name that decision either
# (confidence.py). A generic conditional ("unless something changes, we won't...") is not one.
# So are those that set a request aside as no request (a take-home task, a product demo).
SET_ASIDE = frozenset(
    phrases(everyday.REJECTION_UNLESS + everyday.OFFER_UNLESS + everyday.REQUEST_UNLESS).patterns
)

OTHER_APPLICATION_CHECK = compile_rule(
    Rule(
        "an application for something else",
        Kind.OTHER,
        OTHER_APPLICATION,
        unless=EVENT_MET,
        where="all",
    )
)
# The employer asks for the user's references (or about checking them): a fact of its own,
# read in any employer message whatever its kind (Signal.asks_references).
REFERENCES_CHECK = compile_rule(
    Rule(
        "asks for references",
        Kind.OTHER,
        extended("REFERENCES_ASKED", REFERENCES_ASKED),
        unless=extended("REFERENCES_ASKED_UNLESS", REFERENCES_ASKED_UNLESS),
    )
)
