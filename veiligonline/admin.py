from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Q
from django.urls import translate_url
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from accounts import audit
from veiligonline.lib import pagecache
from veiligonline.lib.admin import (
    HTTPS_URLS,
    CheckboxListsMixin,
    ReadabilityAdminMixin,
    score_badge,
)
from veiligonline.models import (
    AgeGroup,
    Article,
    HelpContact,
    Page,
    ProgrammeSettings,
    SearchSynonym,
    Theme,
)


# Checkbox lists instead of filter_horizontal: no JavaScript, and every word is translated
# (the JavaScript selector's texts are English in a Dutch admin).
class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [("fr", _("French missing")), ("nl", _("Dutch missing"))]

    def queryset(self, request, queryset):
        language = self.value()
        if language in ("nl", "fr"):
            # Missing as soon as one required text is empty, like the "French complete" column.
            missing = Q()
            for name in queryset.model.translation_required:
                missing |= Q(**{f"{name}_{language}": ""})
            return queryset.filter(missing)
        return queryset


class Visibility(models.TextChoices):
    """What parents see of an article: the status alone does not say (a date may be ahead)."""

    LIVE = "live", _("Live")
    SCHEDULED = "scheduled", _("Scheduled")
    DRAFT = "draft", _("Draft")


def visibility(article: Article) -> Visibility:
    if article.status != Article.Status.PUBLISHED:
        return Visibility.DRAFT
    if article.published_at is None or article.published_at > timezone.now():
        return Visibility.SCHEDULED
    return Visibility.LIVE


class VisibilityFilter(admin.SimpleListFilter):
    title = _("visible to parents")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return Visibility.choices

    def queryset(self, request, queryset):
        now = timezone.now()
        published = Q(status=Article.Status.PUBLISHED)
        if self.value() == Visibility.LIVE:
            return queryset.filter(published, published_at__lte=now)
        if self.value() == Visibility.SCHEDULED:
            return queryset.filter(published, Q(published_at__gt=now) | Q(published_at=None))
        if self.value() == Visibility.DRAFT:
            return queryset.exclude(published)
        return queryset


class ArticleForm(forms.ModelForm):
    # No Meta: the admin builds it from the fieldsets.

    def clean(self):
        cleaned_data = super().clean()
        # "Published" without a date would never be shown to parents: it means "from now on".
        if cleaned_data.get("status") == Article.Status.PUBLISHED and not cleaned_data.get(
            "published_at"
        ):
            cleaned_data["published_at"] = timezone.now()
        return cleaned_data


@admin.register(Article)
class ArticleAdmin(CheckboxListsMixin, ReadabilityAdminMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = ["title_nl", "visible", "score_nl", "score_fr", "has_french"]
    list_filter = [
        VisibilityFilter,
        MissingTranslationFilter,
        "themes",
        "age_groups",
        "related_module",
    ]
    search_fields = ["title_nl", "title_fr", "summary_nl", "summary_fr", "slug"]
    prepopulated_fields = {"slug": ["title_nl"]}
    date_hierarchy = "published_at"
    actions = ["publish", "unpublish"]
    readonly_fields = ["visible", "readability", "preview_link", "created_at", "updated_at"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["slug", "status", "published_at", "visible", "preview_link"]}),
        (_("Who it is for"), {"fields": ["themes", "age_groups", "related_module"]}),
        (_("Dutch"), {"fields": ["title_nl", "summary_nl", "body_nl", "talk_prompts_nl"]}),
        (_("French"), {"fields": ["title_fr", "summary_fr", "body_fr", "talk_prompts_fr"]}),
        (_("Plain language and sources"), {"fields": ["readability", "sources"]}),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def scored_text(self, obj, language):
        return obj.text_for_scoring(language)

    @admin.display(description=_("visible to parents"), ordering="published_at")
    def visible(self, obj):
        if obj.pk is None:
            return "-"
        state = visibility(obj)
        if state == Visibility.DRAFT:
            return Article.Status.DRAFT.label
        if state == Visibility.SCHEDULED:
            if obj.published_at is None:
                return gettext("Not visible: no publication date")
            moment = formats.date_format(timezone.localtime(obj.published_at), "DATETIME_FORMAT")
            return gettext("Scheduled for %(moment)s") % {"moment": moment}
        day = formats.date_format(timezone.localtime(obj.published_at), "DATE_FORMAT")
        return gettext("Live since %(day)s") % {"day": day}

    @admin.display(description=_("French complete"), boolean=True)
    def has_french(self, obj):
        return obj.has_language("fr")

    @admin.display(description=_("Plain-language score"))
    def readability(self, obj):
        if obj.pk is None:
            return _("Save the article to see its score.")
        return format_html(
            "<p>{}: {}</p><p>{}: {}</p><p class='help'>{}</p>",
            _("Dutch"),
            score_badge(obj.text_for_scoring("nl"), "nl", explained=True),
            _("French"),
            score_badge(obj.text_for_scoring("fr"), "fr", explained=True),
            _("Scores of summary and text. Aim for 60 or more: short sentences, everyday words."),
        )

    @admin.display(description=_("Preview"))
    def preview_link(self, obj):
        if obj.pk is None:
            return "-"
        url = obj.get_absolute_url()
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            translate_url(url, "nl"),
            _("Dutch"),
            translate_url(url, "fr"),
            _("French"),
        )

    @admin.action(description=_("Publish the selected articles now"), permissions=["change"])
    def publish(self, request, queryset):
        audit.record(request, audit.Action.PUBLISH, queryset)
        # "Now" means now: an empty or future publication date would keep the article hidden.
        now = timezone.now()
        queryset.filter(Q(published_at=None) | Q(published_at__gt=now)).update(published_at=now)
        count = queryset.update(status=Article.Status.PUBLISHED)
        # update() sends no signal: the cached public pages are told here.
        pagecache.bump_after_commit("content")
        self.message_user(
            request,
            ngettext(
                "%d article published: parents can see it now.",
                "%d articles published: parents can see them now.",
                count,
            )
            % count,
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Take the selected articles offline (back to draft)"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        audit.record(request, audit.Action.UNPUBLISH, queryset)
        count = queryset.update(status=Article.Status.DRAFT)
        pagecache.bump_after_commit("content")
        self.message_user(
            request,
            ngettext("%d article set back to draft.", "%d articles set back to draft.", count)
            % count,
            messages.SUCCESS,
        )


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_fr", "slug", "module", "order"]
    list_editable = ["order"]
    list_select_related = ["module"]
    search_fields = ["name_nl", "name_fr", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(AgeGroup)
class AgeGroupAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_fr", "slug", "min_age", "max_age"]


@admin.register(HelpContact)
class HelpContactAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "phone", "kind", "serves_nl", "serves_fr", "in_footer", "order"]
    list_filter = ["kind", "serves_nl", "serves_fr", "in_footer"]
    list_editable = ["order", "in_footer"]
    search_fields = ["name_nl", "name_fr", "phone", "email"]
    prepopulated_fields = {"slug": ["name_nl"]}
    formfield_overrides = HTTPS_URLS
    # The model lists the names last; coordinators look for them first.
    fieldsets = [
        (None, {"fields": ["slug", "kind"]}),
        (_("Dutch"), {"fields": ["name_nl", "helps_with_nl", "hours_nl", "website_nl"]}),
        (_("French"), {"fields": ["name_fr", "helps_with_fr", "hours_fr", "website_fr"]}),
        (_("How to reach them"), {"fields": ["phone", "email", "source"]}),
        (_("Where it is shown"), {"fields": ["serves_nl", "serves_fr", "in_footer", "order"]}),
    ]


@admin.register(Page)
class PageAdmin(ReadabilityAdminMixin, admin.ModelAdmin):
    list_display = ["title_nl", "slug", "score_nl", "score_fr", "updated_at"]
    search_fields = ["title_nl", "title_fr", "slug"]
    readonly_fields = ["score_nl", "score_fr", "updated_at"]
    fieldsets = [
        (None, {"fields": ["slug", "updated_at"]}),
        (_("Dutch"), {"fields": ["title_nl", "body_nl"]}),
        (_("French"), {"fields": ["title_fr", "body_fr"]}),
        (_("Plain language"), {"fields": ["score_nl", "score_fr"]}),
    ]

    def scored_text(self, obj, language):
        return getattr(obj, f"body_{language}")


@admin.register(SearchSynonym)
class SearchSynonymAdmin(CheckboxListsMixin, admin.ModelAdmin):
    """Names parents type in the search box (games, apps) and what they should find."""

    list_display = ["term", "words_nl", "words_fr", "theme_list", "module"]
    list_filter = ["themes", "module"]
    list_select_related = ["module"]
    search_fields = ["term", "key", "words_nl", "words_fr"]
    fieldsets = [
        (None, {"fields": ["term"]}),
        (
            _("What a search for it also finds"),
            {
                "fields": ["words_nl", "words_fr", "themes", "module"],
                "description": _(
                    "Articles with one of these words, and the articles of these themes. "
                    "The results page also points to the themes and the module."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("themes")

    @admin.display(description=_("themes"))
    def theme_list(self, obj):
        return ", ".join(theme.name for theme in obj.themes.all())


@admin.register(ProgrammeSettings)
class ProgrammeSettingsAdmin(admin.ModelAdmin):
    """One row: the list leads straight to it; it cannot be added twice or deleted."""

    fieldsets = [
        (
            _("Price for organisations"),
            {"fields": ["price_euro", "price_text_nl", "price_text_fr"]},
        ),
        (_("Requests"), {"fields": ["answer_working_days"]}),
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        from django.shortcuts import redirect
        from django.urls import reverse

        # The row is made with its defaults the first time a coordinator opens it.
        settings_row, _created = ProgrammeSettings.objects.get_or_create(
            pk=ProgrammeSettings.SINGLETON_PK
        )
        return redirect(
            reverse("admin:veiligonline_programmesettings_change", args=[settings_row.pk])
        )
