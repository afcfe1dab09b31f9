from django.db import models
from django.utils.translation import gettext_lazy as _

from veiligonline.lib.translation import TranslatedField, TranslatedModel


class Module(TranslatedModel):
    """One of the five interactive modules. Steps, quizzes and progress hang off it."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    title_nl = models.CharField(_("title (Dutch)"), max_length=120)
    title_fr = models.CharField(_("title (French)"), max_length=120, blank=True)
    promise_nl = models.CharField(
        _("promise (Dutch)"),
        max_length=200,
        blank=True,
        help_text=_("What a parent will know after the module, in one sentence."),
    )
    promise_fr = models.CharField(_("promise (French)"), max_length=200, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=15)

    title = TranslatedField("title")
    promise = TranslatedField("promise")
    translation_required = ("title",)

    class Meta:
        ordering = ["number"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return f"{self.number}. {self.title_nl}"
