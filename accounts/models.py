"""One user model for everyone who logs in: coordinators (the admin) and moderators.

Parents and organisations never have an account. A custom model from the start, as
Django's documentation advises, so that second factors, roles and the moderator
profile hang off one table we own.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=[("nl", _("Dutch")), ("fr", _("French"))],
        default="nl",
        help_text=_("The language of the pages and messages this person receives."),
    )

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Moderators log in with their e-mail address: one account per address.
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="user_email_unique_ci"
            )
        ]


class AuditEvent(models.Model):
    """Who did what, when: a trail for coordinators, with no personal data of parents.

    An event names its object by type and number only ("#12 registration"), never by a
    person's name or contact: the trail outlives the data it points at, and erasing a
    family must not leave their name behind here. Addresses and the usernames typed at a
    failed login are kept as keyed hashes (HMAC with the secret key): enough to see that
    one address tried many times, never enough to read the address or the name back.
    """

    class Action(models.TextChoices):
        PASSWORD_OK = "password_ok", _("password accepted (second step to come)")
        LOGIN = "login", _("logged in")
        LOGIN_FAILED = "login_failed", _("failed to log in")
        LOGOUT = "logout", _("logged out")
        SESSION_EXPIRED = "session_expired", _("session expired")
        SECOND_FACTOR_FAILED = "otp_failed", _("wrong second-factor code")
        SECOND_FACTOR_SET_UP = "otp_set_up", _("set up the second factor")
        RECOVERY_CODE_USED = "recovery_code_used", _("used a recovery code")
        RECOVERY_CODES_RENEWED = "recovery_codes_renewed", _("made new recovery codes")
        EXPORT_PARTICIPANTS = "export_participants", _("exported a participant list")
        CANCEL_SESSION = "cancel_session", _("cancelled a session")
        MOVE_SESSION = "move_session", _("moved a session (date, time or venue)")
        CANCEL_REGISTRATION = "cancel_registration", _("cancelled a registration")
        PLAN_REQUEST = "plan_request", _("planned a request")
        DECLINE_REQUEST = "decline_request", _("declined a request")
        PUBLISH = "publish", _("published")
        UNPUBLISH = "unpublish", _("took offline")
        ACCESS_EXPORT = "access_export", _("exported a person's data (access request)")
        ERASE = "erase", _("erased personal data")
        MODERATOR_CREATED = "moderator_created", _("created a moderator account")
        PORTAL_INVITATION = "portal_invitation", _("invited a moderator to the moderator space")
        ASSIGNMENT_INVITED = "assignment_invited", _("invited a moderator to a session")
        ASSIGNMENT_REFUSED = "assignment_refused", _("tried an assignment the rules refused")
        ASSIGNMENT_WITHDRAWN = "assignment_withdrawn", _("withdrew an assignment")
        CONFIRM_EVENT = "confirm_event", _("confirmed attendance at an event (certified)")
        PASSWORD_RESET_REQUESTED = "password_reset_requested", _("asked for a password link")
        PASSWORD_RESET_DONE = "password_reset_done", _("chose a new password")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        "accounts.User",
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too, so that the trail still names the account after it is deleted.
    username = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object number"), max_length=64, blank=True)
    object_label = models.CharField(_("object"), max_length=120, blank=True)
    address_hash = models.CharField(_("address (keyed hash)"), max_length=64, blank=True)
    username_hash = models.CharField(_("username typed (keyed hash)"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-id"]
        indexes = [
            # The admin login counts recent failures here when the cache is down.
            models.Index(fields=["action", "address_hash", "at"], name="audit_action_address_at"),
        ]

    def __str__(self):
        # The admin's heading: local time and the action in the reader's language.
        when = formats.date_format(timezone.localtime(self.at), "SHORT_DATETIME_FORMAT")
        return f"{when} · {self.username or '—'} · {self.get_action_display()}"
