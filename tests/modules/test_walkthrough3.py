"""What the third parents' walkthrough found in the modules."""

from __future__ import annotations

import html
import re

import pytest
from django.urls import reverse
from django.utils import translation


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"modules:{name}", kwargs=kwargs or None)


@pytest.mark.django_db
def test_a_plain_visit_to_start_goes_to_the_module(parent, module):
    response = parent.get(url("start", "fr", slug=module.slug))
    assert (response.status_code, response["Location"]) == (302, url("module", "fr", slug="gaming"))


@pytest.mark.django_db
def test_a_wrong_code_to_delete_is_named_at_the_top(parent):
    response = parent.post(url("delete_code", "fr"), {"delete-code": "abc"})
    page = response.content.decode()
    assert response.status_code == 400
    assert re.search(r"<title>Erreur\s*: ", html.unescape(page))
    assert page.index('id="error-summary"') < page.index("<h1")
    assert '<a href="#id_delete-code">' in page
    assert 'value="abc"' in page


def test_a_question_keeps_its_own_mark_before_the_answer():
    from veiligonline.templatetags.veiligonline import as_lead_in

    assert (
        as_lead_in("Quelle habitude allez-vous prendre ?") == "Quelle habitude allez-vous prendre ?"
    )
    assert as_lead_in("Onze afspraak") == "Onze afspraak:"


@pytest.mark.django_db
def test_mistyped_addresses_do_not_use_up_the_tip_sheet_limit(parent, module):
    from django.core.cache import cache

    from tests.modules.test_end_of_module import finish

    cache.clear()
    finish(parent, module)
    tips = url("tips", slug=module.slug)
    for typed in ("", "mama@", "mama", "@x", "x@", "m m@x.be"):
        assert parent.post(tips, {"email": typed}).status_code == 400
    assert parent.post(tips, {"email": "mama@example.org"}).status_code == 302
