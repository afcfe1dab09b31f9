"""Resume codes live for a year after their last use, then go, with what they kept."""

from datetime import timedelta

import pytest
from django.utils import timezone

from modules.models import ResumeCode
from modules.tasks import clear_expired_resume_codes


@pytest.mark.django_db
def test_expired_resume_codes_are_deleted_and_live_ones_kept():
    now = timezone.now()
    ResumeCode.objects.create(code_hash="old", progress={"x": 1}, expires_at=now - timedelta(1))
    live = ResumeCode.objects.create(code_hash="live", progress={}, expires_at=now + timedelta(1))
    assert clear_expired_resume_codes() == 1
    assert list(ResumeCode.objects.all()) == [live]
