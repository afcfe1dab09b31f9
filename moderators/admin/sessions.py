"""The session's change page and list in the admin, with who leads it.

trainings must not know about moderators (ENGINEERING.md: apps depend downwards), so
the trainings app's TrainingSessionAdmin is extended here: unregistered and registered
again as a subclass that adds the session's assignments, a link to the suggestions and
a "lead moderator" column. The column is one subquery in the list's own query, so the
list costs the same number of queries for 10 sessions or 100.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import OuterRef, Subquery
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moderators.admin.core import suggestions_link
from moderators.models import Assignment
from trainings.admin import TrainingSessionAdmin as BaseTrainingSessionAdmin
from trainings.models import TrainingSession


class AssignmentOnSessionInline(admin.TabularInline):
    """Read only: assignments change through the rules (the suggestions page, the
    assignments list's withdraw action), never by editing a row here."""

    model = Assignment
    fields = ["moderator", "role", "status", "decline_reason", "invited_at", "answered_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name = gettext_lazy("moderator of this session")
    verbose_name_plural = gettext_lazy("moderators of this session")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("moderator")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _lead(field: str):
    return Subquery(
        Assignment.objects.filter(
            session=OuterRef("pk"), role=Assignment.Role.LEAD, status__in=Assignment.ACTIVE
        ).values(field)[:1]
    )


class TrainingSessionAdmin(BaseTrainingSessionAdmin):
    list_display = [*BaseTrainingSessionAdmin.list_display, "lead_moderator"]
    inlines = [*BaseTrainingSessionAdmin.inlines, AssignmentOnSessionInline]
    readonly_fields = [*BaseTrainingSessionAdmin.readonly_fields, "find_moderator"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                lead_name=_lead("moderator__name"),
                lead_status=_lead("status"),
            )
        )

    @admin.display(description=gettext_lazy("lead moderator"), ordering="lead_name")
    def lead_moderator(self, obj):
        if not obj.lead_name:
            return "—"
        if obj.lead_status == Assignment.Status.INVITED:
            return format_html("{} ({})", obj.lead_name, _("invited, no answer yet"))
        return obj.lead_name

    @admin.display(description=gettext_lazy("moderators"))
    def find_moderator(self, obj):
        if obj is None or obj.pk is None:
            return _("Save the session first; then you can find a moderator.")
        return suggestions_link(obj.pk)


admin.site.unregister(TrainingSession)
admin.site.register(TrainingSession, TrainingSessionAdmin)
