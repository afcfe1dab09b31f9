"""The outbox's promise: a message is recorded with its cause, and sent once."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from outbox.delivery import backoff, deliver
from outbox.models import Message
from outbox.rendering import render
from outbox.services import send_again
from outbox.tasks import deliver_message, sweep


def make_due(message):
    """Time passes until the next try: what the worker's countdown waits for."""
    Message.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())


def recorded_earlier(message, minutes=5):
    """A message recorded a while ago whose task never ran (lost, or broker down)."""
    Message.objects.filter(pk=message.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )


# --- Recording: in the caller's transaction, once per dedupe key.


def test_a_message_is_recorded_once_per_dedupe_key(probe):
    first = probe(key="confirmed:registration:1")
    again = probe(key="confirmed:registration:1")

    assert first is not None
    assert again is None
    assert Message.objects.filter(dedupe_key="confirmed:registration:1").count() == 1


def test_a_duplicate_leaves_the_callers_transaction_usable(probe, person):
    with transaction.atomic():
        probe(key="same")
        assert probe(key="same") is None
        # The unique key failed inside a savepoint: the caller goes on writing.
        person.last_name = "Peeters"
        person.save()
    person.refresh_from_db()
    assert person.last_name == "Peeters"


def test_a_message_is_rolled_back_with_its_cause(
    probe, mailoutbox, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as queued,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        probe(key="never")
        raise RuntimeError("the registration failed")

    assert not Message.objects.exists()
    assert queued == []
    assert mailoutbox == []


def test_a_message_is_sent_after_its_cause_commits(
    probe, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        message = probe()
    # Nothing leaves before the commit: the task is queued by the commit itself.
    assert mailoutbox == []
    assert len(queued) == 1
    queued[0]()

    message.refresh_from_db()
    assert message.status == Message.Status.SENT
    assert message.attempts == 1
    assert message.sent_at is not None
    assert message.sent_subject == "Dag Lieve"
    assert f"http://127.0.0.1:8000/probe/{message.pk}" in message.sent_text
    [sent] = mailoutbox
    assert sent.to == ["lieve@example.org"]
    assert sent.subject == "Dag Lieve"
    assert sent.extra_headers["Message-ID"] == f"<vo-{message.pk}@veiligonline.be>"
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"


def test_a_message_is_written_in_its_recipients_language(probe, mailoutbox):
    message = probe(language="fr")

    deliver(message.pk)

    [sent] = mailoutbox
    assert sent.subject == "Bonjour Lieve"
    assert sent.body.startswith("Bonjour Lieve,\n\nVeilig Online: ")
    # Tidy plain text: no trailing spaces, never two empty lines in a row.
    assert "  \n" not in sent.body and "\n\n\n" not in sent.body
    html, mimetype = sent.alternatives[0]
    assert mimetype == "text/html"
    assert "Bonjour Lieve," in html


def test_plain_text_is_not_html_escaped_and_html_is(probe, mailoutbox):
    message = probe(context={"name": "Jan & Zoë O'Neil <3"})

    deliver(message.pk)

    [sent] = mailoutbox
    assert sent.subject == "Dag Jan & Zoë O'Neil <3"
    assert sent.body.startswith("Dag Jan & Zoë O'Neil <3,")
    assert "Jan &amp; Zoë O&#x27;Neil &lt;3" in sent.alternatives[0][0]


# --- Delivering: claimed once; an obsolete message is not sent.


def test_two_deliveries_of_one_message_send_it_once(probe, mailoutbox):
    message = probe()

    assert deliver(message.pk) == "sent"
    assert deliver(message.pk) == "skipped"
    deliver_message.delay(message.pk)  # a redelivered task, a second beat's duplicate

    assert len(mailoutbox) == 1
    message.refresh_from_db()
    assert message.attempts == 1


def test_a_message_recorded_for_later_waits(probe, mailoutbox):
    message = probe(send_after=timezone.now() + timedelta(hours=1))

    assert deliver(message.pk) == "skipped"
    assert mailoutbox == []
    assert Message.objects.get(pk=message.pk).status == Message.Status.QUEUED


def test_a_message_no_longer_relevant_is_cancelled_and_not_sent(probe, person, mailoutbox):
    message = probe()
    person.is_active = False  # like a registration cancelled before its reminder went
    person.save()

    assert deliver(message.pk) == "obsolete"

    message.refresh_from_db()
    assert message.status == Message.Status.CANCELLED
    assert message.sent_at is None
    assert mailoutbox == []
    assert deliver(message.pk) == "skipped"


def test_deliver_costs_the_same_few_queries_for_every_message(
    probe, person, django_assert_num_queries
):
    first, *others = [probe() for _ in range(30)]
    sms = probe(channel="sms")
    # SAVEPOINT, SELECT … FOR UPDATE, the kind's one query (the user), UPDATE, RELEASE.
    for message in (first, others[-1], sms):
        with django_assert_num_queries(5):
            assert deliver(message.pk) == "sent"
    with django_assert_num_queries(3):  # SAVEPOINT, SELECT (nothing due), RELEASE
        assert deliver(first.pk) == "skipped"


# --- Failing: retried with backoff, then failed with the error, for coordinators.


def test_backoff_doubles_and_stays_within_an_hour():
    assert [backoff(n) for n in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_a_refusing_server_is_retried_with_backoff_then_failed(probe, settings, mailoutbox):
    settings.EMAIL_BACKEND = "tests.outbox.backends.RefusingEmailBackend"
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = probe()

    deliver_message.delay(message.pk)
    message.refresh_from_db()
    assert message.status == Message.Status.QUEUED
    assert message.attempts == 1
    assert message.last_error == "SMTPServerDisconnected: Connection unexpectedly closed"
    wait = (message.next_attempt_at - timezone.now()).total_seconds()
    assert 50 < wait <= 60

    make_due(message)
    deliver_message.delay(message.pk)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.QUEUED, 2)
    assert 110 < (message.next_attempt_at - timezone.now()).total_seconds() <= 120

    make_due(message)
    deliver_message.delay(message.pk)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.FAILED, 3)
    assert message.last_error.startswith("SMTPServerDisconnected")
    assert message.sent_at is None and message.sent_text == ""

    # Given up: neither a late retry nor the sweep sends it.
    make_due(message)
    recorded_earlier(message)
    assert deliver(message.pk) == "skipped"
    assert sweep() == 0


def test_a_recovered_server_gets_the_retry_through(probe, settings, mailoutbox):
    settings.EMAIL_BACKEND = "tests.outbox.backends.RefusingEmailBackend"
    message = probe()
    deliver_message.delay(message.pk)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_due(message)
    deliver_message.delay(message.pk)

    message.refresh_from_db()
    assert message.status == Message.Status.SENT
    assert message.attempts == 2
    assert message.last_error == ""
    assert len(mailoutbox) == 1


# --- The sweeper: lost tasks, not fresh ones.


def test_the_sweep_sends_due_messages_whose_task_was_lost(probe, mailoutbox):
    lost = probe()
    recorded_earlier(lost)
    later = probe(send_after=timezone.now() - timedelta(minutes=2))
    recorded_earlier(later, minutes=60)

    assert sweep() == 2

    assert {m.status for m in Message.objects.all()} == {Message.Status.SENT}
    assert len(mailoutbox) == 2
    # A second sweep, or a second beat's: nothing more to send.
    assert sweep() == 0
    assert len(mailoutbox) == 2


def test_the_sweep_leaves_fresh_and_future_messages_alone(probe, mailoutbox):
    probe()  # recorded a moment ago: its own on-commit task sends it
    future = probe(send_after=timezone.now() + timedelta(hours=2))
    recorded_earlier(future)

    assert sweep() == 0
    assert mailoutbox == []


def test_the_sweep_takes_a_batch_at_a_time(probe, settings, mailoutbox):
    settings.OUTBOX_SWEEP_BATCH = 2
    for _ in range(3):
        recorded_earlier(probe())

    assert sweep() == 2
    assert sweep() == 1
    assert len(mailoutbox) == 3


# --- Send again: the e-mail gets a new Message-ID.


def test_send_again_gives_a_fresh_start_and_a_new_message_id(
    probe, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.outbox.backends.RefusingEmailBackend"
    settings.OUTBOX_MAX_ATTEMPTS = 1
    message = probe()
    deliver_message.delay(message.pk)
    assert Message.objects.get(pk=message.pk).status == Message.Status.FAILED

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert send_again(Message.objects.filter(pk=message.pk)) == 1

    message.refresh_from_db()
    assert (message.status, message.attempts, message.resends) == (Message.Status.SENT, 1, 1)
    [sent] = mailoutbox
    assert sent.extra_headers["Message-ID"] == f"<vo-{message.pk}.1@veiligonline.be>"


def test_the_rendered_text_is_what_was_sent(probe):
    message = probe()
    rendered = render(message)
    deliver(message.pk)
    message.refresh_from_db()

    assert message.sent_subject == rendered.subject
    assert message.sent_text == rendered.text
    assert rendered.attachments == [("probe.txt", b"for Lieve", "text/plain")]


# --- Django's file e-mail backend: what a real mail server would receive.


def _mails_in(folder):
    """Every message Django's file backend wrote (several may share one file)."""
    mails = []
    for path in sorted(folder.iterdir()):
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if chunk.strip():
                mails.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return mails


def test_the_file_backend_receives_a_complete_mail(probe, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    message = probe(language="fr")

    deliver(message.pk)

    [mail] = _mails_in(tmp_path)
    assert mail["To"] == "lieve@example.org"
    assert mail["From"] == "Veilig Online <noreply@veiligonline.be>"
    assert mail["Subject"] == "Bonjour Lieve"
    assert mail["Message-ID"] == f"<vo-{message.pk}@veiligonline.be>"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail.get_body(("plain",)).get_content().startswith("Bonjour Lieve,")
    assert "<p>Bonjour Lieve,</p>" in mail.get_body(("html",)).get_content()
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "probe.txt"
    assert attachment.get_content() == "for Lieve"


@pytest.mark.parametrize("hours", [0, 2])
def test_the_message_id_is_the_same_for_every_try_of_one_sending(probe, hours):
    message = probe()
    Message.objects.filter(pk=message.pk).update(attempts=hours)  # retries change nothing
    message.refresh_from_db()
    assert message.message_id == f"<vo-{message.pk}@veiligonline.be>"
