"""Coordinators run venues, organisations, sessions, registrations and requests here.

Seats and the waiting list are only ever changed through `trainings.services`, which
locks the session row: the admin shows registrations but never edits their status
or seats directly, and a change of capacity or a cancellation goes through the
services too.
"""

import copy
import csv

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, Count, Q, When
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts import audit
from outbox.models import Message
from trainings import services
from trainings.forms import checked_phone
from trainings.models import (
    BookingRequest,
    Organisation,
    Registration,
    TrainingSession,
    Venue,
)
from veiligonline.lib.admin import CheckboxListsMixin


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "postcode", "municipality", "province"]
    # Sorted by what is shown: the name leads the list and every venue picker ("name,
    # municipality"); the model's own order (municipality first) is for the public list.
    ordering = ["name", "municipality"]
    list_filter = ["province", "kind"]
    search_fields = ["name", "municipality", "postcode"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        # A new postcode moves the venue: its coordinates follow (Venue.save fills empty
        # ones), unless the coordinator typed more precise ones in the same edit.
        if "postcode" in form.changed_data and not {"latitude", "longitude"} & set(
            form.changed_data
        ):
            obj.latitude = obj.longitude = None
        super().save_model(request, obj, form, change)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "municipality", "works_with_vulnerable_groups", "language"]
    list_filter = ["kind", "works_with_vulnerable_groups", "language"]
    search_fields = ["name", "municipality", "contact_name"]
    prepopulated_fields = {"slug": ["name"]}


class RegistrationInline(admin.TabularInline):
    """Who comes, and who waits, in order. Read only: seats change through the services."""

    model = Registration
    fields = ["person", "adults", "childcare_ages", "needs", "status", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("registrations and waiting list")
    # Rows without a "#45 Confirmed" title above them: the columns say who and what.
    template = "admin/edit_inline/tabular_without_titles.html"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        # Who comes first, then who waits (in their order), then who cancelled.
        rank = Case(
            When(status=Registration.Status.CONFIRMED, then=0),
            When(status=Registration.Status.WAITING, then=1),
            default=2,
        )
        return super().get_queryset(request).order_by(rank, "created_at", "id")

    @admin.display(description=_("name"))
    def person(self, obj):
        url = reverse("admin:trainings_registration_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.name)


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


MESSAGES_SHOWN = 100


def messages_caused(topics: list[str]):
    """A read-only table of the messages a session or a request caused, newest first.

    Kind, channel, status and when: coordinators see that everyone was told without
    the page listing anyone's address (the outbox's own admin has the details).
    """
    rows = list(
        Message.objects.filter(topic__in=topics)
        .only("pk", "kind", "channel", "status", "created_at", "sent_at")
        .order_by("-created_at", "-id")[: MESSAGES_SHOWN + 1]
    )
    if not rows:
        return _("No messages yet.")
    body = format_html_join(
        "",
        '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>',
        (
            (
                reverse("admin:outbox_message_change", args=[row.pk]),
                row.kind_label,
                row.get_channel_display(),
                row.get_status_display(),
                date_format(timezone.localtime(row.created_at), "SHORT_DATETIME_FORMAT"),
                date_format(timezone.localtime(row.sent_at), "SHORT_DATETIME_FORMAT")
                if row.sent_at
                else "—",
            )
            for row in rows[:MESSAGES_SHOWN]
        ),
    )
    more = (
        format_html(
            "<p>{}</p>", _("Only the newest %(count)d are shown.") % {"count": MESSAGES_SHOWN}
        )
        if len(rows) > MESSAGES_SHOWN
        else ""
    )
    return format_html(
        '<table><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th>'
        '<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>{}',
        _("kind"),
        _("channel"),
        _("status"),
        _("recorded"),
        _("sent"),
        body,
        more,
    )


def csv_safe(value) -> str:
    """Neutralise spreadsheet formulas (=, +, -, @, tab, CR) in exported cells."""
    text = str(value).strip(" ")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class TrainingSessionAdminForm(forms.ModelForm):
    # Setting the status to cancelled tells everyone at once: asked first, as the list's
    # cancel action does.
    confirm_cancel = forms.BooleanField(
        label=_("Yes, cancel this session and tell everyone who registered"),
        help_text=_("Needed only when you set the status to cancelled."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if (
            self.instance.pk
            and "status" in self.changed_data
            and data.get("status") == TrainingSession.Status.CANCELLED
            and not data.get("confirm_cancel")
        ):
            told = self.instance.registrations.exclude(status=Registration.Status.CANCELLED).count()
            self.add_error(
                "confirm_cancel",
                ngettext(
                    "Cancelling tells %(count)d person at once that the session does not go "
                    "ahead. Tick the box to confirm, and save again.",
                    "Cancelling tells %(count)d people at once that the session does not go "
                    "ahead. Tick the box to confirm, and save again.",
                    told,
                )
                % {"count": told},
            )
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must come after the start."))
        was = self.instance.starts_at if self.instance.pk else None
        now = timezone.now()
        if starts and "starts_at" in self.changed_data and starts <= now and (not was or was > now):
            # Nobody would be told (a move into the past sends nothing), and the session
            # would count as held. A correction of a past session's time stays possible.
            self.add_error(
                "starts_at",
                _(
                    "This date is in the past. Choose a date to come; to stop the session, "
                    "set its status to cancelled."
                ),
            )
        self._check_moderators(data)
        # Parents read their page, e-mails and text messages in Dutch or French: a note in
        # one language only would reach the others untranslated.
        notes = {code: (data.get(f"practical_{code}") or "").strip() for code in ("nl", "fr")}
        if notes["nl"] and not notes["fr"]:
            self.add_error(
                "practical_fr",
                _(
                    "Write this note in French too: parents who read French get it in their page "
                    "and messages."
                ),
            )
        if notes["fr"] and not notes["nl"]:
            self.add_error(
                "practical_nl",
                _(
                    "Write this note in Dutch too: parents who read Dutch get it in their page "
                    "and messages."
                ),
            )
        capacity = data.get("capacity")
        if capacity is not None:
            taken = 0
            if self.instance.pk:
                # The admin saves in this same transaction: registrations wait for us.
                taken = (
                    TrainingSession.objects.select_for_update()
                    .values_list("seats_taken", flat=True)
                    .get(pk=self.instance.pk)
                )
            if capacity < 1:
                self.add_error("capacity", _("A session has at least one seat."))
            elif capacity < taken:
                self.add_error(
                    "capacity",
                    ngettext(
                        "%(taken)d seat is already taken: cancel registrations first, "
                        "or keep at least %(taken)d seat.",
                        "%(taken)d seats are already taken: cancel registrations first, "
                        "or keep at least %(taken)d seats.",
                        taken,
                    )
                    % {"taken": taken},
                )
        return data

    # What the moderators on a session must fit: a change of these is checked again.
    FITTED = ("starts_at", "ends_at", "modules", "language", "audience", "interpreter_language")

    def _check_moderators(self, data) -> None:
        """A session's moderators must still fit it after a change of time, themes,
        language or audience (no double booking, certified, ...): said in plain words."""
        if (
            not self.instance.pk
            or self.errors
            or data.get("status") == TrainingSession.Status.CANCELLED
            or not set(self.FITTED) & set(self.changed_data)
        ):
            return
        proposed = copy.copy(self.instance)
        for name in self.FITTED:
            if name in data and name != "modules":
                setattr(proposed, name, data[name])
        modules = data.get("modules")
        if modules is None:
            modules = self.instance.modules.all()
        problems = services.change_problems(proposed, list(modules))
        if problems:
            self.add_error(
                None,
                [
                    _(
                        "This change does not fit the moderators of this session. Withdraw "
                        "them first (see “Moderators” on this page), or keep the time and themes:"
                    ),
                    *problems,
                ],
            )


@admin.register(TrainingSession)
class TrainingSessionAdmin(CheckboxListsMixin, admin.ModelAdmin):
    form = TrainingSessionAdminForm
    # Narrow enough for 1280 px with the admin's menu and the filters open.
    list_display = ["starts_at", "place", "audience", "status", "fill", "waiting"]
    list_filter = [
        UpcomingFilter,
        "status",
        "audience",
        "language",
        "childcare",
        "is_open",
        "venue__province",
        "modules",
        ("organisation", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["venue__name", "venue__municipality", "venue__postcode", "organisation__name"]
    list_select_related = ["venue"]
    autocomplete_fields = ["venue", "organisation"]
    date_hierarchy = "starts_at"
    readonly_fields = ["seats_taken", "requested_by", "invite_link", "messages_list"]
    inlines = [RegistrationInline]
    actions = ["export_participants", "cancel_sessions"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                waiting_count=Count(
                    "registrations", filter=Q(registrations__status=Registration.Status.WAITING)
                )
            )
        )

    @admin.display(description=_("place"), ordering="venue__municipality")
    def place(self, obj):
        return obj.venue.municipality

    @admin.display(description=_("seats taken"))
    def fill(self, obj):
        return f"{obj.seats_taken} / {obj.capacity}"

    @admin.display(description=_("waiting list"), ordering="waiting_count")
    def waiting(self, obj):
        return obj.waiting_count

    @admin.display(description=_("requested by"))
    def requested_by(self, obj):
        booking = getattr(obj, "booking_request", None) if obj.pk else None
        if booking is None:
            return "—"
        url = reverse("admin:trainings_bookingrequest_change", args=[booking.pk])
        asked = []
        if booking.interpreter_language:
            asked.append(
                _("an interpreter (%(language)s)")
                % {"language": booking.get_interpreter_language_display()}
            )
        if booking.childcare_needed:
            asked.append(_("childcare"))
        asked_text = (
            _("They asked for %(needs)s: set it on this page once it is arranged.")
            % {"needs": ", ".join(str(need) for need in asked)}
            if asked
            else ""
        )
        return format_html(
            '<a href="{}">{}</a><br><strong>{}</strong><br>{}',
            url,
            booking.organisation_name,
            asked_text,
            booking.notes or "",
        )

    @admin.display(description=_("messages it caused"))
    def messages_list(self, obj):
        if not obj.pk:
            return "—"
        topics = [f"session:{obj.pk}"]
        booking = getattr(obj, "booking_request", None)
        if booking is not None:
            topics.append(f"request:{booking.pk}")
        return messages_caused(topics)

    @admin.display(description=_("registration link (closed session)"))
    def invite_link(self, obj):
        if not obj.pk or not obj.invite_token:
            return "—"
        url = reverse("trainings:invite", kwargs={"token": obj.invite_token})
        return format_html('<a href="{}">{}</a>', url, _("Open the page its parents register on"))

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        with transaction.atomic():
            # Registrations may have come in since the form was loaded: keep their count.
            locked = TrainingSession.objects.select_for_update().get(pk=obj.pk)
            obj.seats_taken = locked.seats_taken
            super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.status == TrainingSession.Status.CANCELLED:
            told = services.cancel_session(session_id=obj.pk)
            self.message_user(request, _cancelled_message(1, told), messages.WARNING)
        else:
            if {"starts_at", "ends_at", "venue"} & set(form.changed_data):
                # Everyone who comes or waits (and the organisation) gets the new facts.
                told = services.session_moved(session_id=obj.pk, was=locked)
                audit.record(request, audit.Action.MOVE_SESSION, obj)
                self.message_user(
                    request,
                    ngettext(
                        "Date or place changed: %(told)d participant will be told.",
                        "Date or place changed: %(told)d participants will be told.",
                        told,
                    )
                    % {"told": told},
                    messages.WARNING,
                )
            if "capacity" in form.changed_data:
                services.fill_from_waiting_list(session_id=obj.pk)
            if {"interpreter_language", "childcare"} & set(form.changed_data):
                # The organisation was told "asked; we tell you when it is confirmed".
                services.tell_organisation_arranged(session_id=obj.pk)

    # The moderator needs who comes and what they need, not how to reach them.
    @admin.action(
        description=_("Export the participant list (CSV, for coordinators)"),
        permissions=["change"],
    )
    def export_participants(self, request, queryset):
        audit.record(request, audit.Action.EXPORT_PARTICIPANTS, queryset)
        sessions = list(queryset.select_related("venue").order_by("starts_at"))
        if not sessions:
            self.message_user(request, _("These sessions no longer exist."), messages.WARNING)
            return None
        first = sessions[0]
        name = slugify(f"{timezone.localtime(first.starts_at):%Y-%m-%d} {first.venue.municipality}")
        if len(sessions) > 1:
            name += f"-{len(sessions)}"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        # A byte order mark and semicolons: Excel in Belgium opens it in columns, accents intact.
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                _("session"),
                _("name"),
                _("adults"),
                _("children for childcare (ages)"),
                _("needs"),
                _("language"),
                _("status"),
            ]
        )
        registrations = (
            Registration.objects.filter(session__in=queryset)
            .exclude(status=Registration.Status.CANCELLED)
            .select_related("session__venue")
            .order_by("session__starts_at", "status", "created_at", "id")
        )
        for r in registrations:
            writer.writerow(
                [
                    csv_safe(v)
                    for v in (
                        r.session,
                        r.name,
                        r.adults,
                        r.childcare_ages,
                        r.needs,
                        r.get_language_display(),
                        r.get_status_display(),
                    )
                ]
            )
        return response

    @admin.action(
        description=_("Cancel the selected sessions and tell the participants"),
        permissions=["change"],
    )
    def cancel_sessions(self, request, queryset):
        sessions = queryset.exclude(status=TrainingSession.Status.CANCELLED).annotate(
            to_tell=Count(
                "registrations", filter=~Q(registrations__status=Registration.Status.CANCELLED)
            )
        )
        if request.POST.get("confirmed"):
            count = told = 0
            for session in sessions:
                told += services.cancel_session(session_id=session.pk)
                audit.record(request, audit.Action.CANCEL_SESSION, session)
                count += 1
            self.message_user(request, _cancelled_message(count, told), messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/trainings/trainingsession/cancel_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Cancel these sessions?"),
                "opts": self.model._meta,
                "sessions": sessions.select_related("venue"),
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )


def _cancelled_message(sessions: int, told: int) -> str:
    return (
        ngettext("%(sessions)d session cancelled;", "%(sessions)d sessions cancelled;", sessions)
        % {"sessions": sessions}
        + " "
        + ngettext(
            "%(told)d participant will be told.", "%(told)d participants will be told.", told
        )
        % {"told": told}
    )


class UpcomingRegistrationFilter(UpcomingFilter):
    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.filter(session__starts_at__gte=timezone.now())
        if self.value() == "past":
            return queryset.filter(session__starts_at__lt=timezone.now())
        return queryset


class RegistrationAdminForm(forms.ModelForm):
    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        return checked_phone(
            self.cleaned_data["phone"],
            _("This does not look like a phone number. For example: 0470 12 34 56."),
        )

    def clean(self):
        data = super().clean()
        others = self.instance.session.registrations.exclude(pk=self.instance.pk).exclude(
            status=Registration.Status.CANCELLED
        )
        for name in ("email", "phone"):
            value = data.get(name)
            if value and others.filter(**{name: value}).exists():
                self.add_error(name, _("Someone else is registered for this session with this."))
        return data


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """Registrations, by session and status. No search box: a search is a GET, so what is
    typed (a name, an address, a number) would stand in the address bar and the server's
    logs. A parent who calls is found by their contact in "A person's data"
    (veiligonline/privacy.py, a POST), which can also cancel for them."""

    form = RegistrationAdminForm
    list_display = ["name", "session", "adults", "status"]
    list_filter = ["status", UpcomingRegistrationFilter, "language"]
    list_select_related = ["session__venue"]
    fields = [
        "session",
        "name",
        "email",
        "phone",
        "adults",
        "childcare_ages",
        "needs",
        "language",
        "status",
        "consent",
        "created_at",
        "cancelled_at",
    ]
    # Contact details may be corrected; seats, session and status only change by action.
    readonly_fields = ["session", "adults", "status", "consent", "created_at", "cancelled_at"]
    actions = ["cancel_registrations"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(
        description=_("Cancel the selected registrations (the waiting list moves up)"),
        permissions=["change"],
    )
    def cancel_registrations(self, request, queryset):
        count = 0
        for registration in queryset.exclude(status=Registration.Status.CANCELLED):
            services.cancel(registration_id=registration.pk)
            audit.record(request, audit.Action.CANCEL_REGISTRATION, registration)
            count += 1
        self.message_user(
            request,
            ngettext("%d registration cancelled.", "%d registrations cancelled.", count) % count,
            messages.SUCCESS,
        )


OTHER_DATE = "other"


class PlanForm(forms.Form):
    """One request to plan: which of its preferred dates, or another agreed date and time;
    and whose request it is: an organisation we know, or a new one made from the request,
    and the same for the venue at the organisation's own address.

    Nothing is matched silently: the coordinator chooses. Records that look the same (the
    same name, the same contact e-mail, the same address) are named as suggestions.
    """

    when = forms.ChoiceField(label=_("Date and time"), widget=forms.RadioSelect)
    other = forms.DateTimeField(
        label=_("Another date and time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Only when you agreed on another date with the organisation."),
    )

    def __init__(self, *args, booking: BookingRequest, **kwargs):
        super().__init__(*args, prefix=f"plan-{booking.pk}", **kwargs)
        self.booking = booking
        choices = [
            (
                str(number),
                date_format(timezone.localtime(when), "l j F Y, H:i"),
            )
            for number, when in enumerate(booking.preferred_dates, start=1)
        ]
        choices.append((OTHER_DATE, _("Another date and time (below)")))
        self.fields["when"].choices = choices
        self.fields["when"].initial = "1"
        self.fields["organisation"] = forms.ModelChoiceField(
            label=_("Organisation"),
            queryset=Organisation.objects.order_by("name"),
            required=False,
            empty_label=_("A new organisation, made from this request"),
            help_text=_("Choose one we know only when it is really the same organisation."),
        )
        self.suggested_organisations = list(
            Organisation.objects.filter(
                Q(slug=slugify(booking.organisation_name)[:100])
                | Q(name__iexact=booking.organisation_name.strip())
                | (
                    Q(contact_email__iexact=booking.contact_email)
                    if booking.contact_email
                    else Q(pk__in=[])
                )
            ).order_by("name")[:5]
        )
        self.suggested_venues = []
        # A venue chosen in the request form is the venue; else the coordinator chooses.
        self.asks_venue = booking.venue_id is None
        if self.asks_venue:
            self.fields["venue"] = forms.ModelChoiceField(
                label=_("Venue"),
                queryset=Venue.objects.order_by("name"),
                required=False,
                empty_label=_("A new venue at the address in this request"),
                help_text=_("Choose one we know only when it is the same place."),
            )
            self.suggested_venues = list(
                Venue.objects.filter(postcode=booking.own_postcode)
                .filter(
                    Q(street__iexact=booking.own_address.strip())
                    | Q(name__iexact=booking.organisation_name.strip())
                )
                .order_by("name")[:5]
            )

    def clean(self):
        data = super().clean()
        when = data.get("when")
        if when == OTHER_DATE:
            chosen = data.get("other")
            if chosen is None and not self.has_error("other"):
                self.add_error("other", _("Give the date and time you agreed on."))
        elif when:
            chosen = self.booking.preferred_dates[int(when) - 1]
        else:
            chosen = None
        if chosen is not None and chosen <= timezone.now():
            field = "other" if when == OTHER_DATE else "when"
            self.add_error(field, _("This moment has passed: choose another date."))
        data["starts_at"] = chosen
        return data

    def plan(self) -> None:
        """Plan the request as chosen on this form (after is_valid())."""
        data = self.cleaned_data
        services.plan_request(
            request_id=self.booking.pk,
            starts_at=data["starts_at"],
            organisation_id=data["organisation"].pk if data.get("organisation") else None,
            venue_id=data["venue"].pk if data.get("venue") else None,
        )


def language_name(name: str) -> str:
    """A language's name inside a sentence: "Nederlands" in Dutch, "néerlandais" in French."""
    return name.lower() if (translation.get_language() or "").startswith("fr") else name


class BookingRequestAdminForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "decline_reason" in self.fields and self.instance.pk:
            # It goes to the organisation exactly as typed: in their language, not ours.
            self.fields["decline_reason"].help_text = _(
                "The organisation reads this as you type it, in its e-mail and on its page: "
                "write it in %(language)s. It is sent when you save."
            ) % {"language": language_name(self.instance.get_language_display())}

    def clean(self):
        data = super().clean()
        status = data.get("status")
        if status == BookingRequest.Status.DECLINED and not data.get("decline_reason", "").strip():
            self.add_error(
                "decline_reason", _("Tell the organisation why: they read it on their page.")
            )
        if status in (BookingRequest.Status.PLANNED, BookingRequest.Status.HELD) and not (
            data.get("session")
        ):
            self.add_error(
                "status",
                _("A request is planned with the action “Plan”, which makes its session."),
            )
        return data


@admin.register(BookingRequest)
class BookingRequestAdmin(CheckboxListsMixin, admin.ModelAdmin):
    form = BookingRequestAdminForm
    list_display = ["organisation_name", "status", "preferred_1", "expected_parents", "created_at"]
    list_filter = ["status", "works_with_vulnerable_groups", "language", "audience"]
    search_fields = ["organisation_name", "contact_name", "own_municipality"]
    autocomplete_fields = ["venue"]
    raw_id_fields = ["session"]
    readonly_fields = ["follow_up_link", "messages_list"]
    actions = ["plan"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.status == BookingRequest.Status.DECLINED:
            services.record_declined(obj)
            audit.record(request, audit.Action.DECLINE_REQUEST, obj)
        elif "status" in form.changed_data and obj.status == BookingRequest.Status.HELD:
            services.record_closed(obj)

    @admin.display(description=_("messages it caused"))
    def messages_list(self, obj):
        if not obj.pk:
            return "—"
        return messages_caused([f"request:{obj.pk}"])

    def get_urls(self):
        own = [
            path(
                "<int:pk>/plan/",
                self.admin_site.admin_view(self.plan_one),
                name="trainings_bookingrequest_plan",
            )
        ]
        return own + super().get_urls()

    def plan_one(self, request, pk: int):
        """The "Plan" button on a request's own page: the plan action, for this one."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        response = self.plan(request, BookingRequest.objects.filter(pk=pk))
        if response is not None:
            return response
        return redirect("admin:trainings_bookingrequest_change", pk)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The way to plan, where a coordinator looks for it (not the raw status field).
        context["plan_url"] = (
            reverse("admin:trainings_bookingrequest_plan", args=[obj.pk])
            if obj is not None and obj.status == BookingRequest.Status.RECEIVED
            else ""
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description=_("the organisation's private page"))
    def follow_up_link(self, obj):
        # Its code is stored only as a keyed hash: nobody but the organisation can open it.
        return _("Only the organisation has its link (sent by e-mail); we keep no copy.")

    @admin.action(
        description=_("Plan: choose the date, and make the closed session"),
        permissions=["change"],
    )
    def plan(self, request, queryset):
        """First a page to choose each request's date; planned once that page is sent."""
        bookings = list(
            queryset.filter(status=BookingRequest.Status.RECEIVED)
            .select_related("venue")
            .prefetch_related("modules")
            .order_by("created_at", "pk")
        )
        skipped = queryset.count() - len(bookings)
        confirmed = request.POST.get("plan_confirmed") == "yes"
        forms_ = [PlanForm(request.POST if confirmed else None, booking=b) for b in bookings]
        if bookings and not (confirmed and all(form.is_valid() for form in forms_)):
            return TemplateResponse(
                request,
                "admin/trainings/plan_request.html",
                {
                    **self.admin_site.each_context(request),
                    "title": ngettext("Plan the request", "Plan these requests", len(bookings)),
                    "opts": self.model._meta,
                    "plans": forms_,
                    "skipped": skipped,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
                status=400 if confirmed else 200,
            )
        planned = 0
        for form in forms_:
            form.plan()
            audit.record(request, audit.Action.PLAN_REQUEST, form.booking)
            planned += 1
        if planned:
            self.message_user(
                request,
                ngettext(
                    "%d request planned: see its session to change date, venue or seats.",
                    "%d requests planned: see their sessions to change date, venue or seats.",
                    planned,
                )
                % planned,
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%d request was not planned: only requests with status “received” can be.",
                    "%d requests were not planned: only requests with status “received” can be.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )
