"""The coordinators' to-do lists, each a filtered, read-only changelist in the admin index.

- sessions in the coming weeks without an accepted lead moderator;
- invitations unanswered for more than three days;
- sessions held (past) without an attendance report;
- certifications that expire within 60 days.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import admin
from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy

from moderators.admin.core import can_assign, suggestions_link, two_lines
from moderators.models import (
    Assignment,
    AttendanceReport,
    ExpiringCertification,
    SessionWithoutReport,
    UnansweredInvitation,
    UnstaffedSession,
)
from trainings.models import TrainingSession

UNSTAFFED_WEEKS = 8
UNANSWERED_DAYS = 3
EXPIRY_DAYS = 60


class ToDoList(admin.ModelAdmin):
    """Read-only: each row links to where the work is done."""

    list_display_links = None

    class Media:
        css = {"all": ["moderators/admin.css"]}

    def changelist_view(self, request, extra_context=None):
        # Django titles a read-only list "Select <name> to view", which reads badly for a
        # to-do list ("Select session without a lead moderator to view"): its name is
        # the title.
        title = capfirst(self.model._meta.verbose_name_plural)
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _without_find(request, columns):
    """The "find a moderator" column only for those who may invite one."""
    return columns if can_assign(request) else [c for c in columns if c != "find"]


def _lead_accepted():
    return Assignment.objects.filter(
        session=OuterRef("pk"), role=Assignment.Role.LEAD, status=Assignment.Status.ACCEPTED
    )


@admin.register(UnstaffedSession)
class UnstaffedSessionAdmin(ToDoList):
    # The link first, and few, short columns: beside the admin's menu and the filters,
    # the table must fit 1280 px with the link in view (the audience is a filter).
    list_display = ["find", "when", "place", "language", "invited"]
    list_select_related = ["venue"]
    list_filter = ["language", "audience", "venue__province"]

    def get_list_display(self, request):
        return _without_find(request, super().get_list_display(request))

    def get_queryset(self, request):
        now = timezone.now()
        return (
            super()
            .get_queryset(request)
            .filter(
                starts_at__gte=now,
                starts_at__lt=now + timedelta(weeks=UNSTAFFED_WEEKS),
                status__in=[TrainingSession.Status.PLANNED, TrainingSession.Status.CONFIRMED],
            )
            .annotate(
                has_lead=Exists(_lead_accepted()),
                has_invitation=Exists(
                    Assignment.objects.filter(
                        session=OuterRef("pk"),
                        role=Assignment.Role.LEAD,
                        status=Assignment.Status.INVITED,
                    )
                ),
            )
            .filter(has_lead=False)
            .order_by("starts_at")
        )

    @admin.display(description=gettext_lazy("starts"), ordering="starts_at")
    def when(self, obj):
        return two_lines(obj.starts_at)

    @admin.display(description=gettext_lazy("where"), ordering="venue__municipality")
    def place(self, obj):
        # The municipality on its own line under the venue: narrow enough for 1280 px.
        return format_html("{}<br>{}", obj.venue.name, obj.venue.municipality)

    @admin.display(description=gettext_lazy("lead invited"), boolean=True)
    def invited(self, obj):
        return obj.has_invitation

    @admin.display(description=gettext_lazy("action"))
    def find(self, obj):
        return suggestions_link(obj.pk)


@admin.register(UnansweredInvitation)
class UnansweredInvitationAdmin(ToDoList):
    list_display = ["find", "moderator", "session", "role", "invited_at"]
    list_select_related = ["moderator", "session__venue"]

    def get_list_display(self, request):
        return _without_find(request, super().get_list_display(request))

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(
                status=Assignment.Status.INVITED,
                invited_at__lt=timezone.now() - timedelta(days=UNANSWERED_DAYS),
                session__starts_at__gte=timezone.now(),
            )
            .order_by("invited_at")
        )

    @admin.display(description=gettext_lazy("action"))
    def find(self, obj):
        return suggestions_link(obj.session_id)


@admin.register(SessionWithoutReport)
class SessionWithoutReportAdmin(ToDoList):
    list_display = ["starts_at", "place", "lead"]
    list_select_related = ["venue"]

    def get_queryset(self, request):
        lead = Assignment.objects.filter(
            session=OuterRef("pk"), role=Assignment.Role.LEAD, status=Assignment.Status.ACCEPTED
        ).values("moderator__name")[:1]
        return (
            super()
            .get_queryset(request)
            .filter(ends_at__lt=timezone.now())
            .exclude(status=TrainingSession.Status.CANCELLED)
            .annotate(
                reported=Exists(AttendanceReport.objects.filter(session=OuterRef("pk"))),
                lead_name=Subquery(lead),
            )
            .filter(reported=False)
            .order_by("-starts_at")
        )

    @admin.display(description=gettext_lazy("where"), ordering="venue__municipality")
    def place(self, obj):
        return f"{obj.venue.name}, {obj.venue.municipality}"

    @admin.display(description=gettext_lazy("lead moderator"))
    def lead(self, obj):
        return obj.lead_name or "—"


@admin.register(ExpiringCertification)
class ExpiringCertificationAdmin(ToDoList):
    list_display = ["moderator", "module", "version", "expires_on"]
    list_select_related = ["moderator", "module"]
    list_filter = ["module"]

    def get_queryset(self, request):
        today = timezone.localdate()
        return (
            super()
            .get_queryset(request)
            .filter(
                expires_on__gte=today,
                expires_on__lte=today + timedelta(days=EXPIRY_DAYS),
                moderator__is_active=True,
            )
            .order_by("expires_on")
        )
