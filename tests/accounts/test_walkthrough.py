"""Staff pages as a Dutch or French coordinator or moderator meets them."""

from __future__ import annotations

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.accounts.conftest import password_login
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db


def test_the_second_step_page_shows_nothing_of_the_admin(client, staff_user):
    password_login(client)
    page = client.get(reverse("accounts:setup") + "?next=/admin/").content.decode()
    assert 'id="nav-sidebar"' not in page
    assert "Accounts en rollen" not in page and "app-accounts" not in page
    assert page.count("<h1") == 1


def test_account_addresses_are_in_the_readers_language():
    with translation.override("nl"):
        assert reverse("accounts:setup") == "/nl/account/instellen/"
        assert reverse("accounts:verify") == "/nl/account/bevestigen/"
    with translation.override("fr"):
        assert reverse("accounts:verify") == "/fr/compte/verifier/"
        assert reverse("accounts:recovery_codes") == "/fr/compte/codes-de-secours/"


def test_the_admin_names_accounts_in_dutch(client, staff_user):
    login_verified(client, staff_user)
    staff_user.is_superuser = True
    staff_user.save()
    page = client.get("/admin/", headers={"accept-language": "nl"}).content.decode()
    assert "Accounts en rollen" in page and "Accounts and roles" not in page


def set_password_page(client, user, language):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(language):
        start = reverse("moderators:set_password", kwargs={"uidb64": uid, "token": token})
    response = client.get(start)
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize(
    ("language", "word", "too_short"),
    [("nl", "wachtwoord-kiezen", "te kort"), ("fr", "choisir-mot-de-passe", "trop court")],
)
def test_choosing_a_password_speaks_the_readers_language(
    client, django_user_model, language, word, too_short
):
    user = django_user_model.objects.create_user(
        username="nadia.benali@example.org",
        email="nadia.benali@example.org",
        first_name="Nadia",
        last_name="Benali",
        language=language,
    )
    form_url = set_password_page(client, user, language)
    assert form_url.endswith(f"/{word}/") and "set-password" not in form_url
    response = client.post(form_url, {"new_password1": "kort1", "new_password2": "kort1"})
    form = response.context["form"]
    page = response.content.decode()
    # The rule is about the password, so the error is on the password, in the reader's words.
    assert form.errors.get("new_password1") and not form.errors.get("new_password2")
    assert too_short in page and "This password is too short" not in page
    # Never "what you typed is kept" on a form whose passwords are emptied.
    assert "Wat je typte, blijft bewaard" not in page
    assert "Passwords are never" not in page and ("nooit" in page or "jamais" in page)

    similar = client.post(
        form_url,
        {"new_password1": "nadia.benali@example", "new_password2": "nadia.benali@example"},
    ).content.decode()
    assert "gebruikersnaam" not in similar and "nom d’utilisateur" not in similar

    mismatch = client.post(
        form_url,
        {"new_password1": "zes lange woorden hier", "new_password2": "iets anders dan dat"},
    )
    assert mismatch.context["form"].errors.get("new_password2")
    assert not mismatch.context["form"].errors.get("new_password1")
