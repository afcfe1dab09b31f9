"""Codes of private links are made when a message is sent now (trainings.messages,
moderators.messages): remove those that rows recorded before still hold at rest. Such a
message, once sent, carries a new code made at that moment."""

from django.db import migrations


def drop_secrets(apps, schema_editor):
    Message = apps.get_model("outbox", "Message")
    for message in Message.objects.filter(context__has_key="secret").only("pk", "context"):
        context = {key: value for key, value in message.context.items() if key != "secret"}
        Message.objects.filter(pk=message.pk).update(context=context)


class Migration(migrations.Migration):
    dependencies = [("outbox", "0002_resends")]

    operations = [migrations.RunPython(drop_secrets, migrations.RunPython.noop)]
