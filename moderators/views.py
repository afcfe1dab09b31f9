"""The moderators' own space: their sessions, answers, reports, calendar and certifications.

Every query starts from the logged-in moderator (`request.moderator`), so another
moderator's session, participants or report answer 404 whatever id is put in the URL
or a form. Views parse, call one service, render.
"""

from __future__ import annotations

from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy, translate_url
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts import audit
from accounts.otp import second_factor_redirect
from moderators import calendar, forms, services
from moderators import messages as moderator_messages
from moderators.models import (
    Assignment,
    AttendanceReport,
    Certification,
    Moderator,
    TrainingEvent,
    new_calendar_token,
)
from modules.models import Module
from trainings.models import BookingRequest, Registration, TrainingSession
from veiligonline.lib import antibot, limits
from veiligonline.lib.private_pages import mark_private

PARTICIPANTS_DAYS_BEFORE = 7


def moderator_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("moderators:login"))
        if (second_step := second_factor_redirect(request)) is not None:
            return second_step  # the code from the app (or set it up), as in the admin
        moderator = (
            Moderator.objects.filter(user=request.user, is_active=True)
            .select_related("user")
            .first()
        )
        if moderator is None:
            raise Http404  # a coordinator's login has no moderator space
        request.moderator = moderator
        # One moderator's sessions and participants: no cache keeps it, no search engine.
        request.private_page = True
        return mark_private(view(request, *args, **kwargs))

    return wrapper


def _assignments(moderator: Moderator):
    return (
        Assignment.objects.filter(moderator=moderator, status__in=Assignment.ACTIVE)
        .select_related("session__venue", "session__attendance_report")
        .prefetch_related(Prefetch("session__modules", queryset=Module.objects.order_by("number")))
    )


def _own(request, pk: int) -> Assignment:
    return get_object_or_404(_assignments(request.moderator), session_id=pk)


@require_safe
@moderator_required
def home(request):
    now = timezone.now()
    assignments = list(_assignments(request.moderator).order_by("session__starts_at"))
    for assignment in assignments:
        session = assignment.session
        assignment.has_report = _report(session) is not None
        # Only a session that is over, that this moderator led and that took place
        # waits for a report; a session still to come or running does not.
        assignment.report_due = (
            session.ends_at < now
            and assignment.status == Assignment.Status.ACCEPTED
            and session.status != TrainingSession.Status.CANCELLED
            and not assignment.has_report
        )
    upcoming = [a for a in assignments if a.session.ends_at >= now]
    past = [a for a in reversed(assignments) if a.session.ends_at < now]
    return render(
        request,
        "moderators/home.html",
        {
            "moderator": request.moderator,
            "invited": [a for a in upcoming if a.status == Assignment.Status.INVITED],
            "upcoming": [a for a in upcoming if a.status == Assignment.Status.ACCEPTED],
            "past": past,
            "now": now,
        },
    )


def _report(session: TrainingSession) -> AttendanceReport | None:
    try:
        return session.attendance_report
    except AttendanceReport.DoesNotExist:
        return None


def participants_visible(assignment: Assignment, now=None) -> bool:
    """From a week before the session until the report is filed, for who accepted it."""
    now = now or timezone.now()
    session = assignment.session
    return (
        assignment.status == Assignment.Status.ACCEPTED
        and session.status != TrainingSession.Status.CANCELLED
        and now >= session.starts_at - timedelta(days=PARTICIPANTS_DAYS_BEFORE)
        and _report(session) is None
    )


@require_safe
@moderator_required
def session_detail(request, pk: int):
    assignment = _own(request, pk)
    session = assignment.session
    booking = BookingRequest.objects.filter(session=session).first()
    organisation = session.organisation
    participants = []
    show_participants = participants_visible(assignment)
    if show_participants:
        participants = [
            {
                # First names only: the moderator greets people, never contacts them.
                "first_name": (registration.name.split() or [""])[0],
                "adults": registration.adults,
                "childcare_ages": registration.childcare_ages,
                "needs": registration.needs,
            }
            for registration in session.registrations.filter(
                status=Registration.Status.CONFIRMED
            ).only("name", "adults", "childcare_ages", "needs")
        ]
    if booking:
        contact = (booking.contact_name, booking.contact_phone)
        expected = booking.expected_parents
    else:
        contact = (organisation.contact_name, organisation.contact_phone) if organisation else None
        expected = session.seats_taken
    report = _report(session)
    return render(
        request,
        "moderators/session_detail.html",
        {
            "assignment": assignment,
            "session": session,
            "co_moderators": session.assignments.filter(status=Assignment.Status.ACCEPTED)
            .exclude(pk=assignment.pk)
            .select_related("moderator"),
            "contact": contact if contact and any(contact) else None,
            "expected": expected,
            "show_participants": show_participants,
            "participants": participants,
            "report": report,
            "can_report": assignment.status == Assignment.Status.ACCEPTED
            and session.starts_at <= timezone.now()
            and session.status != TrainingSession.Status.CANCELLED,
            "decline_form": forms.DeclineForm(),
        },
    )


def _refused(request, error: services.Refused) -> None:
    messages.error(request, " ".join(error.reasons))


@require_POST
@moderator_required
def accept(request, pk: int):
    _own(request, pk)
    try:
        assignment = services.accept(moderator_id=request.moderator.pk, session_id=pk)
    except Assignment.DoesNotExist:
        raise Http404 from None
    except services.Refused as error:
        _refused(request, error)
    else:
        # We cannot put it in their calendar ourselves: say how, with the file's link.
        messages.success(
            request,
            format_html(
                '{} <a href="{}" download>{}</a>',
                _("Thank you: you lead this session.")
                if assignment.role == Assignment.Role.LEAD
                else _("Thank you: you co-lead this session."),
                reverse("moderators:calendar", args=[pk]),
                _("Add it to your calendar (.ics file)"),
            ),
        )
    return redirect("moderators:session", pk=pk)


@require_http_methods(["GET", "HEAD", "POST"])
@moderator_required
def decline(request, pk: int):
    assignment = _own(request, pk)
    if assignment.status != Assignment.Status.INVITED:
        return redirect("moderators:session", pk=pk)
    form = forms.DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decline(
                moderator_id=request.moderator.pk, session_id=pk, reason=form.cleaned_data["reason"]
            )
        except Assignment.DoesNotExist:
            raise Http404 from None
        messages.success(request, _("You declined. Thank you for letting us know."))
        return redirect("moderators:home")
    return render(
        request,
        "moderators/decline.html",
        {"assignment": assignment, "session": assignment.session, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()
@moderator_required
def report(request, pk: int):
    assignment = _own(request, pk)
    session = assignment.session
    if assignment.status != Assignment.Status.ACCEPTED:
        raise Http404
    existing = _report(session)
    if session.starts_at > timezone.now() or session.status == TrainingSession.Status.CANCELLED:
        messages.info(request, _("The report can be filed once the session has started."))
        return redirect("moderators:session", pk=pk)
    locked = existing is not None and not existing.can_be_corrected()
    initial = (
        {name: getattr(existing, name) for name in (*services.REPORT_FIELDS, "notes")}
        if existing
        else None
    )
    form = forms.ReportForm(
        request.POST or None,
        initial=initial,
        childcare=session.childcare,
        capacity=session.capacity,
    )
    if request.method == "POST" and not locked and form.is_valid():
        try:
            services.file_report(
                moderator_id=request.moderator.pk, session_id=session.pk, **form.cleaned_data
            )
        except services.Refused as error:
            _refused(request, error)
        else:
            messages.success(
                request,
                _("Thank you: your report is saved and the session is marked as held.")
                if existing is None
                else _("Thank you: your corrections are saved."),
            )
            return redirect("moderators:session", pk=pk)
    return render(
        request,
        "moderators/report.html",
        {"session": session, "form": form, "report": existing, "locked": locked},
        status=400 if request.method == "POST" and form.errors else 200,
    )


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Private to this moderator: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@moderator_required
def session_calendar(request, pk: int):
    assignment = _own(request, pk)
    return _ics(calendar.calendar_for([assignment]), f"veiligonline-{pk}.ics")


@require_safe
@limits.private_link  # like every private link: one address cannot walk through tokens
def feed(request, token: str):
    """The private calendar feed: the unguessable token is the only key (calendar apps
    cannot log in). Resetting it makes the old address answer 404."""
    moderator = get_object_or_404(
        Moderator.objects.filter(is_active=True, user__is_active=True), calendar_token=token
    )
    since = timezone.now() - timedelta(days=90)
    assignments = _assignments(moderator).filter(session__ends_at__gte=since)
    return mark_private(_ics(calendar.calendar_for(list(assignments)), "veiligonline.ics"))


@require_POST
@moderator_required
def reset_feed(request):
    Moderator.objects.filter(pk=request.moderator.pk).update(calendar_token=new_calendar_token())
    messages.success(
        request,
        _("Your calendar has a new address. The old one no longer works: add the new one."),
    )
    return redirect("moderators:certifications")


@require_safe
@moderator_required
def certifications(request):
    moderator = request.moderator
    today = timezone.localdate()
    grants = list(
        Certification.objects.filter(moderator=moderator).select_related("module", "event")
    )
    for grant in grants:
        grant.expired = grant.expires_on < today
        grant.expires_soon = not grant.expired and grant.expires_on <= today + timedelta(days=60)
    return render(
        request,
        "moderators/certifications.html",
        {
            "moderator": moderator,
            "certifications": grants,
            "events_to_come": TrainingEvent.objects.filter(starts_at__gte=timezone.now())
            .prefetch_related("covered__module")
            .order_by("starts_at"),
            "attended": TrainingEvent.objects.filter(
                attendance__moderator=moderator, attendance__confirmed_at__isnull=False
            ).order_by("-starts_at"),
            "feed_url": request.build_absolute_uri(
                reverse("moderators:feed", kwargs={"token": moderator.calendar_token})
            ),
        },
    )


class LoginView(auth_views.LoginView):
    template_name = "moderators/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True

    def get_success_url(self):
        user = self.request.user
        language = getattr(user, "language", None) or translation.get_language()
        next_url = self.get_redirect_url()
        if next_url:
            return translate_url(next_url, language)
        with translation.override(language):
            return reverse("moderators:home")


class LogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("moderators:login")


@require_http_methods(["GET", "HEAD", "POST"])
def password_reset(request):
    form = forms.PasswordResetForm(request.POST or None)
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip()
        bot = antibot.verdict(request, "password-reset")
        if bot is antibot.Verdict.HONEYPOT:
            # Only a script fills the hidden field: the neutral reply, and no message sent.
            return redirect("moderators:password_reset_sent")
        if bot is not antibot.Verdict.PERSON:
            # Too fast or stale: a moderator whose browser filled in the address and who
            # pressed Enter within seconds is a person too. Never pretend to have sent:
            # show the form again, address kept, and ask to send it again (as the
            # registration form does).
            form.add_error(None, antibot.TRY_AGAIN)
        else:
            address_over, contact_over = limits.check(request, "password-reset", contacts=[email])
            if address_over:
                form.add_error(None, limits.message())
                status = 429
            elif contact_over:
                # Asked for too often, perhaps by a stranger: the same answer, nothing sent,
                # so that no one can show a moderator a refusal.
                return redirect("moderators:password_reset_sent")
    if request.method == "POST" and form.is_valid():
        moderator = (
            Moderator.objects.active()
            .filter(user__email__iexact=form.cleaned_data["email"].strip())
            .select_related("user")
            .first()
        )
        if moderator is not None:
            moderator_messages.send_password_reset(moderator)
            audit.record(moderator.user, audit.Action.PASSWORD_RESET_REQUESTED)
        # The same answer for every address: the page tells no one who is a moderator.
        return redirect("moderators:password_reset_sent")
    return render(request, "moderators/password_reset.html", {"form": form}, status=status)


@require_safe
def password_reset_sent(request):
    return render(request, "moderators/password_reset_sent.html")


class SetPasswordView(auth_views.PasswordResetConfirmView):
    template_name = "moderators/set_password.html"
    form_class = forms.SetPasswordForm
    post_reset_login = True
    success_url = reverse_lazy("moderators:home")

    @property
    def reset_url_token(self):
        # Django puts this word in the address in place of the token; the rest of the
        # address is in the reader's language, so is this word.
        return _("set-password")

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.record(form.user, audit.Action.PASSWORD_RESET_DONE)
        messages.success(self.request, _("Your password is set. Welcome to your space."))
        with translation.override(form.user.language):
            response["Location"] = reverse("moderators:home")
        return response
