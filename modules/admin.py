from django import forms
from django.contrib import admin, messages
from django.db.models import F
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modules import stats
from modules.models import AgreementSuggestion, Choice, Module, ModuleDayCount, Step
from veiligonline.lib.admin import HTTPS_URLS, ReadabilityAdminMixin


class StepInline(admin.TabularInline):
    model = Step
    fields = ["order", "key", "kind", "title_nl", "title_fr", "is_active"]
    extra = 0
    show_change_link = True


class ChoiceInline(admin.StackedInline):
    model = Choice
    fields = [("order", "is_correct"), ("text_nl", "text_fr"), ("feedback_nl", "feedback_fr")]
    extra = 0


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("from"), required=False, widget=forms.DateInput({"type": "date"})
    )
    end = forms.DateField(label=_("to"), required=False, widget=forms.DateInput({"type": "date"}))


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ["number", "title_nl", "title_fr", "status", "version", "duration_minutes"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["title_nl"]}
    inlines = [StepInline]
    change_list_template = "admin/modules/module/change_list.html"
    actions = ["publish_new_version"]

    @admin.action(description=_("Publish a new version of the selected modules"))
    def publish_new_version(self, request, queryset):
        # Parents' progress points at step keys, so it survives the new version.
        count = queryset.update(status=Module.Status.PUBLISHED, version=F("version") + 1)
        self.message_user(
            request,
            ngettext("%d module published.", "%d modules published.", count) % count,
            messages.SUCCESS,
        )

    def get_urls(self):
        return [
            path("use/", self.admin_site.admin_view(self.use_view), name="modules_module_use"),
            *super().get_urls(),
        ]

    def use_view(self, request):
        form = PeriodForm(request.GET or None)
        start = end = None
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Use of the modules"),
            "form": form,
            "uses": stats.module_use(start, end),
            "totals": stats.totals(start, end),
            "hardest": stats.hardest_questions(start, end),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/modules/module/use.html", context)


@admin.register(Step)
class StepAdmin(ReadabilityAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "module", "kind", "is_active", "score_nl", "score_fr"]
    list_filter = ["module", "kind", "is_active"]
    search_fields = ["title_nl", "title_fr", "key"]
    list_select_related = ["module"]
    readonly_fields = ["score_nl", "score_fr", "preview_links"]
    formfield_overrides = HTTPS_URLS
    inlines = [ChoiceInline]
    fieldsets = [
        (None, {"fields": ["module", "key", "order", "kind", "is_active", "preview_links"]}),
        (_("Question"), {"fields": ["question_type", "is_scenario"]}),
        (_("Dutch"), {"fields": ["title_nl", "body_nl", "transcript_nl"]}),
        (_("French"), {"fields": ["title_fr", "body_fr", "transcript_fr"]}),
        (_("Video"), {"fields": ["video_url", "captions_url"]}),
        (_("Plain language"), {"fields": ["score_nl", "score_fr"]}),
    ]

    def scored_text(self, obj, language):
        return getattr(obj, f"body_{language}") + "\n\n" + getattr(obj, f"transcript_{language}")

    @admin.display(description=_("Preview"))
    def preview_links(self, obj):
        if obj.pk is None:
            return "-"
        links = []
        for language, name in (("nl", _("Dutch")), ("fr", _("French"))):
            with translation.override(language):
                url = reverse("modules:step", kwargs={"slug": obj.module.slug, "key": obj.key})
            links.append(format_html('<a href="{}?preview=1">{}</a>', url, name))
        return format_html_join(" · ", "{}", ((link,) for link in links))


@admin.register(AgreementSuggestion)
class AgreementSuggestionAdmin(admin.ModelAdmin):
    list_display = ["text_nl", "text_fr", "topic", "order"]
    list_filter = ["topic"]


@admin.register(ModuleDayCount)
class ModuleDayCountAdmin(admin.ModelAdmin):
    list_display = ["module", "day", "started", "finished", "finish_rate", "average_minutes"]
    list_filter = ["module", "day"]
    date_hierarchy = "day"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("finish rate"))
    def finish_rate(self, obj):
        return f"{100 * obj.finished / obj.started:.0f}%" if obj.started else "-"

    @admin.display(description=_("average time (minutes)"))
    def average_minutes(self, obj):
        return f"{obj.finish_seconds / obj.finished / 60:.1f}" if obj.finished else "-"
