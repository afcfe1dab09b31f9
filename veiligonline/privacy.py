"""A person's data on request (GDPR articles 15 and 17), for coordinators in the admin.

A coordinator types the e-mail address or mobile number a person gave (normalised as the
public forms do), sees every record that holds it, exports them as JSON for an access
request, or erases them:

- registrations are cancelled through `trainings.services.cancel` (the waiting list moves
  up) and their details cleared (`erase_registration`): the seats and status stay, so the
  session's counts and attendance figures stay true;
- booking requests lose their contact person and notes (`anonymise_request`);
- messages to that address lose address and texts; unsent ones are not sent.

Other apps that come to hold a person's contact (survey invitations) add a `Holder` to
`HOLDERS`: how to find, describe and erase what they keep.

The contact travels only in POST bodies (never in a URL, so never in a log line), the
views hide it from error reports, and each export and erasure is written to the audit
trail (who, when, which rows: never the contact itself).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.decorators import permission_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from accounts import audit
from outbox.models import Message
from trainings import services
from trainings.forms import normalise_phone
from trainings.models import BookingRequest, Organisation, Registration
from veiligonline.lib.private_pages import mark_private

PERMISSION = "trainings.change_registration"


def normalise(contact: str) -> tuple[str, str]:
    """(e-mail, phone) as the forms store them: one of the two is empty."""
    contact = (contact or "").strip()
    if "@" in contact:
        return contact.lower(), ""
    return "", normalise_phone(contact)


@dataclass
class Holder:
    """Somewhere a person's contact is kept, beyond the trainings' own records."""

    label: object
    find: Callable[[str, str], list]  # (email, phone) -> rows
    describe: Callable[[object], dict]  # row -> what the export shows
    erase: Callable[[object], None]


# Survey invitations (surveys app) register here when they exist.
HOLDERS: list[Holder] = []


@dataclass
class Found:
    email: str
    phone: str
    registrations: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    others: list = field(default_factory=list)  # (holder, rows)

    @property
    def empty(self) -> bool:
        return not (
            self.registrations
            or self.requests
            or self.organisations
            or self.messages
            or any(rows for _holder, rows in self.others)
        )

    def objects(self) -> list:
        return [*self.registrations, *self.requests, *self.organisations, *self.messages]


def _match(email: str, phone: str, email_field: str, phone_field: str) -> Q:
    match = Q(pk__in=[])
    if email:
        match |= Q(**{f"{email_field}__iexact": email})
    if phone:
        match |= Q(**{phone_field: phone})
    return match


def find(contact: str) -> Found:
    email, phone = normalise(contact)
    found = Found(email=email, phone=phone)
    if not (email or phone):
        return found
    found.registrations = list(
        Registration.objects.filter(_match(email, phone, "email", "phone"))
        .select_related("session__venue")
        .order_by("created_at")
    )
    found.requests = list(
        BookingRequest.objects.filter(_match(email, phone, "contact_email", "contact_phone"))
    )
    found.organisations = list(
        Organisation.objects.filter(_match(email, phone, "contact_email", "contact_phone"))
    )
    found.messages = list(
        Message.objects.filter(address__iexact=email or phone).order_by("created_at")
    )
    found.others = [(holder, holder.find(email, phone)) for holder in HOLDERS]
    return found


def _when(value):
    return value.isoformat() if value else None


def export(found: Found) -> dict:
    """Everything we hold about the person, as they would read it."""
    return {
        "exported_at": timezone.now().isoformat(),
        "registrations": [
            {
                "session_starts": _when(r.session.starts_at),
                "venue": str(r.session.venue),
                "status": r.status,
                "name": r.name,
                "email": r.email,
                "phone": r.phone,
                "adults": r.adults,
                "childcare_ages": r.childcare_ages,
                "needs": r.needs,
                "language": r.language,
                "consent": r.consent,
                "reminders": r.reminders,
                "registered": _when(r.created_at),
                "cancelled": _when(r.cancelled_at),
            }
            for r in found.registrations
        ],
        "booking_requests": [
            {
                "organisation": b.organisation_name,
                "status": b.status,
                "contact_name": b.contact_name,
                "contact_email": b.contact_email,
                "contact_phone": b.contact_phone,
                "preferred_dates": [_when(d) for d in b.preferred_dates],
                "expected_parents": b.expected_parents,
                "notes": b.notes,
                "received": _when(b.created_at),
            }
            for b in found.requests
        ],
        "organisations": [
            {
                "name": o.name,
                "contact_name": o.contact_name,
                "contact_email": o.contact_email,
                "contact_phone": o.contact_phone,
            }
            for o in found.organisations
        ],
        "messages": [
            {
                "kind": str(m.kind_label),
                "channel": m.channel,
                "address": m.address,
                "status": m.status,
                "recorded": _when(m.created_at),
                "sent": _when(m.sent_at),
                "subject": m.sent_subject,
                "text": m.sent_text,
            }
            for m in found.messages
        ],
        **{
            str(holder.label): [holder.describe(row) for row in rows]
            for holder, rows in found.others
        },
    }


def erase(found: Found) -> dict:
    """Erase what `find` found; returns counts (no personal data) for the coordinator."""
    counts = {"registrations": 0, "requests": 0, "organisations": 0, "messages": 0}
    for registration in found.registrations:
        if registration.erased_at is None:
            services.erase_registration(registration_id=registration.pk)
            counts["registrations"] += 1
    for booking in found.requests:
        services.anonymise_request(request_id=booking.pk)
        counts["requests"] += 1
    if found.organisations:
        counts["organisations"] = Organisation.objects.filter(
            pk__in=[o.pk for o in found.organisations]
        ).update(contact_name="", contact_email="", contact_phone="")
    # Messages to the address about something else (the lost-links message, a tip sheet).
    remaining = Message.objects.filter(pk__in=[m.pk for m in found.messages])
    remaining.filter(status=Message.Status.QUEUED).update(status=Message.Status.CANCELLED)
    remaining.exclude(address="").update(address="", sent_subject="", sent_text="", context={})
    counts["messages"] = len(found.messages)
    for holder, rows in found.others:
        for row in rows:
            holder.erase(row)
    return counts


class PersonForm(forms.Form):
    contact = forms.CharField(
        label=_("E-mail address or mobile number"),
        max_length=254,
        help_text=_("As the person gave it; a number may be typed with spaces or dots."),
    )


class EraseForm(PersonForm):
    confirm = forms.BooleanField(
        label=_("I checked that this request comes from the person themselves."),
        required=True,
    )


def _context(request, **extra) -> dict:
    return admin.site.each_context(request) | {"title": _("A person's data")} | extra


@sensitive_variables("contact", "found")
@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def person(request):
    """Find a person's records (POST: the contact never goes into the URL)."""
    form = PersonForm(request.POST or None)
    found = None
    if request.method == "POST" and form.is_valid():
        contact = form.cleaned_data["contact"]
        found = find(contact)
    response = render(
        request,
        "admin/privacy/person.html",
        _context(
            request,
            form=form,
            found=found,
            erase_form=EraseForm(initial={"contact": request.POST.get("contact", "")}),
        ),
    )
    return mark_private(response)


@sensitive_variables("contact", "found")
@sensitive_post_parameters()
@never_cache
@require_http_methods(["POST"])
def export_person(request):
    form = PersonForm(request.POST)
    if not form.is_valid():
        return redirect("privacy:person")
    found = find(form.cleaned_data["contact"])
    audit.record(request, audit.Action.ACCESS_EXPORT, found.objects() or None)
    response = HttpResponse(
        json.dumps(export(found), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    # A name that says nothing about the person: the file may sit in a downloads folder.
    response["Content-Disposition"] = (
        f'attachment; filename="veiligonline-access-request-{timezone.localdate()}.json"'
    )
    return mark_private(response)


@sensitive_variables("contact", "found")
@sensitive_post_parameters()
@never_cache
@require_http_methods(["POST"])
def erase_person(request):
    form = EraseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick the box to confirm, then erase again."))
        return redirect("privacy:person")
    found = find(form.cleaned_data["contact"])
    # The trail names the rows before they lose their details (it never holds the contact).
    audit.record(request, audit.Action.ERASE, found.objects() or None)
    counts = erase(found)
    # Each count with its own plural ("1 request", "2 requests"), in one sentence.
    registrations, requests, sent = counts["registrations"], counts["requests"], counts["messages"]
    erased = [
        ngettext("%(count)d registration", "%(count)d registrations", registrations)
        % {"count": registrations},
        ngettext("%(count)d request", "%(count)d requests", requests) % {"count": requests},
        ngettext("%(count)d message", "%(count)d messages", sent) % {"count": sent},
    ]
    messages.success(request, _("Erased: %(what)s.") % {"what": ", ".join(erased)})
    return redirect("privacy:person")


@sensitive_variables("contact", "found")
@sensitive_post_parameters()
@never_cache
@require_http_methods(["POST"])
def cancel_for_person(request):
    """A parent who calls to cancel: found by their contact (in the POST, as above), one of
    their registrations cancelled through the services (the waiting list moves up)."""
    form = PersonForm(request.POST)
    if not form.is_valid():
        return redirect("privacy:person")
    found = find(form.cleaned_data["contact"])
    wanted = request.POST.get("registration", "")
    registration = next((r for r in found.registrations if str(r.pk) == wanted), None)
    if registration is not None and registration.can_cancel:
        services.cancel(registration_id=registration.pk)
        audit.record(request, audit.Action.CANCEL_REGISTRATION, registration)
        messages.success(request, _("The registration is cancelled; they get a message."))
        found = find(form.cleaned_data["contact"])
    else:
        messages.error(request, _("This registration cannot be cancelled (any more)."))
    response = render(
        request,
        "admin/privacy/person.html",
        _context(request, form=form, found=found),
    )
    return mark_private(response)


def _guarded(view):
    # admin_view: a staff login with its second factor (accounts.middleware covers
    # /admin/); the permission: a view-only account reads no one's data here.
    return admin.site.admin_view(permission_required(PERMISSION, raise_exception=True)(view))


app_name = "privacy"
urlpatterns = [
    path("", _guarded(person), name="person"),
    path("export/", _guarded(export_person), name="export"),
    path("erase/", _guarded(erase_person), name="erase"),
    path("cancel/", _guarded(cancel_for_person), name="cancel"),
]
