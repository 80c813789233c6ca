"""drafts/templates.py: defaults for every stage, user overrides, the sandbox, and lint messages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from followupd.drafts.context import sample_action, sample_variables, template_variables
from followupd.drafts.templates import Templates, default_templates_dir
from followupd.errors import TemplateError
from followupd.model.domain import Stage
from followupd.model.settings import DraftSettings, Me

ME = Me(name="Alice Example", addresses=("alice@example.com",))


def variables(**changes: object) -> dict[str, object]:
    return {**sample_variables(ME, DraftSettings(), "alice@example.com"), **changes}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


SIMPLE = (
    "{% block subject %}Custom {{ role }}{% endblock %}"
    "{% block body %}Hello {{ company }}{% endblock %}"
)


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_a_default_template_with_subject_and_body(stage: Stage) -> None:
    assert (default_templates_dir() / f"{stage.value}.j2").is_file()
    rendered = Templates().render(stage, variables())
    assert rendered.subject and "\n" not in rendered.subject
    assert rendered.body.startswith("Dear Dana,\n\n")
    assert "Alice Example" in rendered.body
    assert rendered.html is None


def test_a_user_template_overrides_the_default_of_the_same_name(tmp_path: Path) -> None:
    write(tmp_path, "check_in.j2", SIMPLE)
    templates = Templates(tmp_path)
    custom = templates.render(Stage.CHECK_IN, variables())
    assert custom.subject == "Custom Senior Data Engineer"
    assert custom.body == "Hello Acme Analytics\n"
    untouched = templates.render(Stage.THANK_YOU, variables())
    assert untouched.body == Templates().render(Stage.THANK_YOU, variables()).body


def test_a_user_html_template_is_rendered_with_autoescape(tmp_path: Path) -> None:
    write(tmp_path, "offer_reply.html.j2", "{% block body %}<p>{{ company }}</p>{% endblock %}")
    write(tmp_path, "offer_reply.j2", SIMPLE)
    rendered = Templates(tmp_path).render(Stage.OFFER_REPLY, variables(company="A & <B>"))
    assert rendered.html == "<p>A &amp; &lt;B&gt;</p>"
    assert "A & <B>" in rendered.body  # the plain text is not escaped


def test_message_data_is_printed_as_text_never_run_as_template_code() -> None:
    action = replace(sample_action(Stage.THANK_YOU), role="{{ 7 * 7 }}{% raw %}")
    data = template_variables(action, ME, DraftSettings(), "alice@example.com", True)
    rendered = Templates().render(Stage.THANK_YOU, data)
    assert "the {{ 7 * 7 }}{% raw %} role at Acme Analytics" in rendered.body
    assert rendered.subject == "Thank you — {{ 7 * 7 }}{% raw %} interview"
    assert "49" not in rendered.body + rendered.subject


def test_the_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    write(
        tmp_path,
        "thank_you.j2",
        "{% block subject %}x{% endblock %}"
        "{% block body %}{{ ''.__class__.__mro__[1].__subclasses__() }}{% endblock %}",
    )
    with pytest.raises(TemplateError, match=r"thank_you\.j2:1"):
        Templates(tmp_path).render(Stage.THANK_YOU, variables())


def test_an_undefined_variable_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    write(
        tmp_path,
        "holding_ack.j2",
        "{% block subject %}x{% endblock %}\n{% block body %}\n\n{{ nope }}{% endblock %}",
    )
    with pytest.raises(TemplateError) as caught:
        Templates(tmp_path).render(Stage.HOLDING_ACK, variables())
    assert f"{tmp_path / 'holding_ack.j2'}:4" in str(caught.value)
    assert "nope" in str(caught.value)


def test_top_level_set_and_macros_are_visible_inside_blocks(tmp_path: Path) -> None:
    write(
        tmp_path,
        "final_note.j2",
        "{% set greeting = 'Hey' %}{% macro sign() %}-- {{ my_name }}{% endmacro %}"
        "{% block subject %}{{ greeting }}{% endblock %}{% block body %}{{ sign() }}{% endblock %}",
    )
    rendered = Templates(tmp_path).render(Stage.FINAL_NOTE, variables())
    assert (rendered.subject, rendered.body) == ("Hey", "-- Alice Example\n")


def test_printing_none_is_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "thank_you.j2",
        "{% block subject %}x{% endblock %}{% block body %}{{ extra.get('a') }}{% endblock %}",
    )
    with pytest.raises(TemplateError, match="None"):
        Templates(tmp_path).render(Stage.THANK_YOU, variables())


def test_an_empty_subject_is_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "thank_you.j2",
        "{% block subject %} {% endblock %}{% block body %}x{% endblock %}",
    )
    with pytest.raises(TemplateError, match="subject block rendered empty"):
        Templates(tmp_path).render(Stage.THANK_YOU, variables())


def test_body_whitespace_is_tidied(tmp_path: Path) -> None:
    write(
        tmp_path,
        "thank_you.j2",
        "{% block subject %}\n  Thanks \n{% endblock %}"
        "{% block body %}\n\nA   \n\n\n\nB\n\n{% endblock %}",
    )
    rendered = Templates(tmp_path).render(Stage.THANK_YOU, variables())
    assert (rendered.subject, rendered.body) == ("Thanks", "A\n\nB\n")


def test_a_missing_templates_folder_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        Templates(tmp_path / "absent")


def test_lint_passes_on_the_defaults() -> None:
    assert Templates().lint() == []
    assert Templates().lint(variables()) == []


def test_lint_reports_every_broken_user_template_with_file_and_line(tmp_path: Path) -> None:
    syntax = write(
        tmp_path,
        "thank_you.j2",
        "{% block subject %}x{% endblock %}\n{% block body %}\n{% if %}{% endblock %}",
    )
    undefined = write(
        tmp_path,
        "check_in.j2",
        "{% block subject %}{{ missing_var }}{% endblock %}{% block body %}x{% endblock %}",
    )
    no_body = write(tmp_path, "offer_reply.j2", "{% block subject %}x{% endblock %}")
    typo = write(tmp_path, "thankyou.j2", SIMPLE)
    write(tmp_path, "_partial.j2", "ok")
    problems = Templates(tmp_path).lint(variables())
    assert len(problems) == 4, problems
    assert any(p.startswith(f"{syntax}:3:") for p in problems)
    assert any(p.startswith(f"{undefined}:1:") and "missing_var" in p for p in problems)
    assert any(p.startswith(f"{no_body}:") and "no {% block body %}" in p for p in problems)
    assert any(p.startswith(f"{typo}:") and "not a template name" in p for p in problems)


def test_lint_flags_output_that_still_looks_like_template_code(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "rejection_reply.j2",
        "{% block subject %}x{% endblock %}{% block body %}{{ '{{' }} name }}{% endblock %}",
    )
    assert Templates(tmp_path).lint(variables()) == [
        f"{path}: the output still contains '{{{{' or '{{%'"
    ]


def test_user_templates_may_include_the_default_signoff(tmp_path: Path) -> None:
    write(
        tmp_path,
        "check_in.j2",
        "{% block subject %}x{% endblock %}"
        "{% block body %}Hi\n\n{% include '_signoff.j2' %}{% endblock %}",
    )
    rendered = Templates(tmp_path).render(Stage.CHECK_IN, variables())
    assert rendered.body == "Hi\n\nKind regards,\nAlice Example\n"


def test_lint_catches_a_broken_user_partial_through_the_default_templates(tmp_path: Path) -> None:
    partial = write(tmp_path, "_signoff.j2", "Best,\n{{ my_nam }}")
    problems = Templates(tmp_path).lint(variables())
    assert len(problems) == len(Stage)
    assert all(p.startswith(f"{partial}:2:") and "my_nam" in p for p in problems)


def test_lint_reports_a_broken_html_template(tmp_path: Path) -> None:
    html = write(tmp_path, "check_in.html.j2", "{% block body %}\n<p>{% for %}</p>{% endblock %}")
    assert [p.split(": ")[0] for p in Templates(tmp_path).lint(variables())] == [f"{html}:2"]


def test_a_body_of_only_whitespace_is_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "final_note.j2",
        "{% block subject %}x{% endblock %}{% block body %}\n \n{% endblock %}",
    )
    with pytest.raises(TemplateError, match="body block rendered empty"):
        Templates(tmp_path).render(Stage.FINAL_NOTE, variables())


def test_user_overrides_are_per_language(tmp_path: Path) -> None:
    write(
        tmp_path,
        "thank_you.de.j2",
        "{% block subject %}Danke{% endblock %}"
        "{% block body %}{{ salutation }} Danke!{% endblock %}",
    )
    templates = Templates(tmp_path)
    german = templates.render(Stage.THANK_YOU, variables(salutation="Hallo Anna,"), "de")
    assert german.body == "Hallo Anna, Danke!\n"
    english = templates.render(Stage.THANK_YOU, variables())
    assert english.body == Templates().render(Stage.THANK_YOU, variables()).body
    assert templates.has(Stage.CHECK_IN, "de")  # the default German check-in
    assert not templates.has(Stage.CHECK_IN, "it")
    assert templates.lint(variables()) == []


def test_a_template_in_a_language_followupd_does_not_ship_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.it.j2", SIMPLE)
    (problem,) = Templates(tmp_path).lint(variables())
    assert problem.startswith(f"{tmp_path / 'thank_you.it.j2'}: not a template name")
