"""The outbox for coordinators: find a message, read what it says, send it again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from outbox import kinds
from outbox.delivery import deliver
from outbox.models import Message
from outbox.tasks import deliver_message
from tests.accounts.helpers import login_verified
from tests.outbox.conftest import PROBE, probe_context

CHANGELIST = reverse("admin:outbox_message_changelist")


@pytest.fixture
def coordinator_role(client, django_user_model):
    """A coordinator as the portal makes them: staff, in the coordinator group."""
    user = django_user_model.objects.create_user(
        username="an", password="a long test password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="coordinator"))
    return login_verified(client, user)


@pytest.fixture
def viewer(client, django_user_model):
    """Someone who may read the outbox, not act on it."""
    user = django_user_model.objects.create_user(
        username="viewer", password="a long test password", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_message"))
    return login_verified(client, user)


@pytest.fixture
def other_kind(probe_kind, monkeypatch):
    kind = kinds.Kind(
        name="outbox_other", label="Other", template="outbox_probe/probe", context=probe_context
    )
    monkeypatch.setitem(kinds._KINDS, kind.name, kind)
    return kind


@pytest.fixture
def a_failed_message(probe, settings):
    settings.EMAIL_BACKEND = "tests.outbox.backends.RefusingEmailBackend"
    settings.OUTBOX_MAX_ATTEMPTS = 1
    message = probe(address="grootmoeder@example.org")
    deliver_message.delay(message.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message.refresh_from_db()
    assert message.status == Message.Status.FAILED
    return message


def listed(response) -> set[int]:
    assert response.status_code == 200
    return {message.pk for message in response.context["cl"].result_list}


def test_the_outbox_filters_by_kind_channel_status_and_date(
    coordinator, probe, other_kind, person, a_failed_message
):
    email = probe()
    deliver(email.pk)
    text = probe(channel="sms", address="+32470999888")
    other = probe(key="other")
    Message.objects.filter(pk=other.pk).update(
        kind="outbox_other", created_at=timezone.now() - timedelta(days=40)
    )
    everything = {email.pk, text.pk, other.pk, a_failed_message.pk}

    assert listed(coordinator.get(CHANGELIST)) == everything
    assert listed(coordinator.get(CHANGELIST, {"kind": PROBE})) == everything - {other.pk}
    assert listed(coordinator.get(CHANGELIST, {"kind": "outbox_other"})) == {other.pk}
    assert listed(coordinator.get(CHANGELIST, {"channel__exact": "sms"})) == {text.pk}
    assert listed(coordinator.get(CHANGELIST, {"status__exact": "failed"})) == {a_failed_message.pk}
    assert listed(coordinator.get(CHANGELIST, {"status__exact": "sent"})) == {email.pk}
    # The date filter's "past 7 days", as its link gives it.
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    past_week = {
        "created_at__gte": str(today - timedelta(days=7)),
        "created_at__lt": str(today + timedelta(days=1)),
    }
    assert listed(coordinator.get(CHANGELIST, past_week)) == everything - {other.pk}
    page = coordinator.get(CHANGELIST, {"kind": "outbox_other"}).content.decode()
    assert "Other" in page  # the kind's label, not its code


def test_the_outbox_has_no_search_by_address(coordinator, probe, a_failed_message):
    """A search is a GET: an address typed there would stand in the URL and the logs.
    A person's messages are found in "A person's data" (a POST) instead."""
    probe(channel="sms", address="+32470999888")
    page = coordinator.get(CHANGELIST, {"q": "+32470999888"})
    assert page.status_code == 200
    assert listed(page) == set()  # only a topic ("session:12") is searched, exactly
    assert listed(coordinator.get(CHANGELIST, {"q": "grootmoeder@example.org"})) == set()


def test_a_failed_message_shows_its_error_and_its_text(coordinator, a_failed_message):
    url = reverse("admin:outbox_message_change", args=[a_failed_message.pk])
    page = coordinator.get(url).content.decode()

    assert "SMTPServerDisconnected: Connection unexpectedly closed" in page
    # Not sent, so the text is rendered now, as it would be sent.
    assert "Dag Lieve" in page
    assert f"http://127.0.0.1:8000/probe/{a_failed_message.pk}" in page
    # A record, not a form: nothing to save or delete.
    assert 'name="_save"' not in page
    assert "deletelink" not in page


def test_a_sent_message_shows_the_text_as_it_was_sent(coordinator, probe, person):
    message = probe()
    deliver(message.pk)
    person.first_name = "Marie"  # what the text says now no longer matters
    person.save()

    page = coordinator.get(reverse("admin:outbox_message_change", args=[message.pk]))

    assert "Dag Lieve" in page.content.decode()
    assert "Marie" not in page.content.decode()


def test_a_message_whose_template_is_broken_still_opens(coordinator, probe, settings):
    message = probe()
    Message.objects.filter(pk=message.pk).update(kind="no_such_kind")

    page = coordinator.get(reverse("admin:outbox_message_change", args=[message.pk]))

    assert page.status_code == 200
    assert "LookupError" in page.content.decode()


def test_send_again_sends_and_is_logged(
    coordinator_role, a_failed_message, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_role.post(
            CHANGELIST,
            {"action": "send_again", "_selected_action": [a_failed_message.pk], "index": 0},
            follow=True,
        )

    assert response.status_code == 200
    a_failed_message.refresh_from_db()
    assert a_failed_message.status == Message.Status.SENT
    assert a_failed_message.resends == 1
    assert [mail.to for mail in mailoutbox] == [["grootmoeder@example.org"]]
    assert "1 bericht staat klaar om opnieuw te versturen." in response.content.decode()
    [entry] = LogEntry.objects.filter(object_id=str(a_failed_message.pk))
    assert entry.action_flag == CHANGE
    assert entry.user.username == "an"
    assert entry.change_message == "Klaargezet om opnieuw te versturen"  # in their language


def test_send_again_is_refused_to_someone_who_may_only_look(
    viewer, a_failed_message, mailoutbox, django_capture_on_commit_callbacks
):
    page = viewer.get(CHANGELIST)
    assert a_failed_message.pk in listed(page)  # may look
    assert 'value="send_again"' not in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        viewer.post(
            CHANGELIST,
            {"action": "send_again", "_selected_action": [a_failed_message.pk], "index": 0},
        )

    a_failed_message.refresh_from_db()
    assert a_failed_message.status == Message.Status.FAILED
    assert mailoutbox == []
    assert not LogEntry.objects.exists()


def test_nobody_adds_or_deletes_messages(coordinator, a_failed_message):
    assert coordinator.get(reverse("admin:outbox_message_add")).status_code == 403
    coordinator.post(
        reverse("admin:outbox_message_delete", args=[a_failed_message.pk]), {"post": "yes"}
    )
    assert Message.objects.filter(pk=a_failed_message.pk).exists()


def test_the_changelist_costs_the_same_queries_for_many_messages(
    coordinator, probe, django_assert_max_num_queries
):
    for _ in range(5):
        probe()
    with django_assert_max_num_queries(12) as few:
        coordinator.get(CHANGELIST)
    for _ in range(45):
        probe()
    with django_assert_max_num_queries(len(few.captured_queries)):
        coordinator.get(CHANGELIST)
