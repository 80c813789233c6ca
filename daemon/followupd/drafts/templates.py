"""Draft templates: a sandboxed Jinja2 environment over the user's folder, then the defaults.

One file per stage and language, ``<stage>.j2`` (English) or ``<stage>.<lang>.j2`` (``de``,
``fr``, ``es``), defines the blocks ``subject`` and ``body`` (plain text); an optional
``<stage>[.<lang>].html.j2`` defines ``body`` as HTML (autoescaped). Files whose name starts
with "_" are partials for ``{% include %}``. Message data reaches a template only as variables,
never as template source, and the sandbox keeps a template from touching Python internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.exceptions import TemplateError as JinjaError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followupd.drafts.context import sample_variables
from followupd.errors import TemplateError
from followupd.model import DRAFT_LANGUAGES, DraftSettings, Me, Stage

_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class RenderedDraft:
    subject: str  # one line
    body: str  # plain text, paragraphs separated by one blank line
    html: str | None = None  # only when a <stage>.html.j2 template exists


def default_templates_dir() -> Traversable:
    """The packaged defaults; the repository's templates/ folder when run from a checkout."""
    try:
        return resources.files("followupd.default_templates")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[3] / "templates"


class _TraversableLoader(BaseLoader):
    """Loads templates from an importlib.resources folder (a wheel, or a plain directory)."""

    def __init__(self, root: Traversable) -> None:
        self.root = root

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, None]:
        entry = self.root / template
        if "/" in template or "\\" in template or not entry.is_file():
            raise TemplateNotFound(template)
        return entry.read_text(encoding="utf-8"), str(entry), None

    def list_templates(self) -> list[str]:
        return sorted(entry.name for entry in self.root.iterdir() if entry.name.endswith(".j2"))


def _refuse_none(value: object) -> object:
    if value is None:
        raise JinjaError("a template printed None: use a variable that is always text")
    return value


def _environment(loader: BaseLoader) -> Environment:
    return ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_refuse_none,
        auto_reload=False,
    )


class Templates:
    """The user's template folder (searched first) over the packaged defaults."""

    def __init__(self, user_dir: Path | None = None) -> None:
        if user_dir is not None and not user_dir.is_dir():
            raise TemplateError(f"templates folder {user_dir} does not exist or is not a folder")
        self.user_dir = user_dir
        self._defaults_loader = _TraversableLoader(default_templates_dir())
        loaders: list[BaseLoader] = [self._defaults_loader]
        if user_dir is not None:
            loaders.insert(0, FileSystemLoader(str(user_dir)))
        self._env = _environment(ChoiceLoader(loaders))
        self._defaults_env = _environment(self._defaults_loader)

    def render(
        self, stage: Stage, variables: Mapping[str, object], language: str = "en"
    ) -> RenderedDraft:
        """Subject, text body and (if a template exists) HTML body of `stage`'s draft."""
        return _render_stage(self._env, stage, variables, language)

    def has(self, stage: Stage, language: str) -> bool:
        """Whether `stage` has a template in `language` (the user's or a default)."""
        return _exists(self._env, template_name(stage, language))

    def lint(self, sample: Sample | None = None) -> list[str]:
        """Render every stage's template in every language, the user's and the default,
        against `sample` (variables, or a function of the language giving them).

        Returns one "file:line: problem" string per error (empty when all is well).
        """
        variables_for = _sample_function(sample)
        problems = _lint_env(self._defaults_env, variables_for)
        if self.user_dir is not None:
            # every stage again through the user's folder: their partials reach the defaults too
            problems += [p for p in _lint_env(self._env, variables_for) if p not in problems]
            problems += _unknown_user_files(self.user_dir)
        return problems


Sample = Mapping[str, object] | Callable[[str], Mapping[str, object]]


def template_name(stage: Stage, language: str, kind: str = "") -> str:
    """ "thank_you.j2" (English), "thank_you.de.j2", "thank_you.de.html.j2"..."""
    parts = [stage.value, *([language] if language != "en" else []), *([kind] if kind else [])]
    return ".".join(parts) + ".j2"


def _exists(env: Environment, name: str) -> bool:
    assert env.loader is not None
    try:
        env.loader.get_source(env, name)
    except TemplateNotFound:
        return False
    return True


def _sample_function(sample: Sample | None) -> Callable[[str], Mapping[str, object]]:
    if sample is None:
        me = Me(name="Alice Example")
        return lambda language: sample_variables(me, DraftSettings(), "alice@example.com", language)
    if callable(sample):
        return sample
    fixed = dict(sample)
    return lambda language: fixed


def _render_stage(
    env: Environment, stage: Stage, variables: Mapping[str, object], language: str = "en"
) -> RenderedDraft:
    context = {**variables, "stage": stage.value}
    text_template = _load(env, template_name(stage, language))
    subject = " ".join(_render_block(text_template, "subject", context).split())
    body = _tidy_text(_render_block(text_template, "body", context))
    if not subject or not body.strip():
        empty = "subject" if not subject else "body"
        raise TemplateError(f"{text_template.filename}: the {empty} block rendered empty")
    html_template = _load_optional(env, template_name(stage, language, "html"))
    html = _render_block(html_template, "body", context).strip() if html_template else None
    return RenderedDraft(subject=subject, body=body, html=html)


def _load(env: Environment, name: str) -> Template:
    template = _load_optional(env, name)
    if template is None:
        raise TemplateError(f"no template {name} (in the user folder or the defaults)")
    return template


def _load_optional(env: Environment, name: str) -> Template | None:
    try:
        return env.get_template(name)
    except TemplateNotFound:
        return None
    except TemplateSyntaxError as error:
        raise TemplateError(f"{error.filename or name}:{error.lineno}: {error.message}") from error


def _render_block(template: Template, block: str, context: Mapping[str, object]) -> str:
    render = template.blocks.get(block)
    if render is None:
        raise TemplateError(f"{template.filename}: no {{% block {block} %}}")
    try:
        exported = _top_level_names(template, context)
        return "".join(render(template.new_context({**context, **exported})))
    except TemplateError:
        raise
    except JinjaError as error:
        where = _template_line(error.__traceback__, template.filename)
        raise TemplateError(f"{where}: {error}") from error


def _top_level_names(template: Template, context: Mapping[str, object]) -> dict[str, Any]:
    """Top-level {% set %} and {% macro %} names, which block functions alone do not see."""
    module = template.make_module(dict(context))
    return {k: v for k, v in vars(module).items() if k not in {"_body_stream", "__name__"}}


def _template_line(tb: TracebackType | None, fallback: str | None) -> str:
    """file:line of the innermost template frame (Jinja rewrites tracebacks to point there)."""
    found = f"{fallback}:?"
    for frame in _frames(tb):
        template = frame.tb_frame.f_globals.get("__jinja_template__")
        if isinstance(template, Template):
            line = template.get_corresponding_lineno(frame.tb_lineno)
            found = f"{template.filename}:{line}"
    return found


def _frames(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _tidy_text(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _lint_env(env: Environment, variables_for: Callable[[str], Mapping[str, Any]]) -> list[str]:
    problems: list[str] = []
    for stage in Stage:
        for language in DRAFT_LANGUAGES:
            name = template_name(stage, language)
            if language != "en" and not _exists(env, name):
                continue
            try:
                rendered = _render_stage(env, stage, variables_for(language), language)
            except TemplateError as error:
                problems.append(str(error))
                continue
            parts = (rendered.subject, rendered.body, rendered.html or "")
            if any("{{" in part or "{%" in part for part in parts):
                source = env.get_template(name).filename
                problems.append(f"{source}: the output still contains '{{{{' or '{{%'")
    return problems


def _unknown_user_files(user_dir: Path) -> list[str]:
    known = {
        template_name(s, lang, kind)
        for s in Stage
        for lang in DRAFT_LANGUAGES
        for kind in ("", "html")
    }
    return [
        f"{path}: not a template name followupd uses (expected <stage>.j2, <stage>.LANG.j2 or"
        f" <stage>[.LANG].html.j2 with LANG one of {', '.join(DRAFT_LANGUAGES[1:])}, e.g."
        " thank_you.de.j2; or a partial starting with '_')"
        for path in sorted(user_dir.glob("*.j2"))
        if path.name not in known and not path.name.startswith("_")
    ]
