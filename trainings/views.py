from __future__ import annotations

from datetime import datetime, time

import segno
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_safe

from modules.models import Module
from trainings import geo, services
from trainings.calendar import absolute, session_ics
from trainings.forms import (
    BookingRequestForm,
    LostLinkForm,
    RegistrationForm,
    SessionFilterForm,
)
from trainings.models import BookingRequest, Registration, TrainingSession
from trainings.places import official_names
from veiligonline.lib import antibot, limits
from veiligonline.lib.pagecache import public_page
from veiligonline.lib.private_pages import private_page

SESSIONS_PER_PAGE = 20


def upcoming_sessions():
    """Open sessions that parents can still register for, with what the list shows."""
    return (
        TrainingSession.objects.filter(
            is_open=True,
            status__in=[TrainingSession.Status.PLANNED, TrainingSession.Status.CONFIRMED],
            starts_at__gt=timezone.now(),
        )
        .select_related("venue")
        .prefetch_related("modules")
    )


def _filter(sessions, data):
    place = (data.get("place") or "").strip()
    origin = geo.locate(place) if place else None
    if place and origin is None:
        # Not a place on our map (a venue's own spelling of a hamlet): match the names.
        sessions = sessions.filter(
            Q(venue__municipality__icontains=place)
            | Q(venue__municipality__in=official_names(place))
            | Q(venue__postcode__startswith=place)
        )
    if data.get("province"):
        sessions = sessions.filter(venue__province=data["province"])
    if data.get("theme"):
        sessions = sessions.filter(modules__slug=data["theme"])
    if data.get("language"):
        sessions = sessions.filter(language=data["language"])
    if data.get("audience"):
        sessions = sessions.filter(audience=data["audience"])
    tz = timezone.get_current_timezone()
    if data.get("date_from"):
        sessions = sessions.filter(
            starts_at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz)
        )
    if data.get("date_to"):
        sessions = sessions.filter(
            starts_at__lte=datetime.combine(data["date_to"], time.max, tzinfo=tz)
        )
    if data.get("childcare"):
        sessions = sessions.filter(childcare=True)
    if origin is not None:
        # Nearest first by real distance, read a page at a time (trainings/geo.py); the
        # page's language first unless the parent chose a language.
        language = None if data.get("language") else (translation.get_language() or "nl")[:2]
        return geo.NearestFirst(sessions, origin, language_first=language)
    return sessions


@require_safe
@public_page(groups=("trainings",))
def session_list(request):
    modules = list(Module.objects.all())
    form = SessionFilterForm(request.GET or None, modules=modules)
    sessions = upcoming_sessions()
    near = unknown_place = ""
    language_first = False
    if form.is_bound and form.is_valid():
        sessions = _filter(sessions, form.cleaned_data)
        place = form.cleaned_data["place"].strip()
        near = place if isinstance(sessions, geo.NearestFirst) else ""
        unknown_place = "" if near else place
        # Without a language chosen, sessions in the page's language come first (geo.py).
        language_first = bool(near) and not form.cleaned_data.get("language")
    page = Paginator(sessions, SESSIONS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "trainings/session_list.html",
        {
            "form": form,
            "page": page,
            "filter_query": query.urlencode(),
            "near": near,
            "unknown_place": unknown_place,
            "language_first": language_first,
        },
    )


def _public_session(pk: int) -> TrainingSession:
    session = get_object_or_404(
        TrainingSession.objects.select_related("venue").prefetch_related("modules"), pk=pk
    )
    if not session.is_open:
        raise Http404
    return session


THANKS_KEY = "trainings_thanks"


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()  # a parent's name and contact: never in an error report
# The form's CSRF token and signed start time are put in fresh for each visitor.
@public_page(groups=("trainings",))
def session_detail(request, pk: int):
    return _registration_page(request, _public_session(pk), invited=False)


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()
@limits.private_link
@private_page
def invite(request, token: str):
    """A closed session's page, reached through the link its organisation shares."""
    session = get_object_or_404(
        TrainingSession.objects.select_related("venue").prefetch_related("modules"),
        invite_token=token,
    )
    return _registration_page(request, session, invited=True)


# What a parent typed (in `data`, `form`) never shows in an error report.
@sensitive_variables("data", "form")
def _registration_page(request, session: TrainingSession, *, invited: bool):
    form = RegistrationForm(request.POST or None, session=session)
    status = 200
    if request.method == "POST":
        if not session.accepts_registrations:
            form.add_error(None, _("This session no longer takes registrations."))
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            bot = antibot.verdict(request, "registration")
            if bot is antibot.Verdict.HONEYPOT:
                # The neutral reply a person gets; nothing is stored, nothing is sent.
                request.session[THANKS_KEY] = _typed(session, data, request, waiting=False)
                return redirect("trainings:thanks")
            if bot is not antibot.Verdict.PERSON:
                form.add_error(None, antibot.TRY_AGAIN)
                status = 400
            elif limits.exceeded(request, "registration", contacts=[data["email"], data["phone"]]):
                form.add_error(None, limits.message())
                status = 429
            else:
                status = _register(request, form, session, invited=invited)
                if status == 302:
                    return redirect("trainings:thanks")
        else:
            status = 400
    return render(
        request,
        "trainings/session_detail.html",
        {"session": session, "form": form, "invited": invited},
        status=status,
    )


def _typed(session: TrainingSession, data: dict, request, *, waiting: bool) -> dict:
    """What the parent typed, for the thank-you page (kept in the server-side session)."""
    return {
        "session": session.pk,
        "contact": data["email"] or request.POST.get("phone", "").strip(),
        "by_sms": not data["email"],
        "adults": data["adults"],
        "childcare_ages": data.get("childcare_ages", ""),
        "needs": data["needs"],
        "waiting": waiting,
    }


@sensitive_variables("data", "form")
def _register(request, form, session: TrainingSession, *, invited: bool) -> int:
    """Register through the service; 302 when done (the thank-you page), else the status."""
    data = form.cleaned_data
    try:
        outcome = services.register(
            session_id=session.pk,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            adults=data["adults"],
            childcare_ages=data.get("childcare_ages", ""),
            needs=data["needs"],
            language=request.LANGUAGE_CODE,
            consent=data["consent"],
            invited=invited,
        )
    except services.RegistrationRefused:
        form.add_error(None, _("This session no longer takes registrations."))
        return 400
    # The same reply whether the contact was new, already registered or refused by a
    # cap per contact (it holds places elsewhere): the page never tells a stranger who
    # is registered. The private link, or the reason for a refusal, goes to the address
    # or number itself (at most once an hour). What they typed travels in the
    # server-side session, not in the URL.
    request.session[THANKS_KEY] = _typed(session, data, request, waiting=not outcome.fits)
    return 302


@require_safe
@private_page
def thanks(request):
    """The neutral reply after registering; what was typed is shown once, then dropped."""
    typed = request.session.pop(THANKS_KEY, None)
    if not typed:
        return redirect("trainings:sessions")
    session = (
        TrainingSession.objects.select_related("venue")
        .prefetch_related("modules")
        .filter(pk=typed["session"])
        .first()
    )
    if session is None:
        return redirect("trainings:sessions")
    response = render(
        request,
        "trainings/thanks.html",
        {"session": session, "typed": typed, "help_line": settings.HELP_LINE},
    )
    # What the parent typed is on this page: no cache may keep it.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()
@private_page
def lost_link(request):
    """Send the private links again, to the address or number itself; a neutral reply."""
    form = LostLinkForm(request.POST or None)
    if request.method == "POST":
        # Each contact gets its links at most once an hour anyway (the message's key);
        # the limit stops one visitor from making us write to many people.
        bot = antibot.verdict(request, "lost-link")
        contact_over = False
        if bot is antibot.Verdict.STALE:
            form.add_error(None, antibot.TRY_AGAIN)
        elif bot is antibot.Verdict.PERSON:
            address_over, contact_over = limits.check(
                request, "lost-link", contacts=[request.POST.get("contact", "")]
            )
            if address_over:
                form.add_error(None, limits.message())
                return render(request, "trainings/lost_link.html", {"form": form}, status=429)
        if form.is_valid():
            # A contact asked for too often (perhaps by a stranger): the same reply, and
            # nothing sent; its owner is never shown a refusal someone else caused.
            if bot is antibot.Verdict.PERSON and not contact_over:
                services.send_lost_links(
                    contact=form.cleaned_data["contact"], language=request.LANGUAGE_CODE
                )
            # else a bot: the same neutral reply, and nothing sent.
            response = render(
                request,
                "trainings/lost_link.html",
                {
                    "form": None,
                    "sent_to": request.POST.get("contact", "").strip(),
                    "help_line": settings.HELP_LINE,
                },
            )
            response["Cache-Control"] = "no-store"
            return response
        return render(request, "trainings/lost_link.html", {"form": form}, status=400)
    return render(request, "trainings/lost_link.html", {"form": form})


@require_safe
def session_calendar(request, pk: int):
    session = _public_session(pk)
    path = reverse("trainings:session", kwargs={"pk": session.pk})
    response = HttpResponse(
        session_ics(session, url=absolute(path)), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="veiligonline-{session.pk}.ics"'
    return response


def _registration(token: str) -> Registration:
    """The registration whose private link has this code (looked up by its keyed hash)."""
    registration = get_object_or_404(
        services.by_token(Registration.objects.select_related("session__venue"), token)
    )
    registration.token = token  # the page's own links (cancel, stop reminders) reuse it
    return registration


@require_safe
@limits.private_link
@private_page
def registration_detail(request, token: str):
    registration = _registration(token)
    return render(request, "trainings/registration.html", {"registration": registration})


@require_http_methods(["GET", "HEAD", "POST"])
@limits.private_link
@private_page
def registration_cancel(request, token: str):
    registration = _registration(token)
    if request.method == "POST":
        services.cancel(token=token)
        messages.success(
            request, _("Your registration is cancelled. Thank you for letting us know.")
        )
        return redirect("trainings:registration", token=token)
    session = registration.session
    freed = session.seats_left + (
        registration.adults if registration.status == Registration.Status.CONFIRMED else 0
    )
    # Only promise the place to someone waiting when that person fits in it.
    someone_waits = session.registrations.filter(
        status=Registration.Status.WAITING, adults__lte=freed
    ).exists()
    return render(
        request,
        "trainings/cancel.html",
        {"registration": registration, "someone_waits": someone_waits},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@limits.private_link
@private_page
def stop_reminders(request, token: str):
    """Stop the reminders with one click, no login. Confirmations and cancellations still go."""
    registration = _registration(token)
    done = False
    if request.method == "POST":
        registration = services.stop_reminders(token=token)
        registration.token = token
        done = True
    return render(
        request,
        "trainings/stop_reminders.html",
        {"registration": registration, "session": registration.session, "done": done},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()
def request_training(request):
    form = BookingRequestForm(request.POST or None)
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        bot = antibot.verdict(request, "request")
        if bot is not antibot.Verdict.PERSON:
            # No private page to show without storing the request: a gentle "send again".
            form.add_error(None, antibot.TRY_AGAIN)
        elif limits.exceeded(
            request,
            "request",
            contacts=[form.cleaned_data["contact_email"], form.cleaned_data["contact_phone"]],
        ):
            form.add_error(None, limits.message())
            status = 429
        else:
            booking = services.receive_request(form)
            return redirect("trainings:request", token=booking.token)
    return render(request, "trainings/request_form.html", {"form": form}, status=status)


def _booking(request, token: str, queryset):
    """The request whose private link has this code, or None with the page to answer."""
    booking = get_object_or_404(services.by_token(queryset, token))
    booking.token = token
    if booking.link_expired:
        # Some time after it was held or declined, the page closes (its data goes later,
        # see trainings.tasks.forget_closed_requests): a kind word, not a bare 404.
        return None, render(
            request,
            "trainings/link_expired.html",
            {
                "help_email": settings.HELP_EMAIL,
                "request_url": reverse("trainings:request_training"),
            },
            status=410,
        )
    return booking, None


@require_safe
@limits.private_link
@private_page
def request_detail(request, token: str):
    booking, expired = _booking(
        request,
        token,
        BookingRequest.objects.select_related("session__venue", "venue").prefetch_related(
            "modules"
        ),
    )
    if expired is not None:
        return expired
    waiting, invite_link = 0, ""
    if booking.session and booking.session.invite_token:
        invite_link = absolute(
            reverse("trainings:invite", kwargs={"token": booking.session.invite_token})
        )
    lead_name = ""
    if booking.session_id:
        # A count for the organisation, never who: seats taken are kept on the session.
        waiting = booking.session.registrations.filter(status=Registration.Status.WAITING).count()
        # The lead moderator, once they accepted (assignments belong to the moderators
        # app, which adds them to the session; read through the relation, not imported).
        assignments = getattr(booking.session, "assignments", None)
        if assignments is not None:
            lead = assignments.filter(role="lead", status="accepted").select_related("moderator")
            lead_name = next((assignment.moderator.name for assignment in lead[:1]), "")
    return render(
        request,
        "trainings/request_detail.html",
        {
            "booking": booking,
            "waiting": waiting,
            "invite_link": invite_link,
            "lead_name": lead_name,
        },
    )


@require_safe
@limits.private_link
@private_page
def flyer(request, token: str):
    """A printable A4 flyer for a closed session, in the session's language."""
    booking, expired = _booking(
        request,
        token,
        BookingRequest.objects.select_related("session__venue").prefetch_related(
            "session__modules"
        ),
    )
    if expired is not None:
        return expired
    session = booking.session
    if session is None or not session.invite_token:
        raise Http404
    with translation.override(session.language):
        # The link opens the registration page in the session's language too.
        link = absolute(reverse("trainings:invite", kwargs={"token": session.invite_token}))
        # The QR code as inline SVG: nothing to load, prints sharp at any size.
        qr = segno.make(link, error="m").svg_inline(
            scale=4, title=_("QR code: the link to register"), omitsize=True
        )
        response = render(
            request,
            "trainings/flyer.html",
            {
                "session": session,
                "link": link,
                "qr": mark_safe(qr),  # noqa: S308 - segno's own SVG of our own URL
                "help_line": settings.HELP_LINE,
                "flyer_language": session.language,
            },
        )
    return response
