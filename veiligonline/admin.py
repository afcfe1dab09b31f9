from django.contrib import admin, messages
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from veiligonline.lib.admin import HTTPS_URLS, ReadabilityAdminMixin
from veiligonline.lib.readability import FORMULA_NAMES
from veiligonline.models import AgeGroup, Article, HelpContact, Page, Theme


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [("fr", _("French missing")), ("nl", _("Dutch missing"))]

    def queryset(self, request, queryset):
        if self.value() in ("nl", "fr"):
            return queryset.filter(**{f"body_{self.value()}": ""})
        return queryset


@admin.register(Article)
class ArticleAdmin(ReadabilityAdminMixin, admin.ModelAdmin):
    list_display = ["title_nl", "status", "published_at", "score_nl", "score_fr", "has_french"]
    list_filter = ["status", MissingTranslationFilter, "themes", "age_groups", "related_module"]
    search_fields = ["title_nl", "title_fr", "summary_nl", "summary_fr", "slug"]
    prepopulated_fields = {"slug": ["title_nl"]}
    filter_horizontal = ["themes", "age_groups"]
    date_hierarchy = "published_at"
    actions = ["publish", "unpublish"]
    readonly_fields = ["readability", "preview_link", "created_at", "updated_at"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["slug", "status", "published_at", "preview_link"]}),
        (_("Who it is for"), {"fields": ["themes", "age_groups", "related_module"]}),
        (_("Dutch"), {"fields": ["title_nl", "summary_nl", "body_nl", "talk_prompts_nl"]}),
        (_("French"), {"fields": ["title_fr", "summary_fr", "body_fr", "talk_prompts_fr"]}),
        (_("Plain language and sources"), {"fields": ["readability", "sources"]}),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def scored_text(self, obj, language):
        return obj.text_for_scoring(language)

    @admin.display(description=_("French"), boolean=True)
    def has_french(self, obj):
        return obj.has_language("fr")

    @admin.display(description=_("Plain-language score"))
    def readability(self, obj):
        if obj.pk is None:
            return _("Save the article to see its score.")
        return format_html(
            "<p>{} {}: {}</p><p>{} {}: {}</p><p class='help'>{}</p>",
            _("Dutch"),
            FORMULA_NAMES["nl"],
            self.score_nl(obj),
            _("French"),
            FORMULA_NAMES["fr"],
            self.score_fr(obj),
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

    @admin.action(description=_("Publish the selected articles now"))
    def publish(self, request, queryset):
        now = timezone.now()
        queryset.filter(published_at__isnull=True).update(published_at=now)
        count = queryset.update(status=Article.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%d article published.", "%d articles published.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Take the selected articles offline (back to draft)"))
    def unpublish(self, request, queryset):
        count = queryset.update(status=Article.Status.DRAFT)
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
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(AgeGroup)
class AgeGroupAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_fr", "slug", "min_age", "max_age"]


@admin.register(HelpContact)
class HelpContactAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "phone", "kind", "serves_nl", "serves_fr", "in_footer", "order"]
    list_filter = ["kind", "serves_nl", "serves_fr", "in_footer"]
    list_editable = ["order", "in_footer"]
    search_fields = ["name_nl", "name_fr", "phone"]
    formfield_overrides = HTTPS_URLS


@admin.register(Page)
class PageAdmin(ReadabilityAdminMixin, admin.ModelAdmin):
    list_display = ["title_nl", "slug", "score_nl", "score_fr", "updated_at"]
    readonly_fields = ["score_nl", "score_fr"]

    def scored_text(self, obj, language):
        return getattr(obj, f"body_{language}")
