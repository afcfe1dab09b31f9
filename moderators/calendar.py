"""Calendar files for moderators: one session, or the private feed of all their sessions."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from moderators.models import Assignment
from trainings.calendar import absolute


def calendar_for(assignments: list[Assignment]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Veilig Online//moderators//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Veilig Online sessions"))
    stamp = timezone.now()
    for assignment in assignments:
        session = assignment.session
        venue = session.venue
        url = absolute(reverse("moderators:session", kwargs={"pk": session.pk}))
        event = Event()
        # Its own UID, not the parents' one: a moderator may also have a parent's file.
        event.add("uid", f"moderator-session-{session.pk}@veiligonline.be")
        event.add("dtstamp", stamp)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        modules = ", ".join(module.title for module in session.modules.all())
        event.add("summary", _("Veilig Online session: %(modules)s") % {"modules": modules})
        event.add(
            "location", f"{venue.name}, {venue.street}, {venue.postcode} {venue.municipality}"
        )
        event.add("description", "\n".join(part for part in (session.practical, url) if part))
        event.add("url", url)
        if session.status == session.Status.CANCELLED:
            event.add("status", "CANCELLED")
        elif assignment.status == Assignment.Status.INVITED:
            event.add("status", "TENTATIVE")
        else:
            event.add("status", "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()
