"""The parent-facing information site: themes, age groups, advice articles, help contacts."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from veiligonline.lib.indexes import SearchVectorIndex
from veiligonline.lib.translation import TranslatedField, TranslatedModel

# PostgreSQL's text search dictionaries: stemming in the reader's language.
# Dutch and French, each with accents dropped before stemming (migration 0005), so that
# "harcelement" finds "harcèlement" and "prive" finds "privé".
SEARCH_CONFIGS = {"nl": "vo_dutch", "fr": "vo_french"}
# What a search reads, and how much a match in it weighs: title, summary, text.
SEARCH_WEIGHTS = {"title": "A", "summary": "B", "body": "C"}


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


def article_search_vector(language: str) -> SearchVector:
    """The weighted search vector of an article's texts in one language (PostgreSQL)."""
    config = SEARCH_CONFIGS[language]
    vectors = [
        SearchVector(f"{field}_{language}", weight=weight, config=config)
        for field, weight in SEARCH_WEIGHTS.items()
    ]
    return vectors[0] + vectors[1] + vectors[2]


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def refresh_search_vectors(self, batch_size: int = 200) -> int:
        """Store the search vectors of these articles (PostgreSQL only).

        In batches: one UPDATE of thousands of long texts would outlast the statement
        timeout (settings.DB_STATEMENT_TIMEOUT_MS).
        """
        if connection.vendor != "postgresql":
            return 0
        vectors = {f"search_{lang}": article_search_vector(lang) for lang in SEARCH_CONFIGS}
        pks = list(self.order_by("pk").values_list("pk", flat=True))
        updated = 0
        for start in range(0, len(pks), batch_size):
            batch = pks[start : start + batch_size]
            updated += Article.objects.filter(pk__in=batch).update(**vectors)
        return updated


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
    # Stored search vectors (title A, summary B, text C), kept by save(); computing them
    # per search costs every article on every request. Empty on SQLite.
    search_nl = SearchVectorField(null=True, editable=False)
    search_fr = SearchVectorField(null=True, editable=False)

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
        # No pending list (fastupdate off): articles change rarely, and a search must not
        # wade through unmerged entries until the next vacuum.
        indexes = [
            SearchVectorIndex(fields=["search_nl"], name="article_search_nl", fastupdate=False),
            SearchVectorIndex(fields=["search_fr"], name="article_search_fr", fastupdate=False),
        ]

    def __str__(self) -> str:
        return self.title_nl

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        searched = {f"{field}_{lang}" for field in SEARCH_WEIGHTS for lang in SEARCH_CONFIGS}
        if update_fields is None or searched & set(update_fields):
            self.refresh_search_vector()

    def refresh_search_vector(self) -> None:
        """Recompute the stored search vectors from this row's texts.

        Called by save(): the vectors are derived from the same row, like an index, so
        every way of saving (admin, demo loader, a shell) keeps search right. Updates
        that bypass save() (queryset.update on texts) call refresh_search_vectors().
        """
        Article.objects.filter(pk=self.pk).refresh_search_vectors()

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


def fold_words(text: str) -> list[str]:
    """The words of a search, lower case, without accents, split on punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    return plain.split()


def fold_text(text: str) -> str:
    """Lower case, without accents: how the search compares on SQLite (VO_FOLD)."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Folded(models.Transform):
    """`title_fr__folded__contains="video"`: the text lower case and without accents.
    SQLite only (VO_FOLD is registered on each SQLite connection, veiligonline.apps);
    PostgreSQL searches its stored vectors instead."""

    lookup_name = "folded"
    function = "VO_FOLD"


models.CharField.register_lookup(Folded)
models.TextField.register_lookup(Folded)


def term_key(text: str) -> str:
    """How a name is compared: "TikTok", "Tik Tok" and "tik-tok" are all "tiktok"."""
    return "".join(fold_words(text))


class SearchSynonym(models.Model):
    """A name parents type (a game, an app) and what it should find.

    Articles rarely say "Fortnite"; they say "gamen" and "jeux vidéo". A search for a
    term finds what the term itself finds, plus the articles with these words and the
    articles of these themes; the results page points to the themes and the module.
    """

    term = models.CharField(
        _("what parents type"),
        max_length=60,
        help_text=_(
            "A name as parents write it, such as Fortnite or EA FC. Case and accents do not matter."
        ),
    )
    key = models.CharField(max_length=60, unique=True, editable=False)
    words_nl = models.CharField(
        _("also search for (Dutch)"),
        max_length=300,
        blank=True,
        help_text=_("Words the advice uses for it, separated by commas: gamen, games, online spel"),
    )
    words_fr = models.CharField(
        _("also search for (French)"),
        max_length=300,
        blank=True,
        help_text=_(
            "Words the advice uses for it, separated by commas: jeux vidéo, jouer en ligne"
        ),
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), related_name="synonyms", blank=True
    )
    module = models.ForeignKey(
        "modules.Module",
        verbose_name=_("interactive module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="synonyms",
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        return self.term

    def save(self, *args, **kwargs):
        # The comparison key is derived from the term, like a slug.
        self.key = term_key(self.term)
        super().save(*args, **kwargs)

    def clean(self):
        key = term_key(self.term or "")
        if not key:
            raise ValidationError({"term": _("Type a name with at least one letter or digit.")})
        if SearchSynonym.objects.filter(key=key).exclude(pk=self.pk).exists():
            raise ValidationError(
                {"term": _("This name is already in the list (perhaps written differently).")}
            )

    def words(self, language: str) -> list[str]:
        return [w.strip() for w in getattr(self, f"words_{language}").split(",") if w.strip()]


class ProgrammeSettings(TranslatedModel):
    """What coordinators decide for the whole programme: one row, edited in the admin.

    Read by the request form (the price, said before an organisation sends), the
    organisation's follow-up page and the "request received" message (how soon we answer).
    """

    SINGLETON_PK = 1

    price_euro = models.DecimalField(
        _("price in euro"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_(
            "What a training costs an organisation that does not work with vulnerable "
            "groups. For organisations that do, it is always free. Leave empty while the "
            "price is not decided: the pages then say that we tell the price before planning."
        ),
    )
    price_text_nl = models.CharField(
        _("about the price (Dutch)"),
        max_length=200,
        blank=True,
        help_text=_("One short sentence, for example what the price includes."),
    )
    price_text_fr = models.CharField(_("about the price (French)"), max_length=200, blank=True)
    answer_working_days = models.PositiveSmallIntegerField(
        _("we answer a request within (working days)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("Organisations read this promise on the request form and in our messages."),
    )

    price_text = TranslatedField("price_text")

    class Meta:
        verbose_name = _("programme settings")
        verbose_name_plural = _("programme settings")
        constraints = [
            # One row: the settings of the programme, never a list of them.
            models.CheckConstraint(condition=models.Q(pk=1), name="programme_settings_single_row")
        ]

    def __str__(self) -> str:
        return str(_("Programme settings"))

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK
        super().save(*args, **kwargs)

    @classmethod
    def current(cls) -> ProgrammeSettings:
        """The settings row; the defaults until a coordinator saves them (not written then)."""
        return cls.objects.filter(pk=cls.SINGLETON_PK).first() or cls(pk=cls.SINGLETON_PK)
