"""A moderator's password link is made when the message is sent: a coordinator reading
the outbox (or a backup of it) finds no working token while the message waits."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail

from moderators import messages
from outbox import delivery
from outbox.admin import MessageAdmin
from outbox.models import Message

pytestmark = pytest.mark.django_db


def test_the_reset_token_exists_only_in_what_was_sent(moderator):
    messages.send_password_reset(moderator)
    waiting = Message.objects.get(kind="moderator_password_reset")
    assert set(waiting.context) == {"uidb64"}
    # The admin's view of the waiting message shows no working link.
    shown = str(MessageAdmin(Message, None).text(waiting))
    assert "/preview/" in shown
    assert delivery.deliver(waiting.pk) == "sent"
    token = re.search(r"/([0-9a-z]+-[0-9a-f]+)/", mail.outbox[-1].body).group(1)
    assert default_token_generator.check_token(moderator.user, token)
    waiting.refresh_from_db()
    assert token not in f"{waiting.context} {waiting.sent_text} {waiting.sent_subject}"
