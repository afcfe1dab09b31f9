"""The second step's code field is described by the help text it points to."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.accounts.conftest import password_login
from tests.accounts.helpers import device_for

pytestmark = pytest.mark.django_db


def _described_ids_exist(page: str) -> None:
    field = re.search(r'<input[^>]*id="id_code"[^>]*>', page).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1).split()
    assert described
    for target in described:
        assert f'id="{target}"' in page, target


def test_verify_page(client, staff_user):
    device_for(staff_user)
    password_login(client)
    page = client.get(reverse("accounts:verify")).content.decode()
    _described_ids_exist(page)
    # A wrong code: the error is described too.
    page = client.post(reverse("accounts:verify"), {"code": "000000"}).content.decode()
    _described_ids_exist(page)
    assert 'aria-invalid="true"' in page


def test_setup_page(client, staff_user):
    password_login(client)
    page = client.get(reverse("accounts:setup")).content.decode()
    _described_ids_exist(page)
