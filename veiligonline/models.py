"""The parent-facing information site: themes, age groups, advice articles, help contacts."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from veiligonline.lib.translation import TranslatedField, TranslatedModel


class Theme(TranslatedModel):
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    module = models.ForeignKey(
        "modules.Module",
        verbose_name=_("interactive module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="themes",
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    name_fr = models.CharField(_("name (French)"), max_length=80, blank=True)
    description_nl = models.CharField(_("description (Dutch)"), max_length=200, blank=True)
    description_fr = models.CharField(_("description (French)"), max_length=200, blank=True)

    name = TranslatedField("name")
    description = TranslatedField("description")
    translation_required = ("name",)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name_nl


class AgeGroup(TranslatedModel):
    slug = models.SlugField(_("slug"), unique=True)
    min_age = models.PositiveSmallIntegerField(_("from age"))
    max_age = models.PositiveSmallIntegerField(_("to age"))
    name_nl = models.CharField(_("name (Dutch)"), max_length=40)
    name_fr = models.CharField(_("name (French)"), max_length=40, blank=True)
    description_nl = models.CharField(_("description (Dutch)"), max_length=200, blank=True)
    description_fr = models.CharField(_("description (French)"), max_length=200, blank=True)

    name = TranslatedField("name")
    description = TranslatedField("description")
    translation_required = ("name",)

    class Meta:
        ordering = ["min_age"]
        verbose_name = _("age group")
        verbose_name_plural = _("age groups")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_age__lte=models.F("max_age")), name="agegroup_range"
            )
        ]

    def __str__(self) -> str:
        return self.name_nl


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())


class Article(TranslatedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    slug = models.SlugField(_("slug"), unique=True, max_length=100)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Parents see the article from this moment on, once it is published."),
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="articles")
    age_groups = models.ManyToManyField(
        AgeGroup, verbose_name=_("age groups"), related_name="articles"
    )
    related_module = models.ForeignKey(
        "modules.Module",
        verbose_name=_("related module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    title_nl = models.CharField(_("title (Dutch)"), max_length=120)
    title_fr = models.CharField(_("title (French)"), max_length=120, blank=True)
    summary_nl = models.CharField(_("summary (Dutch)"), max_length=300)
    summary_fr = models.CharField(_("summary (French)"), max_length=300, blank=True)
    body_nl = models.TextField(_("text (Dutch)"), help_text=_("Markdown."))
    body_fr = models.TextField(_("text (French)"), blank=True, help_text=_("Markdown."))
    talk_prompts_nl = models.TextField(
        _("talk about it at home (Dutch)"), blank=True, help_text=_("One question per line.")
    )
    talk_prompts_fr = models.TextField(
        _("talk about it at home (French)"), blank=True, help_text=_("One question per line.")
    )
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("One source per line: name | https://address"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    title = TranslatedField("title")
    summary = TranslatedField("summary")
    body = TranslatedField("body")
    talk_prompts = TranslatedField("talk_prompts")
    translation_required = ("title", "summary", "body")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "slug"]
        verbose_name = _("advice article")
        verbose_name_plural = _("advice articles")

    def __str__(self) -> str:
        return self.title_nl

    def get_absolute_url(self) -> str:
        return reverse("veiligonline:article", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def talk_prompt_list(self) -> list[str]:
        return [line.strip() for line in (self.talk_prompts or "").splitlines() if line.strip()]

    @property
    def source_list(self) -> list[tuple[str, str]]:
        result = []
        for line in self.sources.splitlines():
            name, _sep, url = line.partition("|")
            if name.strip():
                result.append((name.strip(), url.strip()))
        return result

    def text_for_scoring(self, language: str) -> str:
        return "\n\n".join(
            getattr(self, f"{field}_{language}") for field in ("summary", "body")
        ).strip()


class HelpContact(TranslatedModel):
    class Kind(models.TextChoices):
        HELPLINE = "helpline", _("Helpline")
        REPORTING = "reporting", _("Reporting point")

    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.HELPLINE)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    serves_nl = models.BooleanField(_("for Dutch speakers"), default=True)
    serves_fr = models.BooleanField(_("for French speakers"), default=True)
    in_footer = models.BooleanField(
        _("show in the footer"),
        default=False,
        help_text=_("The footer of every page lists these contacts (for the reader's language)."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website_nl = models.URLField(_("website (Dutch)"), blank=True)
    website_fr = models.URLField(_("website (French)"), blank=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100, blank=True)
    helps_with_nl = models.CharField(_("helps with (Dutch)"), max_length=300)
    helps_with_fr = models.CharField(_("helps with (French)"), max_length=300, blank=True)
    hours_nl = models.CharField(_("hours (Dutch)"), max_length=200, blank=True)
    hours_fr = models.CharField(_("hours (French)"), max_length=200, blank=True)
    source = models.URLField(_("source"), blank=True, help_text=_("Where the number is confirmed."))

    name = TranslatedField("name")
    helps_with = TranslatedField("helps_with")
    hours = TranslatedField("hours")
    website = TranslatedField("website")
    translation_required = ("name", "helps_with")

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("help contact")
        verbose_name_plural = _("help contacts")

    def __str__(self) -> str:
        return self.name_nl

    @property
    def phone_uri(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class Page(TranslatedModel):
    """A plain page such as 'about' and 'privacy', edited by coordinators."""

    slug = models.SlugField(_("slug"), unique=True)
    title_nl = models.CharField(_("title (Dutch)"), max_length=120)
    title_fr = models.CharField(_("title (French)"), max_length=120, blank=True)
    body_nl = models.TextField(_("text (Dutch)"), help_text=_("Markdown."))
    body_fr = models.TextField(_("text (French)"), blank=True, help_text=_("Markdown."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    title = TranslatedField("title")
    body = TranslatedField("body")
    translation_required = ("title", "body")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title_nl
