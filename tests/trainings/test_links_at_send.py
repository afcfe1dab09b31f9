"""Private links are made when a message is SENT, never when it is recorded.

Tried as someone who reads the outbox table (a coordinator, a stolen backup) and as a
queue that delivers out of order: nothing in a waiting row opens anyone's page, and
after "I lost my link" exactly the link of the newest message sent still works.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from outbox import delivery
from outbox.admin import MessageAdmin
from outbox.models import Message
from tests.private_links import code_in
from trainings import services
from trainings.models import PrivateLink

pytestmark = pytest.mark.django_db


def opens(code: str) -> bool:
    with translation.override("nl"):
        path = reverse("trainings:registration", kwargs={"token": code})
    return Client().get(path).status_code == 200


def register(session, email="lea@example.org"):
    return services.register(
        session_id=session.pk, name="Lea", email=email, consent=True
    ).registration


def send(message: Message) -> str:
    """Deliver one message and return the code its e-mail carries."""
    assert delivery.deliver(message.pk) == "sent"
    return code_in(mail.outbox[-1].body, "nl")


def outbox_table() -> str:
    """Every column of every outbox row, as a dump of the table would hold them."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Message._meta.db_table}")  # noqa: S608 - our table name
        return "\n".join(repr(row) for row in cursor.fetchall())


@pytest.fixture
def session(make_session):
    return make_session(capacity=10)


@pytest.fixture
def three_waiting(session):
    """A confirmation, a "link again" (she registered twice) and a "lost links", all
    recorded, none sent yet."""
    registration = register(session)
    register(session)  # a known contact: her link again, at most once an hour
    services.send_lost_links(contact="lea@example.org", language="nl")
    kinds = ("registration_confirmed", "link_again", "lost_links")
    return registration, {kind: Message.objects.get(kind=kind) for kind in kinds}


def test_waiting_messages_hold_no_code_and_no_link_exists_yet(three_waiting):
    registration, _messages = three_waiting
    assert not registration.links.exists()  # nothing to open until something is sent
    assert all("secret" not in m.context for m in Message.objects.all())
    assert "secret" not in outbox_table()


def test_out_of_order_the_newest_replacing_message_sent_holds_the_link(three_waiting):
    registration, messages = three_waiting
    # The queue delivers "lost links" first, then "link again", then the confirmation.
    lost = send(messages["lost_links"])
    again = send(messages["link_again"])
    confirmation = send(messages["registration_confirmed"])
    # "Link again", sent after "lost links", replaced its link; the confirmation adds one.
    assert not opens(lost)
    assert opens(again) and opens(confirmation)
    assert registration.links.count() == 2


def test_in_order_lost_links_leaves_only_its_own_link(three_waiting):
    registration, messages = three_waiting
    codes = [send(messages[kind]) for kind in ("registration_confirmed", "link_again")]
    lost = send(messages["lost_links"])
    assert [opens(code) for code in codes] == [False, False]
    assert opens(lost) and registration.links.count() == 1


def test_sent_rows_hold_no_working_code_anywhere(three_waiting):
    _registration, messages = three_waiting
    codes = [send(message) for message in messages.values()]
    table = outbox_table()
    for code in codes:
        assert code not in table
    assert delivery.PLACEHOLDER in table


def test_a_failed_send_leaves_no_link(three_waiting, settings):
    registration, messages = three_waiting
    settings.EMAIL_BACKEND = "tests.outbox.backends.RefusingEmailBackend"
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the backend raises
        delivery.deliver(messages["link_again"].pk)
    # The link made for it rolled back with the send: the other links are untouched.
    assert not registration.links.exists()


def test_a_coordinators_preview_makes_no_link(three_waiting):
    registration, messages = three_waiting
    shown = str(MessageAdmin(Message, None).text(messages["link_again"]))
    assert "/preview/" in shown
    assert not registration.links.exists()
    assert not PrivateLink.objects.filter(registration=registration).exists()
