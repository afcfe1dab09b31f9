"""The admin under its Content-Security-Policy (script-src 'self'), in Chromium.

A coordinator logs in as they would: password, then setting up the second step (the QR
code page), recovery codes, then the admin. Every page's scripts run (the change list's
"select all" works) and the browser reports no policy violation.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from accounts.roles import COORDINATOR
from tests.accounts.helpers import current_code
from tests.browser.axe import violations
from trainings.models import Province, TrainingSession, Venue


@pytest.fixture
def coordinator_account(transactional_db, django_user_model):
    user = django_user_model.objects.create_user(
        username="coco", password="a long test password", is_staff=True
    )
    user.groups.add(Group.objects.get(name=COORDINATOR))
    venue = Venue.objects.create(
        slug="bib",
        name="Bibliotheek",
        street="Kaai 3",
        postcode="8400",
        municipality="Oostende",
        province=Province.WEST_FLANDERS,
    )
    for days in (5, 6):
        starts = timezone.now() + timedelta(days=days)
        TrainingSession.objects.create(
            venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=8
        )
    return user


def test_the_admin_runs_its_scripts_without_violating_its_policy(new_page, coordinator_account):
    page = new_page(width=1280)
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text)
            if message.type == "error" or "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto("/admin/")
    page.fill("#id_username", "coco")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")

    # The set-up page: a QR code drawn inline, and the key as text.
    page.wait_for_url("**/account/instellen/**")
    assert page.locator(".qr-code svg").is_visible()
    assert page.locator("code.secret-key").inner_text().strip()
    assert violations(page) == []
    device = TOTPDevice.objects.get(user=coordinator_account, confirmed=False)
    page.fill("#id_code", current_code(device))
    page.click(".second-factor button.btn-primary")
    # Wait for the page the click leads to: counting at once races the navigation.
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    assert violations(page) == []
    page.click(".recovery-codes + p a")

    page.wait_for_url("**/admin/")
    page.goto("/admin/trainings/trainingsession/")
    rows = page.locator("input.action-select")
    assert rows.count() == 2
    page.click("#action-toggle")  # actions.js: select every row
    assert all(rows.nth(i).is_checked() for i in range(rows.count()))
    page.goto("/admin/veiligonline/theme/add/")
    page.type("#id_name_nl", "Samen gamen")
    # prepopulate.js fills the slug from the title as it is typed.
    assert page.input_value("#id_slug") == "samen-gamen"
    assert problems == []
