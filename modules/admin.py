from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from accounts import audit
from modules import services, stats
from modules.models import AgreementSuggestion, Choice, Module, ModuleDayCount, Step
from veiligonline.lib.admin import HTTPS_URLS, ReadabilityAdminMixin, ReadOnlyAdmin

ONE_RIGHT_ANSWER = {Step.QuestionType.SINGLE, Step.QuestionType.TRUE_FALSE, ""}


def answers_problem(step: Step, right: int) -> str | None:
    """Why a question step with `right` right answers cannot be shown to parents, if so."""
    if right == 0:
        return gettext(
            "Mark at least one answer as the right answer: parents are told "
            "whether their answer is right."
        )
    # A blank question type is asked as a question with one right answer.
    if right > 1 and step.question_type in ONE_RIGHT_ANSWER:
        return gettext(
            "This question has one right answer, but %(count)d answers are marked "
            "as right. Mark only one, or choose the question type “Several right "
            "answers”."
        ) % {"count": right}
    return None


def live_question_problems(module: Module) -> list[str]:
    """Active question steps of a module that parents could not answer."""
    problems = []
    for step in module.steps.filter(is_active=True, kind=Step.Kind.QUESTION):
        problem = answers_problem(step, step.choices.filter(is_correct=True).count())
        if problem:
            problems.append(f"{step.title_nl}: {problem}")
    return problems


class StepInlineFormSet(BaseInlineFormSet):
    """An active question needs its answers: they are added on the step's own page."""

    def clean(self):
        super().clean()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or self._should_delete_form(form):
                continue
            if data.get("kind") != Step.Kind.QUESTION or not data.get("is_active"):
                continue
            step = form.instance
            right = step.choices.filter(is_correct=True).count() if step.pk else 0
            problem = answers_problem(step, right)
            if problem:
                form.add_error(
                    "is_active",
                    gettext(
                        "A question goes live only with its answers: save it as not active, "
                        "add the answers on the step's own page, then make it active."
                    ),
                )


class StepInline(admin.TabularInline):
    model = Step
    formset = StepInlineFormSet
    fields = ["order", "key", "kind", "title_nl", "title_fr", "is_active"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        # Each row is labelled with the number parents see: counted in the same query.
        return super().get_queryset(request).with_numbers().select_related("module")


class ChoiceFormSet(BaseInlineFormSet):
    """A quiz question needs a right answer, and only one when it has one right answer."""

    def clean(self):
        super().clean()
        step = self.instance
        if step.kind != Step.Kind.QUESTION or any(self.errors):
            return
        kept = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not self._should_delete_form(form)
        ]
        problem = answers_problem(step, sum(1 for answer in kept if answer.get("is_correct")))
        if problem:
            raise ValidationError(problem, code="answers")


class ChoiceInline(admin.StackedInline):
    model = Choice
    formset = ChoiceFormSet
    fields = [("order", "is_correct"), ("text_nl", "text_fr"), ("feedback_nl", "feedback_fr")]
    extra = 0


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("from"), required=False, widget=forms.DateInput({"type": "date"})
    )
    end = forms.DateField(label=_("to"), required=False, widget=forms.DateInput({"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end date comes before the start date."))
        return data


def _preview_url(module: Module) -> str:
    return module.get_absolute_url() + "?preview=1"


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ["number", "title_nl", "title_fr", "status", "version", "duration_minutes"]
    # Status and version move only by publishing: trainers are certified per version.
    readonly_fields = ["status", "version"]
    list_filter = ["status"]
    prepopulated_fields = {"slug": ["title_nl"]}
    inlines = [StepInline]
    change_list_template = "admin/modules/module/change_list.html"
    actions = ["publish_new_version"]

    def view_on_site(self, obj):
        # A preview, so that a draft module can be looked at too, and nothing is counted.
        return _preview_url(obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The history names the steps by their number, which a new order may have changed.
        for formset in formsets:
            for inline_form in formset.forms:
                if isinstance(inline_form.instance, Step):
                    inline_form.instance.forget_number()

    @admin.action(
        description=_("Publish a new version of the selected modules"), permissions=["change"]
    )
    def publish_new_version(self, request, queryset):
        """Asks first, like deleting; the version goes up only where the content changed."""
        problems = [
            f"{module.number}. {problem}"
            for module in queryset
            for problem in live_question_problems(module)
        ]
        if problems:
            for problem in problems:
                self.message_user(request, problem, messages.ERROR)
            return None
        if request.POST.get("post"):
            done = services.publish(module_ids=[module.pk for module in queryset])
            audit.record(request, audit.Action.PUBLISH, queryset)
            published = sum(1 for plan in done if not plan.nothing_to_do)
            unchanged = len(done) - published
            if published:
                self.message_user(
                    request,
                    ngettext("%d module published.", "%d modules published.", published)
                    % published,
                    messages.SUCCESS,
                )
            if unchanged:
                self.message_user(request, self._unchanged_message(unchanged), messages.INFO)
            return None

        plans = services.plan_publication(queryset)
        if all(plan.nothing_to_do for plan in plans):
            self.message_user(request, self._unchanged_message(len(plans)), messages.INFO)
            return None
        request.current_app = self.admin_site.name
        context = {
            **self.admin_site.each_context(request),
            "title": _("Publish a new version of the selected modules"),
            "plans": plans,
            "opts": self.model._meta,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/modules/module/publish_confirmation.html", context)

    @staticmethod
    def _unchanged_message(count: int) -> str:
        return (
            ngettext(
                "%d module has not changed since it was published: its version stays the same.",
                "%d modules have not changed since they were published: their versions stay "
                "the same.",
                count,
            )
            % count
        )

    def get_urls(self):
        return [
            path("use/", self.admin_site.admin_view(self.use_view), name="modules_module_use"),
            *super().get_urls(),
        ]

    def use_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
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

    def get_queryset(self, request):
        # Labelled "module.step" with the step number parents see, not the sort order.
        return super().get_queryset(request).with_numbers()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.forget_number()

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
class ModuleDayCountAdmin(ReadOnlyAdmin):
    """Listed on the admin index as "Use of the modules": it leads to the statistics page.

    The per-answer counts (QuestionDayCount) are not registered: the statistics page is
    where they are read.
    """

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return redirect("admin:modules_module_use")
