from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts import audit
from accounts.roles import MODERATOR
from moderators import messages as moderator_messages
from moderators import rules, services
from moderators.models import (
    Assignment,
    AttendanceReport,
    Certification,
    EventAttendance,
    EventModule,
    Moderator,
    RecertificationRequirement,
    TrainingEvent,
)
from trainings.models import InterpreterLanguage, Province, TrainingSession


class CertificationInlineForm(forms.ModelForm):
    class Meta:
        model = Certification
        fields = ["module", "version", "certified_on", "expires_on", "event"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expires_on"].required = False
        self.fields["expires_on"].help_text = gettext_lazy(
            "Empty: the usual validity after the date of certification."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("certified_on") and not cleaned.get("expires_on"):
            cleaned["expires_on"] = Certification.default_expiry(cleaned["certified_on"])
        return cleaned


class CertificationInline(admin.TabularInline):
    model = Certification
    form = CertificationInlineForm
    extra = 0
    raw_id_fields = ["event"]


class ModeratorForm(forms.ModelForm):
    """The profile and its login in one form: the address and language live on the user.

    Labels given here are capitalised as Django capitalises the model's verbose names
    (it does so only for the fields it makes itself); the msgids stay lower case.
    """

    email = forms.EmailField(label=capfirst(gettext_lazy("e-mail (to log in)")))
    language = forms.ChoiceField(
        label=capfirst(gettext_lazy("language of pages and messages")),
        choices=get_user_model()._meta.get_field("language").choices,
    )
    provinces = forms.MultipleChoiceField(
        label=capfirst(gettext_lazy("provinces")),
        choices=Province.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    other_languages = forms.MultipleChoiceField(
        label=capfirst(gettext_lazy("other languages, with an interpreter")),
        choices=InterpreterLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Moderator
        fields = [
            "name",
            "email",
            "language",
            "phone",
            "gives_dutch",
            "gives_french",
            "other_languages",
            "provinces",
            "for_disadvantaged",
            "for_grandparents",
            "is_active",
            "notes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["email"].initial = self.instance.user.email
            self.fields["language"].initial = self.instance.user.language

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        others = get_user_model().objects.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.user_id)
        if others.exists():
            raise forms.ValidationError(_("Another account already uses this e-mail address."))
        return email

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("gives_dutch") and not cleaned.get("gives_french"):
            raise forms.ValidationError(_("Tick at least one language: Dutch or French."))
        return cleaned


@admin.register(Moderator)
class ModeratorAdmin(admin.ModelAdmin):
    form = ModeratorForm
    inlines = [CertificationInline]
    list_display = [
        "name",
        "email_address",
        "languages_display",
        "provinces_display",
        "specialisations",
        "certified_modules",
        "is_active",
    ]
    list_filter = [
        "is_active",
        "gives_dutch",
        "gives_french",
        "for_disadvantaged",
        "for_grandparents",
    ]
    search_fields = ["name", "user__email"]
    list_select_related = ["user"]
    actions = ["invite"]

    def get_queryset(self, request):
        today = timezone.localdate()
        return (
            super()
            .get_queryset(request)
            .annotate(
                valid_count=Count(
                    "certifications__module",
                    filter=Q(certifications__expires_on__gte=today),
                    distinct=True,
                )
            )
        )

    @admin.display(description=gettext_lazy("e-mail"), ordering="user__email")
    def email_address(self, obj):
        return obj.user.email

    @admin.display(description=gettext_lazy("languages"))
    def languages_display(self, obj):
        return obj.languages_display()

    @admin.display(description=gettext_lazy("provinces"))
    def provinces_display(self, obj):
        return obj.provinces_display()

    @admin.display(description=gettext_lazy("specialisations"))
    def specialisations(self, obj):
        names = []
        if obj.for_disadvantaged:
            names.append(_("disadvantaged"))
        if obj.for_grandparents:
            names.append(_("grandparents"))
        return ", ".join(names) or "—"

    @admin.display(description=gettext_lazy("modules certified"), ordering="valid_count")
    def certified_modules(self, obj):
        return obj.valid_count

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        user_model = get_user_model()
        if obj.user_id:
            user = obj.user
        else:
            user = user_model(username=data["email"].lower()[:150], is_staff=False)
            user.set_unusable_password()  # they choose their own from the invitation
        user.email = data["email"]
        user.language = data["language"]
        user.is_active = obj.is_active
        user.is_staff = False  # moderators never reach the admin
        first, _space, last = obj.name.partition(" ")
        user.first_name, user.last_name = first[:150], last[:150]
        user.save()
        user.groups.add(Group.objects.get_or_create(name=MODERATOR)[0])
        obj.user = user
        super().save_model(request, obj, form, change)
        if not change:
            audit.record(request, audit.Action.MODERATOR_CREATED, obj)

    @admin.action(
        description=gettext_lazy("Invite to the moderator space (set a password)"),
        permissions=["change"],
    )
    def invite(self, request, queryset):
        sent = 0
        for moderator in queryset.select_related("user").filter(is_active=True):
            if moderator_messages.invite_to_portal(moderator):
                sent += 1
                audit.record(request, audit.Action.PORTAL_INVITATION, moderator)
        self.message_user(
            request,
            _("Invitations recorded: %(count)s (at most one a day per moderator).")
            % {"count": sent},
            messages.SUCCESS,
        )


class EventModuleInline(admin.TabularInline):
    model = EventModule
    extra = 1


class EventAttendanceInline(admin.TabularInline):
    """A plain select of the active moderators, by name: about 18 people, no typing of ids,
    and it works without JavaScript."""

    model = EventAttendance
    extra = 3
    readonly_fields = ["confirmed_at"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "moderator":
            kwargs["queryset"] = Moderator.objects.active().order_by("name")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(TrainingEvent)
class TrainingEventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "place", "attendees_count", "confirmed_count"]
    list_filter = ["kind"]
    search_fields = ["title", "place"]
    date_hierarchy = "starts_at"
    inlines = [EventModuleInline, EventAttendanceInline]
    actions = ["confirm"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                attendee_total=Count("attendance", distinct=True),
                confirmed_total=Count(
                    "attendance", filter=Q(attendance__confirmed_at__isnull=False), distinct=True
                ),
            )
        )

    @admin.display(description=gettext_lazy("attendees"), ordering="attendee_total")
    def attendees_count(self, obj):
        return obj.attendee_total

    @admin.display(description=gettext_lazy("confirmed"), ordering="confirmed_total")
    def confirmed_count(self, obj):
        return obj.confirmed_total

    @admin.action(
        description=gettext_lazy("Confirm attendance and certify the attendees"),
        permissions=["change"],
    )
    def confirm(self, request, queryset):
        granted = 0
        confirmed = 0
        for event in queryset.order_by("starts_at"):
            try:
                granted += services.confirm_event(event_id=event.pk, confirmed_by=request)
            except services.Refused as refused:
                self.message_user(request, " ".join(refused.reasons), messages.ERROR)
            else:
                confirmed += 1
        if confirmed:
            self.message_user(
                request,
                ngettext(
                    "Attendance confirmed for %(events)s event; certifications added or "
                    "renewed: %(count)s.",
                    "Attendance confirmed for %(events)s events; certifications added or "
                    "renewed: %(count)s.",
                    confirmed,
                )
                % {"events": confirmed, "count": granted},
                messages.SUCCESS,
            )


@admin.register(RecertificationRequirement)
class RecertificationRequirementAdmin(admin.ModelAdmin):
    list_display = ["module", "from_version", "reason", "created_at"]
    list_filter = ["module"]


@admin.register(AttendanceReport)
class AttendanceReportAdmin(admin.ModelAdmin):
    list_display = [
        "session",
        "moderator",
        "adults",
        "families",
        "disadvantaged_families",
        "grandparents",
        "children_in_childcare",
        "filed_at",
    ]
    list_select_related = ["session__venue", "moderator"]
    raw_id_fields = ["session", "moderator"]
    date_hierarchy = "filed_at"
    search_fields = ["session__venue__municipality", "moderator__name"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["session", "moderator", "role", "status", "invited_at", "answered_at"]
    list_filter = ["status", "role"]
    list_select_related = ["session__venue", "moderator"]
    search_fields = ["moderator__name", "session__venue__municipality"]
    date_hierarchy = "invited_at"
    readonly_fields = [
        "session",
        "moderator",
        "role",
        "status",
        "decline_reason",
        "invited_at",
        "answered_at",
        "invited_by",
    ]
    actions = ["withdraw"]

    def has_add_permission(self, request):
        # New assignments go through the rules: the suggestions page of a session.
        return False

    @admin.action(description=gettext_lazy("Withdraw the assignment"), permissions=["change"])
    def withdraw(self, request, queryset):
        for assignment_id in queryset.values_list("pk", flat=True):
            services.withdraw(assignment_id=assignment_id, withdrawn_by=request)
        self.message_user(request, _("Withdrawn."), messages.SUCCESS)

    def get_urls(self):
        return [
            path(
                "suggest/<int:session_id>/",
                self.admin_site.admin_view(self.suggestions_view),
                name="moderators_suggestions",
            ),
            *super().get_urls(),
        ]

    def suggestions_view(self, request, session_id: int):
        """Fitting moderators for a session, best first, with why the others do not fit."""
        if not can_assign(request):
            raise PermissionDenied
        session = get_object_or_404(
            TrainingSession.objects.select_related("venue").prefetch_related("modules"),
            pk=session_id,
        )
        if request.method == "POST":
            return self._invite(request, session)
        # Every assignment of the session, declined and withdrawn ones too: who said no
        # (and why) is what a coordinator needs before asking anyone.
        current = list(
            session.assignments.select_related("moderator").order_by("role", "invited_at")
        )
        has_lead = any(
            a.role == Assignment.Role.LEAD and a.status in Assignment.ACTIVE for a in current
        )
        return TemplateResponse(
            request,
            "admin/moderators/suggestions.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Moderators for this session"),
                "session": session,
                "current": current,
                "has_lead": has_lead,
                "fits": rules.evaluate(session),
                "roles": Assignment.Role,
                "month": formats.date_format(timezone.localtime(session.starts_at), "F Y"),
            },
        )

    def _invite(self, request, session):
        try:
            moderator_id = int(request.POST.get("moderator", ""))
        except ValueError:
            moderator_id = 0
        role = request.POST.get("role", Assignment.Role.LEAD)
        if (
            role not in Assignment.Role.values
            or not Moderator.objects.filter(pk=moderator_id).exists()
        ):
            self.message_user(request, _("Choose a moderator from the list."), messages.ERROR)
        else:
            try:
                assignment = services.invite(
                    session_id=session.pk,
                    moderator_id=moderator_id,
                    role=role,
                    invited_by=request.user,
                    request=request,
                )
            except services.Refused as refused:
                audit.record(request, audit.Action.ASSIGNMENT_REFUSED, session)
                self.message_user(
                    request,
                    _("Not invited: %(reasons)s") % {"reasons": " ".join(refused.reasons)},
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request,
                    _("%(name)s is invited and answers in the moderator space.")
                    % {"name": assignment.moderator.name},
                    messages.SUCCESS,
                )
        return redirect(reverse("admin:moderators_suggestions", args=[session.pk]))


def two_lines(moment) -> str:
    """A session's start as "1 dec 2026" over "19:30": narrow list columns (1280 px)."""
    moment = timezone.localtime(moment)
    return format_html(
        "{}<br>{}", formats.date_format(moment, "j b Y"), formats.time_format(moment, "H:i")
    )


def can_assign(request) -> bool:
    """Whether this staff user may invite moderators (the suggestions page's own check).

    Links to that page are shown only to them: a view-only user would meet a 403."""
    return request.user.has_perm("moderators.change_assignment")


def suggestions_link(session_id: int) -> str:
    return format_html(
        '<a href="{}">{}</a>',
        reverse("admin:moderators_suggestions", args=[session_id]),
        _("Find a moderator"),
    )
