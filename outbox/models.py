"""The outbox: every message the portal sends is a row here, written with its cause.

The outbox knows no domain. A caller (trainings, moderators, surveys) enqueues a row
with a kind it registered (`outbox.kinds`), the object it is about (`subject`), a
channel and address, the recipient's language and a `dedupe_key` of its choosing:
the key is unique, so the same event recorded twice is one message. The text is
rendered when the message is sent, from the subject as it is then, and the kind is
asked first whether the message is still relevant (a reminder for a cancelled
registration is not sent). What was sent is kept on the row for coordinators, and
goes with its subject (registrations are deleted 90 days after their session).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    class Status(models.TextChoices):
        # No "sending" state is ever committed: a message is claimed, rendered, sent and
        # marked in one transaction (see outbox.delivery), so a worker that dies while
        # sending leaves it queued, never stuck.
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Not sent (no longer relevant)")

    kind = models.CharField(_("kind"), max_length=50, db_index=True)
    channel = models.CharField(_("channel"), max_length=5, choices=Channel.choices)
    address = models.CharField(_("address"), max_length=254)
    language = models.CharField(_("language"), max_length=2, default="nl")
    dedupe_key = models.CharField(_("once per"), max_length=200, unique=True)
    topic = models.CharField(
        _("topic"),
        max_length=50,
        blank=True,
        db_index=True,
        help_text=_("What the message belongs to, such as a session or a request."),
    )
    subject_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    context = models.JSONField(_("extra data"), default=dict, blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Raised by "send again": the e-mail gets a new Message-ID, so that a mail service
    # that drops a repeated Message-ID (Gmail does) delivers the copy a person asked for.
    resends = models.PositiveSmallIntegerField(_("sent again"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_subject = models.CharField(_("subject as sent"), max_length=250, blank=True)
    sent_text = models.TextField(_("text as sent"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [
            # The sweeper's question: which queued messages are due?
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="queued"),
                name="outbox_due",
            ),
            models.Index(fields=["subject_type", "subject_id"], name="outbox_subject"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.kind_label}"

    @property
    def message_id(self) -> str:
        """The e-mail's Message-ID: the same for every try of one sending, so that a copy
        sent twice in the window described in `outbox.delivery` is shown once."""
        suffix = f".{self.resends}" if self.resends else ""
        return f"<vo-{self.pk}{suffix}@{settings.MESSAGE_ID_DOMAIN}>"

    @property
    def kind_label(self) -> str:
        from outbox.kinds import label

        return str(label(self.kind))
