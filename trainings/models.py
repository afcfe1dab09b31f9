"""Free trainings at local venues: venues, organisations, sessions, registrations.

Capacity is counted in seats (adults). `TrainingSession.seats_taken` is kept by the
registration service under a row lock, and a CHECK constraint makes the database
refuse any write that would overbook, whatever code path tries it.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from trainings.geo import coordinates_for
from trainings.places import local_name
from veiligonline.lib.translation import TranslatedField, TranslatedModel


class Province(models.TextChoices):
    ANTWERP = "antwerp", _("Antwerp")
    EAST_FLANDERS = "east_flanders", _("East Flanders")
    WEST_FLANDERS = "west_flanders", _("West Flanders")
    FLEMISH_BRABANT = "flemish_brabant", _("Flemish Brabant")
    LIMBURG = "limburg", _("Limburg")
    BRUSSELS = "brussels", _("Brussels")
    WALLOON_BRABANT = "walloon_brabant", _("Walloon Brabant")
    HAINAUT = "hainaut", _("Hainaut")
    LIEGE = "liege", _("Liège")
    NAMUR = "namur", _("Namur")
    LUXEMBOURG = "luxembourg", _("Luxembourg")


class Language(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    FRENCH = "fr", _("French")


class InterpreterLanguage(models.TextChoices):
    """Languages the programme can find an interpreter for, most asked first."""

    ARABIC = "ar", _("Arabic")
    TURKISH = "tr", _("Turkish")
    TAMAZIGHT = "zgh", _("Tamazight (Berber)")
    ROMANIAN = "ro", _("Romanian")
    POLISH = "pl", _("Polish")
    BULGARIAN = "bg", _("Bulgarian")
    UKRAINIAN = "uk", _("Ukrainian")
    RUSSIAN = "ru", _("Russian")
    DARI = "prs", _("Dari")
    PASHTO = "ps", _("Pashto")
    FARSI = "fa", _("Persian (Farsi)")
    SOMALI = "so", _("Somali")
    TIGRINYA = "ti", _("Tigrinya")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")
    ENGLISH = "en", _("English")
    SIGN_NL = "vgt", _("Flemish Sign Language")
    SIGN_FR = "lsfb", _("French Belgian Sign Language")


def new_token() -> str:
    """A private link's code: 24 random bytes (192 bits), URL-safe."""
    return secrets.token_urlsafe(24)


_LINK_SALT = "trainings.private_link"


def token_hash(token: str, *, secret=None) -> str:
    """HMAC-SHA256 of a private link's code under a key derived from SECRET_KEY (hex).

    Only this is stored: whoever reads the database (a backup, a dump, an injection)
    cannot open anyone's page, and the key never sits beside the data.
    """
    return salted_hmac(_LINK_SALT, token, secret=secret, algorithm="sha256").hexdigest()


def token_hashes(token: str) -> list[str]:
    """The hashes a code may be stored under: the current key's and, while a rotated key
    is listed in SECRET_KEY_FALLBACKS, the old one's, so links outlive a key change."""
    if not token or len(token) > 100:
        return []
    return [token_hash(token)] + [
        token_hash(token, secret=old) for old in getattr(settings, "SECRET_KEY_FALLBACKS", [])
    ]


class Venue(TranslatedModel):
    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        LIBRARY = "library", _("Library")
        COMMUNITY_CENTRE = "community_centre", _("Community centre")
        OTHER = "other", _("Other")

    slug = models.SlugField(_("slug"), unique=True, max_length=100)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    street = models.CharField(_("street and number"), max_length=150)
    postcode = models.CharField(_("postcode"), max_length=4, db_index=True)
    municipality = models.CharField(_("municipality"), max_length=80, db_index=True)
    province = models.CharField(
        _("province"), max_length=20, choices=Province.choices, db_index=True
    )
    accessibility_nl = models.CharField(_("accessibility (Dutch)"), max_length=300, blank=True)
    accessibility_fr = models.CharField(_("accessibility (French)"), max_length=300, blank=True)
    transport_nl = models.CharField(_("public transport (Dutch)"), max_length=300, blank=True)
    transport_fr = models.CharField(_("public transport (French)"), max_length=300, blank=True)
    # Filled from the postcode when empty (trainings/geo.py); "nearest first" sorts by them.
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        help_text=_("Filled in from the postcode. Change it only for a more precise spot."),
    )
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    accessibility = TranslatedField("accessibility")
    transport = TranslatedField("transport")

    class Meta:
        ordering = ["municipality", "name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            models.CheckConstraint(
                condition=Q(postcode__regex=r"^[1-9][0-9]{3}$"), name="venue_postcode_format"
            )
        ]
        # The bounding box of "nearest first" (trainings/geo.py) reads venues by position.
        indexes = [models.Index(fields=["latitude", "longitude"], name="venue_coordinates")]

    def save(self, *args, **kwargs):
        # Derived from this row's own postcode, like a default: every way of creating a
        # venue (admin, demo loader, tests, a shell) gets coordinates, or "nearest first"
        # would quietly put it last.
        if self.latitude is None or self.longitude is None:
            self.latitude, self.longitude = coordinates_for(self.postcode)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "latitude", "longitude"}
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.name}, {self.municipality}"

    @property
    def place(self) -> str:
        """The municipality's name in the reader's language ("Gand" on a French page)."""
        return local_name(self.municipality)


class Organisation(models.Model):
    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        LIBRARY = "library", _("Library")
        COMMUNITY_CENTRE = "community_centre", _("Community centre")
        WELFARE = "welfare", _("Local welfare organisation")
        PARENTS = "parents_association", _("Parents' association")
        OTHER = "other", _("Other")

    slug = models.SlugField(_("slug"), unique=True, max_length=100)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    works_with_vulnerable_groups = models.BooleanField(
        _("works with vulnerable groups"),
        default=False,
        help_text=_("Trainings are free for organisations that work with vulnerable groups."),
    )
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    municipality = models.CharField(_("municipality"), max_length=80, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.DUTCH
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class TrainingSession(models.Model):
    class Audience(models.TextChoices):
        ALL = "all", _("All parents")
        DISADVANTAGED = "disadvantaged", _("Socially disadvantaged parents")
        GRANDPARENTS = "grandparents", _("Grandparents")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")
        HELD = "held", _("Held")

    modules = models.ManyToManyField(
        "modules.Module", verbose_name=_("modules"), related_name="training_sessions"
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="sessions"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("For a closed session: the organisation whose group it is."),
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.DUTCH, db_index=True
    )
    audience = models.CharField(
        _("audience"), max_length=15, choices=Audience.choices, default=Audience.ALL, db_index=True
    )
    is_open = models.BooleanField(
        _("open to everyone"),
        default=True,
        help_text=_("Closed sessions are for one organisation's group and are not listed."),
    )
    capacity = models.PositiveSmallIntegerField(_("seats"), default=20)
    seats_taken = models.PositiveSmallIntegerField(_("seats taken"), default=0, editable=False)
    childcare = models.BooleanField(_("childcare available"), default=False, db_index=True)
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=4, choices=InterpreterLanguage.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED, db_index=True
    )
    practical_nl = models.TextField(
        _("practical notes (Dutch)"),
        blank=True,
        help_text=_("What to bring, where to go in the building."),
    )
    practical_fr = models.TextField(_("practical notes (French)"), blank=True)

    invite_token = models.CharField(
        _("registration link code"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("For a closed session: the code in the link its organisation shares."),
    )
    messages = GenericRelation(
        "outbox.Message", content_type_field="subject_type", object_id_field="subject_id"
    )

    practical = TranslatedField("practical")

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        indexes = [
            # The public list: open, not cancelled, upcoming, by date.
            models.Index(fields=["is_open", "status", "starts_at"], name="session_public_list"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(capacity__gt=0), name="session_capacity_positive"),
            # The backstop: no code path can confirm more seats than there are.
            models.CheckConstraint(
                condition=Q(seats_taken__lte=F("capacity")), name="session_not_overbooked"
            ),
        ]

    def __str__(self) -> str:
        return f"{timezone.localtime(self.starts_at):%Y-%m-%d %H:%M} {self.venue.municipality}"

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.seats_taken)

    @property
    def availability(self) -> str:
        """What public pages say about seats: "free", "few" or "full", never the number.

        An exact count that drops when someone registers would tell a stranger, who types
        another person's address in the form, whether that person was registered already
        (a known contact takes no new seats). The admin and the organisation's own page
        show the numbers.
        """
        left = self.seats_left
        if not left:
            return "full"
        return "few" if left <= settings.TRAININGS_FEW_PLACES else "free"

    @property
    def accepts_registrations(self) -> bool:
        return (
            self.status in (self.Status.PLANNED, self.Status.CONFIRMED)
            and self.starts_at > timezone.now()
        )


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("mobile number"), max_length=20, blank=True)
    adults = models.PositiveSmallIntegerField(_("adults"), default=1)
    childcare_ages = models.CharField(
        _("children for childcare (ages)"), max_length=100, blank=True
    )
    needs = models.CharField(_("needs"), max_length=300, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.DUTCH
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    consent = models.BooleanField(_("consent to be contacted about this session"), default=False)
    reminders = models.BooleanField(
        _("wants reminders"),
        default=True,
        help_text=_("Reminders stop with one click; confirmations and cancellations always go."),
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Set when a coordinator erased the person's details on their request (GDPR): the
    # row stays, with its seats and status, so that the session's counts stay true.
    erased_at = models.DateTimeField(_("details erased"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # A way to reach the person, unless their details were erased on request.
            models.CheckConstraint(
                condition=Q(erased_at__isnull=False) | ~Q(email="") | ~Q(phone=""),
                name="registration_has_contact",
            ),
            models.CheckConstraint(
                condition=Q(adults__gte=1) & Q(adults__lte=10), name="registration_adults_range"
            ),
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=~Q(email="") & ~Q(status="cancelled"),
                name="registration_one_per_email",
            ),
            models.UniqueConstraint(
                fields=["session", "phone"],
                condition=~Q(phone="") & ~Q(status="cancelled"),
                name="registration_one_per_phone",
            ),
        ]

    messages = GenericRelation(
        "outbox.Message", content_type_field="subject_type", object_id_field="subject_id"
    )

    def __str__(self) -> str:
        # No name: this string is kept in the admin's history, beyond the registration.
        return f"#{self.pk} {self.get_status_display()}"

    @property
    def can_cancel(self) -> bool:
        """Booked or waiting, for a session still to come that is not cancelled."""
        session = self.session
        return (
            self.status != self.Status.CANCELLED
            and session.status != TrainingSession.Status.CANCELLED
            and session.starts_at > timezone.now()
        )


class BookingRequest(models.Model):
    """An organisation asks for a training for its own group, without an account.

    It follows the request through a private link (a `PrivateLink`): received → planned
    (date, venue, moderator) → held, or declined with a reason.
    """

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        DECLINED = "declined", _("Declined")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    organisation_name = models.CharField(_("organisation"), max_length=150)
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=20, choices=Organisation.Kind.choices
    )
    works_with_vulnerable_groups = models.BooleanField(
        _("works with vulnerable groups"), default=False
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    modules = models.ManyToManyField(
        "modules.Module", verbose_name=_("themes"), related_name="booking_requests"
    )
    preferred_1 = models.DateTimeField(_("first preferred date and time"))
    preferred_2 = models.DateTimeField(_("second preferred date and time"), null=True, blank=True)
    preferred_3 = models.DateTimeField(_("third preferred date and time"), null=True, blank=True)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    own_address = models.CharField(_("own address"), max_length=200, blank=True)
    own_postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    own_municipality = models.CharField(_("municipality"), max_length=80, blank=True)
    expected_parents = models.PositiveSmallIntegerField(_("expected number of parents"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    interpreter_language = models.CharField(
        _("interpreter needed for"),
        max_length=4,
        choices=InterpreterLanguage.choices,
        blank=True,
    )
    childcare_needed = models.BooleanField(_("childcare needed"), default=False)
    audience = models.CharField(
        _("audience"),
        max_length=15,
        choices=TrainingSession.Audience.choices,
        default=TrainingSession.Audience.ALL,
    )
    notes = models.TextField(_("notes"), blank=True, max_length=1000)
    session = models.OneToOneField(
        TrainingSession,
        verbose_name=_("planned session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_request",
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # When the request was held or declined: its private link and, after
    # REQUEST_RETENTION_DAYS, its contact details go from then (trainings.tasks).
    closed_at = models.DateTimeField(_("held or declined"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(
        _("contact details erased"), null=True, blank=True, editable=False
    )
    messages = GenericRelation(
        "outbox.Message", content_type_field="subject_type", object_id_field="subject_id"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("booking request")
        verbose_name_plural = _("booking requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(venue__isnull=False) | ~Q(own_address=""),
                name="request_has_a_place",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if adding:
            # The organisation's browser goes to its follow-up page right after sending
            # the form (trainings.views.request_training): that page needs a code now.
            # `token` lives on this instance only.
            self.token = PrivateLink.issue(booking=self)

    @property
    def link_expired(self) -> bool:
        """The private page closes REQUEST_LINK_DAYS after the request was held or declined."""
        if self.closed_at is None:
            return False
        return timezone.now() > self.closed_at + timedelta(days=settings.REQUEST_LINK_DAYS)

    @property
    def is_free(self) -> bool:
        return self.works_with_vulnerable_groups

    @property
    def preferred_dates(self) -> list:
        return [when for when in (self.preferred_1, self.preferred_2, self.preferred_3) if when]


class PrivateLink(models.Model):
    """The code in a private link (a registration's or a request's), as a keyed hash.

    One row per link sent: each message carries its own code, made when the message is
    SENT (trainings.messages._link_at_send), so a reminder does not void the
    confirmation's link. Asking for the link again (LINK_AGAIN, LOST_LINKS) replaces them
    all when that message is sent, so a link that went astray stops working. The codes
    themselves are never stored, not even in the outbox while a message waits. The one
    other code: a new request's, made as it is saved, which the organisation's browser
    is sent to at once (its follow-up page).
    The invite link of a closed session (`TrainingSession.invite_token`) stays in clear:
    it is meant to be shared and printed on a flyer, and opens only the registration form.
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.CASCADE, related_name="links"
    )
    booking = models.ForeignKey(
        BookingRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="links"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("private link")
        verbose_name_plural = _("private links")
        constraints = [
            models.CheckConstraint(
                condition=(Q(registration__isnull=False) & Q(booking__isnull=True))
                | (Q(registration__isnull=True) & Q(booking__isnull=False)),
                name="private_link_has_one_owner",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @classmethod
    def issue(cls, *, registration=None, booking=None, replace: bool = False) -> str:
        """Make a new code for the registration or request and return it (the only time it
        exists in clear); with `replace`, every earlier link of theirs stops working."""
        owner = {"registration": registration} if registration is not None else {"booking": booking}
        if replace:
            cls.objects.filter(**owner).delete()
        token = new_token()
        cls.objects.create(token_hash=token_hash(token), **owner)
        return token

    @classmethod
    def holds(cls, token: str, *, registration=None, booking=None) -> bool:
        owner = {"registration": registration} if registration is not None else {"booking": booking}
        return cls.objects.filter(token_hash__in=token_hashes(token), **owner).exists()
