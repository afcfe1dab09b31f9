"""The tip sheet by e-mail: a parent who finished a module sends it to themselves.

The address is used for this one message and kept nowhere else: it sits on the outbox
row, which is deleted TIP_SHEET_KEEP_DAYS after it was recorded (`forget_sent_tip_sheets`,
run by the beat schedule). No progress, no answers and no session key travel with it:
the row holds the module and the family agreement's lines the parent chose to send.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from modules.models import Module
from outbox.kinds import Kind, register
from outbox.services import enqueue

TIP_SHEET = "tip_sheet"


def keep_days() -> int:
    """How long the message (and with it the address) is kept, for retries and for
    coordinators to see a failed send."""
    return getattr(settings, "TIP_SHEET_KEEP_DAYS", 7)


def send_tip_sheet(
    *,
    module: Module,
    address: str,
    language: str,
    agreement: list[str],
    reflections: list[tuple[str, str]] = (),
) -> bool:
    """Record the tip sheet for this address; at most once an hour per module and address.

    The dedupe key holds a keyed hash of the address, never the address. Returns whether
    a new message was recorded (the page says the same either way).
    """
    hour = timezone.now().strftime("%Y%m%d%H")
    digest = salted_hmac("modules.tip_sheet", address.strip().lower()).hexdigest()[:32]
    message = enqueue(
        kind=TIP_SHEET,
        subject=module,
        channel="email",
        address=address,
        language=language,
        dedupe_key=f"{TIP_SHEET}:{module.pk}:{digest}:{hour}",
        topic=f"module:{module.pk}",
        # What the parent wrote themselves (their answers to the reflection steps), as on
        # the page: the message with it is deleted after keep_days(), address and all.
        context={
            "agreement": agreement[:30],
            "reflections": [
                {"title": str(title), "text": text[:2000]} for title, text in reflections[:20]
            ],
        },
    )
    return message is not None


def _tip_sheet(message) -> dict | None:
    module = Module.objects.filter(pk=message.subject_id).first()
    if module is None or module.status != Module.Status.PUBLISHED:
        return None
    # Rendered in the recipient's language (the outbox activates it): tips and title too.
    return {
        "module": module,
        "tips": module.tip_list,
        "agreement": message.context.get("agreement", []),
        "reflections": message.context.get("reflections", []),
        "module_link": settings.SITE_URL + module.get_absolute_url(),
        "keep_days": keep_days(),
    }


def forget_sent_tip_sheets(now=None) -> int:
    """Delete tip-sheet messages older than keep_days(): the address goes with them."""
    from outbox.models import Message

    now = now or timezone.now()
    deleted, _counts = Message.objects.filter(
        kind=TIP_SHEET,
        subject_type=ContentType.objects.get_for_model(Module),
        created_at__lt=now - timedelta(days=keep_days()),
    ).delete()
    return deleted


def register_kinds() -> None:
    register(
        Kind(
            TIP_SHEET,
            _("Tip sheet sent to a parent"),
            "modules/tip_sheet",
            _tip_sheet,
            channels=("email",),
        )
    )
