import csv

from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from trainings import services
from trainings.models import (
    BookingRequest,
    Organisation,
    OutgoingMessage,
    Registration,
    TrainingSession,
    Venue,
)


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "postcode", "municipality", "province"]
    list_filter = ["province", "kind"]
    search_fields = ["name", "municipality", "postcode"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "municipality", "works_with_vulnerable_groups", "language"]
    list_filter = ["kind", "works_with_vulnerable_groups", "language"]
    search_fields = ["name", "municipality", "contact_name"]
    prepopulated_fields = {"slug": ["name"]}


class RegistrationInline(admin.TabularInline):
    model = Registration
    fields = ["name", "email", "phone", "adults", "childcare_ages", "needs", "status", "created_at"]
    readonly_fields = ["created_at"]
    extra = 0
    ordering = ["status", "created_at"]


class UpcomingFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.filter(starts_at__gte=timezone.now())
        if self.value() == "past":
            return queryset.filter(starts_at__lt=timezone.now())
        return queryset


def csv_safe(value) -> str:
    """Neutralise spreadsheet formulas (=, +, -, @, tab, CR) in exported cells."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.register(TrainingSession)
class TrainingSessionAdmin(admin.ModelAdmin):
    list_display = [
        "starts_at",
        "venue",
        "language",
        "audience",
        "status",
        "is_open",
        "fill",
        "childcare",
    ]
    list_filter = [
        UpcomingFilter,
        "status",
        "audience",
        "language",
        "childcare",
        "is_open",
        "venue__province",
    ]
    search_fields = ["venue__name", "venue__municipality", "venue__postcode"]
    list_select_related = ["venue"]
    autocomplete_fields = ["venue", "organisation"]
    filter_horizontal = ["modules"]
    date_hierarchy = "starts_at"
    readonly_fields = ["seats_taken"]
    inlines = [RegistrationInline]
    actions = ["export_participants", "cancel_sessions"]

    @admin.display(description=_("seats taken"))
    def fill(self, obj):
        return f"{obj.seats_taken} / {obj.capacity}"

    @admin.action(description=_("Export the participant list (CSV) for the moderator"))
    def export_participants(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="participants.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [
                _("session"),
                _("name"),
                _("e-mail"),
                _("mobile number"),
                _("adults"),
                _("children for childcare (ages)"),
                _("needs"),
                _("status"),
            ]
        )
        registrations = (
            Registration.objects.filter(session__in=queryset)
            .exclude(status=Registration.Status.CANCELLED)
            .select_related("session__venue")
            .order_by("session__starts_at", "status", "created_at")
        )
        for r in registrations:
            writer.writerow(
                [
                    csv_safe(v)
                    for v in (
                        r.session,
                        r.name,
                        r.email,
                        r.phone,
                        r.adults,
                        r.childcare_ages,
                        r.needs,
                        r.get_status_display(),
                    )
                ]
            )
        return response

    @admin.action(description=_("Cancel the selected sessions and tell the participants"))
    def cancel_sessions(self, request, queryset):
        count = 0
        for session in queryset.exclude(status=TrainingSession.Status.CANCELLED):
            services.cancel_session(session_id=session.pk)
            count += 1
        self.message_user(
            request,
            ngettext("%d session cancelled.", "%d sessions cancelled.", count) % count,
            messages.SUCCESS,
        )


@admin.register(OutgoingMessage)
class OutgoingMessageAdmin(admin.ModelAdmin):
    list_display = ["kind", "registration", "created_at", "sent_at"]
    list_filter = ["kind", "sent_at"]
    list_select_related = ["registration"]

    def has_add_permission(self, request):
        return False


@admin.register(BookingRequest)
class BookingRequestAdmin(admin.ModelAdmin):
    list_display = [
        "organisation_name",
        "status",
        "preferred_1",
        "expected_parents",
        "works_with_vulnerable_groups",
        "language",
        "created_at",
    ]
    list_filter = ["status", "works_with_vulnerable_groups", "language", "audience"]
    search_fields = ["organisation_name", "contact_name", "own_municipality"]
    filter_horizontal = ["modules"]
    autocomplete_fields = ["venue"]
    raw_id_fields = ["session"]
    actions = ["plan"]

    @admin.action(description=_("Plan: turn into a closed session at the first preferred date"))
    def plan(self, request, queryset):
        planned = 0
        for booking in queryset.filter(status=BookingRequest.Status.RECEIVED):
            services.plan_request(request_id=booking.pk)
            planned += 1
        self.message_user(
            request,
            ngettext("%d request planned.", "%d requests planned.", planned) % planned,
            messages.SUCCESS,
        )
