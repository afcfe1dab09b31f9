"""The five interactive modules: ordered steps, quiz questions with feedback, progress.

Progress points at steps by their stable `key`, never at positions, so that a
coordinator can publish a new version of a module (reorder, add, retire steps)
without losing where a parent was. Retired steps stay in the database,
inactive, for the same reason.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modules.validators import MediaAddressValidator
from veiligonline.lib.translation import TranslatedField, TranslatedModel


class ModuleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Module.Status.PUBLISHED)


class Module(TranslatedModel):
    """One of the five interactive modules. Steps, quizzes and progress hang off it."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_(
            "Raised each time a new version is published; trainers are certified per version."
        ),
    )
    title_nl = models.CharField(_("title (Dutch)"), max_length=120)
    title_fr = models.CharField(_("title (French)"), max_length=120, blank=True)
    promise_nl = models.CharField(
        _("promise (Dutch)"),
        max_length=200,
        blank=True,
        help_text=_("What a parent will know after the module, in one sentence."),
    )
    promise_fr = models.CharField(_("promise (French)"), max_length=200, blank=True)
    tips_nl = models.TextField(
        _("key tips (Dutch)"), blank=True, help_text=_("One tip per line, for the tip sheet.")
    )
    tips_fr = models.TextField(_("key tips (French)"), blank=True)
    sources = models.TextField(
        _("sources"), blank=True, help_text=_("One source per line: name | https://address")
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=15)
    published_fingerprint = models.CharField(
        _("fingerprint of the published content"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("Tells whether the content changed since the last version was published."),
    )

    title = TranslatedField("title")
    promise = TranslatedField("promise")
    tips = TranslatedField("tips")
    translation_required = ("title",)

    objects = ModuleQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return f"{self.number}. {self.title_nl}"

    def get_absolute_url(self) -> str:
        return reverse("modules:module", kwargs={"slug": self.slug})

    @property
    def tip_list(self) -> list[str]:
        return [line.strip() for line in (self.tips or "").splitlines() if line.strip()]


class StepQuerySet(models.QuerySet):
    def with_numbers(self):
        """Annotate `parent_number`: the step's number as parents see it, None when retired.

        A subquery rather than a window function, so that the number stays the same in a
        filtered or searched admin list.
        """
        earlier = (
            Step.objects.filter(module=OuterRef("module"), is_active=True)
            .filter(
                Q(order__lt=OuterRef("order")) | Q(order=OuterRef("order"), pk__lte=OuterRef("pk"))
            )
            .order_by()
            .values("module")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            parent_number=Case(
                When(is_active=True, then=Subquery(earlier)),
                default=Value(None),
                output_field=IntegerField(),
            )
        )


class Step(TranslatedModel):
    class Kind(models.TextChoices):
        TEXT = "text", _("Short text")
        VIDEO = "video", _("Video with transcript")
        TIP = "tip", _("Tip")
        QUESTION = "question", _("Quiz question")
        REFLECTION = "reflection", _("Reflection: what would you do?")
        AGREEMENT = "agreement", _("Family agreement builder")

    class QuestionType(models.TextChoices):
        SINGLE = "single", _("One right answer")
        MULTIPLE = "multiple", _("Several right answers")
        TRUE_FALSE = "true_false", _("True or false")

    module = models.ForeignKey(
        Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="steps"
    )
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Stays the same across versions: parents' progress points at it."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Retire a step instead of deleting it, so that progress stays valid."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.TEXT)
    question_type = models.CharField(
        _("question type"), max_length=12, choices=QuestionType.choices, blank=True
    )
    is_scenario = models.BooleanField(_("scenario question"), default=False)
    title_nl = models.CharField(_("title (Dutch)"), max_length=150)
    title_fr = models.CharField(_("title (French)"), max_length=150, blank=True)
    body_nl = models.TextField(_("text (Dutch)"), blank=True, help_text=_("Markdown."))
    body_fr = models.TextField(_("text (French)"), blank=True, help_text=_("Markdown."))
    video_url = models.CharField(
        _("video address"),
        max_length=500,
        blank=True,
        validators=[MediaAddressValidator()],
        help_text=_("A path on this site (/static/video/…) or an address on the video host."),
    )
    captions_url = models.CharField(
        _("captions (WebVTT) address"),
        max_length=500,
        blank=True,
        validators=[MediaAddressValidator()],
        help_text=_(
            "Ending in .nl.vtt or .fr.vtt: the captions in the other language are found beside it."
        ),
    )
    transcript_nl = models.TextField(_("transcript (Dutch)"), blank=True)
    transcript_fr = models.TextField(_("transcript (French)"), blank=True)

    title = TranslatedField("title")
    body = TranslatedField("body")
    transcript = TranslatedField("transcript")
    translation_required = ("title",)

    objects = StepQuerySet.as_manager()

    class Meta:
        ordering = ["module", "order", "id"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        constraints = [
            models.UniqueConstraint(fields=["module", "key"], name="step_unique_key_per_module")
        ]

    def __str__(self) -> str:
        if not self.is_active:
            return gettext("%(module)s.– %(title)s (retired)") % {
                "module": self.module.number,
                "title": self.title_nl,
            }
        return f"{self.module.number}.{self.number or '–'} {self.title_nl}"

    @property
    def number(self) -> int | None:
        """The number parents see ("Step 3 of 9"): the place among the module's active steps.

        `order` is only a sort key (it may start at 0 or leave gaps), so coordinators see
        this number too. Read from `StepQuerySet.with_numbers()` when annotated.
        """
        if "parent_number" in self.__dict__:
            return self.parent_number
        if not self.is_active or self.pk is None:
            return None
        return (
            Step.objects.filter(module_id=self.module_id, is_active=True)
            .filter(Q(order__lt=self.order) | Q(order=self.order, pk__lte=self.pk))
            .count()
        )

    def forget_number(self) -> None:
        """Drop an annotated number after a change of order, so that it is counted again."""
        self.__dict__.pop("parent_number", None)

    @property
    def is_question(self) -> bool:
        return self.kind == self.Kind.QUESTION


class Choice(TranslatedModel):
    step = models.ForeignKey(
        Step, verbose_name=_("question"), on_delete=models.CASCADE, related_name="choices"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_correct = models.BooleanField(_("right answer"), default=False)
    text_nl = models.CharField(_("answer (Dutch)"), max_length=300)
    text_fr = models.CharField(_("answer (French)"), max_length=300, blank=True)
    feedback_nl = models.TextField(_("feedback (Dutch)"), help_text=_("Why it is right or wrong."))
    feedback_fr = models.TextField(_("feedback (French)"), blank=True)

    text = TranslatedField("text")
    feedback = TranslatedField("feedback")
    translation_required = ("text", "feedback")

    class Meta:
        ordering = ["step", "order", "id"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return self.text_nl


class AgreementSuggestion(TranslatedModel):
    class Topic(models.TextChoices):
        SCREEN_TIME = "screen-time", _("Screen time")
        TABLE = "table", _("Phones at the table")
        BEDROOM = "bedroom", _("Phones in the bedroom")
        APPS = "apps", _("Which apps at which age")
        TROUBLE = "trouble", _("When something goes wrong online")

    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_nl = models.CharField(_("agreement (Dutch)"), max_length=200)
    text_fr = models.CharField(_("agreement (French)"), max_length=200, blank=True)

    text = TranslatedField("text")
    translation_required = ("text",)

    class Meta:
        ordering = ["topic", "order", "id"]
        verbose_name = _("agreement suggestion")
        verbose_name_plural = _("agreement suggestions")

    def __str__(self) -> str:
        return self.text_nl


# Easy to read out and type: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
RESUME_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
# 12 characters of 25: 55.7 bits, so that guessing one of the codes in use is hopeless
# even without the rate limit (10 tries an hour per address). Shown in groups of four.
RESUME_CODE_LENGTH = 12
# Codes given before, of 8 characters, still open their progress until they expire.
OLD_RESUME_CODE_LENGTH = 8
RESUME_CODE_GROUP = 4


def new_resume_code() -> str:
    return "".join(secrets.choice(RESUME_ALPHABET) for _ in range(RESUME_CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """A code as people type it: lower case, spaces or dashes in between. ASCII only:
    a look-alike letter from another script is not the code's letter."""
    return "".join(ch for ch in (raw or "").upper() if ch.isascii() and ch.isalnum())


def grouped_code(code: str) -> str:
    """ABCDEFGHJKMN as ABCD-EFGH-JKMN: easier to read out, copy and check."""
    return "-".join(
        code[start : start + RESUME_CODE_GROUP] for start in range(0, len(code), RESUME_CODE_GROUP)
    )


def resume_code_hash(code: str) -> str:
    """The keyed hash (HMAC-SHA256 with the secret key) a code is stored and found by.

    The database never holds a code: whoever reads it cannot open anyone's progress, and
    without the secret key cannot try codes against the hashes either.
    """
    return salted_hmac("modules.resume_code", normalise_code(code), algorithm="sha256").hexdigest()


class ResumeCode(models.Model):
    """A parent's progress, saved under a short code to continue on another device.

    It holds which steps were done, quiz answers and reflections: no name, no
    address, nothing that says who the parent is. The code itself is not stored, only
    its keyed hash (`resume_code_hash`).
    """

    code_hash = models.CharField(_("code (keyed hash)"), max_length=64, unique=True)
    progress = models.JSONField(_("progress"), default=dict)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    expires_at = models.DateTimeField(_("expires"), db_index=True)

    class Meta:
        verbose_name = _("resume code")
        verbose_name_plural = _("resume codes")

    def __str__(self) -> str:
        return f"#{self.pk}"


class ModuleDayCount(models.Model):
    """Anonymous counters per module and day: the programme's indicators read these."""

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="day_counts")
    day = models.DateField(_("day"))
    started = models.PositiveIntegerField(_("started"), default=0)
    finished = models.PositiveIntegerField(_("finished"), default=0)
    finish_seconds = models.PositiveBigIntegerField(_("total time to finish (seconds)"), default=0)

    class Meta:
        verbose_name = _("module use per day")
        # The admin index lists it under the name of the statistics page it leads to.
        verbose_name_plural = _("Use of the modules")
        constraints = [
            models.UniqueConstraint(fields=["module", "day"], name="module_day_count_unique")
        ]

    def __str__(self) -> str:
        return f"{self.module_id} {self.day}"


class QuestionDayCount(models.Model):
    """How often a question was answered per day, and how often wrong, as the parent was told.

    Each submitted answer counts once, a second try too; nothing says who answered.
    """

    step = models.ForeignKey(
        Step, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answer_counts"
    )
    day = models.DateField(_("day"))
    answers = models.PositiveIntegerField(_("answers"), default=0)
    wrong = models.PositiveIntegerField(_("wrong answers"), default=0)

    class Meta:
        verbose_name = _("answers per question per day")
        verbose_name_plural = _("answers per question per day")
        constraints = [
            models.UniqueConstraint(fields=["step", "day"], name="question_day_count_unique")
        ]

    def __str__(self) -> str:
        return f"{self.step_id} {self.day}"
