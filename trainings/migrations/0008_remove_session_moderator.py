from django.db import migrations


class Migration(migrations.Migration):
    # The moderators app moved each session's moderator into its assignments first.
    dependencies = [
        ("trainings", "0007_outbox_reminders_invite_link"),
        ("moderators", "0003_logins_and_assignments_from_sessions"),
    ]

    operations = [
        migrations.RemoveField(model_name="trainingsession", name="moderator"),
    ]
