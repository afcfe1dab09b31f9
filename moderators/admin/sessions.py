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
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moderators.admin.core import can_assign, suggestions_link, two_lines
from moderators.models import Assignment
from trainings.admin import TrainingSessionAdmin as BaseTrainingSessionAdmin
from trainings.models import TrainingSession


def _lead(field: str):
    return Subquery(
        Assignment.objects.filter(
            session=OuterRef("pk"), role=Assignment.Role.LEAD, status__in=Assignment.ACTIVE
        ).values(field)[:1]
    )


class TrainingSessionAdmin(BaseTrainingSessionAdmin):
    # The key columns first and narrow, so that the list fits 1280 px beside the menu and
    # the filters (a browser test measures it): a short date on two lines instead of
    # trainings' one-line date, and who leads right after where.
    list_display = [
        "when",
        "place",
        "lead_moderator",
        *[
            column
            for column in BaseTrainingSessionAdmin.list_display
            if column not in ("starts_at", "place")
        ],
    ]

    class Media:
        css = {"all": ["moderators/admin.css"]}

    # A read-only field, not an inline: assignments change through the rules (the
    # suggestions page, the assignments' withdraw action), and an inline would make every
    # save of the session carry a formset it never uses.
    readonly_fields = [*BaseTrainingSessionAdmin.readonly_fields, "moderators_list"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                lead_name=_lead("moderator__name"),
                lead_status=_lead("status"),
            )
        )

    @admin.display(description=gettext_lazy("starts"), ordering="starts_at")
    def when(self, obj):
        return two_lines(obj.starts_at)

    @admin.display(description=gettext_lazy("moderator"), ordering="lead_name")
    def lead_moderator(self, obj):
        if not obj.lead_name:
            return "—"
        if obj.lead_status == Assignment.Status.INVITED:
            return format_html("{} ({})", obj.lead_name, _("invited, no answer yet"))
        return obj.lead_name

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if can_assign(request):
            return fields
        # The same list without the link to the suggestions, which would answer 403.
        return ["moderators_list_only" if name == "moderators_list" else name for name in fields]

    @admin.display(description=gettext_lazy("moderators"))
    def moderators_list_only(self, obj):
        return self.moderators_list(obj, link=False)

    @admin.display(description=gettext_lazy("moderators"))
    def moderators_list(self, obj, link=True):
        if obj is None or obj.pk is None:
            return _("Save the session first; then you can find a moderator.")
        assignments = list(
            obj.assignments.select_related("moderator").order_by("role", "invited_at")
        )
        listing = (
            format_html(
                "<ul>{}</ul>",
                format_html_join(
                    "",
                    "<li>{} · {} · {}{}</li>",
                    (
                        (
                            a.moderator.name,
                            a.get_role_display(),
                            a.get_status_display(),
                            f" · “{a.decline_reason}”" if a.decline_reason else "",
                        )
                        for a in assignments
                    ),
                ),
            )
            if assignments
            else _("Nobody invited yet.")
        )
        if not link:
            return listing
        return format_html("{}<p>{}</p>", listing, suggestions_link(obj.pk))


admin.site.unregister(TrainingSession)
admin.site.register(TrainingSession, TrainingSessionAdmin)
