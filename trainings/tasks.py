"""Personal data of registrations is kept until three months after the session, then deleted."""

from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from trainings.models import Registration

KEEP_AFTER_SESSION = timedelta(days=90)


@shared_task(acks_late=True)
def forget_past_registrations() -> int:
    """Delete registrations (name, contact, needs) of sessions that ended 90 days ago.

    The session keeps its seat count, so the programme's figures stay; nobody's
    details do.
    """
    _total, per_model = Registration.objects.filter(
        session__ends_at__lt=timezone.now() - KEEP_AFTER_SESSION
    ).delete()
    return per_model.get(Registration._meta.label, 0)
