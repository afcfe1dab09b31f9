from celery import shared_task
from django.utils import timezone

from modules.models import ResumeCode


@shared_task(acks_late=True)
def clear_expired_resume_codes() -> int:
    """Delete resume codes past their lifetime, with the progress they kept."""
    deleted, _ = ResumeCode.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted


@shared_task(acks_late=True)
def forget_sent_tip_sheets() -> int:
    """Delete tip sheets sent by e-mail once kept long enough: their address goes too."""
    from modules.messages import forget_sent_tip_sheets as forget

    return forget()
