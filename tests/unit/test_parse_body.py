"""parse_message: the text a person reads, quotes and signatures, parts and damage."""

from __future__ import annotations

import base64
from pathlib import Path

from followupd.mail.mime_text import html_to_text
from followupd.mail.parse import MAX_TEXT_BYTES, parse_message
from followupd.mail.reply_split import split_reply

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_html_drops_script_style_preheader_and_tracking_pixels() -> None:
    text = parse_message(fixture("html_tracking.eml")).text
    assert "Thank you for applying to the Data Engineer role." in text
    assert "We’ll be in touch & keep you posted." in text
    assert "- Step one: review" in text and "- Step two: call" in text
    assert "Example Corp" in text  # a real image's alt text is kept
    for secret in ("SCRIPT", "PREHEADER", "ZERO-FONT", "HIDDEN-ATTR", "NOSCRIPT", "PIXEL"):
        assert f"{secret}-SECRET" not in text
    assert "Newsletter title text" not in text and "display:none" not in text


def test_html_keeps_words_apart_across_inline_tags_and_entities() -> None:
    assert html_to_text("<p><b>Hello</b> <i>world</i>&nbsp;again</p>") == "Hello world again"


def test_html_survives_unclosed_and_stray_tags() -> None:
    text = html_to_text("<div><p>One<div style='display:none'>gone<p>Two</span></td></b>")
    assert text == "One"
    assert html_to_text("<p>Visible</p><div hidden><p>x</div><p>After</p>") == "Visible\n\nAfter"


def test_plain_part_preferred_over_html_alternative() -> None:
    mail = parse_message(fixture("gmail_reply.eml"))
    assert mail.text.startswith("Hi Alex,\n\nThursday at 2:30 works perfectly.")


def test_gmail_reply_separates_quote_inline_quote_and_signature() -> None:
    mail = parse_message(fixture("gmail_reply.eml"))
    assert mail.text == (
        "Hi Alex,\n\nThursday at 2:30 works perfectly. I'll call you then.\n\nPhone is fine."
    )
    assert mail.quoted.startswith("> Do you have a preference for the format?")
    assert "On Fri, Feb 6, 2026 at 4:12 PM Alex Morgan <alex@example.org>\nwrote:" in mail.quoted
    assert "February 12 between 2 and 5 pm ET" in mail.quoted
    assert mail.signature.startswith("Talk soon,\nJess")
    assert "Talent Partner, Example Co" in mail.signature


def test_gmail_html_blockquote_becomes_quoted_history() -> None:
    html = fixture("gmail_reply.eml").split(b'Content-Type: text/html; charset="UTF-8"')[1]
    text, quoted, signature = split_reply(html_to_text(html.decode()))
    assert "Thursday at 2:30 works perfectly" in text
    assert "February 12" not in text
    assert "> I'm available Thursday, February 12" in quoted
    assert signature.startswith("Talk soon,")


def test_outlook_html_reply_header_block_starts_the_quote() -> None:
    mail = parse_message(fixture("outlook_reply.eml"))
    assert mail.text == "Hi Sam,\n\nTuesday at 3 pm works; I'll send the invite shortly."
    assert mail.signature == "Kind regards,\n\nGrace\n\nRecruiting Coordinator"
    assert mail.quoted.startswith("From: Sam Patel <sam@example.net>\nSent: Wednesday")
    assert "Tuesday afternoon or Wednesday morning" in mail.quoted


def test_outlook_original_message_separator_and_mobile_footer() -> None:
    mail = parse_message(fixture("outlook_plain_reply.eml"))
    assert mail.text == "Hi Sam,\n\nConfirmed for Tuesday at 3 pm."
    assert mail.signature == "Sent from my iPhone"
    assert mail.quoted.startswith("-----Original Message-----\nFrom: Sam Patel")


def test_sign_off_only_cut_when_few_short_lines_follow() -> None:
    text = "Thanks,\nI will be there on Monday at 10 and bring the portfolio."
    assert split_reply(text) == (text, "", "")
    body = "Great to meet you.\n\nBest regards,\nDana Lee\nHead of Data"
    assert split_reply(body) == ("Great to meet you.", "", "Best regards,\nDana Lee\nHead of Data")


def test_foreign_attributions_start_the_quote() -> None:
    for line in (
        "Am 03.03.2026 um 10:00 schrieb Dana Lee <dana@example.com>:",
        "Le mar. 3 mars 2026 à 10:00, Dana Lee <dana@example.com> a écrit :",
        "El mar, 3 mar 2026 a las 10:00, Dana Lee (<dana@example.com>) escribió:",
    ):
        text, quoted, _ = split_reply(f"Danke!\n\n{line}\n> Hallo")
        assert text == "Danke!"
        assert quoted.startswith(line)


def test_broken_and_unknown_charsets_still_give_readable_text() -> None:
    mail = parse_message(fixture("broken_charset.eml"))
    assert "Let us meet at the café on Friday. Renée will join." in mail.text
    assert "Second part: naïve résumé." in mail.text  # unknown label: UTF-8 tried
    assert "Third part: über grüße." in mail.text  # UTF-8 mislabelled as latin-1
    assert any("x-no-such-charset" in note for note in mail.notes)


def test_charset_detection_used_when_nothing_declared_fits() -> None:
    body = "Привет, мы хотели бы пригласить вас на собеседование в пятницу.".encode("koi8-r")
    raw = b"From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    assert "собеседование" in parse_message(raw).text


def test_winmail_dat_is_listed_and_noted_not_decoded() -> None:
    mail = parse_message(fixture("winmail.eml"))
    assert mail.text == "Please find the offer letter attached."
    assert mail.attachments == ("winmail.dat",)
    assert any("winmail.dat" in note for note in mail.notes)


def test_truncated_multipart_keeps_what_arrived() -> None:
    mail = parse_message(fixture("truncated_multipart.eml"))
    assert mail.text == "The interview is on Friday at 10:00."
    assert mail.attachments == ("brief.pdf",)


def test_enormous_text_part_is_capped_and_noted() -> None:
    body = base64.encodebytes(b"interview " * 200_000)
    raw = (
        b"From: a@example.com\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body
    )
    mail = parse_message(raw)
    assert mail.text.startswith("interview interview")
    assert len(mail.text) <= MAX_TEXT_BYTES
    assert any("cut at" in note for note in mail.notes)


def test_attachment_payloads_are_not_read_as_text() -> None:
    raw = (
        b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        b"--b\r\nContent-Type: text/plain; name=notes.txt\r\n"
        b'Content-Disposition: attachment; filename="=?utf-8?Q?R=C3=A9sum=C3=A9.txt?="\r\n\r\n'
        b"SECRET ATTACHMENT TEXT\r\n--b--\r\n"
    )
    mail = parse_message(raw)
    assert mail.text == "See attached."
    assert mail.attachments == ("Résumé.txt",)


def test_format_flowed_lines_are_joined() -> None:
    mail = parse_message(fixture("google_invite_vtimezone.eml"))
    assert "When: Tuesday May 19, 2026 1pm – 2:30pm Pacific Time - Los Angeles" in mail.text


def test_html_only_when_plain_part_is_a_stub() -> None:
    raw = (
        b"From: a@example.com\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nView in browser.\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>Your interview with Dana is confirmed for"
        b" Monday at 10:00. Please bring ID.</p>\r\n--b--\r\n"
    )
    assert parse_message(raw).text.startswith("Your interview with Dana is confirmed")


def test_wrong_boundary_parameter_is_guessed_from_the_body() -> None:
    raw = (
        b"From: a@example.com\r\nContent-Type: multipart/alternative; boundary=WRONG\r\n\r\n"
        b"--real-boundary\r\nContent-Type: text/plain\r\n\r\nMeet on Monday.\r\n"
        b"--real-boundary\r\nContent-Type: text/html\r\n\r\n<p>Meet on Monday.</p>\r\n"
        b"--real-boundary--\r\n"
    )
    mail = parse_message(raw)
    assert mail.text == "Meet on Monday."
    assert any("guessed" in note for note in mail.notes)


def test_rfc2231_filename_and_mbox_from_line() -> None:
    raw = (
        b"From recruiter@example.com Mon Mar  9 10:00:00 2026\n"
        b"From: recruiter@example.com\nContent-Type: multipart/mixed; boundary=x\n\n"
        b"--x\nContent-Type: text/plain\n\nOffer attached.\n"
        b"--x\nContent-Type: application/pdf\n"
        b"Content-Disposition: attachment; filename*0*=utf-8''Angebot%20f%C3%BCr;"
        b' filename*1=" Alex.pdf"\n\nJVBERi0=\n--x--\n'
    )
    mail = parse_message(raw)
    assert mail.envelope.sender is not None
    assert mail.envelope.sender.address == "recruiter@example.com"
    assert mail.text == "Offer attached."
    assert mail.attachments == ("Angebot für Alex.pdf",)


def test_base64_with_missing_padding_or_noise_loses_nothing() -> None:
    for encoded in (b"aGk=", b"aGk", b"a G\r\nk=", b"aGk=\r\n\r\n", b"aGk*"):
        raw = b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + encoded
        assert parse_message(b"From: a@example.com\r\n" + raw).text == "hi"


def test_outlook_web_rule_before_the_header_block_goes_with_the_quote() -> None:
    text = (
        "Works for me.\n\n________________________________\n"
        "From: Sam <sam@example.net>\nSent: Monday, March 2, 2026 9:00 AM\n"
        "To: Grace <grace@example.com>\nSubject: Time\n\nHow about Tuesday?"
    )
    own, quoted, signature = split_reply(text)
    assert (own, signature) == ("Works for me.", "")
    assert quoted.startswith("________________________________\nFrom: Sam")


def test_a_trailing_rule_without_a_quote_is_not_quoted_history() -> None:
    text = "See you then.\n\nGrace\n\n" + "_" * 40 + "\nMicrosoft Teams meeting\n" + "_" * 40
    own, quoted, signature = split_reply(text)
    assert (own, quoted) == ("See you then.\n\nGrace", "")
    assert signature.startswith("_" * 40 + "\nMicrosoft Teams meeting")


def test_bare_cr_line_ends_and_leading_blank_lines() -> None:
    for raw in (
        b"From: a@example.com\rSubject: Old Mac\r\rHello there.\r",
        b"\r\n\r\nFrom: a@example.com\r\nSubject: Old Mac\r\n\r\nHello there.\r\n",
    ):
        mail = parse_message(raw)
        assert mail.envelope.subject == "Old Mac"
        assert mail.text == "Hello there."
