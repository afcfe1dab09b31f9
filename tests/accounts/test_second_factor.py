"""The second factor, as an attacker with a stolen password would try to get past it."""

import re

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AuditEvent
from tests.accounts.conftest import password_login
from tests.accounts.helpers import current_code, device_for, login_verified

pytestmark = pytest.mark.django_db


def admin_urls() -> list[str]:
    urls = ["/admin/", "/admin/password_change/"]
    for model in admin.site._registry:
        opts = model._meta
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    return urls


def test_every_admin_page_needs_the_second_factor(client, staff_user):
    client.force_login(staff_user)  # the password was right; no code yet
    for url in admin_urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/account/instellen/" in response["Location"], url


def test_with_a_device_the_admin_asks_for_the_code(client, staff_user):
    device_for(staff_user)
    client.force_login(staff_user)
    response = client.get("/admin/trainings/trainingsession/")
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/bevestigen/")
    assert "next=%2Fadmin%2Ftrainings%2Ftrainingsession%2F" in response["Location"]


def test_logging_in_and_logging_out_stay_open(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/admin/login/").status_code in (200, 302)
    assert client.post("/admin/logout/").status_code == 200


def test_first_login_sets_up_the_app_and_shows_ten_recovery_codes_once(client, staff_user):
    response = password_login(client)
    assert response.status_code == 302
    response = client.get(response["Location"], follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/nl/account/instellen/")
    assert "<svg" in page  # the QR code, inline: nothing loads from elsewhere
    assert "no-store" in response["Cache-Control"]
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    secret = re.search(r'<code class="secret-key">([A-Z2-7 ]+)</code>', page).group(1)
    assert len(secret.replace(" ", "")) == 32  # 160 bits, typed in the app if no camera

    refused = client.post(response.request["PATH_INFO"], {"code": "000000", "next": "/admin/"})
    assert "klopt niet" in refused.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    device.throttling_failure_timestamp = None  # the throttle's wait, passed
    device.save()

    done = client.post("/nl/account/instellen/", {"code": current_code(device), "next": "/admin/"})
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", done.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    assert "no-store" in done["Cache-Control"]
    # Stored as keyed hashes, never as typed.
    stored = set(StaticToken.objects.values_list("token", flat=True))
    assert not stored & {code.replace("-", "") for code in codes}
    assert client.get("/admin/").status_code == 200
    assert AuditEvent.objects.filter(action="otp_set_up", user=staff_user).exists()


def test_with_a_device_the_password_alone_cannot_set_up_another(client, staff_user):
    device_for(staff_user)
    password_login(client)
    response = client.get("/nl/account/instellen/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/account/bevestigen/")
    assert TOTPDevice.objects.filter(user=staff_user).count() == 1


def test_a_wrong_code_is_refused_and_recorded(client, staff_user):
    device = device_for(staff_user)
    password_login(client)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/nl/account/bevestigen/", {"code": wrong, "next": "/admin/"})
    assert response.status_code == 200
    assert "klopt niet" in response.content.decode()
    assert client.get("/admin/").status_code == 302
    event = AuditEvent.objects.get(action="otp_failed")
    assert event.user == staff_user


def test_right_after_a_wrong_code_even_the_right_one_waits(client, staff_user):
    device = device_for(staff_user)
    password_login(client)
    client.post("/nl/account/bevestigen/", {"code": "999999x", "next": "/admin/"})
    client.post("/nl/account/bevestigen/", {"code": "123456", "next": "/admin/"})
    response = client.post("/nl/account/bevestigen/", {"code": current_code(device)})
    page = response.content.decode()
    # Two slips are no reason to speak of "too many": the page asks for a moment's wait.
    assert "wacht je" in page and "Te veel" not in page
    assert client.get("/admin/").status_code == 302


def test_too_many_wrong_codes_is_said_only_when_it_is_so(client, staff_user):
    from django.utils import timezone

    device = device_for(staff_user)
    password_login(client)
    # As after five wrong codes in a row: django-otp makes one wait 16 seconds.
    device.throttling_failure_count = 5
    device.throttling_failure_timestamp = timezone.now()
    device.save()
    response = client.post("/nl/account/bevestigen/", {"code": current_code(device)})
    assert "Te veel verkeerde codes" in response.content.decode()


def test_the_right_code_opens_the_admin_and_a_new_session_key(client, staff_user):
    device = device_for(staff_user)
    password_login(client)
    before = client.session.session_key
    response = client.post(
        "/nl/account/bevestigen/", {"code": current_code(device), "next": "/admin/trainings/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/trainings/"
    assert client.session.session_key != before
    assert client.get("/admin/").status_code == 200


def test_the_same_app_code_works_once(staff_user):
    device = device_for(staff_user)
    code = current_code(device)
    first, second = Client(), Client()
    password_login(first)
    password_login(second)
    assert first.post("/nl/account/bevestigen/", {"code": code}).status_code == 302
    assert "klopt niet" in second.post("/nl/account/bevestigen/", {"code": code}).content.decode()


def test_a_recovery_code_works_once(staff_user):
    from accounts.otp import new_recovery_codes

    device_for(staff_user)
    codes = new_recovery_codes(staff_user)
    first = Client()
    password_login(first)
    # Typed as read from paper: upper case, a space instead of the dash.
    typed = codes[3].upper().replace("-", " ")
    assert (
        first.post("/nl/account/bevestigen/", {"code": typed, "next": "/admin/"}).status_code == 302
    )
    assert first.get("/admin/").status_code == 200
    assert AuditEvent.objects.filter(action="recovery_code_used", user=staff_user).exists()

    again = Client()
    password_login(again)
    response = again.post("/nl/account/bevestigen/", {"code": codes[3], "next": "/admin/"})
    assert "klopt niet" in response.content.decode()
    assert again.get("/admin/").status_code == 302


def test_next_never_leads_off_site(client, staff_user):
    device = device_for(staff_user)
    password_login(client)
    response = client.post(
        "/nl/account/bevestigen/", {"code": current_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_new_recovery_codes_replace_the_old_ones(client, staff_user):
    from accounts.otp import new_recovery_codes, recovery_codes_left

    old = new_recovery_codes(staff_user)
    login_verified(client, staff_user)
    page = client.get("/nl/account/herstelcodes/").content.decode()
    assert "nog 10 herstelcodes" in page
    response = client.post("/nl/account/herstelcodes/")
    new = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert recovery_codes_left(staff_user) == 10


def test_the_demo_secret_is_worthless_with_debug_off(client, staff_user, settings):
    from accounts.demo import demo_device
    from accounts.otp import check_code

    settings.DEBUG = True
    device = demo_device(staff_user)
    settings.DEBUG = False
    assert check_code(staff_user, current_code(device)) is None


def test_the_moderators_space_needs_the_second_factor_too(client, django_user_model):
    from moderators.models import Moderator

    user = django_user_model.objects.create_user(
        username="m@example.org", email="m@example.org", password="a long test password"
    )
    Moderator.objects.create(user=user, name="Sofie")
    client.force_login(user)  # the password was right
    response = client.get(reverse("moderators:home"), follow=True)
    assert response.redirect_chain[-1][0].startswith("/nl/account/instellen/")
    page = response.content.decode()
    assert "<svg" in page and 'class="site-header' in page  # the site's layout, not the admin's
    device = TOTPDevice.objects.get(user=user)
    client.post("/nl/account/instellen/", {"code": current_code(device), "next": "/nl/"})
    assert client.get(reverse("moderators:home")).status_code == 200


def test_a_module_preview_needs_the_second_factor(client, staff_user):
    """`?preview=1` shows draft modules to staff: a stolen password alone must not."""
    from modules.models import Module

    draft = Module.objects.create(
        number=99, slug="concept", title_nl="Concept", status=Module.Status.DRAFT
    )
    preview = reverse("modules:module", kwargs={"slug": draft.slug}) + "?preview=1"
    client.force_login(staff_user)  # the password was right; no code yet
    assert client.get(preview).status_code == 404  # what a parent gets: no such module
    login_verified(client, staff_user)
    assert client.get(preview).status_code == 200


def test_an_off_site_next_after_the_admin_login_lands_on_the_admin(client, staff_user):
    """An unsafe `next` is ignored; the login then goes to the admin (through the second
    factor), never to a page that does not exist or to another site."""
    response = client.post(
        "/admin/login/?next=https://evil.example/",
        {"username": "coco", "password": "a long test password"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert "/accounts/profile/" not in response["Location"]
    followed = client.get(response["Location"])
    assert followed.status_code == 302
    assert "/account/instellen/" in followed["Location"]  # the admin, asking for the app
