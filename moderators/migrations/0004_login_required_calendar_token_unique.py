import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import moderators.models


class Migration(migrations.Migration):
    dependencies = [
        ("moderators", "0003_logins_and_assignments_from_sessions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="moderator",
            name="user",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="moderator",
                to=settings.AUTH_USER_MODEL,
                verbose_name="login",
            ),
        ),
        # The address lives on the login now (one place to change it, and to log in with).
        migrations.RemoveField(model_name="moderator", name="email"),
        migrations.AlterField(
            model_name="moderator",
            name="calendar_token",
            field=models.CharField(
                default=moderators.models.new_calendar_token,
                editable=False,
                max_length=64,
                unique=True,
                verbose_name="calendar link code",
            ),
        ),
    ]
